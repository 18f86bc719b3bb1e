import CGtk
import Foundation
import PlannerCore

/// Adds a programme item or edits one: a title and description per visit language (the host's
/// required; missing translations are named), times in an IANA zone, place, audience, meals, and
/// what the item asks of interpreters. The core parses and checks everything; the form shows
/// each problem at its field and stores nothing until the item is valid.
@MainActor
final class ProgrammeItemForm {
    private let form: FormWindow
    private let context: AppContext
    private let snapshot: VisitSnapshot
    private let editing: ProgrammeItem?
    private let languages: [String]
    private var titleEntries: [(String, GPointer)] = []
    private var descriptionViews: [(String, GPointer)] = []
    private var groupChecks: [(Int64, GPointer)] = []
    private var roleChecks: [(Role, GPointer)] = []
    private var townChecks: [(Int64, GPointer)] = []
    private var people: ParticipantChecklist!
    private var mealRows: [(MealKind, GPointer, GPointer)] = []
    private var derivedChecks: [(LanguagePair, GPointer)] = []
    private var dismissed: [LanguagePair]

    init(context: AppContext, parent: GPointer, snapshot: VisitSnapshot, editing: ProgrammeItem?, draft: ProgrammeItemDraft) {
        self.context = context
        self.snapshot = snapshot
        self.editing = editing
        languages = snapshot.visit.languages.isEmpty ? ["en"] : snapshot.visit.languages
        dismissed = draft.dismissedNeeds
        let name = editing?.title(in: snapshot.visit.languages) ?? ""
        form = FormWindow(ui: "programme-item-form", parent: parent,
                          title: editing == nil ? tr("Add Programme Item") : tr("Edit {item}", ["item": name]),
                          saveLabel: editing == nil ? tr("Add") : tr("Save"))
        for (field, id) in [(ValidationIssue.Field.startDate, "start_date_entry"), (.startTime, "start_time_entry"),
                            (.endDate, "end_date_entry"), (.endTime, "end_time_entry"), (.timeZone, "timezone_entry"),
                            (.itemLocation, "latitude_entry"), (.workingLanguage, "working_language_entry"),
                            (.languagePairs, "added_needs_entry")] {
            form.bind(field, to: id)
        }
        buildLanguageFields()
        buildAudience(draft.audience)
        buildMeals()
        DropDown.fill(form.ui["status_dropdown"], ItemStatus.allCases.map(\.displayName))
        DropDown.fill(form.ui["mode_dropdown"], InterpretingMode.allCases.map(\.displayName))
        fill(draft)
        watchChanges()
        updatePreviews()
        form.onSave = { [weak self] in self?.save() ?? .saved }
        form.owner = self
    }

    func present() {
        form.present()
        if let first = titleEntries.first?.1 { Widget.grabFocus(first) }
    }

    // MARK: - Building

    private func buildLanguageFields() {
        let grid = form.ui["titles_grid"]
        for (row, code) in languages.enumerated() {
            let text = row == 0 ? tr("_Title ({language}, required)") : tr("Title ({language})")
            let label = raw(gtk_label_new_with_mnemonic(text.replacingOccurrences(of: "{language}", with: code)))
            gtk_label_set_xalign(c(label), 1)
            Widget.addClass(label, "field-label")
            let entry = raw(gtk_entry_new())
            gtk_widget_set_hexpand(c(entry), 1)
            gtk_entry_set_activates_default(c(entry), 1)
            gtk_label_set_mnemonic_widget(c(label), c(entry))
            Widget.setAccessibleLabel(entry, tr("Title ({language})", ["language": code]))
            gtk_grid_attach(c(grid), c(label), 0, Int32(row), 1, 1)
            gtk_grid_attach(c(grid), c(entry), 1, Int32(row), 1, 1)
            titleEntries.append((code, entry))
            let view = raw(gtk_text_view_new())
            gtk_text_view_set_wrap_mode(c(view), GTK_WRAP_WORD_CHAR)
            gtk_text_view_set_accepts_tab(c(view), 0)
            Widget.setAccessibleLabel(view, tr("Description ({language})", ["language": code]))
            let scroller = raw(gtk_scrolled_window_new())
            gtk_scrolled_window_set_min_content_height(c(scroller), 64)
            gtk_scrolled_window_set_child(c(scroller), c(view))
            _ = gtk_notebook_append_page(c(form.ui["descriptions_notebook"]), c(scroller), c(Label.make(code)))
            descriptionViews.append((code, view))
        }
        if let first = titleEntries.first?.1 { form.bind(.title, to: first) }
    }

