import Foundation
import XCTest
@testable import PlannerCore

/// Updates are shown before they happen: each matched row lists its field changes, can be
/// updated, skipped or added as new, and availability outside the visit is not applied.
final class ImportChangesTests: XCTestCase {
    private func octoberVisit(_ store: PlannerStore) throws -> VisitDetails {
        let id = try store.createVisit(VisitDraft(
            title: "October", hostTown: .init(name: "Horní Lhota", countryCode: "CZ"),
            partnerTowns: [.init(name: "Saint-Aubin-sur-Loire", countryCode: "FR")],
            startDate: day(2027, 10, 7), endDate: day(2027, 10, 11), languages: ["cs", "fr"], currency: "CZK"))
        return try XCTUnwrap(try store.visit(id: id))
    }

    func testFieldChangesText() {
        let old = Participant(id: 1, visitId: 1, givenName: "Léa", familyName: "Bonnet", birthDate: day(2011, 9, 4),
                              languages: [LanguageSkill(code: "fr", level: .native)], allergies: "", smoker: false)
        var new = old
        new.allergies = "pollen"
        new.languages.append(LanguageSkill(code: "en", level: .b1))
        new.smoker = true
        let changes = ImportFieldChanges.participant(from: old, to: new, towns: [], name: { _ in nil })
        XCTAssertEqual(changes, [ImportFieldChange(field: .languages, old: "fr native", new: "fr native, en B1"),
                                 ImportFieldChange(field: .allergies, old: "", new: "pollen"),
                                 ImportFieldChange(field: .smoker, old: "No", new: "Yes")])
        XCTAssertEqual(changes[1].description, "Allergies: — → pollen")
        XCTAssertEqual(ImportFieldChanges.participant(from: old, to: old, towns: [], name: { _ in nil }), [])

        let novak = Household(id: 3, name: "Hana a Václav Novák", beds: 3, pets: [])
        var more = novak
        more.beds = 4
        more.pets = [.dog]
        let householdChanges = ImportFieldChanges.household(
            from: novak, availability: Availability(from: day(2027, 5, 13), to: day(2027, 5, 17)),
            to: more, availability: Availability(from: day(2027, 5, 14), to: day(2027, 5, 17)))
        XCTAssertEqual(householdChanges.map(\.field), [.beds, .pets, .availableFrom])
        XCTAssertEqual(householdChanges[0], ImportFieldChange(field: .beds, old: "3", new: "4"))
        XCTAssertEqual(householdChanges[2], ImportFieldChange(field: .availableFrom, old: "2027-05-13", new: "2027-05-14"))
    }

    func testDuplicateParticipantListsWhatAnUpdateChanges() throws {
        let (store, visit) = try ImportFixtures.store()
        try ImportFixtures.importFile(ImportFixtures.saintAubin, kind: .participants, store: store, visit: visit)
        let csv = "Nom,Prénom,Date de naissance,Allergies,Téléphone\nBONNET,Léa,04/09/2011,pollen,+33 6 99 23 35 43\nROUX,Hugo,29/10/2010,,\n"
        let preview = try ImportFixtures.preview(Data(csv.utf8), kind: .participants, store: store, visit: visit)
        XCTAssertEqual(preview.rows.map(\.outcome), [.duplicate, .duplicate])
        XCTAssertEqual(preview.rows[0].changes, [ImportFieldChange(field: .allergies, old: "", new: "pollen")],
                       "the same phone is no change; columns the file lacks keep their values")
        XCTAssertEqual(preview.rows[1].changes, [], "nothing would change")
        XCTAssertEqual(preview.rows.map(\.action), [.update, .update])
    }

