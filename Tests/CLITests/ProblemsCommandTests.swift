import Foundation
import PlannerCore
import XCTest

/// `visitplanner problems --visit V`, run with no display.
final class ProblemsCommandTests: XCTestCase {
    private var cli: CLIRunner!
    private let sample = "Ascension meeting 2027"

    override func setUpWithError() throws {
        cli = try CLIRunner()
        XCTAssertEqual(try cli.run(database: "demo").status, 0)
    }

    override func tearDown() { cli.cleanUp() }

    private func problems(_ arguments: String..., file: StaticString = #filePath, line: UInt = #line) throws -> CLIRunner.Result {
        let result = try cli.run(["problems", "--visit", sample] + arguments + ["--database", cli.databasePath])
        XCTAssertEqual(result.status, 0, result.stderr, file: file, line: line)
        XCTAssertEqual(result.stderr, "", file: file, line: line)
        return result
    }

    private func list(file: StaticString = #filePath, line: UInt = #line) throws -> [[String: Any]] {
        let json = try problems("--json", file: file, line: line).json()
        return try XCTUnwrap(json["problems"] as? [[String: Any]], file: file, line: line)
    }

    private func subject(_ problem: [String: Any]) -> [String: Any] { problem["subject"] as? [String: Any] ?? [:] }

    func testSampleText() throws {
        let clean = try problems("--json").json()
        XCTAssertEqual(clean["errors"] as? Int, 0, "the sample comes with its interpreters booked")
        // Without its interpreters the sample's interpreted items turn into errors.
        let store = try PlannerStore(path: cli.databasePath)
        try store.replaceAssignments(ofVisit: 1, with: [])
        let json = try problems("--json").json()
        let errors = try XCTUnwrap(json["errors"] as? Int), warnings = try XCTUnwrap(json["warnings"] as? Int)
        XCTAssertGreaterThan(errors, 1, "the sample's interpreters are no longer assigned")
        XCTAssertEqual(warnings, 3)
        let text = try problems().stdout
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(lines[0], "Ascension meeting 2027 (id 1), 2027-05-13 – 2027-05-17")
        XCTAssertEqual(lines[1], "\(errors) errors, 3 warnings")
        XCTAssertEqual(lines[2], "")
        XCTAssertTrue(lines[3].hasPrefix("SEVERITY  SUBJECT"), lines[3])
        XCTAssertEqual(lines.count, 4 + errors + warnings + 1, "one row per problem and the final newline")
        XCTAssertTrue(lines[4].hasPrefix("error     programme item "), "errors first: \(lines[4])")
        XCTAssertTrue(lines[4 + errors].hasPrefix("warning   "), "then warnings: \(lines[4 + errors])")
        XCTAssertTrue(text.contains("error     programme item 1: Příjezd a přivítání starostou  "), text)
        let unplaced = try XCTUnwrap(lines.first { $0.hasSuffix("41 guests have no host family yet") })
        XCTAssertTrue(unplaced.hasPrefix("warning   participant "), unplaced)
        XCTAssertTrue(text.contains("warning   household 12: Eva a Radek Marek"), text)
        XCTAssertTrue(text.contains("Eva a Radek Marek cannot host every night of the visit"), text)
        XCTAssertTrue(text.contains("warning   budget: Budget "), text)
        XCTAssertTrue(text.contains("Grant rule not met"), text)
    }

    func testJSONShape() throws {
        let json = try problems("--json").json()
        XCTAssertEqual((json["visit"] as? [String: Any])?["title"] as? String, sample)
        let all = try XCTUnwrap(json["problems"] as? [[String: Any]])
        XCTAssertEqual(json["errors"] as? Int, all.filter { $0["severity"] as? String == "error" }.count)
        XCTAssertEqual(json["warnings"] as? Int, all.filter { $0["severity"] as? String == "warning" }.count)
        XCTAssertEqual((json["errors"] as? Int ?? 0) + (json["warnings"] as? Int ?? 0), all.count)
        for problem in all {
            XCTAssertTrue(["error", "warning"].contains(problem["severity"] as? String ?? ""))
            XCTAssertFalse((problem["message"] as? String ?? "").isEmpty)
            let subject = subject(problem)
            XCTAssertEqual(Set(subject.keys), ["kind", "id", "category", "name"])
        }
        let unplaced = try XCTUnwrap(all.first { ($0["message"] as? String)?.contains("have no host family yet") == true })
        XCTAssertEqual(subject(unplaced)["kind"] as? String, "participant")
        XCTAssertTrue(subject(unplaced)["category"] is NSNull)
        // The subject names the participant its id stands for.
        let people = try cli.run(database: "people", "list", "--visit", sample, "--json").json()["participants"] as? [[String: Any]] ?? []
        let id = try XCTUnwrap(subject(unplaced)["id"] as? Int)
        XCTAssertEqual(subject(unplaced)["name"] as? String, people.first { $0["id"] as? Int == id }?["fullName"] as? String)
        let household = try XCTUnwrap(all.first { subject($0)["kind"] as? String == "household" })
        XCTAssertEqual(subject(household)["id"] as? Int, 12)
        XCTAssertEqual(subject(household)["name"] as? String, "Eva a Radek Marek")
        let grant = try XCTUnwrap(all.first { subject($0)["kind"] as? String == "budget" })
        XCTAssertTrue(subject(grant)["id"] is NSNull)
    }

