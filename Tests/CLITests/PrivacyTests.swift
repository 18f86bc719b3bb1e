import Foundation
import XCTest

/// `visitplanner privacy [show|set|apply] --visit V`: the retention dates and what they cover,
/// validated changes named by their option, and an application that erases only what is due,
/// asks first, and leaves other visits alone.
final class PrivacyTests: XCTestCase {
    private var cli: CLIRunner!

    override func setUpWithError() throws { cli = try CLIRunner() }
    override func tearDown() { cli.cleanUp() }

    private func show(_ visit: String) throws -> [String: Any] {
        let result = try cli.run(database: "privacy", "--visit", visit, "--json")
        XCTAssertEqual(result.status, 0, result.stderr)
        return try result.json()
    }

    private func people(_ visit: String) throws -> [[String: Any]] {
        let result = try cli.run(database: "people", "list", "--visit", visit, "--include-health", "--json")
        XCTAssertEqual(result.status, 0, result.stderr)
        return try XCTUnwrap(try result.json()["participants"] as? [[String: Any]])
    }

    /// A visit of April 2024 with the Saint-Aubin guests of the fixtures: its health data's date
    /// (30 days after) has passed, its evidence's (three years after) not yet.
    private func pastVisit() throws -> String {
        let created = try cli.run(database: "visits", "create", "--title", "Spring 2024", "--start", "2024-04-10", "--end", "2024-04-14",
                                  "--host-town", "Horní Lhota (CZ)", "--partner-town", "Saint-Aubin-sur-Loire (FR)",
                                  "--language", "cs", "--language", "fr")
        XCTAssertEqual(created.status, 0, created.stderr)
        let id = created.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let imported = try cli.run(database: "import", "participants", "--visit", id, "--town", "Saint-Aubin-sur-Loire",
                                   CLIRunner.fixture("guests-saint-aubin.csv"))
        XCTAssertEqual(imported.status, 0, imported.stderr)
        return id
    }

    func testShowsBothDatesWithWhatTheyCover() throws {
        XCTAssertEqual(try cli.run(database: "demo").status, 0)
        let doc = try show("1")
        let health = try XCTUnwrap(doc["healthData"] as? [String: Any])
        let evidence = try XCTUnwrap(doc["evidence"] as? [String: Any])
        XCTAssertEqual(health["until"] as? String, "2027-06-16")
        XCTAssertEqual(health["status"] as? String, "kept")
        XCTAssertTrue((health["held"] as? [String] ?? []).contains("Phone numbers of 47 participants"), "\(health)")
        XCTAssertEqual(evidence["until"] as? String, "2030-05-17")
        XCTAssertTrue((evidence["reason"] as? String ?? "").hasPrefix("EU grant"), "\(evidence)")
        XCTAssertTrue(evidence["erasedOn"] is NSNull, "\(evidence)")

        let text = try cli.run(database: "privacy", "--visit", "1")
        XCTAssertTrue(text.stdout.contains("Kept until 2027-06-16: 30 days after the visit."), text.stdout)
        XCTAssertTrue(text.stdout.contains("Kept until 2030-05-17: 3 years after the visit."), text.stdout)
    }

    func testSetRefusesDatesBeforeTheVisitEndsAndNamesTheOption() throws {
        XCTAssertEqual(try cli.run(database: "demo").status, 0)
        let early = try cli.run(database: "privacy", "set", "--visit", "1", "--health-until", "2027-05-10")
        XCTAssertEqual(early.status, 1)
        XCTAssertTrue(early.stderr.contains("--health-until: The visit needs this data until its last day, 2027-05-17"), early.stderr)
        let unreadable = try cli.run(database: "privacy", "set", "--visit", "1", "--evidence-until", "next year")
        XCTAssertEqual(unreadable.status, 1)
        XCTAssertTrue(unreadable.stderr.contains("--evidence-until: Cannot read “next year” as a date"), unreadable.stderr)
        XCTAssertEqual((try show("1")["healthData"] as? [String: Any])?["until"] as? String, "2027-06-16", "nothing was stored")

        let set = try cli.run(database: "privacy", "set", "--visit", "1", "--evidence-until", "2032-12-31", "--reason", "Grant over 60,000 EUR")
        XCTAssertEqual(set.status, 0, set.stderr)
        let evidence = try XCTUnwrap(try show("1")["evidence"] as? [String: Any])
        XCTAssertEqual(evidence["until"] as? String, "2032-12-31")
        XCTAssertEqual(evidence["isDefault"] as? Bool, false)
        XCTAssertEqual(evidence["reason"] as? String, "Grant over 60,000 EUR")
        XCTAssertEqual(try cli.run(database: "privacy", "set", "--visit", "1", "--evidence-until", "default", "--reason", "").status, 0)
        XCTAssertEqual((try show("1")["evidence"] as? [String: Any])?["isDefault"] as? Bool, true)
    }