    func testHouseholdChoicesUpdateSkipOrAdd() throws {
        let (store, visit) = try ImportFixtures.store()
        try ImportFixtures.importFile(ImportFixtures.hosts, kind: .households, store: store, visit: visit)
        let csv = "Domácnost;Adresa;Počet lůžek\nHana a Václav Novák;Palackého 310, 592 31 Horní Lhota;4\n"
            + "Božena a Radek Svoboda;Lesní 330, 592 31 Horní Lhota;3\nNová rodina;Polní 1;2\n"
        var preview = try ImportFixtures.preview(Data(csv.utf8), kind: .households, store: store, visit: visit)
        XCTAssertEqual(preview.rows.map(\.outcome), [.update, .update, .new])
        XCTAssertEqual(preview.rows[0].changes, [ImportFieldChange(field: .beds, old: "3", new: "4")])
        XCTAssertEqual(preview.rows[1].changes, [], "no dates in the file: Svoboda's stored 12–17 May stays")
        XCTAssertEqual(preview.rows[1].availability, Availability(from: day(2027, 5, 12), to: day(2027, 5, 17)))
        XCTAssertEqual(preview.matchedCount, 2)

        // Skip all: only the new household is written; nothing stored changes.
        preview.chooseForAll(.skip)
        XCTAssertEqual([preview.planned(.add), preview.planned(.update), preview.planned(.skip)], [1, 0, 2])
        var receipt = try store.runImport(preview)
        XCTAssertEqual(receipt.insertedCount, 1)
        XCTAssertEqual(receipt.updatedCount, 0)
        XCTAssertEqual(try store.households().first { $0.name == "Hana a Václav Novák" }?.beds, 3)
        try store.undo(receipt)

        // One row added as new: a second Novák household with the file's values only.
        preview.chooseForAll(.update)
        preview.choose(.add, forRow: 2)
        receipt = try store.runImport(preview)
        XCTAssertEqual(receipt.insertedCount, 2)
        XCTAssertEqual(receipt.updatedCount, 1)
        let novaks = try store.households().filter { $0.name == "Hana a Václav Novák" }
        XCTAssertEqual(novaks.map(\.beds).sorted(), [3, 4])
        XCTAssertEqual(Set(novaks.map(\.uuid)).count, 2)
        XCTAssertEqual(novaks.first { $0.beds == 4 }?.children, [], "as new: nothing of the stored household")
        try store.undo(receipt)
        XCTAssertEqual(try store.households().count, 30)
    }

    func testAvailabilityOutsideTheVisitIsNotApplied() throws {
        let store = try PlannerStore()
        let october = try octoberVisit(store)
        var preview = try ImportFixtures.preview(try ImportFixtures.data(ImportFixtures.hosts), kind: .households, store: store, visit: october)
        XCTAssertEqual(preview.errorCount, 0)
        XCTAssertTrue(preview.rows.allSatisfy { $0.availability == nil })
        let warning = try XCTUnwrap(preview.rows[0].warnings.first { $0.message.contains("not during this visit") })
        XCTAssertEqual(warning.row, 2)
        XCTAssertEqual(warning.column, "K dispozici od")
        XCTAssertEqual(warning.value, "13. 5. 2027 – 17. 5. 2027")
        preview.acceptAllWarnings()
        try store.runImport(preview)
        let offers = try store.hostingOffers(forVisit: october.id)
        XCTAssertEqual(offers.count, 30)
        XCTAssertTrue(offers.allSatisfy { $0.availability == nil }, "no May dates in October")

        // Stored October availability stays when a May file is imported again.
        let novak = try XCTUnwrap(offers.first { $0.household.name == "Hana a Václav Novák" })
        try store.save(novak.household, availability: Availability(from: day(2027, 10, 7), to: day(2027, 10, 11)), forVisit: october.id)
        var again = try ImportFixtures.preview(try ImportFixtures.data(ImportFixtures.hosts), kind: .households, store: store, visit: october)
        XCTAssertEqual(again.rows.map(\.outcome), Array(repeating: .update, count: 30))
        XCTAssertFalse(again.rows[0].changes.contains { $0.field == .availableFrom || $0.field == .availableTo })
        again.acceptAllWarnings()
        try store.runImport(again)
        XCTAssertEqual(try store.hostingOffers(forVisit: october.id).first { $0.household.name == "Hana a Václav Novák" }?.availability,
                       Availability(from: day(2027, 10, 7), to: day(2027, 10, 11)))
    }

    func testAvailabilityThatOverlapsIsApplied() throws {
        let (store, visit) = try ImportFixtures.store()
        let csv = "Domácnost;K dispozici od;K dispozici do\nA;10. 5. 2027;14. 5. 2027\nB;1. 5. 2027;13. 5. 2027\n"
        let preview = try ImportFixtures.preview(Data(csv.utf8), kind: .households, store: store, visit: visit)
        XCTAssertEqual(preview.rows[0].availability, Availability(from: day(2027, 5, 10), to: day(2027, 5, 14)), "one night in the visit")
        XCTAssertNil(preview.rows[1].availability, "leaving the day the guests arrive: no night")
    }
}
