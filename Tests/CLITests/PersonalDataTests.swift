import Foundation
import PlannerCore
import XCTest

/// `visitplanner people data --person P` and `households data --household H` (GDPR Art. 15):
/// everything held about one person or household, with where the record came from.
final class PersonalDataTests: XCTestCase {
    private var cli: CLIRunner!

    override func setUpWithError() throws { cli = try CLIRunner() }
    override func tearDown() { cli.cleanUp() }

    private func fixture(_ name: String) -> String { CLIRunner.fixture(name) }

    private let sample = "Ascension meeting 2027"

    private func json(_ arguments: String...) throws -> [String: Any] {
        let result = try cli.run(arguments + ["--database", cli.databasePath, "--json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        return try result.json()
    }

    private func emptyVisit(_ title: String) throws -> Int64 {
        try PlannerStore(path: cli.databasePath).createVisit(VisitDraft(
            title: title, hostTown: .init(name: "Horní Lhota", countryCode: "CZ"),
            partnerTowns: [.init(name: "Saint-Aubin-sur-Loire", countryCode: "FR")],
            startDate: CalendarDate(year: 2027, month: 5, day: 13), endDate: CalendarDate(year: 2027, month: 5, day: 17),
            languages: ["cs", "fr"], currency: "CZK"))
    }

    func testSampleGuestAfterAssign() throws {
        XCTAssertEqual(try cli.run(database: "demo").status, 0)
        let assign = try cli.run(database: "assign", "--visit", sample, "--apply")
        XCTAssertEqual(assign.status, 0, assign.stderr)
        let store = try PlannerStore(path: cli.databasePath)
        let snapshot = try XCTUnwrap(try store.snapshot(ofVisit: try store.findVisit(sample).id))
        let guest = try XCTUnwrap(snapshot.participants.first { p in
            !p.allergies.isEmpty && p.id.flatMap(snapshot.placement(of:)) != nil
        }, "a placed guest with allergies")
        let placement = try XCTUnwrap(snapshot.placement(of: guest.id!))
        let household = try XCTUnwrap(snapshot.household(id: placement.householdId))

        let report = try json("people", "data", "--person", guest.fullName)
        let person = try XCTUnwrap(report["participant"] as? [String: Any])
        XCTAssertEqual(person["allergies"] as? String, guest.allergies)
        XCTAssertEqual(person["parentalConsent"] as? Bool, guest.parentalConsent)
        XCTAssertEqual(person["photoConsent"] as? Bool, guest.photoConsent)
        XCTAssertEqual((person["source"] as? [String: Any])?["kind"] as? String, "sample-visit")
        XCTAssertEqual(report["source"] as? String, "Part of the sample visit (made-up people).")
        let placed = try XCTUnwrap(report["placement"] as? [String: Any])
        XCTAssertEqual(placed["householdName"] as? String, household.name)
        XCTAssertEqual(placed["status"] as? String, "proposed")
        let days = try XCTUnwrap(report["schedule"] as? [[String: Any]])
        let expectedDays = PersonSchedule(guest, in: snapshot).days.map(\.date.description)
        XCTAssertFalse(expectedDays.isEmpty)
        XCTAssertEqual(days.compactMap { $0["date"] as? String }, expectedDays)

        let text = try cli.run(database: "people", "data", "--person", String(guest.id!))
        XCTAssertEqual(text.status, 0, text.stderr)
        for line in ["Personal data held about \(guest.fullName)", "Allergies: \(guest.allergies)",
                     "Where this record came from: Part of the sample visit (made-up people).",
                     "Placed with \(household.name) (Proposed).", "Schedule", expectedDays[0]] {
            XCTAssertTrue(text.stdout.contains(line), "missing “\(line)” in:\n\(text.stdout)")
        }
    }

    func testImportedGuestAndHouseholdNameTheFileAndTheDay() throws {
        _ = try emptyVisit(sample)
        let people = try cli.run(database: "import", "participants", "--visit", sample, "--town", "Saint-Aubin-sur-Loire",
                                 fixture("guests-saint-aubin.csv"))
        XCTAssertEqual(people.status, 0, people.stderr)
        let hosts = try cli.run(database: "import", "households", "--visit", sample, fixture("host-families-horni-lhota.csv"))
        XCTAssertEqual(hosts.status, 0, hosts.stderr)
        let today = CalendarDate.today().description
        let store = try PlannerStore(path: cli.databasePath)
        let guest = try XCTUnwrap(try store.participants(ofVisit: try store.findVisit(sample).id).first)

        let report = try json("people", "data", "--person", guest.fullName, "--visit", sample)
        XCTAssertEqual(report["source"] as? String, "Imported from guests-saint-aubin.csv on \(today).")
        let source = try XCTUnwrap((report["participant"] as? [String: Any])?["source"] as? [String: Any])
        XCTAssertEqual(source["kind"] as? String, "spreadsheet-import")
        XCTAssertEqual(source["fileName"] as? String, "guests-saint-aubin.csv")
        XCTAssertEqual(source["date"] as? String, today)

        let household = try XCTUnwrap(try store.households().first)
        let hostReport = try json("households", "data", "--household", household.name)
        XCTAssertEqual(hostReport["source"] as? String, "Imported from host-families-horni-lhota.csv on \(today).")
        XCTAssertEqual((hostReport["availability"] as? [[String: Any]])?.first?["visitTitle"] as? String, sample)
    }

    func testPersonEnteredByHand() throws {
        let visit = try emptyVisit("Podzim 2027")
        let store = try PlannerStore(path: cli.databasePath)
        // The store's one-by-one save is what the window's form calls.
        let saved = try store.save(Participant(visitId: visit, givenName: "Anna", familyName: "Malá", allergies: "pollen",
                                               emergencyContact: EmergencyContact(name: "Eva Malá", phone: "+420 777 100 200"),
                                               photoConsent: true))
        let report = try json("people", "data", "--person", "Anna Malá")
        XCTAssertEqual(report["source"] as? String, "Entered by hand on \(CalendarDate.today()).")
        let person = try XCTUnwrap(report["participant"] as? [String: Any])
        XCTAssertEqual(person["id"] as? Int, Int(saved.id!))
        XCTAssertEqual((person["emergencyContact"] as? [String: Any])?["phone"] as? String, "+420 777 100 200")
        XCTAssertTrue(report["placement"] == nil || report["placement"] is NSNull)
        let text = try cli.run(database: "people", "data", "--person", "Anna Malá")
        XCTAssertTrue(text.stdout.contains("Emergency contact: Eva Malá, +420 777 100 200"), text.stdout)
        XCTAssertTrue(text.stdout.contains("Photo consent: yes"), text.stdout)
        XCTAssertTrue(text.stdout.contains("Not placed with a host family."), text.stdout)
    }

    func testSampleHouseholdWithItsGuests() throws {
        XCTAssertEqual(try cli.run(database: "demo").status, 0)
        XCTAssertEqual(try cli.run(database: "assign", "--visit", sample, "--apply").status, 0)
        let store = try PlannerStore(path: cli.databasePath)
        let snapshot = try XCTUnwrap(try store.snapshot(ofVisit: try store.findVisit(sample).id))
        let placement = try XCTUnwrap(snapshot.placements.first)
        let household = try XCTUnwrap(snapshot.household(id: placement.householdId))
        let guests = snapshot.placements.filter { $0.householdId == household.id }.count

        let report = try json("households", "data", "--household", String(household.id!))
        XCTAssertEqual((report["household"] as? [String: Any])?["address"] as? String, household.address)
        XCTAssertEqual(report["source"] as? String, "Part of the sample visit (made-up people).")
        XCTAssertEqual((report["guests"] as? [[String: Any]])?.count, guests)
        XCTAssertEqual((report["availability"] as? [[String: Any]])?.count, 1)
        let text = try cli.run(database: "households", "data", "--household", household.name)
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(text.stdout.contains("Guests placed with the household"), text.stdout)
        XCTAssertTrue(text.stdout.contains("Address: \(household.address)"), text.stdout)
    }

    func testUnknownOrAmbiguousNamesAreOneLineErrors() throws {
        XCTAssertEqual(try cli.run(database: "demo").status, 0)
        for arguments in [["people", "data", "--person", "Nobody Here"], ["households", "data", "--household", "Nobody"],
                          ["people", "data", "--person", "Léa Bonnet", "--visit", "No such visit"]] {
            let result = try cli.run(arguments + ["--database", cli.databasePath])
            XCTAssertEqual(result.status, 1, arguments.joined(separator: " "))
            XCTAssertEqual(result.stderrLines.count, 1, result.stderr)
            XCTAssertEqual(result.stdout, "")
        }
        // The same name in two visits: refused without --visit, found with it.
        let other = try emptyVisit("Podzim 2027")
        try PlannerStore(path: cli.databasePath).save(Participant(visitId: other, givenName: "Léa", familyName: "Bonnet"))
        let ambiguous = try cli.run(database: "people", "data", "--person", "Léa Bonnet")
        XCTAssertEqual(ambiguous.status, 1)
        XCTAssertEqual(ambiguous.stderrLines.count, 1, ambiguous.stderr)
        let found = try json("people", "data", "--person", "Léa Bonnet", "--visit", "Podzim 2027")
        XCTAssertEqual((found["visit"] as? [String: Any])?["title"] as? String, "Podzim 2027")
    }
}
