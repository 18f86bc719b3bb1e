import CGtk
import Foundation
import PlannerCore

/// The Itinerary page: the programme as a day-by-day agenda, the selected day as a timeline with
/// one lane per interpreter, and the selected item's details with its interpretation needs.
/// Everything shown comes from the core (audiences, needs, coverage, problems); the page lays it
/// out and opens the forms.
@MainActor
final class ItineraryPage: VisitPage {
    let id = "itinerary"
    var title: String { tr("Itinerary") }
    private let ui: Builder
    private let context: AppContext
    private let timeline: ItineraryTimeline
    private var snapshot: VisitSnapshot?
    private var rows: [GPointer: Int64] = [:]
    private var selectedId: Int64?
    private var day: CalendarDate?
    /// Set while the agenda is rebuilt, so selecting rows programmatically is not a user choice.
    private var filling = false
    /// Items with an error among the snapshot's problems, found once per snapshot.
    private var flagged: Set<Int64> = []
    /// How the snapshot's assignments cover each need, evaluated once per snapshot.
    private var coverage: [NeedCoverage] = []
    /// The last plan of Assign: it says why each interpreter was chosen.
    private var lastPlan: AssignmentPlan?
    let root: GPointer

    init(context: AppContext) {
        self.context = context
        ui = Builder("itinerary-page")
        root = ui["root"]
        timeline = ItineraryTimeline(area: ui["timeline"])
        timeline.onSelect = { [weak self] id in self?.select(item: id) }
        onSignal(ui["add_item_button"], "clicked") { [weak self] in self?.addItem() }
        onSignal(ui["edit_item_button"], "clicked") { [weak self] in self?.editSelected() }
        onSignal(ui["duplicate_item_button"], "clicked") { [weak self] in self?.duplicateSelected() }
        onSignal(ui["cancel_item_button"], "clicked") { [weak self] in self?.toggleCancelled() }
        onSignal(ui["delete_item_button"], "clicked") { [weak self] in self?.deleteSelected() }
        onSignal(ui["assign_button"], "clicked") { [weak self] in self?.assignInterpreters() }
        onSignal(ui["interpreters_button"], "clicked") { [weak self] in self?.openInterpreters() }
        onSignal(ui["groups_button"], "clicked") { [weak self] in self?.openGroups() }
        onSignal(ui["previous_day_button"], "clicked") { [weak self] in self?.moveDay(by: -1) }
        onSignal(ui["next_day_button"], "clicked") { [weak self] in self?.moveDay(by: 1) }
        onSignal(ui["agenda_list"], "row-selected") { [weak self] (row: GPointer?) in
            guard let self, !self.filling, let row, let id = self.rows[row] else { return }
            self.show(item: id, scroll: false)
        }
        onSignal(ui["agenda_list"], "row-activated") { [weak self] (row: GPointer?) in
            guard let self, let row, let id = self.rows[row] else { return }
            self.edit(id)
        }
        addDeleteKey()
    }

    private func addDeleteKey() {
        let controller = raw(gtk_event_controller_key_new())
        onSignalKeyPressed(controller) { [weak self] key in
            guard key == UInt32(GDK_KEY_Delete) || key == UInt32(GDK_KEY_KP_Delete), let self else { return false }
            self.deleteSelected()
            return true
        }
        gtk_widget_add_controller(c(ui["agenda_list"]), OpaquePointer(controller))
    }

    func update(_ snapshot: VisitSnapshot) {
        self.snapshot = snapshot
        if let id = selectedId, !snapshot.programme.contains(where: { $0.id == id }) { selectedId = nil }
        let days = visitDays(snapshot)
        if day == nil || !(days.first!...days.last!).contains(day!) {
            day = selectedItem.flatMap { $0.timing.days(in: snapshot.timeZone).first } ?? days.first
        }
        flagged = flaggedItems(snapshot)
        coverage = NeedCoverage.evaluate(snapshot)
        fillAgenda(snapshot)
        fillSummary(snapshot)
        refreshSide()
    }

    private var selectedItem: ProgrammeItem? { snapshot?.programme.first { $0.id == selectedId } }

