import CGtk
import Foundation
import PlannerCore

/// Adds a host household or edits one, with its availability for the current visit.
@MainActor
final class HouseholdForm {
    private let form: FormWindow
    private let context: AppContext
    private let snapshot: VisitSnapshot
    private let editing: HostingOffer?
    private let adults: EntryPairList
    private var petChecks: [(PetKind, GPointer)] = []
    private var cookChecks: [(Diet, GPointer)] = []

    init(context: AppContext, parent: GPointer, snapshot: VisitSnapshot, editing: HostingOffer?) {
        self.context = context
        self.snapshot = snapshot
        self.editing = editing
        form = FormWindow(ui: "household-form", parent: parent,
                          title: editing == nil ? tr("Add Host Family") : tr("Edit {name}", ["name": editing!.household.name]),
                          saveLabel: editing == nil ? tr("Add") : tr("Save"))
        adults = EntryPairList(in: form.ui["adults_box"], addLabel: tr("Add Adult"),
                               placeholders: (tr("Name"), tr("Check valid until")), secondWidth: 16) { n in
            (tr("Adult {n}", ["n": String(n)]),
             tr("Safeguarding check of adult {n} valid until", ["n": String(n)]))
        }
        for (field, id) in [(ValidationIssue.Field.name, "name_entry"), (.phone, "phone_entry"), (.email, "email_entry"),
                            (.beds, "beds_spin"), (.languages, "languages_entry"), (.children, "children_entry"),
                            (.availability, "available_from_entry"), (.location, "latitude_entry")] {
            form.bind(field, to: id)
        }
        let visit = snapshot.visit
        fill(editing?.household ?? Household(name: "", languages: [LanguageSkill(code: visit.languages.first ?? "cs", level: .native)]),
             availability: editing == nil ? Availability(from: visit.startDate, to: visit.endDate) : editing!.availability)
        onSignal(form.ui["available_check"], "toggled") { [weak self] in self?.updateAvailability() }
        updateAvailability()
        form.onSave = { [weak self] in self?.save() ?? .saved }
        form.owner = self
    }

    func present() {
        form.present()
        Widget.grabFocus(form.ui["name_entry"])
    }

    private func fill(_ h: Household, availability: Availability?) {
        let ui = form.ui
        Editable.set(ui["name_entry"], h.name)
        Editable.set(ui["contact_entry"], h.contactPerson)
        Editable.set(ui["address_entry"], h.address)
        Editable.set(ui["phone_entry"], h.phone)
        Editable.set(ui["email_entry"], h.email)
        gtk_spin_button_set_value(c(ui["beds_spin"]), Double(h.beds))
        petChecks = form.addChecks(to: "pets_box", PetKind.allCases.map { ($0, $0.displayName) }, selected: h.pets)
        Check.set(ui["smoking_check"], h.smoking)
        Check.set(ui["step_free_check"], h.stepFree)
        Check.set(ui["ground_floor_check"], h.groundFloor)
        Editable.set(ui["languages_entry"], LanguageSkill.format(h.languages))
        Editable.set(ui["children_entry"], h.children.map { String($0.age) }.joined(separator: ", "))
        DropDown.fill(ui["prefers_dropdown"], GuestPreference.allCases.map(\.displayName))
        DropDown.select(ui["prefers_dropdown"], GuestPreference.allCases.firstIndex(of: h.prefersGuests) ?? 0)
        Editable.set(ui["latitude_entry"], h.latitude.map { String($0) } ?? "")
        Editable.set(ui["longitude_entry"], h.longitude.map { String($0) } ?? "")
        cookChecks = form.addChecks(to: "cook_box", Diet.allCases.filter { $0 != .other }.map { ($0, $0.displayName) }, selected: h.canCook)
        for adult in h.adults { adults.append(adult.name, adult.checkValidUntil?.description ?? "") }
        if h.adults.isEmpty { adults.append("", "") }
        Check.set(ui["available_check"], availability != nil)
        Check.set(ui["backup_check"], availability?.isBackup ?? false)
        let visit = snapshot.visit
        Editable.set(ui["available_from_entry"], (availability?.from ?? visit.startDate).description)
        Editable.set(ui["available_to_entry"], (availability?.to ?? visit.endDate).description)
        TextView.set(ui["history_view"], h.hostingHistory.map { "\($0.year) \($0.note)" }.joined(separator: "\n"))
        TextView.set(ui["notes_view"], h.notes)
    }