    func testAfterPlacementFewerGuestsWait() throws {
        XCTAssertTrue(try list().contains { ($0["message"] as? String) == "41 guests have no host family yet" })
        XCTAssertEqual(try cli.run(database: "assign", "--visit", sample, "--apply").status, 0)
        let after = try list()
        XCTAssertTrue(after.contains { ($0["message"] as? String) == "9 guests have no host family yet" },
                      "\(after.map { $0["message"] ?? "" })")
        XCTAssertFalse(after.contains { ($0["message"] as? String) == "41 guests have no host family yet" })
    }

    func testProgrammeProblems() throws {
        let before = try list()
        let store = try PlannerStore(path: cli.databasePath)
        let day = CalendarDate(year: 2027, month: 5, day: 14)!
        func at(_ hour: Int) -> LocalDateTime { LocalDateTime(date: day, time: TimeOfDay(hour: hour, minute: 0)!) }
        // Everyone at a reception during the youth workshop and the official meeting.
        try store.saveProgrammeItem(ProgrammeItem(visitId: 1, titles: ["cs": "Recepce"],
                                                  timing: ItemTiming(start: at(10), end: at(11), timeZone: "Europe/Prague"),
                                                  audience: .everyone, workingLanguage: "cs"))
        // A group nobody belongs to, the day before the visit.
        let empty = try store.saveGroup(VisitGroup(visitId: 1, name: "Nobody"))
        try store.saveProgrammeItem(ProgrammeItem(visitId: 1, titles: ["cs": "Přípravy"],
                                                  timing: ItemTiming(start: LocalDateTime(date: CalendarDate(year: 2027, month: 5, day: 12)!,
                                                                                          time: TimeOfDay(hour: 10, minute: 0)!),
                                                                     end: LocalDateTime(date: CalendarDate(year: 2027, month: 5, day: 12)!,
                                                                                        time: TimeOfDay(hour: 11, minute: 0)!),
                                                                     timeZone: "Europe/Prague"),
                                                  audience: Audience(groupIds: [empty.id!]), workingLanguage: "cs"))
        let all = try list()
        let messages = Set(before.compactMap { $0["message"] as? String })
        let added = all.filter { !messages.contains($0["message"] as? String ?? "") }
        let overlaps = added.filter { ($0["message"] as? String ?? "").contains(" overlap for ") }
        XCTAssertEqual(overlaps.count, 2, "the reception with the workshop and with the meeting")
        XCTAssertTrue(overlaps.allSatisfy { $0["severity"] as? String == "error" && subject($0)["kind"] as? String == "programme-item" })
        let workshop = try XCTUnwrap(overlaps.first { subject($0)["id"] as? Int == 3 })
        XCTAssertEqual(subject(workshop)["name"] as? String, "Workshop mládeže „Naše řeky“")
        XCTAssertTrue((workshop["message"] as? String ?? "").hasPrefix(
            "“Workshop mládeže „Naše řeky“” (2027-05-14 09:00) and “Recepce” (2027-05-14 10:00) overlap for "))
        XCTAssertEqual(Set(overlaps.compactMap { subject($0)["id"] as? Int }), [3, 4])
        XCTAssertEqual(all.first?["severity"] as? String, "error", "errors first")

        let preparations = added.filter { ($0["message"] as? String ?? "").hasPrefix("“Přípravy”") }
        XCTAssertTrue(preparations.allSatisfy { $0["severity"] as? String == "warning" })
        XCTAssertEqual(Set(preparations.compactMap { $0["message"] as? String }),
                       ["“Přípravy” (2027-05-12 10:00) is outside the visit’s dates (2027-05-13 – 2027-05-17)",
                        "“Přípravy” (2027-05-12 10:00) is for nobody: its audience matches no participant"])

        let text = try problems().stdout
        XCTAssertTrue(text.contains("error     programme item 3: Workshop mládeže „Naše řeky“"), text)
        XCTAssertTrue(text.contains("warning   programme item \(subject(preparations[0])["id"] as? Int ?? 0): Přípravy"), text)
    }

    func testVisitWithoutProblems() throws {
        let store = try PlannerStore(path: cli.databasePath)
        let id = try store.createVisit(VisitDraft(title: "Quiet visit", hostTown: .init(name: "Horní Lhota", countryCode: "CZ"),
                                                  partnerTowns: [.init(name: "Birkenfeld am See", countryCode: "DE")],
                                                  kind: .officialDelegation, startDate: CalendarDate(year: 2027, month: 9, day: 1),
                                                  endDate: CalendarDate(year: 2027, month: 9, day: 2), languages: ["cs"], currency: "CZK"))
        let result = try cli.run(database: "problems", "--visit", String(id))
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "Quiet visit (id \(id)), 2027-09-01 – 2027-09-02\nNo problems found.\n")
        let json = try cli.run(database: "problems", "--visit", "Quiet visit", "--json").json()
        XCTAssertEqual(json["errors"] as? Int, 0)
        XCTAssertEqual(json["warnings"] as? Int, 0)
        XCTAssertEqual((json["problems"] as? [Any])?.count, 0)
    }

    func testUnknownVisitFailsWithOneLine() throws {
        let result = try cli.run(database: "problems", "--visit", "No such visit")
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderrLines.count, 1, result.stderr)
        XCTAssertTrue(result.stderr.hasPrefix("visitplanner: "), result.stderr)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(try cli.run(database: "problems").status, 2, "--visit is required")
    }
}