    /// The visit's days, widened to any item outside them (an excursion the day before).
    private func visitDays(_ snapshot: VisitSnapshot) -> [CalendarDate] {
        var first = snapshot.visit.startDate, last = snapshot.visit.endDate
        for item in snapshot.programme {
            let days = item.timing.days(in: snapshot.timeZone)
            if let d = days.first, d < first { first = d }
            if let d = days.last, d > last { last = d }
        }
        return (0...(last.dayNumber - first.dayNumber)).map { first.adding(days: $0) }
    }

    // MARK: - Agenda

    private func fillAgenda(_ snapshot: VisitSnapshot) {
        filling = true
        defer { filling = false }
        let list = ui["agenda_list"]
        Widget.removeAllRows(ofListBox: list)
        rows.removeAll()
        Widget.setVisible(ui["empty_label"], snapshot.programme.isEmpty)
        Widget.setVisible(list, !snapshot.programme.isEmpty)
        let zone = snapshot.timeZone
        let resolver = AudienceResolver(snapshot)
        var selectedRow: GPointer?
        for day in visitDays(snapshot) {
            let items = snapshot.programme.filter { $0.timing.days(in: zone).contains(day) }
            guard !items.isEmpty else { continue }
            let header = raw(gtk_list_box_row_new())
            gtk_list_box_row_set_activatable(c(header), 0)
            gtk_list_box_row_set_selectable(c(header), 0)
            let outside = day < snapshot.visit.startDate || day > snapshot.visit.endDate
            let title = Format.longDay(day) + (outside ? " · " + tr("outside the visit") : "")
            gtk_list_box_row_set_child(c(header), c(Label.make(title, classes: ["heading", "agenda-day"])))
            Widget.setAccessibleLabel(header, title)
            gtk_list_box_append(c(list), c(header))
            for item in items {
                let row = agendaRow(item, snapshot, resolver, flagged: flagged.contains(item.id ?? -1))
                rows[row] = item.id
                gtk_list_box_append(c(list), c(row))
                if item.id == selectedId && selectedRow == nil { selectedRow = row }
            }
        }
        if let selectedRow { gtk_list_box_select_row(c(list), c(selectedRow)) }
    }

    private func agendaRow(_ item: ProgrammeItem, _ snapshot: VisitSnapshot, _ resolver: AudienceResolver, flagged: Bool) -> GPointer {
        let languages = snapshot.visit.languages
        let row = raw(gtk_list_box_row_new())
        let box = raw(gtk_box_new(GTK_ORIENTATION_HORIZONTAL, 12))
        Widget.addClass(box, "agenda-item")
        if item.status == .cancelled { Widget.addClass(box, "cancelled") }
        let time = Label.make(Format.timeRange(item.timing, visitZone: snapshot.timeZone), classes: ["agenda-time", "numeric"], wrap: true)
        gtk_widget_set_size_request(c(time), 92, -1)
        gtk_widget_set_valign(c(time), GTK_ALIGN_START)
        gtk_box_append(c(box), c(time))
        let text = raw(gtk_box_new(GTK_ORIENTATION_VERTICAL, 2))
        gtk_widget_set_hexpand(c(text), 1)
        let title = Label.make(item.title(in: languages), classes: ["agenda-title"], wrap: true)
        gtk_box_append(c(text), c(title))
        var parts: [String] = []
        if !item.location.name.isEmpty { parts.append(item.location.name) }
        parts.append(resolver.summary(of: item.audience))
        if item.status != .confirmed { parts.append(item.status.displayName) }
        gtk_box_append(c(text), c(Label.make(parts.joined(separator: " · "), classes: ["dim-label", "caption"], wrap: true)))
        var badges: [String] = []
        if !item.meals.isEmpty {
            badges.append(item.meals.map { "\($0.kind.displayName) (\($0.provider.displayName.inRunningText))" }.joined(separator: ", "))
        }
        let missing = item.missingTranslations(of: languages)
        if !missing.isEmpty {
            badges.append(tr("no title in {languages}", ["languages": missing.joined(separator: ", ")]))
        }
        if !badges.isEmpty { gtk_box_append(c(text), c(Label.make(badges.joined(separator: " · "), classes: ["dim-label", "caption"], wrap: true))) }
        gtk_box_append(c(box), c(text))
        if flagged {
            let icon = raw(gtk_image_new_from_icon_name("dialog-warning-symbolic"))
            Widget.addClass(icon, "error")
            gtk_widget_set_valign(c(icon), GTK_ALIGN_START)
            Widget.setTooltip(icon, tr("This item has a problem: see its details"))
            Widget.setAccessibleLabel(icon, tr("Problem"))
            gtk_box_append(c(box), c(icon))
        }
        gtk_list_box_row_set_child(c(row), c(box))
        var accessible = "\(Format.timeRange(item.timing, visitZone: snapshot.timeZone)) \(item.title(in: languages))"
        if item.status == .cancelled { accessible += ", " + ItemStatus.cancelled.displayName }
        if flagged { accessible += ", " + tr("has a problem") }
        Widget.setAccessibleLabel(row, accessible)
        return row
    }

