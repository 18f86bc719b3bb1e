import CGtk
import Foundation
import PlannerCore

/// Adds a participant to a visit or edits one.
@MainActor
final class ParticipantForm {
    private let form: FormWindow
    private let context: AppContext
    private let snapshot: VisitSnapshot
    private let editing: Participant?
    private let towns: [Town]
    private var dietChecks: [(Diet, GPointer)] = []
    private var petChecks: [(PetKind, GPointer)] = []
    private var togetherChecks: [(Int64, GPointer)] = []
    /// The households offered in the "asks to stay with" list, after "nobody in particular".
    private let requestable: [Household]

    init(context: AppContext, parent: GPointer, snapshot: VisitSnapshot, editing: Participant?) {
        self.context = context
        self.snapshot = snapshot
        self.editing = editing
        towns = snapshot.details.towns
        requestable = snapshot.offers.map(\.household)
        form = FormWindow(ui: "participant-form", parent: parent,
                          title: editing == nil ? tr("Add Participant") : tr("Edit {name}", ["name": editing!.fullName]),
                          saveLabel: editing == nil ? tr("Add") : tr("Save"))
        let ui = form.ui
        DropDown.fill(ui["town_dropdown"], towns.map(\.label) + [tr("No town")])
        DropDown.fill(ui["role_dropdown"], Role.allCases.map(\.displayName))
        DropDown.fill(ui["gender_dropdown"], Gender.allCases.map(\.displayName))
        DropDown.fill(ui["requested_dropdown"], [tr("No family in particular")] + requestable.map(\.name))
        DropDown.fill(ui["arrival_means_dropdown"], TravelMeans.allCases.map(\.displayName))
        DropDown.fill(ui["departure_means_dropdown"], TravelMeans.allCases.map(\.displayName))
        for (field, id) in [(ValidationIssue.Field.givenName, "given_name_entry"), (.familyName, "family_name_entry"),
                            (.birthDate, "birth_date_entry"), (.languages, "languages_entry"), (.phone, "phone_entry"),
                            (.email, "email_entry"), (.emergencyContact, "emergency_phone_entry"),
                            (.arrival, "arrival_date_entry"), (.departure, "departure_date_entry"),
                            (.parentalConsentDate, "parental_consent_date_entry"), (.photoConsentDate, "photo_consent_date_entry")] {
            form.bind(field, to: id)
        }
        let person = editing ?? Participant(visitId: snapshot.visit.id!, givenName: "", familyName: "",
                                            townId: snapshot.details.partnerTowns.first?.id, role: .youth)
        fill(person)
        onSignal(ui["pet_allergy_check"], "toggled") { [weak self] in self?.updatePetKinds() }
        updatePetKinds()
        for prefix in ["parental_consent", "photo_consent"] {
            onSignal(ui["\(prefix)_check"], "toggled") { [weak self] in self?.updateConsentDate(prefix) }
            updateConsentDate(prefix)
        }
        form.onSave = { [weak self] in self?.save() ?? .saved }
        form.owner = self
    }

    func present() {
        form.present()
        Widget.grabFocus(form.ui["given_name_entry"])
    }

