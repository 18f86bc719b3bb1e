import CGtk
import Foundation
import PlannerCore

/// The Placement page: every guest with their host family and status; for the selected guest,
/// the households ranked by the rules with their reasons, and the form for the family's answer.
@MainActor
final class PlacementPage: VisitPage {
    let id = "placement"
    var title: String { tr("Placement") }
    struct Row {
        let guest: Participant
        let name: String
        let town: String
        let age: Int?
        let host: String
        let status: String
        let search: SearchKeyProvider
    }

    private let ui: Builder
    private let context: AppContext
    private let table: DataTable<Row>
    private var snapshot: VisitSnapshot?
    private var selectedGuest: Int64?
    let root: GPointer

    init(context: AppContext) {
        self.context = context
        ui = Builder("placement-page")
        root = ui["root"]
        table = DataTable(columnView: ui["guests_view"], columns: [
            .init(title: tr("Guest"), text: \.name, expand: true),
            .init(title: tr("Town"), text: \.town),
            .init(title: tr("Age"), text: { $0.age.map(String.init) ?? "—" }, less: { ($0.age ?? -1) < ($1.age ?? -1) }, numeric: true),
            .init(title: tr("Host family"), text: \.host, expand: true),
            .init(title: tr("Status"), text: \.status),
        ], id: { $0.guest.id! }, searchKey: \.search)
        table.onSelectionChanged = { [weak self] in self?.selectionChanged() }
        DropDown.fill(ui["status_dropdown"], PlacementStatus.allCases.map(\.displayName))
        onSignal(ui["suggest_button"], "clicked") { [weak self] in self?.suggest() }
        onSignal(ui["settings_button"], "clicked") { [weak self] in self?.openSettings() }
        onSignal(ui["save_status_button"], "clicked") { [weak self] in self?.saveStatus() }
        onSignal(ui["remove_button"], "clicked") { [weak self] in self?.removePlacement() }
    }

    func update(_ snapshot: VisitSnapshot) {
        self.snapshot = snapshot
        let names = Dictionary(snapshot.offers.map { ($0.id, $0.household.name) }, uniquingKeysWith: { a, _ in a })
        let guests = snapshot.participants.filter { $0.isGuest(of: snapshot.details) }
        table.setRows(guests.map { guest in
            let placement = snapshot.placement(of: guest.id!)
            let host = placement.flatMap { names[$0.householdId] } ?? "—"
            let status = placement.map { $0.status.displayName + ($0.overrideReason != nil ? " ⚠" : "") } ?? tr("Not placed")
            let town = snapshot.town(of: guest)?.name ?? "—"
            return Row(guest: guest, name: guest.fullName, town: town, age: guest.age(at: snapshot.visit), host: host, status: status,
                       search: SearchKeyProvider(key: SearchKey([guest.fullName, town, host, status])))
        })
        let lodged = Set(snapshot.placements.filter(\.status.lodges).map(\.participantId))
        let placed = guests.filter { lodged.contains($0.id!) }.count
        let confirmed = snapshot.placements.filter { $0.status == .confirmed }.count
        Label.set(ui["summary_label"], tr("{placed} of {guests} guests have a host family · {confirmed} confirmed", ["placed": String(placed), "guests": String(guests.count), "confirmed": String(confirmed)]))
        Widget.setSensitive(ui["suggest_button"], !guests.isEmpty)
        if let selectedGuest { table.select(id: selectedGuest) }
        showDetail()
    }

    /// Selects a guest (from Problems' "Show").
    func select(id: Int64) {
        table.select(id: id)
        selectionChanged()
    }

    private func selectionChanged() {
        selectedGuest = table.selectedRow?.guest.id
        showDetail()
    }

    // MARK: - The selected guest

    private func showDetail() {
        guard let snapshot, let id = selectedGuest, let guest = snapshot.participants.first(where: { $0.id == id }) else {
            Widget.setVisible(ui["detail_box"], false)
            Widget.setVisible(ui["detail_empty"], true)
            return
        }
        Widget.setVisible(ui["detail_box"], true)
        Widget.setVisible(ui["detail_empty"], false)
        let candidates = PlacementPlanner.candidates(for: id, in: snapshot)
        let unit = candidates.first?.unit
        Label.set(ui["detail_title"], unit.map(\.names) ?? guest.fullName)
        var facts = [snapshot.town(of: guest)?.name ?? "", guest.age(at: snapshot.visit).map { tr("{age} years", ["age": String($0)]) } ?? "",
                     Format.languages(guest.languages), Format.needs(guest)].filter { !$0.isEmpty }
        if let unit, unit.size > 1 {
            facts.append(unit.pairedByPolicy ? tr("paired with another minor by the visit’s policy") : tr("stay together"))
        }
        Label.set(ui["detail_subtitle"], facts.joined(separator: " · "))
        showPlacement(of: guest, candidates: candidates, in: snapshot)
        fillCandidates(candidates, in: snapshot)
    }