    /// Items with an error among the visit's problems (an uncovered need, a clash).
    private func flaggedItems(_ snapshot: VisitSnapshot) -> Set<Int64> {
        Set(ProblemFinder.problems(in: snapshot).compactMap { problem in
            if case .programmeItem(let id) = problem.subject, problem.severity == .error { return id }
            return nil
        })
    }

    private func fillSummary(_ snapshot: VisitSnapshot) {
        let active = snapshot.programme.filter(\.isActive).count
        var text = tr("{items} items, {interpreters} interpreters", ["items": String(active), "interpreters": String(snapshot.interpreters.count)])
        let cancelled = snapshot.programme.count - active
        if cancelled > 0 { text += " · " + tr("{count} cancelled", ["count": String(cancelled)]) }
        Label.set(ui["summary_label"], text)
    }

    // MARK: - Day and details

    private func moveDay(by offset: Int) {
        guard let snapshot, let current = day else { return }
        let days = visitDays(snapshot)
        let next = current.adding(days: offset)
        guard next >= days.first!, next <= days.last! else { return }
        day = next
        refreshSide()
    }

    /// Selects an item: in the agenda, on the timeline (its day) and in the details (a problem's
    /// "Show", a click on a block).
    func select(item id: Int64) {
        show(item: id, scroll: true)
        guard let row = rows.first(where: { $0.value == id })?.key else { return }
        filling = true
        gtk_list_box_select_row(c(ui["agenda_list"]), c(row))
        filling = false
        Widget.grabFocus(row)
    }

    private func show(item id: Int64, scroll: Bool) {
        selectedId = id
        if let snapshot, let item = selectedItem {
            let days = item.timing.days(in: snapshot.timeZone)
            if let current = day, !days.contains(current) { day = days.first }
        }
        refreshSide()
    }

    private func refreshSide() {
        guard let snapshot, let day else { return }
        let days = visitDays(snapshot)
        Label.set(ui["day_label"], Format.longDay(day))
        Widget.setSensitive(ui["previous_day_button"], day > days.first!)
        Widget.setSensitive(ui["next_day_button"], day < days.last!)
        timeline.update(snapshot, day: day, selected: selectedId, flagged: flagged)
        let item = selectedItem
        for id in ["edit_item_button", "duplicate_item_button", "cancel_item_button", "delete_item_button"] {
            Widget.setSensitive(ui[id], item != nil)
        }
        gtk_button_set_label(c(ui["cancel_item_button"]), item?.status == .cancelled ? tr("Reinstate Item") : tr("Cancel Item"))
        fillDetails(item, snapshot)
    }