    private func fill(_ p: Participant) {
        let ui = form.ui
        Editable.set(ui["given_name_entry"], p.givenName)
        Editable.set(ui["family_name_entry"], p.familyName)
        DropDown.select(ui["town_dropdown"], towns.firstIndex { $0.id == p.townId } ?? towns.count)
        DropDown.select(ui["role_dropdown"], Role.allCases.firstIndex(of: p.role) ?? 0)
        DropDown.select(ui["gender_dropdown"], Gender.allCases.firstIndex(of: p.gender) ?? 0)
        Editable.set(ui["birth_date_entry"], p.birthDate?.description ?? "")
        Editable.set(ui["languages_entry"], LanguageSkill.format(p.languages))
        dietChecks = form.addChecks(to: "diets_box", Diet.allCases.map { ($0, $0.displayName) }, selected: p.diets)
        Editable.set(ui["diet_note_entry"], p.dietNote)
        Editable.set(ui["allergies_entry"], p.allergies)
        Check.set(ui["pet_allergy_check"], p.petAllergy != nil)
        petChecks = form.addChecks(to: "pet_kinds_box", PetKind.allCases.map { ($0, $0.displayName) },
                                   selected: p.petAllergy?.kinds ?? [])
        Check.set(ui["smoker_check"], p.smoker)
        Check.set(ui["step_free_check"], p.needsStepFree)
        Check.set(ui["ground_floor_check"], p.needsGroundFloor)
        Check.set(ui["smoke_free_check"], p.needsSmokeFreeHome)
        DropDown.select(ui["requested_dropdown"], (requestable.firstIndex { $0.id == p.requestedHouseholdId }).map { $0 + 1 } ?? 0)
        fillTogether(selected: p.stayTogetherWith)
        fillTravel(p.arrival, prefix: "arrival", fallbackDate: snapshot.visit.startDate)
        fillTravel(p.departure, prefix: "departure", fallbackDate: snapshot.visit.endDate)
        Editable.set(ui["phone_entry"], p.phone)
        Editable.set(ui["email_entry"], p.email)
        Editable.set(ui["emergency_name_entry"], p.emergencyContact?.name ?? "")
        Editable.set(ui["emergency_phone_entry"], p.emergencyContact?.phone ?? "")
        Check.set(ui["parental_consent_check"], p.parentalConsent)
        Editable.set(ui["parental_consent_date_entry"], p.parentalConsentDate?.description ?? "")
        Check.set(ui["photo_consent_check"], p.photoConsent)
        Editable.set(ui["photo_consent_date_entry"], p.photoConsentDate?.description ?? "")
        TextView.set(ui["notes_view"], p.notes)
    }

    /// A consent's date can be typed only while the consent is ticked.
    private func updateConsentDate(_ prefix: String) {
        Widget.setSensitive(form.ui["\(prefix)_date_entry"], Check.isActive(form.ui["\(prefix)_check"]))
    }

    private func fillTravel(_ travel: Travel?, prefix: String, fallbackDate: CalendarDate) {
        let ui = form.ui
        Editable.set(ui["\(prefix)_date_entry"], (travel?.date ?? (editing == nil ? fallbackDate : nil))?.description ?? "")
        Editable.set(ui["\(prefix)_time_entry"], travel?.time?.description ?? "")
        Editable.set(ui["\(prefix)_place_entry"], travel?.place ?? "")
        DropDown.select(ui["\(prefix)_means_dropdown"], TravelMeans.allCases.firstIndex(of: travel?.means ?? .bus) ?? 0)
    }

