import Foundation
import PlannerCore
import XCTest

/// `visitplanner import participants|households|partner-file` and `export-partner`.
final class ImportTests: XCTestCase {
    private var cli: CLIRunner!

    override func setUpWithError() throws { cli = try CLIRunner() }
    override func tearDown() { cli.cleanUp() }

    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    private static let fixtures = root.deletingLastPathComponent().appendingPathComponent("shared/fixtures/sample-visit")
    private static let own = root.appendingPathComponent("Tests/Fixtures/import")
    private func fixture(_ name: String) -> String { Self.fixtures.appendingPathComponent(name).path }

    private let title = "Ascension meeting 2027"

    /// An empty visit like the sample's.
    private func makeVisit() throws -> Int64 {
        let store = try PlannerStore(path: cli.databasePath)
        return try store.createVisit(VisitDraft(
            title: title, hostTown: .init(name: "Horní Lhota", countryCode: "CZ"),
            partnerTowns: [.init(name: "Saint-Aubin-sur-Loire", countryCode: "FR"), .init(name: "Birkenfeld am See", countryCode: "DE")],
            startDate: CalendarDate(year: 2027, month: 5, day: 13), endDate: CalendarDate(year: 2027, month: 5, day: 17),
            languages: ["cs", "fr", "de"], currency: "CZK"))
    }

    private func participantCount(_ visit: Int64) throws -> Int {
        try PlannerStore(path: cli.databasePath).participants(ofVisit: visit).count
    }

    func testDryRunListsEveryRowAndWritesNothing() throws {
        let visit = try makeVisit()
        let result = try cli.run(database: "import", "participants", "--visit", title, fixture("guests-saint-aubin.csv"), "--dry-run", "--json")
        XCTAssertEqual(result.status, 0, result.stderr)
        let json = try result.json()
        XCTAssertEqual(json["dryRun"] as? Bool, true)
        XCTAssertEqual(json["imported"] as? Bool, false)
        XCTAssertEqual(json["encoding"] as? String, "utf-8")
        XCTAssertEqual(json["delimiter"] as? String, ",")
        let rows = try XCTUnwrap(json["rows"] as? [[String: Any]])
        XCTAssertEqual(rows.count, 16)
        XCTAssertEqual(rows.first?["row"] as? Int, 2)
        XCTAssertEqual(rows.first?["name"] as? String, "Léa Bonnet")
        XCTAssertTrue(rows.allSatisfy { $0["outcome"] as? String == "new" })
        let mapping = try XCTUnwrap(json["mapping"] as? [[String: String]])
        XCTAssertEqual(mapping.first, ["column": "Horodateur", "field": "ignore"])
        XCTAssertEqual((json["summary"] as? [String: Int])?["new"], 16)
        XCTAssertEqual(try participantCount(visit), 0)
    }

    func testImportParticipantsThenDuplicatesOnReimport() throws {
        let visit = try makeVisit()
        let result = try cli.run(database: "import", "participants", "--visit", String(visit), fixture("guests-birkenfeld.csv"), "--json")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual((try result.json()["insertedIds"] as? [Any])?.count, 14)
        XCTAssertEqual(try participantCount(visit), 14)
        let people = try PlannerStore(path: cli.databasePath).participants(ofVisit: visit)
        XCTAssertEqual(people.first { $0.givenName == "Käthe" }?.birthDate, CalendarDate(year: 1961, month: 5, day: 3))

        let again = try cli.run(database: "import", "participants", "--visit", title, fixture("guests-birkenfeld.csv"), "--dry-run", "--json")
        let rows = try XCTUnwrap(try again.json()["rows"] as? [[String: Any]])
        XCTAssertTrue(rows.allSatisfy { $0["outcome"] as? String == "duplicate" && $0["duplicateChoice"] as? String == "update" })
        let skip = try cli.run(database: "import", "participants", "--visit", title, fixture("guests-birkenfeld.csv"), "--duplicates", "skip")
        XCTAssertEqual(skip.status, 0, skip.stderr)
        XCTAssertEqual(try participantCount(visit), 14)
    }

    func testErrorsMeanNothingIsWritten() throws {
        let visit = try makeVisit()
        for name in ["truncated-saint-aubin.csv", "impossible-date.csv"] {
            let path = Self.own.appendingPathComponent(name).path
            let result = try cli.run(database: "import", "participants", "--visit", title, path, "--json")
            XCTAssertEqual(result.status, 1, name)
            XCTAssertEqual(result.stderrLines.count, 1, result.stderr)
            XCTAssertTrue(result.stderr.hasPrefix("visitplanner: Nothing was imported"), result.stderr)
            let json = try result.json()
            XCTAssertEqual(json["imported"] as? Bool, false)
            let bad = try XCTUnwrap((json["rows"] as? [[String: Any]])?.first { $0["outcome"] as? String == "error" })
            let problem = try XCTUnwrap((bad["problems"] as? [[String: Any]])?.first { $0["severity"] as? String == "error" })
            XCTAssertNotNil(problem["row"] as? Int)
            XCTAssertNotNil(problem["column"] as? String)
            XCTAssertEqual(try participantCount(visit), 0, name)
        }
        let dry = try cli.run(database: "import", "participants", "--visit", title,
                              Self.own.appendingPathComponent("impossible-date.csv").path, "--dry-run")
        XCTAssertEqual(dry.status, 1)
        XCTAssertTrue(dry.stdout.contains("31/02/2010"), dry.stdout)
    }

