import CGtk
import Foundation
import PlannerCore

/// The Host Families page: every household the committee knows, with whether and when it can
/// host during this visit.
@MainActor
final class HouseholdsPage: VisitPage {
    let id = "households"
    var title: String { tr("Host Families") }
    struct Row {
        let offer: HostingOffer
        let name: String
        let beds: Int
        let available: String
        let pets: String
        let smoking: String
        let languages: String
        let check: String
        let search: SearchKeyProvider
    }

    private let context: AppContext
    private let page: ListPage<Row>
    private var snapshot: VisitSnapshot?
    var root: GPointer { page.root }

    init(context: AppContext) {
        self.context = context
        let columns: [DataTable<Row>.Column] = [
            .init(title: tr("Household"), text: \.name, expand: true),
            .init(title: tr("Beds"), text: { String($0.beds) }, less: { $0.beds < $1.beds }, numeric: true),
            .init(title: tr("Available"), text: \.available),
            .init(title: tr("Pets"), text: \.pets),
            .init(title: tr("Smoking"), text: \.smoking),
            .init(title: tr("Languages"), text: \.languages),
            .init(title: tr("Check valid until"), text: \.check,
                  less: { ($0.offer.household.checkValidUntil?.dayNumber ?? Int.min) < ($1.offer.household.checkValidUntil?.dayNumber ?? Int.min) }),
        ]
        page = ListPage(
            texts: .init(tableName: tr("Host families"), searchName: tr("Search host families"), addLabel: tr("Add Host Family"),
                         countFormat: { shown, total in shown == total ? trn("{count} household", "{count} households", total) : tr("{shown} of {total}", ["shown": String(shown), "total": String(total)]) },
                         emptyIcon: "go-home-symbolic", emptyTitle: tr("No Host Families Yet"),
                         emptyText: tr("Add the local households that offer beds. They are kept for future visits, with their hosting history."),
                         noResults: { tr("No household matches “{query}”.", ["query": $0]) }),
            columns: columns, id: { $0.offer.id }, searchKey: \.search)
        page.onAdd = { [weak self] in self?.add() }
        page.onImport = { [weak self] in self?.importSpreadsheet() }
        page.setExport(name: tr("Export the Selected Host Family")) { [weak self] row in self?.export(row.offer.household) }
        page.setMoreMenu([
            .init(label: tr("Export Personal Data…"), action: "export-personal-data", about: .selectedRow) { [weak self] in self?.exportPersonalData() },
        ])
        page.onEdit = { [weak self] row in self?.edit(row.offer) }
        page.onDelete = { [weak self] row in self?.delete(row.offer) }
    }

    func update(_ snapshot: VisitSnapshot) {
        self.snapshot = snapshot
        let visit = snapshot.visit
        page.setRows(snapshot.offers.map { offer in
            let h = offer.household
            let available: String
            if let a = offer.availability {
                available = a.covers(visit) ? tr("Whole visit") : "\(Format.short(a.from)) – \(Format.short(a.to))"
            } else {
                available = tr("Not this time")
            }
            let pets = h.pets.isEmpty ? tr("None") : h.pets.map(\.displayName).joined(separator: ", ")
            let check: String
            if let until = h.checkValidUntil {
                check = until >= visit.endDate ? Format.short(until) : tr("{date} (expires)", ["date": Format.short(until)])
            } else {
                check = tr("Missing")
            }
            let languages = Format.languages(h.languages)
            return Row(offer: offer, name: h.name, beds: h.beds, available: available, pets: pets,
                       smoking: Format.yesNo(h.smoking), languages: languages, check: check,
                       search: SearchKeyProvider(key: SearchKey([h.name, h.contactPerson, h.address, pets, languages, h.email, h.phone])))
        })
    }

    func focusSearch() { page.focusSearch() }

    /// Import… : the file chooser, then the mapping and preview dialog.
    func importSpreadsheet() {
        ImportDialog.chooseAndOpen(context: context, parent: root, kind: .households) { [weak self] in self?.snapshot }
    }

    func select(id: Int64) { page.table.select(id: id) }

    /// Export Personal Data… : everything held about the selected household (GDPR Art. 15), as a
    /// JSON file and its readable text beside it, both readable by the user only.
    private func exportPersonalData() {
        guard let household = page.table.selectedRow?.offer.household, let id = household.id else {
            context.notify(tr("Select a host family first."), false)
            return
        }
        let store = context.store
        let today = context.today
        PersonalDataExport.run(context: context, parent: root, name: household.name) {
            let report = try store.householdDataReport(householdId: id, today: today)
            return (try report.jsonData(), report.text)
        }
    }

    func add() {
        guard let snapshot else { return }
        HouseholdForm(context: context, parent: root, snapshot: snapshot, editing: nil).present()
    }

    /// Export… : the selected host family's file (their guests and programme).
    private func export(_ household: Household) {
        guard let snapshot else { return }
        ExportDialog(context: context, parent: root, snapshot: snapshot, subject: .household(household)).present()
    }

    private func edit(_ offer: HostingOffer) {
        guard let snapshot else { return }
        HouseholdForm(context: context, parent: root, snapshot: snapshot, editing: offer).present()
    }

    private func delete(_ offer: HostingOffer) {
        let store = context.store
        let name = offer.household.name
        context.perform(tr("Delete {name}", ["name": name]),
                        notify: tr("{name} deleted", ["name": name]),
                        do: { _ = try store.deleteHousehold(id: offer.id) })
    }
}