    func testNothingIsErasedBeforeItsDate() throws {
        XCTAssertEqual(try cli.run(database: "demo").status, 0)
        let notYet = try cli.run(database: "privacy", "apply", "--visit", "1", "--yes")
        XCTAssertEqual(notYet.status, 0, notYet.stderr)
        XCTAssertTrue(notYet.stdout.contains("Nothing is due for erasure"), notYet.stdout)
        XCTAssertEqual(try people("1").filter { !($0["phone"] as? String ?? "").isEmpty }.count, 47)
    }

    func testApplyErasesOnlyWhatIsDueAndOnlyInItsVisit() throws {
        // A later visit with other people (Birkenfeld's), who must keep everything.
        let later = try cli.run(database: "visits", "create", "--title", "Summer 2027", "--start", "2027-07-01", "--end", "2027-07-05",
                                "--host-town", "Horní Lhota (CZ)", "--partner-town", "Birkenfeld am See (DE)",
                                "--language", "cs", "--language", "de")
        XCTAssertEqual(later.status, 0, later.stderr)
        let laterId = later.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertEqual(try cli.run(database: "import", "participants", "--visit", laterId, "--town", "Birkenfeld am See",
                                   CLIRunner.fixture("guests-birkenfeld.csv")).status, 0)
        let laterPeople = try people(laterId)
        XCTAssertFalse(laterPeople.isEmpty)

        let past = try pastVisit()
        let before = try people(past)
        XCTAssertFalse(before.isEmpty)
        XCTAssertTrue(before.contains { !($0["phone"] as? String ?? "").isEmpty }, "the fixture has phones")
        XCTAssertEqual((try show(past)["healthData"] as? [String: Any])?["status"] as? String, "due")
        let problems = try cli.run(database: "problems", "--visit", past, "--json")
        XCTAssertTrue(problems.stdout.contains("data-protection"), problems.stdout)

        let refused = try cli.run(database: "privacy", "apply", "--visit", past)
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("confirm with --yes"), refused.stderr)
        XCTAssertEqual(try people(past).map { $0["phone"] as? String }, before.map { $0["phone"] as? String }, "nothing changed")

        let applied = try cli.run(database: "privacy", "apply", "--visit", past, "--yes", "--json")
        XCTAssertEqual(applied.status, 0, applied.stderr)
        let report = try applied.json()
        XCTAssertEqual(report["peopleErased"] as? Int, 0, "the evidence is kept until 2027-04-14")
        XCTAssertEqual(report["complete"] as? Bool, true)
        let after = try people(past)
        XCTAssertEqual(after.map { $0["fullName"] as? String }, before.map { $0["fullName"] as? String }, "names stay as grant evidence")
        for person in after {
            XCTAssertEqual(person["phone"] as? String, "")
            XCTAssertEqual(person["email"] as? String, "")
            XCTAssertEqual(person["allergies"] as? String, "")
        }
        XCTAssertEqual(try people(laterId).map { $0["phone"] as? String }, laterPeople.map { $0["phone"] as? String },
                       "the other visit keeps its data")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: cli.databasePath))
        for phone in before.compactMap({ $0["phone"] as? String }).filter({ $0.count >= 6 }) {
            XCTAssertNil(bytes.range(of: Data(phone.utf8)), "\(phone) is still in the database file")
        }

        // The evidence once its (earlier) date has passed: the records go, the count stays.
        XCTAssertEqual(try cli.run(database: "privacy", "set", "--visit", past, "--health-until", "2024-04-14",
                                   "--evidence-until", "2024-04-20").status, 0)
        let evidence = try cli.run(database: "privacy", "apply", "--visit", past, "--yes", "--json")
        XCTAssertEqual(evidence.status, 0, evidence.stderr)
        XCTAssertEqual(try evidence.json()["peopleErased"] as? Int, before.count)
        XCTAssertTrue(try people(past).isEmpty)
        let shown = try show(past)
        XCTAssertEqual((shown["evidence"] as? [String: Any])?["status"] as? String, "erased")
        XCTAssertEqual(shown["keptHeadcount"] as? Int, before.count)
        XCTAssertTrue((shown["keptFigures"] as? [String] ?? []).contains("Saint-Aubin-sur-Loire: \(before.count) people"), "\(shown)")
        let file = try Data(contentsOf: URL(fileURLWithPath: cli.databasePath))
        XCTAssertEqual(try people(laterId).count, laterPeople.count)
        for name in before.compactMap({ $0["fullName"] as? String }) {
            XCTAssertNil(file.range(of: Data(name.utf8)), "\(name) is still in the database file")
        }
    }
}