    private func buildAudience(_ audience: Audience) {
        let ui = form.ui
        groupChecks = form.addChecks(to: "groups_box", snapshot.groups.compactMap { g in g.id.map { ($0, g.name) } },
                                     selected: audience.groupIds)
        if snapshot.groups.isEmpty {
            gtk_box_append(c(ui["groups_box"]), c(Label.make(tr("No groups yet: create them with Groups… on the Itinerary page"),
                                                              classes: ["dim-label", "caption"], wrap: true)))
        }
        roleChecks = form.addChecks(to: "roles_box", Role.allCases.map { ($0, $0.displayName) }, selected: audience.roles)
        townChecks = form.addChecks(to: "towns_box", snapshot.details.towns.compactMap { t in t.id.map { ($0, t.name) } },
                                    selected: audience.townIds)
        people = ParticipantChecklist(box: ui["people_box"], search: ui["people_search"], snapshot: snapshot,
                                      selected: Set(audience.participantIds)) { [weak self] in self?.updatePreviews() }
    }

    private func buildMeals() {
        let grid = form.ui["meals_grid"]
        for (row, kind) in MealKind.allCases.enumerated() {
            let check = raw(gtk_check_button_new_with_label(kind.displayName))
            let provider = raw(gtk_drop_down_new(nil, nil))
            DropDown.fill(provider, MealProvider.allCases.map(\.displayName))
            Widget.setAccessibleLabel(provider, tr("{meal} provided by", ["meal": kind.displayName]))
            gtk_grid_attach(c(grid), c(check), 0, Int32(row), 1, 1)
            gtk_grid_attach(c(grid), c(provider), 1, Int32(row), 1, 1)
            mealRows.append((kind, check, provider))
            onSignal(check, "toggled") { [weak self] in self?.updatePreviews() }
        }
    }

    // MARK: - Values

    private func fill(_ draft: ProgrammeItemDraft) {
        let ui = form.ui
        for (code, entry) in titleEntries { Editable.set(entry, draft.titles[code] ?? "") }
        for (code, view) in descriptionViews { TextView.set(view, draft.descriptions[code] ?? "") }
        DropDown.select(ui["status_dropdown"], ItemStatus.allCases.firstIndex(of: draft.status) ?? 0)
        Check.set(ui["all_day_check"], draft.allDay)
        Editable.set(ui["start_date_entry"], draft.startDate)
        Editable.set(ui["start_time_entry"], draft.startTime)
        Editable.set(ui["end_date_entry"], draft.endDate == draft.startDate ? "" : draft.endDate)
        Editable.set(ui["end_time_entry"], draft.endTime)
        Editable.set(ui["timezone_entry"], draft.timeZone)
        Editable.set(ui["location_entry"], draft.locationName)
        Editable.set(ui["address_entry"], draft.address)
        Editable.set(ui["latitude_entry"], draft.latitude)
        Editable.set(ui["longitude_entry"], draft.longitude)
        Editable.set(ui["transport_entry"], draft.transport)
        let audience = draft.audience
        Check.set(ui["everyone_check"], audience.everyone)
        Check.set(ui["families_check"], audience.hostFamilies)
        for (kind, check, provider) in mealRows {
            let meal = draft.meals.first { $0.kind == kind }
            Check.set(check, meal != nil)
            DropDown.select(provider, MealProvider.allCases.firstIndex(of: meal?.provider ?? .organizers) ?? 0)
        }
        Editable.set(ui["working_language_entry"], draft.workingLanguage)
        Check.set(ui["interpreting_check"], draft.interpreting)
        DropDown.select(ui["mode_dropdown"], InterpretingMode.allCases.firstIndex(of: draft.mode) ?? 0)
        Editable.set(ui["added_needs_entry"], draft.addedNeeds)
        TextView.set(ui["notes_view"], draft.notes)
    }

