import CGtk
import Foundation
import PlannerCore

/// The Participants page: everyone taking part in the visit, searchable and sortable.
@MainActor
final class ParticipantsPage: VisitPage {
    let id = "participants"
    var title: String { tr("Participants") }
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
            .init(title: tr("Name"), text: \.name, less: { namesLess($0.participant, $1.participant) }, expand: true),
            .init(title: tr("Town"), text: \.town),
            .init(title: tr("Role"), text: \.role),
            .init(title: tr("Age"), text: { $0.age.map(String.init) ?? "—" }, less: { ($0.age ?? -1) < ($1.age ?? -1) }, numeric: true),
            .init(title: tr("Languages"), text: \.languages),
        ]
        healthColumn = columns.count
        let health = DataTable<Row>.Column(title: tr("Diet and allergies"), text: \.needs, expand: true)
        page = ListPage(
            texts: .init(tableName: tr("Participants"), searchName: tr("Search participants"), addLabel: tr("Add Participant"),
                         countFormat: { shown, total in shown == total ? trn("{count} person", "{count} people", total) : tr("{shown} of {total}", ["shown": String(shown), "total": String(total)]) },
                         emptyIcon: "system-users-symbolic", emptyTitle: tr("No Participants Yet"),
                         emptyText: tr("Add the guests of each partner town, their group leaders, your organizers and interpreters. Everything is saved as you go."),
                         noResults: { tr("No participant matches “{query}”.", ["query": $0]) }),
            columns: columns + [health], id: { $0.participant.id! }, searchKey: \.search)
        page.onAdd = { [weak self] in self?.add() }
        page.onImport = { [weak self] in self?.importSpreadsheet() }
        page.setMoreMenu([
            .init(label: tr("Export for a Partner Town…"), action: "export-partner") { [weak self] in self?.exportPartnerFile() },
            .init(label: tr("Import a Partner Town’s File…"), action: "import-partner") { [weak self] in self?.importPartnerFile() },
            .init(label: tr("Export Personal Data…"), action: "export-personal-data", about: .selectedRow) { [weak self] in self?.exportPersonalData() },
            .init(label: tr("Erase Personal Data…"), action: "erase-person", about: .selectedRow) { [weak self] in self?.eraseSelected() },
        ])
        page.setExport(name: tr("Export the Selected Participant")) { [weak self] row in self?.export(row.participant) }
        page.onEdit = { [weak self] row in self?.edit(row.participant) }
        page.onDelete = { [weak self] row in self?.delete(row.participant) }
        page.setToggle(name: tr("Show Health Data")) { [weak self] on in
            self?.showHealth(on)
        }
        setHealthColumnVisible(false)
    }

    // MARK: - Health data, on request

    /// Whether the table shows the diets and allergies. Off at first: the table is often on a
    /// screen others see (a meeting, a projector), and health data are need-to-know.
    private var showsHealth = false
    /// The position of the "Diet and allergies" column.
    private let healthColumn: Int

    private func showHealth(_ on: Bool) {
        showsHealth = on
        setHealthColumnVisible(on)
        // Hidden data are not searched either: a match must show why it matched.
        if let snapshot { update(snapshot) }
    }

    private func setHealthColumnVisible(_ visible: Bool) {
        guard let columns = gtk_column_view_get_columns(c(page.table.view)),
              let column = g_list_model_get_item(columns, UInt32(healthColumn)) else { return }
        gtk_column_view_column_set_visible(c(column), visible ? 1 : 0)
        g_object_unref(column)
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
                       search: SearchKeyProvider(key: SearchKey([p.fullName, town, p.role.displayName, languages, p.email, p.phone]
                                                                + (showsHealth ? [needs] : []))))
        })
    }

    func focusSearch() { page.focusSearch() }

    /// Writes one partner town's participants as an exchange file for that town's committee.
    private func exportPartnerFile() {
        guard let snapshot else { return }
        let towns = snapshot.details.partnerTowns
        guard !towns.isEmpty else { return }
        PartnerTownChooser.choose(parent: root, towns: towns) { [weak self] town in
            guard let self else { return }
            let suggested = "\(town.name) – \(snapshot.visit.title).json".replacingOccurrences(of: "/", with: "-")
            FileChooser.save(parent: self.root, title: tr("Save the Exchange File"), suggestedName: suggested) { path in
                do {
                    let file = try self.context.store.partnerExchangeFile(visitId: snapshot.visit.id!, townId: town.id!)
                    try file.encoded().write(to: URL(fileURLWithPath: path), options: .atomic)
                    self.context.notify(tr("{count} participants of {town} written to {file}", ["count": String(file.participants.count), "town": town.name, "file": (path as NSString).lastPathComponent]), false)
                } catch {
                    self.context.showError(tr("Cannot write the exchange file"), (error as? PlannerError)?.message ?? error.localizedDescription)
                }
            }
        }
    }

    /// Reads a partner committee's exchange file: the preview shows who is new and who is updated.
    private func importPartnerFile() {
        FileChooser.open(parent: root, title: tr("Choose the Partner Town’s File"), patterns: ["*.json", "*.JSON"]) { [weak self] path in
            guard let self, let snapshot = self.snapshot else { return }
            let name = (path as NSString).lastPathComponent
            do {
                let data = try Data(contentsOf: URL(fileURLWithPath: path))
                let file = try PartnerExchangeFile.decode(data)
                let preview = try self.context.store.previewPartnerImport(file, visitId: snapshot.visit.id!, fileName: name)
                ImportDialog.openPreview(context: self.context, parent: self.root, snapshot: snapshot, preview: preview, fileName: name)
            } catch let error as ImportError {
                self.context.showError(tr("Cannot import “{file}”", ["file": name]), error.message)
            } catch {
                self.context.showError(tr("Cannot import “{file}”", ["file": name]),
                                       (error as? PlannerError)?.message ?? error.localizedDescription)
            }
        }
    }

    /// Import… : the file chooser, then the mapping and preview dialog.
    func importSpreadsheet() {
        ImportDialog.chooseAndOpen(context: context, parent: root, kind: .participants) { [weak self] in self?.snapshot }
    }

    /// Export Personal Data… : everything held about the selected person (GDPR Art. 15), as a
    /// JSON file and its readable text beside it, both readable by the user only.
    private func exportPersonalData() {
        guard let participant = page.table.selectedRow?.participant, let id = participant.id else {
            context.notify(tr("Select a participant first."), false)
            return
        }
        let store = context.store
        let today = context.today
        PersonalDataExport.run(context: context, parent: root, name: participant.fullName) {
            let report = try store.personalDataReport(participantId: id, today: today)
            return (try report.jsonData(), report.text)
        }
    }

    func type(_ query: String) { page.type(query) }
    var shownCount: Int { page.table.visibleCount }
    func select(id: Int64) { page.table.select(id: id) }

    func add() {
        guard let snapshot else { return }
        ParticipantForm(context: context, parent: root, snapshot: snapshot, editing: nil).present()
    }

    /// Export… : the selected person's file (or, for an interpreter, their interpreting work).
    private func export(_ participant: Participant) {
        guard let snapshot else { return }
        ExportDialog(context: context, parent: root, snapshot: snapshot, subject: .person(participant)).present()
    }

    private func edit(_ participant: Participant) {
        guard let snapshot else { return }
        ParticipantForm(context: context, parent: root, snapshot: snapshot, editing: participant).present()
    }

    /// Erase Personal Data… : irreversible, so it asks first and is never offered for Undo.
    private func eraseSelected() {
        guard let participant = page.table.selectedRow?.participant else {
            context.showError(tr("Erase Personal Data"), tr("Select the participant whose personal data you want to erase."))
            return
        }
        EraseParticipantDialog.present(context: context, parent: root, participant: participant)
    }

    private func delete(_ participant: Participant) {
        let store = context.store
        let name = participant.fullName
        context.perform(tr("Delete {name}", ["name": name]),
                        notify: tr("{name} deleted", ["name": name]),
                        do: { try store.deleteParticipant(id: participant.id!) })
    }
}

/// Family name, then given name, in the user's collation (Č after C in Czech).
private func namesLess(_ a: Participant, _ b: Participant) -> Bool {
    let family = a.familyName.localizedStandardCompare(b.familyName)
    if family != .orderedSame { return family == .orderedAscending }
    return a.givenName.localizedStandardCompare(b.givenName) == .orderedAscending
}