    private func updateAvailability() {
        let on = Check.isActive(form.ui["available_check"])
        Widget.setSensitive(form.ui["available_from_entry"], on)
        Widget.setSensitive(form.ui["available_to_entry"], on)
        Widget.setSensitive(form.ui["backup_check"], on)
    }

    private func save() -> SaveOutcome {
        let ui = form.ui
        var reader = FieldReader()
        var h = editing?.household ?? Household(name: "")
        h.name = Editable.value(ui["name_entry"])
        h.contactPerson = Editable.value(ui["contact_entry"])
        h.address = Editable.value(ui["address_entry"])
        h.phone = Editable.value(ui["phone_entry"])
        h.email = Editable.value(ui["email_entry"])
        gtk_spin_button_update(c(ui["beds_spin"]))
        h.beds = Int(gtk_spin_button_get_value_as_int(c(ui["beds_spin"])))
        h.pets = petChecks.filter { Check.isActive($0.1) }.map(\.0)
        h.smoking = Check.isActive(ui["smoking_check"])
        h.stepFree = Check.isActive(ui["step_free_check"])
        h.groundFloor = Check.isActive(ui["ground_floor_check"])
        h.languages = reader.languages(ui["languages_entry"], .languages)
        h.children = reader.numbers(ui["children_entry"], .children).map { HostChild(age: $0) }
        h.canCook = cookChecks.filter { Check.isActive($0.1) }.map(\.0)
        h.prefersGuests = GuestPreference.allCases[DropDown.selected(ui["prefers_dropdown"])]
        h.latitude = reader.coordinate(ui["latitude_entry"], .location)
        h.longitude = reader.coordinate(ui["longitude_entry"], .location)
        h.adults = adults.values.map { name, date in
            let valid = date.isEmpty ? nil : CalendarDate(userInput: date)
            if !date.isEmpty && valid == nil { reader.issues.append(.init(.adults, .unreadableDate(date))) }
            return HostAdult(name: name, checkValidUntil: valid)
        }
        var availability: Availability?
        if Check.isActive(ui["available_check"]) {
            let from = reader.date(ui["available_from_entry"], .availability)
            let to = reader.date(ui["available_to_entry"], .availability)
            if let from, let to { availability = Availability(from: from, to: to, isBackup: Check.isActive(ui["backup_check"])) } else if !reader.issues.contains(where: { $0.field == .availability }) {
                reader.issues.append(.init(.availability, .required))
            }
        }
        h.hostingHistory = TextView.text(ui["history_view"]).split(separator: "\n").compactMap { line in
            let words = line.split(separator: " ", maxSplits: 1)
            guard let first = words.first, let year = Int(first) else {
                return line.trimmingCharacters(in: .whitespaces).isEmpty ? nil : HostingRecord(year: 0, note: String(line))
            }
            return HostingRecord(year: year, note: words.count > 1 ? String(words[1]) : "")
        }
        h.notes = TextView.text(ui["notes_view"])

        let unreadable = Set(reader.issues.map(\.field))
        let issues = reader.issues + h.validate(availability: availability).filter { !unreadable.contains($0.field) }
        guard issues.isEmpty else { return .problems(issues) }

        let store = context.store
        let visitId = snapshot.visit.id!
        let candidate = h
        let title = editing == nil ? tr("Add {name}") : tr("Edit {name}")
        return context.outcome(of: context.perform(
            title.replacingOccurrences(of: "{name}", with: candidate.name),
            do: { _ = try store.save(candidate, availability: availability, forVisit: visitId) }))
    }
}