    private func fillDetails(_ item: ProgrammeItem?, _ snapshot: VisitSnapshot) {
        for id in ["needs_heading", "needs_list", "details_description"] { Widget.setVisible(ui[id], item != nil) }
        guard let item else {
            Label.set(ui["details_title"], tr("No item selected"))
            Label.set(ui["details_meta"], tr("Select an item in the agenda or on the timeline to see whom it is for, its meals and its interpreters."))
            return
        }
        let languages = snapshot.visit.languages
        let resolver = AudienceResolver(snapshot)
        Label.set(ui["details_title"], item.title(in: languages))
        var lines: [String] = []
        var when = Format.timeRange(item.timing, visitZone: snapshot.timeZone)
        if !item.timing.isAllDay { when += " · " + Format.duration(minutes: item.timing.minutes) }
        lines.append(Format.day(item.timing.startDate) + " · " + when)
        if !item.location.name.isEmpty || !item.location.address.isEmpty {
            lines.append([item.location.name, item.location.address].filter { !$0.isEmpty }.joined(separator: ", "))
        }
        let people = resolver.participants(of: item.audience).count
        var audience = resolver.summary(of: item.audience) + " · "
            + tr("{count} people", ["count": String(people)])
        let families = resolver.households(of: item.audience).count
        if families > 0 { audience += " · " + tr("{count} host families", ["count": String(families)]) }
        lines.append(audience)
        for meal in item.meals {
            lines.append(tr("{meal} by {provider}", ["meal": meal.kind.displayName, "provider": meal.provider.displayName.inRunningText]))
        }
        if !item.transport.isEmpty { lines.append(tr("Transport: {text}", ["text": item.transport])) }
        lines.append(tr("Working language: {code}", ["code": item.workingLanguage])
            + " · " + item.status.displayName)
        let missing = item.missingTranslations(of: languages)
        if !missing.isEmpty {
            lines.append(tr("No title yet in {languages}", ["languages": missing.joined(separator: ", ")]))
        }
        if !item.notes.isEmpty { lines.append(tr("Notes: {text}", ["text": item.notes])) }
        Label.set(ui["details_meta"], lines.joined(separator: "\n"))
        let description = item.description(in: languages)
        Label.set(ui["details_description"], description)
        Widget.setVisible(ui["details_description"], !description.isEmpty)
        fillNeeds(item, snapshot)
    }

    // MARK: - Interpreting

    private func fillNeeds(_ item: ProgrammeItem, _ snapshot: VisitSnapshot) {
        let list = ui["needs_list"]
        Widget.removeAllRows(ofListBox: list)
        guard item.interpretation.wanted, item.isActive else {
            let text = item.isActive ? tr("No interpreting wanted for this item.") : tr("Cancelled: nothing to interpret.")
            gtk_list_box_append(c(list), c(Label.make(text, classes: ["dim-label", "need-row"], wrap: true)))
            return
        }
        let coverage = coverage.filter { $0.need.itemId == item.id }
        if coverage.isEmpty {
            gtk_list_box_append(c(list), c(Label.make(tr("Everybody in the audience understands the working language: no interpreting needed."),
                                                      classes: ["dim-label", "need-row"], wrap: true)))
        }
        let names = Dictionary(uniqueKeysWithValues: snapshot.participants.compactMap { p in p.id.map { ($0, p.fullName) } })
        for entry in coverage { gtk_list_box_append(c(list), c(needRow(entry, item, snapshot, names))) }
        // Assignments that serve no need (a leg kept by hand, a need since dismissed) can still be removed.
        let used = Set(coverage.map(\.need.pair))
        let bridges = Set(coverage.compactMap { entry -> String? in
            if case .relay(let bridge, _, _) = entry.status { return bridge }
            if case .partial(_, let bridge?, _) = entry.status { return bridge }
            return nil
        })
        for assignment in snapshot.assignments where assignment.itemId == item.id && !used.contains(assignment.pair)
            && !bridges.contains(assignment.pair.to) && !bridges.contains(assignment.pair.from) {
            gtk_list_box_append(c(list), c(assignmentRow(assignment, names, note: tr("serves no need of this item"))))
        }
    }

