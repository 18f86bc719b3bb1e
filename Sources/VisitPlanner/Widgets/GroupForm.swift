import CGtk
import Foundation
import PlannerCore

/// Adds or edits a named group of participants ("Brass band") that programme items can name
/// as their audience.
@MainActor
final class GroupForm {
    private let form: FormWindow
    private let context: AppContext
    private let snapshot: VisitSnapshot
    private let existing: VisitGroup?
    private var members: ParticipantChecklist!
    var onSaved: (() -> Void)?

    init(context: AppContext, parent: GPointer, snapshot: VisitSnapshot, existing: VisitGroup?) {
        self.context = context
        self.snapshot = snapshot
        self.existing = existing
        form = FormWindow(ui: "group-form", parent: parent,
                          title: existing == nil ? tr("Add Group") : tr("Edit {group}", ["group": existing!.name]),
                          saveLabel: existing == nil ? tr("Add") : tr("Save"))
        form.bind(.name, to: "name_entry")
        let ui = form.ui
        Editable.set(ui["name_entry"], existing?.name ?? "")
        members = ParticipantChecklist(box: ui["people_box"], search: ui["people_search"], snapshot: snapshot,
                                       selected: Set(existing?.memberIds ?? [])) { [weak self] in self?.updateCount() }
        updateCount()
        form.onSave = { [weak self] in self?.save() ?? .saved }
        form.owner = self
    }

    func present() {
        form.present()
        Widget.grabFocus(form.ui["name_entry"])
    }

    private func updateCount() {
        let count = members.selectedIds.count
        Label.set(form.ui["members_count"], trn("{count} member", "{count} members", count).replacingOccurrences(of: "%d", with: String(count)))
    }

    private func save() -> SaveOutcome {
        let group = VisitGroup(id: existing?.id, visitId: snapshot.visit.id!, name: Editable.value(form.ui["name_entry"]),
                               memberIds: members.selectedIds)
        let store = context.store
        let old = existing
        let outcome = context.outcome(of: context.perform(
            old == nil ? tr("Add group {name}", ["name": group.name])
                       : tr("Edit group {name}", ["name": group.name]),
            notify: old == nil ? tr("Group “{name}” added", ["name": group.name]) : nil,
            do: { _ = try store.saveGroup(group) }))
        if case .saved = outcome { onSaved?() }
        return outcome
    }
}
