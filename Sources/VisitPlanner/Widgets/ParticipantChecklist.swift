import CGtk
import Foundation
import PlannerCore

/// A check per participant in a box, filtered as the user types in a search entry (accents
/// ignored; checked people always stay in view): how the item form chooses people for an
/// audience and the group form chooses members.
@MainActor
final class ParticipantChecklist {
    private var checks: [(Participant, GPointer)] = []
    private let search: GPointer
    private let snapshot: VisitSnapshot

    /// `onToggle` runs after any check changes.
    init(box: GPointer, search: GPointer, snapshot: VisitSnapshot, selected: Set<Int64>, onToggle: @escaping @MainActor () -> Void) {
        self.search = search
        self.snapshot = snapshot
        for person in snapshot.participants {
            let check = raw(gtk_check_button_new_with_label(Self.label(person, snapshot)))
            Check.set(check, person.id.map(selected.contains) ?? false)
            onSignal(check, "toggled") { onToggle() }
            gtk_box_append(c(box), c(check))
            checks.append((person, check))
        }
        onSignal(search, "changed") { [weak self] in self?.filter() }
    }

    /// Ids of the checked people, in the list's order.
    var selectedIds: [Int64] { checks.filter { Check.isActive($0.1) }.compactMap(\.0.id) }

    /// "Léa Bonnet · Youth · Saint-Aubin-sur-Loire".
    private static func label(_ person: Participant, _ snapshot: VisitSnapshot) -> String {
        [person.fullName, person.role.displayName, snapshot.town(of: person)?.name ?? ""].filter { !$0.isEmpty }.joined(separator: " · ")
    }

    private func filter() {
        let words = SearchKey.queryWords(Editable.value(search))
        for (person, check) in checks {
            let key = SearchKey([Self.label(person, snapshot)])
            Widget.setVisible(check, words.isEmpty || key.matches(foldedQueryWords: words) || Check.isActive(check))
        }
    }
}
