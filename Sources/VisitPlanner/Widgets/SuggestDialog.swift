import CGtk
import PlannerCore

/// Shows the solver's proposal as changes (new, moved, unplaced, with reasons) and lets the
/// user accept it (one undoable edit) or discard it.
@MainActor
final class SuggestDialog {
    private let ui: Builder
    let window: GPointer
    private let context: AppContext
    private let snapshot: VisitSnapshot
    private let proposal: PlacementProposal

    init(context: AppContext, parent: GPointer, snapshot: VisitSnapshot, proposal: PlacementProposal) {
        self.context = context
        self.snapshot = snapshot
        self.proposal = proposal
        ui = Builder("suggest-dialog")
        window = ui["window"]
        if let root = gtk_widget_get_root(c(parent)) { gtk_window_set_transient_for(c(window), c(raw(root))) }
        let names = Dictionary(snapshot.offers.map { ($0.id, $0.household.name) }, uniquingKeysWith: { a, _ in a })
        let changes = proposal.changes
        Label.set(ui["summary_label"], tr("{placed} of {guests} guests placed · {changes} changes", ["placed": String(proposal.placedGuests), "guests": String(proposal.guests), "changes": String(changes.count)]))
        Label.set(ui["detail_label"], (proposal.provenOptimal ? tr("This is the best possible placement under the visit’s rules and weights (proven).")
                                       : tr("This is the best placement found; it could not be proven optimal in the time allowed."))
                  + " " + tr("Confirmed placements stay where they are. Nothing changes until you accept."))
        let list = ui["changes_list"]
        for entry in changes.sorted(by: { ($0.householdId == nil ? 1 : 0, $0.unit.names) < ($1.householdId == nil ? 1 : 0, $1.unit.names) }) {
            gtk_list_box_append(c(list), c(row(entry, names)))
        }
        if changes.isEmpty {
            gtk_list_box_append(c(list), c(Label.make(tr("The current placements are already the best: nothing to change."), classes: ["dim-label", "problem-row"], wrap: true)))
        }
        Widget.setSensitive(ui["accept_button"], !changes.isEmpty)
        onSignal(ui["discard_button"], "clicked") { [weak self] in self?.close() }
        onSignal(ui["accept_button"], "clicked") { [weak self] in self?.accept() }
        Widget.keepAlive(self, while: window)
    }

    private func row(_ entry: PlacementProposal.Entry, _ names: [Int64: String]) -> GPointer {
        let box = raw(gtk_box_new(GTK_ORIENTATION_VERTICAL, 2))
        Widget.addClass(box, "problem-row")
        let from = entry.currentHouseholdId.flatMap { names[$0] }
        let to = entry.householdId.flatMap { names[$0] }
        let headline: String
        let kind: String
        switch (from, to) {
        case (nil, let to?): headline = "\(entry.unit.names) → \(to)"; kind = "change-new"
        case (let from?, let to?): headline = "\(entry.unit.names): \(from) → \(to)"; kind = "change-moved"
        case (let from?, nil): headline = "\(entry.unit.names): \(from) → " + tr("not placed"); kind = "change-unplaced"
        default: headline = "\(entry.unit.names): " + tr("not placed"); kind = "change-unplaced"
        }
        let title = Label.make(headline, classes: ["heading", kind], wrap: true)
        gtk_box_append(c(box), c(title))
        let detail = entry.householdId != nil ? (entry.evaluation?.summary ?? "") : (entry.unplacedReason ?? "")
        if !detail.isEmpty { gtk_box_append(c(box), c(Label.make(detail, classes: ["dim-label", "caption"], wrap: true))) }
        Widget.setAccessibleLabel(box, headline)
        return box
    }

    func present() { gtk_window_present(c(window)) }
    private func close() { gtk_window_destroy(c(window)) }

    private func accept() {
        let store = context.store
        let visitId = snapshot.visit.id!
        let new = proposal.placements(replacing: snapshot.placements)
        let failure = context.perform(tr("Accept suggested placements"),
                                      notify: tr("Suggested placements accepted"),
                                      do: { _ = try store.replacePlacements(ofVisit: visitId, with: new) })
        if failure == nil { close() }
    }
}
