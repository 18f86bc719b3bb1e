import Foundation
import PlannerCore
import XCTest

/// `visitplanner export`: the CSV formats' content, batches, and atomic output when a plugin
/// throws, crashes or hangs (the plugin runs in a child process; the caller survives).
final class ExportCommandTests: XCTestCase {
    private var cli: CLIRunner!
    private var extra: URL!
    private let sample = "Ascension meeting 2027"

    override func setUpWithError() throws {
        cli = try CLIRunner()
        XCTAssertEqual(try cli.run(database: "demo").status, 0)
        extra = cli.folder.appendingPathComponent("more-plugins")
        try FileManager.default.createDirectory(at: extra, withIntermediateDirectories: true)
    }

    override func tearDown() { cli.cleanUp() }

    private func export(_ arguments: [String], visit: String? = nil) throws -> CLIRunner.Result {
        try cli.run(["export", "--visit", visit ?? sample] + english(arguments) + ["--database", cli.databasePath],
                    environment: ["VISITPLANNER_PLUGIN_PATH": extra.path])
    }

    private func path(_ name: String) -> String { cli.folder.appendingPathComponent(name).path }

    /// Files and folders in the test folder whose name starts with the staging prefix.
    private func leftovers() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: cli.folder.path).filter { $0.hasPrefix(".visitplanner-export-") }
    }

    // MARK: CSV content

    func testParticipantsCSV() throws {
        // With the health and contact columns (without them: NeedToKnowTests).
        let result = try export(["--format", "csv-participants", "--output", path("people.csv"), "--option", "health=yes"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "Wrote \(path("people.csv")).\n")
        let data = try Data(contentsOf: URL(fileURLWithPath: path("people.csv")))
        XCTAssertNotEqual(Array(data.prefix(3)), [0xEF, 0xBB, 0xBF], "no byte-order mark unless asked")
        let text = try XCTUnwrap(String(data: data, encoding: .utf8))
        let records = text.components(separatedBy: "\r\n")
        XCTAssertEqual(records.first, "Given name,Family name,Role,Town,Country,Date of birth,Age,Gender,Languages,Diet,Allergies,"
                       + "Arrival,Departure,Phone,Email,Host family")
        XCTAssertEqual(records.last, "", "every record ends with CRLF")
        XCTAssertEqual(records.count, 47 + 2, "a header, 47 participants, and the final CRLF")
        XCTAssertFalse(text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        for name in ["Agnieszka,Wiśniewska", "Käthe,Becker", "Klára,Veselá"] {
            XCTAssertTrue(text.contains(name), name)
        }
        XCTAssertTrue(text.contains("\"de native, fr A2\""), "a cell with the separator is quoted")
        XCTAssertTrue(text.contains(",\u{2060}+49 151 7623263,"), "a phone number gets the invisible word joiner, not an apostrophe")
    }

    func testBOMSemicolonAndFormulaNeutralised() throws {
        let store = try PlannerStore(path: cli.databasePath)
        let visit = try store.findVisit(sample)
        var person = try XCTUnwrap(store.snapshot(ofVisit: visit.id)?.participants.first)
        person.givenName = "=HYPERLINK(\"http://evil\";\"x\")"
        person.familyName = "@SUM(A1)"
        person.allergies = "-1+2; \"peanuts\"\nand cats"
        _ = try store.save(person)
        let result = try export(["--format", "csv-participants", "--output", path("people.csv"), "--option", "bom=true",
                                 "--option", "separator=semicolon", "--option", "health=yes"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let data = try Data(contentsOf: URL(fileURLWithPath: path("people.csv")))
        XCTAssertEqual(Array(data.prefix(3)), [0xEF, 0xBB, 0xBF])
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("Given name;Family name;Role;"), text)
        XCTAssertTrue(text.contains("\"'=HYPERLINK(\"\"http://evil\"\";\"\"x\"\")\";'@SUM(A1);"), text)
        XCTAssertTrue(text.contains("\"'-1+2; \"\"peanuts\"\"\nand cats\""), "quoted, quotes doubled, the line break kept")
    }

    func testPlacementsCSV() throws {
        let notYet = try export(["--format", "csv-placements", "--output", path("none.csv")])
        XCTAssertEqual(notYet.status, 0, notYet.stderr)
        XCTAssertEqual(try String(contentsOfFile: path("none.csv"), encoding: .utf8).components(separatedBy: ",not placed,").count - 1, 41)
        XCTAssertEqual(try cli.run(["assign", "--visit", sample, "--apply", "--database", cli.databasePath]).status, 0)
        let result = try export(["--format", "csv-placements", "--output", path("placements.csv")])
        XCTAssertEqual(result.status, 0, result.stderr)
        let text = try String(contentsOfFile: path("placements.csv"), encoding: .utf8)
        let records = text.components(separatedBy: "\r\n").dropLast()
        XCTAssertEqual(records.first, "Guest,Town,Arrival,Departure,Host family,Status,Offered on,Offered how,Answer,"
                       + "Override reason,Contact person,Address,Phone,Email")
        XCTAssertEqual(records.count, 1 + 41, "one row per guest")
        XCTAssertEqual(records.filter { $0.contains(",not placed,") }.count, 41 - 32, "9 of the 41 guests are not placed")
        XCTAssertTrue(records.contains { $0.hasPrefix("Inès Bernard,Saint-Aubin-sur-Loire,2027-05-13,2027-05-17,Alena a Lukáš Dvořák,Proposed,,,,,Lukáš Dvořák,\"Komenského 155, 592 31 Horní Lhota\",\u{2060}+420 713 138 477,") },
                      records.joined(separator: "\n"))
    }

    // MARK: Reports

    func testDietReportFromThePlugin() throws {
        let result = try cli.run(["report", "--visit", sample, "--id", "diets", "--json", "--database", cli.databasePath])
        XCTAssertEqual(result.status, 0, result.stderr)
        let json = try result.json()
        XCTAssertEqual(json["columns"] as? [String], ["Name", "Town", "Diet", "Allergies", "Host family"])
        let rows = try XCTUnwrap(json["rows"] as? [[String]])
        XCTAssertTrue(rows.contains(["Käthe Becker", "Birkenfeld am See", "Vegan", "", ""]), "\(rows)")
        XCTAssertTrue(rows.contains { $0[0] == "Ursula Becker" && $0[3] == "Penicillin" })
        let listed = try cli.run(["plugins", "list", "--json"]).json()
        let plugins = try XCTUnwrap(listed["plugins"] as? [[String: Any]])
        let csv = try XCTUnwrap(plugins.first { $0["id"] as? String == "csv-participants" })
        XCTAssertEqual((csv["reports"] as? [[String: String]])?.first, ["id": "diets", "name": "Diets and allergies"])
        let unknown = try cli.run(["report", "--visit", sample, "--id", "nope", "--database", cli.databasePath])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertEqual(unknown.stderr, "visitplanner: No plugin provides the report “nope”. Known reports: diets.\n")
    }

    // MARK: Errors, atomic output, isolation

    func testUnknownFormatAndScopeAreClearErrors() throws {
        let unknown = try export(["--format", "nope", "--output", path("x")])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertEqual(unknown.stderr, "visitplanner: No plugin provides the format “nope”. Known formats: csv-participants, csv-placements, ical, pdf-attendance, pdf-booklet, pdf-budget, pdf-diets, pdf-host-letter, pdf-programme.\n")
        let scope = try export(["--format", "csv-participants", "--output", path("x"), "--person", "Käthe Becker"])
        XCTAssertEqual(scope.status, 1)
        XCTAssertEqual(scope.stderr, "visitplanner: The format “csv-participants” cannot export person; it exports: visit.\n")
        let option = try export(["--format", "csv-participants", "--output", path("x"), "--option", "paper=a4"])
        XCTAssertEqual(option.stderr, "visitplanner: The format “csv-participants” has no option “paper” (options: separator, bom, health).\n")
        let usage = try export(["--format", "csv-participants", "--output", path("x"), "--each-person", "--each-household"])
        XCTAssertEqual(usage.status, 2)
        let visit = try export(["--format", "csv-participants", "--output", path("x")], visit: "No such visit")
        XCTAssertEqual(visit.status, 1)
        XCTAssertEqual(visit.stderr, "visitplanner: No visit “No such visit”.\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("x")))
        XCTAssertEqual(try leftovers(), [])
    }

    func testAThrowingPluginLeavesNoFileAndKeepsTheOldOne() throws {
        try PluginFixture.build("BrokenPlugin", into: extra)
        try "the previous export\n".write(toFile: path("out.txt"), atomically: true, encoding: .utf8)
        let result = try export(["--format", "broken-throw", "--output", path("out.txt")])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "visitplanner: the broken plugin refuses on purpose\n")
        XCTAssertEqual(try String(contentsOfFile: path("out.txt"), encoding: .utf8), "the previous export\n",
                       "the half-written file never replaced the old one")
        XCTAssertEqual(try leftovers(), [])
    }

    func testACrashingPluginIsReportedAndLeavesNothing() throws {
        try PluginFixture.build("BrokenPlugin", into: extra)
        let result = try export(["--format", "broken-crash", "--output", path("crash.txt")])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.hasPrefix("visitplanner: The export plugin crashed (signal "), result.stderr)
        XCTAssertTrue(result.stderr.hasSuffix("); nothing was written.\n"), result.stderr)
        XCTAssertEqual(result.stderrLines.count, 1, result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("crash.txt")))
        XCTAssertEqual(try leftovers(), [])
    }

    func testAHangingPluginIsStoppedAtTheTimeout() throws {
        try PluginFixture.build("BrokenPlugin", into: extra)
        let started = Date()
        let result = try export(["--format", "broken-hang", "--output", path("hang.txt"), "--timeout", "2"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "visitplanner: The export did not finish within 2 seconds and was stopped; nothing was written.\n")
        XCTAssertLessThan(Date().timeIntervalSince(started), 30, "the hung child was killed, not waited for")
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("hang.txt")))
        XCTAssertEqual(try leftovers(), [])
    }

    func testABatchFailingHalfwayWritesNothing() throws {
        try PluginFixture.build("BrokenPlugin", into: extra)
        let result = try export(["--format", "broken-throw", "--output", path("batch"), "--each-person"])
        XCTAssertEqual(result.status, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("batch")))
        XCTAssertEqual(try leftovers(), [])
    }

    // MARK: A plugin built outside the tree

    func testOutOfTreePluginExportsAVisitAPersonAndABatch() throws {
        try PluginFixture.build("HelloPlugin", into: extra)
        let visit = try export(["--format", "hello-text", "--output", path("hello.txt")])
        XCTAssertEqual(visit.status, 0, visit.stderr)
        let text = try String(contentsOfFile: path("hello.txt"), encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("Hello from Ascension meeting 2027\n"), text)
        XCTAssertTrue(text.contains("\nAgnieszka Wiśniewska\n"), text)

        let batch = try export(["--format", "hello-text", "--output", path("people"), "--each-person", "--json"])
        XCTAssertEqual(batch.status, 0, batch.stderr)
        let files = try XCTUnwrap(try batch.json()["files"] as? [String])
        XCTAssertEqual(files.count, 47)
        XCTAssertTrue(files.contains(path("people/Agnieszka Wiśniewska.txt")), "\(files)")
        XCTAssertEqual(try String(contentsOfFile: path("people/Agnieszka Wiśniewska.txt"), encoding: .utf8),
                       "Hello from Ascension meeting 2027\nAgnieszka Wiśniewska\n")
        XCTAssertEqual(try leftovers(), [])

        let refused = try export(["--format", "hello-text", "--output", path("families"), "--each-household"])
        XCTAssertEqual(refused.stderr, "visitplanner: The format “hello-text” cannot export each-household; it exports: visit, person, each-person.\n")
        let intoFile = try export(["--format", "hello-text", "--output", path("hello.txt"), "--each-person"])
        XCTAssertEqual(intoFile.status, 1)
        XCTAssertEqual(intoFile.stderr, "visitplanner: \(path("hello.txt")) is a file; --each-person and --each-household write into a folder.\n")
    }
}