    /// "Stay together with": a button whose popover lists the visit's other people with checks.
    private func fillTogether(selected: [Int64]) {
        let box = form.ui["together_box"]
        let others = snapshot.participants.filter { $0.id != editing?.id }
        let button = raw(gtk_menu_button_new())
        Widget.setAccessibleLabel(button, tr("Stay together with"))
        let list = raw(gtk_box_new(GTK_ORIENTATION_VERTICAL, 2))
        for other in others {
            let check = raw(gtk_check_button_new_with_label(other.fullName))
            Check.set(check, selected.contains(other.id!))
            gtk_box_append(c(list), c(check))
            togetherChecks.append((other.id!, check))
            onSignal(check, "toggled") { [weak self] in self?.updateTogetherLabel(button) }
        }
        let scroller = raw(gtk_scrolled_window_new())
        gtk_scrolled_window_set_child(c(scroller), c(list))
        gtk_scrolled_window_set_max_content_height(c(scroller), 320)
        gtk_scrolled_window_set_propagate_natural_height(c(scroller), 1)
        gtk_scrolled_window_set_policy(c(scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC)
        let popover = raw(gtk_popover_new())
        gtk_popover_set_child(c(popover), c(scroller))
        gtk_menu_button_set_popover(c(button), c(popover))
        Widget.setSensitive(button, !others.isEmpty)
        gtk_box_append(c(box), c(button))
        updateTogetherLabel(button)
    }

    private func updateTogetherLabel(_ button: GPointer) {
        let names = togetherChecks.filter { Check.isActive($0.1) }
            .compactMap { id in snapshot.participants.first { $0.id == id.0 }?.fullName }
        gtk_menu_button_set_label(c(button), names.isEmpty ? tr("Nobody") : names.joined(separator: ", "))
    }

    private func updatePetKinds() {
        let on = Check.isActive(form.ui["pet_allergy_check"])
        for (_, check) in petChecks { Widget.setSensitive(check, on) }
    }

    private func readTravel(_ prefix: String, field: ValidationIssue.Field, reader: inout FieldReader) -> Travel? {
        let ui = form.ui
        let date = reader.date(ui["\(prefix)_date_entry"], field)
        let time = reader.time(ui["\(prefix)_time_entry"], field)
        guard let date else { return nil }
        return Travel(date: date, time: time,
                      means: TravelMeans.allCases[DropDown.selected(ui["\(prefix)_means_dropdown"])],
                      place: Editable.value(ui["\(prefix)_place_entry"]))
    }

    private func save() -> SaveOutcome {
        let ui = form.ui
        var reader = FieldReader()
        var p = editing ?? Participant(visitId: snapshot.visit.id!, givenName: "", familyName: "")
        p.givenName = Editable.value(ui["given_name_entry"])
        p.familyName = Editable.value(ui["family_name_entry"])
        let townIndex = DropDown.selected(ui["town_dropdown"])
        p.townId = townIndex < towns.count ? towns[townIndex].id : nil
        p.role = Role.allCases[DropDown.selected(ui["role_dropdown"])]
        p.gender = Gender.allCases[DropDown.selected(ui["gender_dropdown"])]
        p.birthDate = reader.date(ui["birth_date_entry"], .birthDate)
        p.languages = reader.languages(ui["languages_entry"], .languages)
        p.diets = dietChecks.filter { Check.isActive($0.1) }.map(\.0)
        p.dietNote = Editable.value(ui["diet_note_entry"])
        p.allergies = Editable.value(ui["allergies_entry"])
        p.petAllergy = Check.isActive(ui["pet_allergy_check"])
            ? PetAllergy(kinds: petChecks.filter { Check.isActive($0.1) }.map(\.0)) : nil
        p.smoker = Check.isActive(ui["smoker_check"])
        p.needsStepFree = Check.isActive(ui["step_free_check"])
        p.needsGroundFloor = Check.isActive(ui["ground_floor_check"])
        p.needsSmokeFreeHome = Check.isActive(ui["smoke_free_check"])
        let requested = DropDown.selected(ui["requested_dropdown"])
        p.requestedHouseholdId = requested > 0 && requested <= requestable.count ? requestable[requested - 1].id : nil
        p.stayTogetherWith = togetherChecks.filter { Check.isActive($0.1) }.map(\.0)
        p.arrival = readTravel("arrival", field: .arrival, reader: &reader)
        p.departure = readTravel("departure", field: .departure, reader: &reader)
        p.phone = Editable.value(ui["phone_entry"])
        p.email = Editable.value(ui["email_entry"])
        let contactName = Editable.value(ui["emergency_name_entry"])
        let contactPhone = Editable.value(ui["emergency_phone_entry"])
        p.emergencyContact = contactName.isEmpty && contactPhone.isEmpty ? nil : EmergencyContact(name: contactName, phone: contactPhone)
        let parental = Check.isActive(ui["parental_consent_check"])
        let parentalDate = parental ? reader.date(ui["parental_consent_date_entry"], .parentalConsentDate) : nil
        p.setParentalConsent(parental, on: parentalDate, today: context.today)
        let photo = Check.isActive(ui["photo_consent_check"])
        let photoDate = photo ? reader.date(ui["photo_consent_date_entry"], .photoConsentDate) : nil
        p.setPhotoConsent(photo, on: photoDate, today: context.today)
        p.notes = TextView.text(ui["notes_view"])

        let others = Set(snapshot.participants.compactMap(\.id))
        let unreadable = Set(reader.issues.map(\.field))
        let issues = reader.issues + p.validate(today: context.today, others: others).filter { !unreadable.contains($0.field) }
        guard issues.isEmpty else { return .problems(issues) }

        let store = context.store
        let today = context.today
        let candidate = p
        let title = editing == nil ? tr("Add {name}") : tr("Edit {name}")
        return context.outcome(of: context.perform(
            title.replacingOccurrences(of: "{name}", with: candidate.fullName),
            do: { _ = try store.save(candidate, today: today) }))
    }
}