    private func draft() -> ProgrammeItemDraft {
        let ui = form.ui
        let audience = Audience(everyone: Check.isActive(ui["everyone_check"]),
                                groupIds: groupChecks.filter { Check.isActive($0.1) }.map(\.0),
                                roles: roleChecks.filter { Check.isActive($0.1) }.map(\.0),
                                townIds: townChecks.filter { Check.isActive($0.1) }.map(\.0),
                                participantIds: people.selectedIds,
                                hostFamilies: Check.isActive(ui["families_check"]))
        let meals = mealRows.filter { Check.isActive($0.1) }.map { kind, _, provider in
            ProvidedMeal(kind, by: MealProvider.allCases[min(DropDown.selected(provider), MealProvider.allCases.count - 1)])
        }
        let start = Editable.value(ui["start_date_entry"])
        let end = Editable.value(ui["end_date_entry"])
        return ProgrammeItemDraft(
            titles: Dictionary(uniqueKeysWithValues: titleEntries.map { ($0.0, Editable.value($0.1)) }),
            descriptions: Dictionary(uniqueKeysWithValues: descriptionViews.map { ($0.0, TextView.text($0.1)) }),
            allDay: Check.isActive(ui["all_day_check"]), startDate: start, startTime: Editable.value(ui["start_time_entry"]),
            endDate: end.isEmpty ? start : end, endTime: Editable.value(ui["end_time_entry"]),
            timeZone: Editable.value(ui["timezone_entry"]), locationName: Editable.value(ui["location_entry"]),
            address: Editable.value(ui["address_entry"]), latitude: Editable.value(ui["latitude_entry"]),
            longitude: Editable.value(ui["longitude_entry"]), audience: audience, meals: meals,
            transport: Editable.value(ui["transport_entry"]), workingLanguage: Editable.value(ui["working_language_entry"]),
            status: ItemStatus.allCases[min(DropDown.selected(ui["status_dropdown"]), ItemStatus.allCases.count - 1)],
            interpreting: Check.isActive(ui["interpreting_check"]),
            mode: InterpretingMode.allCases[min(DropDown.selected(ui["mode_dropdown"]), InterpretingMode.allCases.count - 1)],
            addedNeeds: Editable.value(ui["added_needs_entry"]), dismissedNeeds: dismissed, notes: TextView.text(ui["notes_view"]))
    }

    // MARK: - Live previews

    private func watchChanges() {
        let ui = form.ui
        for id in ["start_date_entry", "start_time_entry", "end_date_entry", "end_time_entry", "timezone_entry",
                   "working_language_entry", "added_needs_entry"] {
            onSignal(ui[id], "changed") { [weak self] in self?.updatePreviews() }
        }
        for (_, entry) in titleEntries { onSignal(entry, "changed") { [weak self] in self?.updatePreviews() } }
        for id in ["all_day_check", "everyone_check", "families_check", "interpreting_check"] {
            onSignal(ui[id], "toggled") { [weak self] in self?.updatePreviews() }
        }
        for check in groupChecks.map(\.1) + roleChecks.map(\.1) + townChecks.map(\.1) {
            onSignal(check, "toggled") { [weak self] in self?.updatePreviews() }
        }
    }

