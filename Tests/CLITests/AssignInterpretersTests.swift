import Foundation
import PlannerCore
import XCTest

/// `visitplanner assign-interpreters --visit V [--apply]`, run with no display.
final class AssignInterpretersTests: XCTestCase {
    private var cli: CLIRunner!

    override func setUpWithError() throws {
        cli = try CLIRunner()
        XCTAssertEqual(try cli.run(database: "demo").status, 0)
    }

    override func tearDown() { cli.cleanUp() }

    private func run(_ arguments: String...) throws -> CLIRunner.Result {
        let result = try cli.run(["assign-interpreters", "--visit", "1"] + arguments + ["--database", cli.databasePath])
        XCTAssertEqual(result.status, 0, result.stderr)
        return result
    }

    func testPlanCoversTheSampleAndApplyStoresIt() throws {
        // Start from no assignments at all: every interpreted item is an error.
        let store = try PlannerStore(path: cli.databasePath)
        try store.replaceAssignments(ofVisit: 1, with: [])
        XCTAssertGreaterThan(try XCTUnwrap(try cli.run(["problems", "--visit", "1", "--json", "--database", cli.databasePath])
                                            .json()["errors"] as? Int), 0)

        let json = try run("--json").json()
        XCTAssertEqual(json["applied"] as? Bool, false)
        XCTAssertEqual(json["needs"] as? Int, 16)
        XCTAssertEqual(json["covered"] as? Int, 16)
        XCTAssertEqual(json["relayed"] as? Int, 1, "German into French at the official meeting goes through Czech")
        XCTAssertEqual(json["provenOptimal"] as? Bool, true)
        let assignments = try XCTUnwrap(json["assignments"] as? [[String: Any]])
        XCTAssertTrue(assignments.allSatisfy { !($0["why"] as? String ?? "").isEmpty }, "every assignment says why")
        XCTAssertEqual((json["uncovered"] as? [Any])?.count, 0)
        XCTAssertEqual(try store.snapshot(ofVisit: 1)?.assignments.count, 0, "nothing stored without --apply")

        let text = try run("--apply").stdout
        XCTAssertTrue(text.contains("16 of 16 interpretation needs covered (1 by relay)"), text)
        XCTAssertTrue(text.contains("Příjezd a přivítání starostou: cs→pl → Agnieszka Wiśniewska"), text)
        XCTAssertEqual(try store.snapshot(ofVisit: 1)?.assignments.count, assignments.count)
        XCTAssertEqual(try cli.run(["problems", "--visit", "1", "--json", "--database", cli.databasePath]).json()["errors"] as? Int, 0)
    }

    func testUncoveredNeedsSayWhy() throws {
        // Klára Veselá is the only French interpreter: without her profile nobody covers cs→fr.
        let store = try PlannerStore(path: cli.databasePath)
        let klara = try XCTUnwrap(try store.snapshot(ofVisit: 1)?.participants.first { $0.fullName == "Klára Veselá" })
        try store.deleteInterpreter(participantId: try XCTUnwrap(klara.id))
        let json = try run("--json").json()
        let uncovered = try XCTUnwrap(json["uncovered"] as? [[String: Any]])
        XCTAssertFalse(uncovered.isEmpty)
        XCTAssertTrue(uncovered.contains { $0["pair"] as? String == "cs→fr" && !(($0["reasons"] as? [String]) ?? []).isEmpty })
        let text = try run().stdout
        XCTAssertTrue(text.contains("Not covered:"), text)
    }
}
