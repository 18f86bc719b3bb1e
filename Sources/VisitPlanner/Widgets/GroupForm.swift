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
    private var checks: [(Participant, GPointer)] = []
    var onSaved: (() -> Void)?

    init(context: AppContext, parent: GPointer, snapshot: VisitSnapshot, existing: VisitGroup?) {
        self.context = context
        self.snapshot = snapshot
        self.existing = existing
        form = FormWindow(ui: "group-form", parent: parent,
                          title: existing == nil ? L("Add Group") : L("Edit {group}").replacingOccurrences(of: "{group}", with: existing!.name),
                          saveLabel: existing == nil ? L("Add") : L("Save"))
        form.bind(.name, to: "name_entry")
        let ui = form.ui
        Editable.set(ui["name_entry"], existing?.name ?? "")
        let members = Set(existing?.memberIds ?? [])
        for person in snapshot.participants {
            let town = snapshot.town(of: person)?.name ?? ""
            let check = raw(gtk_check_button_new_with_label([person.fullName, person.role.displayName, town].filter { !$0.isEmpty }
                .joined(separator: " · ")))
            Check.set(check, person.id.map(members.contains) ?? false)
            onSignal(check, "toggled") { [weak self] in self?.updateCount() }
            gtk_box_append(c(ui["people_box"]), c(check))
            checks.append((person, check))
        }
        onSignal(ui["people_search"], "changed") { [weak self] in self?.filter() }
        updateCount()
        form.onSave = { [weak self] in self?.save() ?? .saved }
        form.owner = self
    }

    func present() {
        form.present()
        Widget.grabFocus(form.ui["name_entry"])
    }

    private func filter() {
        let words = SearchKey.queryWords(Editable.value(form.ui["people_search"]))
        for (person, check) in checks {
            let key = SearchKey([person.fullName, person.role.displayName, snapshot.town(of: person)?.name ?? ""])
            Widget.setVisible(check, words.isEmpty || key.matches(foldedQueryWords: words) || Check.isActive(check))
        }
    }

    private func updateCount() {
        let count = checks.filter { Check.isActive($0.1) }.count
        Label.set(form.ui["members_count"], L("%d member", "%d members", count).replacingOccurrences(of: "%d", with: String(count)))
    }

    private func save() -> SaveOutcome {
        let group = VisitGroup(id: existing?.id, visitId: snapshot.visit.id!, name: Editable.value(form.ui["name_entry"]),
                               memberIds: checks.filter { Check.isActive($0.1) }.compactMap(\.0.id))
        let store = context.store
        let old = existing
        var saved: VisitGroup?
        let outcome = context.outcome(of: context.perform(
            old == nil ? L("Add group {name}").replacingOccurrences(of: "{name}", with: group.name)
                       : L("Edit group {name}").replacingOccurrences(of: "{name}", with: group.name),
            notify: old == nil ? L("Group “{name}” added").replacingOccurrences(of: "{name}", with: group.name) : nil,
            do: { saved = try store.saveGroup(group) },
            undo: {
                if let old { try store.saveGroup(old) } else if let id = saved?.id { try store.deleteGroup(id: id) }
            }))
        if case .saved = outcome { onSaved?() }
        return outcome
    }
}