    private func updatePreviews() {
        let ui = form.ui
        let current = draft()
        for id in ["start_time_entry", "end_time_entry", "timezone_entry"] { Widget.setSensitive(ui[id], !current.allDay) }
        Widget.setSensitive(ui["mode_dropdown"], current.interpreting)
        Widget.setSensitive(ui["added_needs_entry"], current.interpreting)
        let missing = languages.filter { code in (current.titles[code] ?? "").isEmpty }
        Label.set(ui["translations_hint"], missing.isEmpty ? tr("Every visit language has a title.")
                  : tr("Missing translations: {languages}", ["languages": missing.joined(separator: ", ")]))
        // A preview item: the audience and the needs it would have.
        var preview = current
        if (preview.titles[languages[0]] ?? "").isEmpty { preview.titles[languages[0]] = "-" }
        let resolver = AudienceResolver(snapshot)
        let people = resolver.participants(of: current.audience).count
        let families = resolver.households(of: current.audience).count
        var audienceText = tr("{count} people", ["count": String(people)])
        if current.audience.hostFamilies {
            audienceText += ", " + tr("{count} host families", ["count": String(families)])
        }
        if current.audience.isEmpty || (people == 0 && families == 0) {
            audienceText = tr("This audience is nobody yet: choose everyone, groups, roles, towns or people.")
        }
        Label.set(ui["audience_preview"], audienceText)
        switch preview.item(visitId: snapshot.visit.id!, id: editing?.id, visitLanguages: languages) {
        case .success(let item):
            Label.set(ui["duration_preview"], item.timing.isAllDay
                      ? tr("{count} days", ["count": String(item.timing.days(in: item.timing.zone).count)])
                      : tr("Lasts {duration}", ["duration": Format.duration(minutes: item.timing.minutes)]))
            updateNeeds(item)
        case .failure:
            Label.set(ui["duration_preview"], "")
            Label.set(ui["needs_preview"], "")
        }
    }

    /// Shows the needs derived from the audience's languages, each with a check: clearing it
    /// dismisses the need (the people it serves are named, so the choice is informed).
    private func updateNeeds(_ item: ProgrammeItem) {
        let ui = form.ui
        let box = ui["derived_box"]
        Widget.removeAllChildren(ofBox: box)
        derivedChecks.removeAll()
        guard item.interpretation.wanted else {
            Label.set(ui["needs_preview"], tr("No interpreting for this item."))
            return
        }
        var plain = item
        plain.interpretation.dismissedNeeds = []
        plain.interpretation.addedNeeds = []
        let analysis = InterpretationNeeds.analyse(plain, resolver: AudienceResolver(snapshot))
        var text = analysis.needs.isEmpty
            ? tr("Everybody in the audience understands {language} (B2 or better): no interpreting needed.", ["language": item.workingLanguage])
            : tr("Needed, from the audience’s languages (clear one to dismiss it):")
        if !analysis.notUnderstoodParticipantIds.isEmpty {
            text += "\n" + tr("{count} people have no language recorded at B2 or better: nobody can tell what to interpret for them.", ["count": String(analysis.notUnderstoodParticipantIds.count)])
        }
        Label.set(ui["needs_preview"], text)
        for need in analysis.needs {
            let label = tr("{pair} for {count} people", ["pair": need.pair.description, "count": String(need.participantIds.count)])
            let check = raw(gtk_check_button_new_with_label(label))
            Check.set(check, !dismissed.contains(need.pair))
            onSignal(check, "toggled") { [weak self] in
                guard let self else { return }
                if Check.isActive(check) { self.dismissed.removeAll { $0 == need.pair } } else if !self.dismissed.contains(need.pair) {
                    self.dismissed.append(need.pair)
                }
            }
            gtk_box_append(c(box), c(check))
            derivedChecks.append((need.pair, check))
        }
    }

    // MARK: - Saving

    private func save() -> SaveOutcome {
        let draft = draft()
        let store = context.store
        let visitId = snapshot.visit.id!
        let title = draft.titles[languages[0]] ?? ""
        if let old = editing {
            return context.outcome(of: context.perform(tr("Edit {item}", ["item": title]),
                                                       do: { try store.saveProgrammeItem(draft, visitId: visitId, id: old.id) }))
        }
        return context.outcome(of: context.perform(tr("Add {item}", ["item": title]),
                                                   notify: tr("“{item}” added", ["item": title]),
                                                   do: { _ = try store.saveProgrammeItem(draft, visitId: visitId) }))
    }
}