    func testUnreadableFilesGiveOneLine() throws {
        _ = try makeVisit()
        let empty = cli.folder.appendingPathComponent("empty.csv")
        try Data().write(to: empty)
        let binary = cli.folder.appendingPathComponent("photo.csv")
        try Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]).write(to: binary)
        for (path, text) in [(empty.path, "empty"), (binary.path, "not a text file"), ("/nonexistent.csv", "Cannot read")] {
            let result = try cli.run(database: "import", "participants", "--visit", title, path)
            XCTAssertEqual(result.status, 1, path)
            XCTAssertEqual(result.stderrLines.count, 1, result.stderr)
            XCTAssertTrue(result.stderr.contains(text), result.stderr)
        }
        let usage = try cli.run(database: "import", "participants", "--visit", title, fixture("guests-birkenfeld.csv"), "--encoding", "ebcdic")
        XCTAssertEqual(usage.status, 2, usage.stderr)
    }

    func testEncodingDelimiterAndMappingOptions() throws {
        let visit = try makeVisit()
        let text = try String(contentsOfFile: fixture("guests-birkenfeld.csv"), encoding: .utf8)
        let latin = cli.folder.appendingPathComponent("birkenfeld-1252.csv")
        try XCTUnwrap(text.replacingOccurrences(of: "\u{FEFF}", with: "").replacingOccurrences(of: "—", with: "-")
            .data(using: .windowsCP1252)).write(to: latin)
        let detected = try cli.run(database: "import", "participants", "--visit", title, latin.path, "--dry-run", "--json")
        XCTAssertEqual(try detected.json()["encoding"] as? String, "windows-1252")
        XCTAssertEqual(try detected.json()["encodingGuessed"] as? Bool, true)
        let mappingFile = cli.folder.appendingPathComponent("mapping.json")
        try Data(#"{"Anmerkungen": "ignore"}"#.utf8).write(to: mappingFile)
        let forced = try cli.run(database: "import", "participants", "--visit", title, latin.path, "--encoding", "windows-1252",
                                 "--delimiter", ";", "--mapping", mappingFile.path, "--json")
        XCTAssertEqual(forced.status, 0, forced.stderr)
        let people = try PlannerStore(path: cli.databasePath).participants(ofVisit: visit)
        XCTAssertEqual(people.count, 14)
        XCTAssertNotNil(people.first { $0.givenName == "Käthe" && $0.familyName == "Becker" })
        XCTAssertTrue(people.allSatisfy { $0.notes.isEmpty })
    }

    func testHouseholdsImportAndReimport() throws {
        let visit = try makeVisit()
        let first = try cli.run(database: "import", "households", "--visit", title, fixture("host-families-horni-lhota.csv"), "--json")
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertEqual((try first.json()["summary"] as? [String: Int])?["new"], 30)
        let again = try cli.run(database: "import", "households", "--visit", title, fixture("host-families-horni-lhota.csv"), "--json")
        XCTAssertEqual((try again.json()["summary"] as? [String: Int])?["update"], 30)
        let offers = try PlannerStore(path: cli.databasePath).hostingOffers(forVisit: visit)
        XCTAssertEqual(offers.count, 30)
        XCTAssertEqual(offers.first { $0.household.name == "Eva a Radek Marek" }?.availability?.to,
                       CalendarDate(year: 2027, month: 5, day: 16))
    }

    func testPartnerExchangeRoundTrip() throws {
        let visit = try makeVisit()
        XCTAssertEqual(try cli.run(database: "import", "participants", "--visit", title, fixture("guests-saint-aubin.csv")).status, 0)
        let file = cli.folder.appendingPathComponent("saint-aubin.json").path
        let export = try cli.run(database: "export-partner", "--visit", title, "--town", "Saint-Aubin-sur-Loire", "--output", file)
        XCTAssertEqual(export.status, 0, export.stderr)
        let reimport = try cli.run(database: "import", "partner-file", "--visit", title, file, "--json")
        XCTAssertEqual(reimport.status, 0, reimport.stderr)
        XCTAssertEqual((try reimport.json()["summary"] as? [String: Int])?["update"], 16)
        XCTAssertEqual(try participantCount(visit), 16)
        let help = try cli.run(["import", "--help"])
        XCTAssertTrue(help.stdout.contains("partner-file"), help.stdout)
    }
}
