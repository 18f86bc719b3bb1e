import CGtk
import Foundation
import PlannerCore

/// The Participants page: everyone taking part in the visit, searchable and sortable.
@MainActor
final class ParticipantsPage {
    /// What the table shows of a participant, computed once per change of the data.
    struct Row {
        let participant: Participant
        let name: String
        let town: String
        let role: String
        let age: Int?
        let languages: String
        let needs: String
        let search: SearchKeyProvider
    }

    private let context: AppContext
    private let page: ListPage<Row>
    private var snapshot: VisitSnapshot?
    var root: GPointer { page.root }

    init(context: AppContext) {
        self.context = context
        let columns: [DataTable<Row>.Column] = [
            .init(title: L("Name"), text: \.name, less: { namesLess($0.participant, $1.participant) }, expand: true),
            .init(title: L("Town"), text: \.town),
            .init(title: L("Role"), text: \.role),
            .init(title: L("Age"), text: { $0.age.map(String.init) ?? "—" }, less: { ($0.age ?? -1) < ($1.age ?? -1) }, numeric: true),
            .init(title: L("Languages"), text: \.languages),
            .init(title: L("Diet and allergies"), text: \.needs, expand: true),
        ]
        page = ListPage(
            texts: .init(tableName: L("Participants"), searchName: L("Search participants"), addLabel: L("Add Participant"),
                         countFormat: { shown, total in shown == total ? L("%d person", "%d people", total) : L("{shown} of {total}").replacingOccurrences(of: "{shown}", with: String(shown)).replacingOccurrences(of: "{total}", with: String(total)) },
                         emptyIcon: "system-users-symbolic", emptyTitle: L("No Participants Yet"),
                         emptyText: L("Add the guests of each partner town, their group leaders, your organizers and interpreters. Everything is saved as you go."),
                         noResults: { L("No participant matches “{query}”.").replacingOccurrences(of: "{query}", with: $0) }),
            columns: columns, id: { $0.participant.id! }, searchKey: \.search)
        page.onAdd = { [weak self] in self?.add() }
        page.onImport = { [weak self] in self?.importSpreadsheet() }
        page.onEdit = { [weak self] row in self?.edit(row.participant) }
        page.onDelete = { [weak self] row in self?.delete(row.participant) }
    }

    func update(_ snapshot: VisitSnapshot) {
        self.snapshot = snapshot
        let visit = snapshot.visit
        page.setRows(snapshot.participants.map { p in
            let town = snapshot.town(of: p)?.name ?? "—"
            let languages = Format.languages(p.languages)
            let needs = Format.needs(p)
            return Row(participant: p, name: p.fullName, town: town, role: p.role.displayName, age: p.age(at: visit),
                       languages: languages, needs: needs,
                       search: SearchKeyProvider(key: SearchKey([p.fullName, town, p.role.displayName, languages, needs, p.email, p.phone])))
        })
    }

    func focusSearch() { page.focusSearch() }

    /// Import… : the file chooser, then the mapping and preview dialog.
    func importSpreadsheet() {
        SpreadsheetChooser.choose(parent: root, title: L("Choose the Participants’ Spreadsheet")) { [weak self] path in
            guard let self, let snapshot = self.snapshot else { return }
            ImportDialog.open(context: self.context, parent: self.root, snapshot: snapshot, kind: .participants, path: path)
        }
    }
    func type(_ query: String) { page.type(query) }
    var shownCount: Int { page.table.visibleCount }
    func select(id: Int64) { page.table.select(id: id) }

    func add() {
        guard let snapshot else { return }
        ParticipantForm(context: context, parent: root, snapshot: snapshot, editing: nil).present()
    }

    private func edit(_ participant: Participant) {
        guard let snapshot else { return }
        ParticipantForm(context: context, parent: root, snapshot: snapshot, editing: participant).present()
    }

    private func delete(_ participant: Participant) {
        let store = context.store
        let name = participant.fullName
        context.perform(L("Delete {name}").replacingOccurrences(of: "{name}", with: name),
                        notify: L("{name} deleted").replacingOccurrences(of: "{name}", with: name),
                        do: { try store.deleteParticipant(id: participant.id!) },
                        undo: { try store.restore(participant) })
    }
}

/// Family name, then given name, in the user's collation (Č after C in Czech).
private func namesLess(_ a: Participant, _ b: Participant) -> Bool {
    let family = a.familyName.localizedStandardCompare(b.familyName)
    if family != .orderedSame { return family == .orderedAscending }
    return a.givenName.localizedStandardCompare(b.givenName) == .orderedAscending
}