    private func needRow(_ entry: NeedCoverage, _ item: ProgrammeItem, _ snapshot: VisitSnapshot, _ names: [Int64: String]) -> GPointer {
        let box = raw(gtk_box_new(GTK_ORIENTATION_VERTICAL, 4))
        Widget.addClass(box, "need-row")
        let need = entry.need
        var heading = need.pair.description
        if !need.participantIds.isEmpty {
            heading += " · " + tr("{count} people", ["count": String(need.participantIds.count)])
        }
        if need.origin == .added { heading += " · " + tr("added by hand") }
        if entry.required > 1 { heading += " · " + tr("two interpreters (long item)") }
        let status: String
        let style: String
        let who = { (ids: [Int64]) in ListFormat.and(ids.compactMap { names[$0] }) }
        switch entry.status {
        case .direct(let ids):
            status = "✓ " + who(ids)
            style = "success-text"
        case .relay(let bridge, let first, let second):
            status = "✓ " + tr("relay through {bridge}: {first}, then {second}", ["bridge": bridge, "first": who(first), "second": who(second)])
            style = "success-text"
        case .partial(let ids, _, let reasons):
            status = "⚠ " + tr("only {names}: {reasons}", ["names": who(ids), "reasons": reasons.joined(separator: "; ")])
            style = "warning-text"
        case .uncovered(let reasons):
            status = "✕ " + tr("Not covered: {reasons}", ["reasons": reasons.joined(separator: "; ")])
            style = "blocker"
        }
        let top = raw(gtk_box_new(GTK_ORIENTATION_HORIZONTAL, 8))
        let headingLabel = Label.make(heading, classes: ["heading"])
        gtk_widget_set_hexpand(c(headingLabel), 1)
        gtk_box_append(c(top), c(headingLabel))
        gtk_box_append(c(box), c(top))
        let statusLabel = Label.make(status, classes: [style], wrap: true)
        gtk_box_append(c(box), c(statusLabel))
        Widget.setAccessibleLabel(box, "\(heading): \(status)")
        // Why each interpreter was chosen, from the last Assign.
        for assignment in snapshot.assignments where assignment.itemId == item.id && assignment.pair == need.pair {
            // The plan's assignments have no ids yet: compare without the stored one.
            var planned = assignment
            planned.id = nil
            let why = lastPlan?.explanation(for: planned) ?? (assignment.manual ? tr("assigned by hand") : nil)
            gtk_box_append(c(box), c(assignmentRow(assignment, names, note: why)))
        }
        // By hand: any interpreter with the pair and the item's mode.
        let candidates = snapshot.interpreters.filter { interpreter in
            interpreter.covers(need.pair, mode: item.interpretation.mode)
                && !snapshot.assignments.contains { $0.itemId == item.id && $0.interpreterId == interpreter.participantId && $0.pair == need.pair }
        }
        if !candidates.isEmpty, let itemId = item.id {
            let row = raw(gtk_box_new(GTK_ORIENTATION_HORIZONTAL, 6))
            let dropdown = raw(gtk_drop_down_new(nil, nil))
            DropDown.fill(dropdown, candidates.map { names[$0.participantId] ?? "?" })
            Widget.setAccessibleLabel(dropdown, tr("Interpreter for {pair}", ["pair": need.pair.description]))
            gtk_widget_set_hexpand(c(dropdown), 1)
            gtk_box_append(c(row), c(dropdown))
            let button = raw(gtk_button_new_with_label(tr("Assign")))
            Widget.setAccessibleLabel(button, tr("Assign an interpreter for {pair}", ["pair": need.pair.description]))
            onSignal(button, "clicked") { [weak self] in
                let chosen = candidates[min(DropDown.selected(dropdown), candidates.count - 1)]
                self?.assignByHand(InterpretingAssignment(itemId: itemId, interpreterId: chosen.participantId, pair: need.pair, manual: true),
                                   name: names[chosen.participantId] ?? "")
            }
            gtk_box_append(c(row), c(button))
            gtk_box_append(c(box), c(row))
        }
        return box
    }

    private func assignmentRow(_ assignment: InterpretingAssignment, _ names: [Int64: String], note: String?) -> GPointer {
        let row = raw(gtk_box_new(GTK_ORIENTATION_HORIZONTAL, 6))
        let name = names[assignment.interpreterId] ?? "?"
        var text = "\(name) · \(assignment.pair)"
        if let note { text += " — " + note }
        let label = Label.make(text, classes: ["dim-label", "caption"], wrap: true)
        gtk_widget_set_hexpand(c(label), 1)
        gtk_box_append(c(row), c(label))
        let remove = raw(gtk_button_new_from_icon_name("list-remove-symbolic"))
        Widget.addClass(remove, "flat")
        Widget.setAccessibleLabel(remove, tr("Remove {name} from {pair}", ["name": name, "pair": assignment.pair.description]))
        Widget.setTooltip(remove, tr("Remove this assignment"))
        onSignal(remove, "clicked") { [weak self] in self?.removeAssignment(assignment, name: name) }
        gtk_box_append(c(row), c(remove))
        return row
    }

    private func assignByHand(_ assignment: InterpretingAssignment, name: String) {
        let store = context.store
        context.perform(tr("Assign {name}", ["name": name]),
                        do: { _ = try store.addAssignment(assignment) })
    }

    private func removeAssignment(_ assignment: InterpretingAssignment, name: String) {
        guard let id = assignment.id else { return }
        let store = context.store
        context.perform(tr("Remove {name}", ["name": name]),
                        do: { try store.removeAssignment(id: id) })
    }