    private func showPlacement(of guest: Participant, candidates: [PlacementCandidate], in snapshot: VisitSnapshot) {
        let placement = snapshot.placement(of: guest.id!)
        let card = ui["placement_card"]
        guard let placement, let offer = snapshot.offers.first(where: { $0.id == placement.householdId }) else {
            Label.set(ui["placement_label"], tr("No host family yet: choose one below, or let Suggest Placements decide."))
            Label.set(ui["placement_reasons"], "")
            Widget.setVisible(ui["status_grid"], false)
            Widget.setVisible(ui["remove_button"], false)
            Widget.setVisible(ui["save_status_button"], false)
            Widget.removeClass(card, "override")
            return
        }
        Widget.setVisible(ui["status_grid"], true)
        Widget.setVisible(ui["remove_button"], true)
        Widget.setVisible(ui["save_status_button"], true)
        Label.set(ui["placement_label"], tr("With {household} — {status}", ["household": offer.household.name, "status": placement.status.displayName.inRunningText]))
        let evaluation = candidates.first { $0.id == offer.id }?.evaluation
        var reasons = evaluation?.summary ?? ""
        if let override = placement.overrideReason {
            reasons = tr("Placed against a rule ({rule}). Reason: {reason}", ["rule": evaluation?.blockers.first?.message ?? tr("a rule"), "reason": override]) + (reasons.isEmpty ? "" : "\n" + reasons)
            Widget.addClass(card, "override")
        } else {
            Widget.removeClass(card, "override")
        }
        Label.set(ui["placement_reasons"], reasons)
        DropDown.select(ui["status_dropdown"], PlacementStatus.allCases.firstIndex(of: placement.status) ?? 0)
        Editable.set(ui["offered_on_entry"], placement.offeredOn?.description ?? "")
        Editable.set(ui["offered_how_entry"], placement.offeredHow)
        Editable.set(ui["answer_entry"], placement.answerNote)
        Widget.setVisible(ui["offered_on_error"], false)
        Widget.setError(ui["offered_on_entry"], nil)
    }

    private func fillCandidates(_ candidates: [PlacementCandidate], in snapshot: VisitSnapshot) {
        let list = ui["candidates_list"]
        Widget.removeAllRows(ofListBox: list)
        let current = selectedGuest.flatMap { snapshot.placement(of: $0) }
        for candidate in candidates where candidate.offer.availability != nil {
            gtk_list_box_append(c(list), c(candidateRow(candidate, isCurrent: current?.householdId == candidate.id && current?.status.lodges == true)))
        }
        let notOffered = candidates.filter { $0.offer.availability == nil }.count
        if notOffered > 0 {
            let note = Label.make(trn("{count} more household is not hosting during this visit.", "{count} more households are not hosting during this visit.", notOffered),
                                  classes: ["dim-label", "problem-row"], wrap: true)
            gtk_list_box_append(c(list), c(note))
        }
    }

    private func candidateRow(_ candidate: PlacementCandidate, isCurrent: Bool) -> GPointer {
        let row = raw(gtk_box_new(GTK_ORIENTATION_HORIZONTAL, 10))
        Widget.addClass(row, "problem-row")
        let text = raw(gtk_box_new(GTK_ORIENTATION_VERTICAL, 2))
        gtk_widget_set_hexpand(c(text), 1)
        let beds = trn("{count} free bed", "{count} free beds", max(candidate.freeBeds, 0))
        let title = "\(candidate.household.name) · \(beds)" + (candidate.isFeasible ? " · " + tr("score {score}", ["score": String(candidate.evaluation.score)]) : "")
        gtk_box_append(c(text), c(Label.make(title, classes: ["heading"], wrap: true)))
        let summary = candidate.evaluation.summary
        if !summary.isEmpty { gtk_box_append(c(text), c(Label.make(summary, classes: ["dim-label", "caption"], wrap: true))) }
        for blocker in candidate.blockers {
            gtk_box_append(c(text), c(Label.make("✕ " + blocker.message, classes: ["blocker", "caption"], wrap: true)))
        }
        gtk_box_append(c(row), c(text))
        let button: GPointer
        if isCurrent {
            button = Label.make(tr("Current"), classes: ["dim-label"], xalign: 1)
        } else {
            button = raw(gtk_button_new_with_label(candidate.isFeasible ? tr("Place Here") : tr("Place Anyway…")))
            if !candidate.isFeasible { Widget.addClass(button, "flat") }
            Widget.setAccessibleLabel(button, (candidate.isFeasible ? tr("Place with {household}") : tr("Place anyway with {household}"))
                .replacingOccurrences(of: "{household}", with: candidate.household.name))
            onSignal(button, "clicked") { [weak self] in
                if candidate.isFeasible { self?.place(candidate, override: nil) } else { self?.askOverride(candidate) }
            }
        }
        gtk_widget_set_valign(c(button), GTK_ALIGN_CENTER)
        gtk_box_append(c(row), c(button))
        Widget.setAccessibleLabel(row, title)
        return row
    }

    // MARK: - Edits

