import Foundation
import XCTest

/// `visitplanner bench-interpreters` (hidden, for `make bench`): one line of figures, in memory.
final class BenchInterpretersTests: XCTestCase {
    private var cli: CLIRunner!

    override func setUpWithError() throws { cli = try CLIRunner() }
    override func tearDown() { cli.cleanUp() }

    private func figure(_ name: String, in line: String) -> String? {
        line.split(separator: " ").first { $0.hasPrefix("\(name)=") }.map { String($0.dropFirst(name.count + 1)) }
    }

    func testTheSampleIsFullyCoveredAndProven() throws {
        let result = try cli.run(["bench-interpreters", "--sample", "--database", cli.databasePath])
        XCTAssertEqual(result.status, 0, result.stderr)
        let line = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertTrue(line.hasPrefix("interpreters sample:"), line)
        XCTAssertEqual(figure("needs", in: line), figure("covered", in: line))
        XCTAssertEqual(figure("uncovered", in: line), "0")
        XCTAssertEqual(figure("relayed", in: line), "1")
        XCTAssertEqual(figure("method", in: line), "exact")
        XCTAssertEqual(figure("rule_problems", in: line), "0")
        XCTAssertNotNil(figure("ms", in: line).flatMap(Double.init))
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.databasePath), "never opens the database")
    }

    func testAGeneratedVisitWithExplanations() throws {
        let result = try cli.run(["bench-interpreters", "--items", "30", "--interpreters", "20", "--days", "2", "--seed", "4",
                                  "--explain", "--list-uncovered"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines[0].hasPrefix("interpreters generated seed=4: items=30 interpreters=20"), lines[0])
        let assignments = Int(figure("assignments", in: lines[0]) ?? "") ?? -1
        let open = (Int(figure("uncovered", in: lines[0]) ?? "") ?? -1) + (Int(figure("partial", in: lines[0]) ?? "") ?? -1)
        // One line per assignment and per open need, after the figures.
        XCTAssertEqual(lines.count, 1 + assignments + open)
        XCTAssertGreaterThan(assignments, 0)
    }

    /// Two processes hash differently (Swift seeds its hashing per process): the plan must not
    /// depend on the order of a set or a dictionary.
    func testTheSamePlanInEveryProcess() throws {
        let arguments = ["bench-interpreters", "--items", "80", "--interpreters", "40", "--days", "3", "--seed", "9", "--explain"]
        func run() throws -> String {
            let result = try cli.run(arguments)
            XCTAssertEqual(result.status, 0, result.stderr)
            return result.stdout.replacingOccurrences(of: #" ms=[0-9.]+"#, with: "", options: .regularExpression)
        }
        let first = try run()
        XCTAssertGreaterThan(first.split(separator: "\n").count, 40)
        for _ in 0..<2 { XCTAssertEqual(try run(), first) }
    }

    func testHiddenFromHelp() throws {
        XCTAssertFalse(try cli.run(["--help"]).stdout.contains("bench-interpreters"))
    }
}