    /// The Assign button: plans every need (hand-made assignments stay) and stores the plan in
    /// one step that Undo takes back.
    private func assignInterpreters() {
        guard let snapshot, let visitId = snapshot.visit.id else { return }
        let plan = InterpreterAssigner.assign(snapshot)
        lastPlan = plan
        let store = context.store
        let stats = plan.stats
        let summary = stats.needs == 0 ? tr("No interpretation needs in the programme")
            : stats.covered == stats.needs
            ? tr("Interpreters assigned: all {count} needs covered", ["count": String(stats.needs)])
            : tr("Interpreters assigned: {covered} of {count} needs covered; see the problems", ["covered": String(stats.covered), "count": String(stats.needs)])
        context.perform(tr("Assign Interpreters"), notify: summary,
                        do: { _ = try store.replaceAssignments(ofVisit: visitId, with: plan.assignments) })
    }

    // MARK: - Editing

    func addItem() {
        guard let snapshot, let day else { return }
        ProgrammeItemForm(context: context, parent: root, snapshot: snapshot, editing: nil,
                          draft: ProgrammeItemDraft.new(on: day, in: snapshot)).present()
    }

    private func editSelected() { if let id = selectedId { edit(id) } }

    private func edit(_ id: Int64) {
        guard let snapshot, let item = snapshot.programme.first(where: { $0.id == id }) else { return }
        ProgrammeItemForm(context: context, parent: root, snapshot: snapshot, editing: item, draft: ProgrammeItemDraft(item)).present()
    }

    private func duplicateSelected() {
        guard let snapshot, var copy = selectedItem else { return }
        let languages = snapshot.visit.languages
        copy.id = nil
        let title = copy.title(in: languages)
        let store = context.store
        var added: ProgrammeItem?
        context.perform(tr("Duplicate {item}", ["item": title]),
                        notify: tr("“{item}” duplicated", ["item": title]),
                        do: { added = try store.saveProgrammeItem(copy) })
        if let id = added?.id { selectedId = id }
    }

    private func toggleCancelled() {
        guard let snapshot, let old = selectedItem else { return }
        var changed = old
        changed.status = old.status == .cancelled ? .planned : .cancelled
        let title = old.title(in: snapshot.visit.languages)
        let store = context.store
        context.perform(changed.status == .cancelled ? tr("Cancel {item}", ["item": title])
                                                     : tr("Reinstate {item}", ["item": title]),
                        notify: changed.status == .cancelled ? tr("“{item}” cancelled", ["item": title]) : nil,
                        do: { try store.saveProgrammeItem(changed) })
    }

    private func deleteSelected() {
        guard let snapshot, let item = selectedItem, let id = item.id else { return }
        let title = item.title(in: snapshot.visit.languages)
        let store = context.store
        context.perform(tr("Delete {item}", ["item": title]),
                        notify: tr("“{item}” deleted", ["item": title]),
                        do: { _ = try store.deleteProgrammeItem(id: id) })
    }

    // MARK: - Interpreters and groups

    private func latestSnapshot() -> VisitSnapshot? {
        guard let id = snapshot?.visit.id else { return nil }
        return (try? context.store.snapshot(ofVisit: id)) ?? snapshot
    }