    private func place(_ candidate: PlacementCandidate, override reason: String?) {
        guard let snapshot else { return }
        let visitId = snapshot.visit.id!
        let ids = candidate.unit.members.compactMap(\.id)
        let new = ids.map { Placement(visitId: visitId, participantId: $0, householdId: candidate.id, overrideReason: reason) }
        let store = context.store
        context.perform(tr("Place {guests} with {household}", ["guests": candidate.unit.names, "household": candidate.household.name]),
                        notify: tr("{guests} placed with {household}", ["guests": candidate.unit.names, "household": candidate.household.name]),
                        do: { _ = try store.setPlacements(of: ids, inVisit: visitId, to: new) })
    }

    /// A placement against a hard rule needs a reason; it stays flagged in Problems.
    private func askOverride(_ candidate: PlacementCandidate) {
        let dialog = raw(vp_message_dialog_new(c(raw(gtk_widget_get_root(c(root))!)), GTK_MESSAGE_WARNING, GTK_BUTTONS_NONE,
                                               tr("Place {guests} with {household} anyway?", ["guests": candidate.unit.names, "household": candidate.household.name]))!)
        gtk_window_set_title(c(dialog), tr("Override a Rule"))
        vp_message_dialog_set_secondary(c(dialog), candidate.blockers.map { "• " + $0.message }.joined(separator: "\n")
                                        + "\n\n" + tr("Say why this is acceptable; the placement stays listed in Problems."))
        let area = gtk_message_dialog_get_message_area(c(dialog))!
        let entry = raw(gtk_entry_new())
        vp_object_set_string(entry, "placeholder-text", tr("Reason, e.g. the parents agreed in writing"))
        Widget.setAccessibleLabel(entry, tr("Reason for the override"))
        gtk_box_append(c(raw(area)), c(entry))
        gtk_dialog_add_button(c(dialog), tr("Cancel"), Int32(GTK_RESPONSE_CANCEL.rawValue))
        let confirm = raw(gtk_dialog_add_button(c(dialog), tr("Place Anyway"), Int32(GTK_RESPONSE_ACCEPT.rawValue))!)
        Widget.addClass(confirm, "destructive-action")
        Widget.setSensitive(confirm, false)
        onSignal(entry, "changed") { Widget.setSensitive(confirm, !Editable.value(entry).isEmpty) }
        onSignalInt(dialog, "response") { [weak self] response in
            let reason = Editable.value(entry)
            gtk_window_destroy(c(dialog))
            if response == Int32(GTK_RESPONSE_ACCEPT.rawValue), !reason.isEmpty { self?.place(candidate, override: reason) }
        }
        gtk_window_present(c(dialog))
    }

    private func saveStatus() {
        guard let snapshot, let id = selectedGuest, let current = snapshot.placement(of: id) else { return }
        var reader = FieldReader()
        let offeredOn = reader.date(ui["offered_on_entry"], .availability)
        if let problem = reader.issues.first {
            Label.set(ui["offered_on_error"], problem.message)
            Widget.setVisible(ui["offered_on_error"], true)
            Widget.setError(ui["offered_on_entry"], problem.message)
            return
        }
        let status = PlacementStatus.allCases[DropDown.selected(ui["status_dropdown"])]
        // The whole group answers together: same family, same status.
        let unit = PlacementPlanner.units(snapshot).first { $0.members.contains { $0.id == id } }
        let ids = unit?.members.compactMap(\.id) ?? [id]
        let new = ids.map { member -> Placement in
            var p = snapshot.placement(of: member) ?? Placement(visitId: current.visitId, participantId: member, householdId: current.householdId)
            p.householdId = current.householdId
            p.status = status
            p.offeredOn = offeredOn ?? (status == .offered ? context.today : nil)
            p.offeredHow = Editable.value(ui["offered_how_entry"])
            p.answerNote = Editable.value(ui["answer_entry"])
            p.overrideReason = current.overrideReason
            return p
        }
        let store = context.store
        let visitId = current.visitId
        context.perform(tr("Set status {status}", ["status": status.displayName]),
                        notify: tr("Status saved: {status}", ["status": status.displayName]),
                        do: { _ = try store.setPlacements(of: ids, inVisit: visitId, to: new) })
    }

    private func removePlacement() {
        guard let snapshot, let id = selectedGuest else { return }
        let unit = PlacementPlanner.units(snapshot).first { $0.members.contains { $0.id == id } }
        let ids = unit?.members.compactMap(\.id) ?? [id]
        let store = context.store
        let visitId = snapshot.visit.id!
        context.perform(tr("Remove placement"), notify: tr("Placement removed"),
                        do: { _ = try store.setPlacements(of: ids, inVisit: visitId, to: []) })
    }

    private func suggest() {
        guard let snapshot else { return }
        do {
            // The window waits for the answer: keep it short (real visits take milliseconds).
            let proposal = try PlacementPlanner.propose(snapshot, keepConfirmed: true, timeLimit: .seconds(3))
            SuggestDialog(context: context, parent: root, snapshot: snapshot, proposal: proposal).present()
        } catch {
            context.showError(tr("Cannot suggest placements"), error.message)
        }
    }

    private func openSettings() {
        guard let snapshot else { return }
        PlacementSettingsForm(context: context, parent: root, snapshot: snapshot).present()
    }
}