    private func openInterpreters() {
        let manager = ManageListWindow(parent: root, title: tr("Interpreters"),
                                       hint: tr("Participants with the interpreter role. Give each one the language pairs they work in, when they are available and how many hours a day they can work; Assign uses them."),
                                       addLabel: nil, onAdd: nil)
        manager.rows = { [weak self, weak manager] in
            guard let self, let snapshot = self.latestSnapshot() else { return [] }
            let profiles = Dictionary(uniqueKeysWithValues: snapshot.interpreters.map { ($0.participantId, $0) })
            let people = snapshot.participants.filter { $0.role == .interpreter || profiles[$0.id ?? -1] != nil }
            let settings = snapshot.itinerarySettings
            let rules = ManageListWindow.Row(
                title: tr("Interpreting rules"),
                subtitle: tr("{buffer} min of travel time between places; two interpreters per pair for items longer than {length}", ["buffer": String(settings.travelBufferMinutes), "length": Format.duration(minutes: settings.pairInterpretersAfterMinutes)]),
                editLabel: tr("Change"),
                onEdit: { [weak self, weak manager] in
                    guard let self, let manager, let visitId = snapshot.visit.id else { return }
                    let form = ItinerarySettingsForm(context: self.context, parent: manager.window, visitId: visitId, current: settings)
                    form.onSaved = { [weak manager] in manager?.refresh() }
                    form.present()
                },
                onDelete: nil)
            return [rules] + people.map { person in
                let profile = profiles[person.id!]
                return ManageListWindow.Row(
                    title: person.fullName,
                    subtitle: profile.map { self.describe($0) } ?? tr("No language pairs yet: Assign cannot use this interpreter."),
                    editLabel: profile == nil ? tr("Set Up") : tr("Edit"),
                    onEdit: { [weak self, weak manager] in
                        guard let self, let manager else { return }
                        let form = InterpreterForm(context: self.context, parent: manager.window, visit: snapshot.visit,
                                                   person: person, existing: profile)
                        form.onSaved = { [weak manager] in manager?.refresh() }
                        form.present()
                    },
                    onDelete: profile == nil ? nil : { [weak self, weak manager] in
                        guard let self, let profile else { return }
                        let store = self.context.store
                        self.context.perform(tr("Remove the profile of {name}", ["name": person.fullName]),
                                             notify: tr("Profile of {name} removed", ["name": person.fullName]),
                                             do: { try store.deleteInterpreter(participantId: profile.participantId) })
                        manager?.refresh()
                    })
            }
        }
        manager.present()
    }

    /// "cs↔de · consecutive, whispered · 14 May 08:00 – 17 May 12:00 · 6 h a day · 4,500.00 CZK per half day".
    private func describe(_ interpreter: Interpreter) -> String {
        var parts = [LanguagePair.format(interpreter.pairs), interpreter.modes.map { $0.displayName.inRunningText }.joined(separator: ", ")]
        parts.append(interpreter.availability.isEmpty ? tr("available all visit")
                     : interpreter.availability.map(InterpreterDraft.format).joined(separator: "; "))
        parts.append(tr("{hours} a day at most", ["hours": Format.duration(minutes: interpreter.maxMinutesPerDay)]))
        if let rate = interpreter.rate { parts.append("\(Format.money(rate)) \(interpreter.rateUnit.displayName)") }
        return parts.joined(separator: " · ")
    }

    private func openGroups() {
        var manager: ManageListWindow?
        manager = ManageListWindow(parent: root, title: tr("Groups"),
                                   hint: tr("Named groups of participants, e.g. “Brass band” or “Youth FR+PL”: a programme item can name them as its audience."),
                                   addLabel: tr("Add Group"), onAdd: { [weak self] in
                                       guard let self, let snapshot = self.latestSnapshot(), let manager else { return }
                                       let form = GroupForm(context: self.context, parent: manager.window, snapshot: snapshot, existing: nil)
                                       form.onSaved = { [weak manager] in manager?.refresh() }
                                       form.present()
                                   })
        manager?.rows = { [weak self, weak manager] in
            guard let self, let snapshot = self.latestSnapshot() else { return [] }
            let names = Dictionary(uniqueKeysWithValues: snapshot.participants.compactMap { p in p.id.map { ($0, p.fullName) } })
            return snapshot.groups.map { group in
                let members = group.memberIds.compactMap { names[$0] }
                let subtitle = trn("{count} member", "{count} members", members.count).replacingOccurrences(of: "%d", with: String(members.count))
                    + (members.isEmpty ? "" : ": " + members.prefix(6).joined(separator: ", ") + (members.count > 6 ? "…" : ""))
                return ManageListWindow.Row(
                    title: group.name, subtitle: subtitle, editLabel: tr("Edit"),
                    onEdit: { [weak self, weak manager] in
                        guard let self, let manager, let snapshot = self.latestSnapshot() else { return }
                        let form = GroupForm(context: self.context, parent: manager.window, snapshot: snapshot, existing: group)
                        form.onSaved = { [weak manager] in manager?.refresh() }
                        form.present()
                    },
                    onDelete: { [weak self, weak manager] in
                        guard let self, let id = group.id else { return }
                        let store = self.context.store
                        self.context.perform(tr("Delete group {name}", ["name": group.name]),
                                             notify: tr("Group “{name}” deleted", ["name": group.name]),
                                             do: { try store.deleteGroup(id: id) })
                        manager?.refresh()
                    })
            }
        }
        manager?.present()
    }
}
