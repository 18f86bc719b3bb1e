import Foundation
import XCTest

/// `--version`, `--help`, usage errors and the global options' positions.
final class GlobalTests: XCTestCase {
    private var cli: CLIRunner!

    override func setUpWithError() throws { cli = try CLIRunner() }
    override func tearDown() { cli.cleanUp() }

    func testVersionExitsZero() throws {
        let result = try cli.run(["--version"])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines), "0.1.0")
        let nested = try cli.run(["people", "list", "--version"])
        XCTAssertEqual(nested.status, 0)
        XCTAssertEqual(nested.stdout.trimmingCharacters(in: .whitespacesAndNewlines), "0.1.0")
    }

    func testHelpOnEveryCommandExitsZero() throws {
        for command in [[], ["demo"], ["visits"], ["visits", "list"], ["people", "list"],
                        ["households", "list"]] {
            let result = try cli.run(command + ["--help"])
            XCTAssertEqual(result.status, 0, "\(command) --help")
            XCTAssertTrue(result.stdout.contains("USAGE"), "\(command) --help: \(result.stdout)")
            XCTAssertTrue(result.stdout.contains("--database"), "\(command) --help lists the global options")
            XCTAssertEqual(result.stderr, "")
        }
    }

    func testUsageErrorsExitTwo() throws {
        let unknownOption = try cli.run(["visits", "list", "--no-such-option"])
        XCTAssertEqual(unknownOption.status, 2)
        XCTAssertFalse(unknownOption.stderr.isEmpty)
        XCTAssertEqual(unknownOption.stdout, "")

        XCTAssertEqual(try cli.run(["no-such-command"]).status, 2)
        // --visit is required.
        XCTAssertEqual(try cli.run(database: "people", "list").status, 2)
    }

    func testGlobalOptionsBeforeAndAfterTheSubcommand() throws {
        XCTAssertEqual(try cli.run(database: "demo").status, 0)
        let before = try cli.run(["--database", cli.databasePath, "--json", "visits", "list"])
        let after = try cli.run(["visits", "list", "--database", cli.databasePath, "--json"])
        let mixed = try cli.run(["--json", "visits", "--database", cli.databasePath, "list"])
        for result in [before, after, mixed] {
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertEqual((try result.json()["visits"] as? [Any])?.count, 1)
        }
        XCTAssertEqual(before.stdout, after.stdout)
        XCTAssertEqual(before.stdout, mixed.stdout)
    }

    func testDatabaseIsCreatedPrivate() throws {
        let path = cli.folder.appendingPathComponent("new/sub/planner.sqlite3").path
        let result = try cli.run(["visits", "list", "--database", path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let mode = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
        XCTAssertEqual(mode & 0o777, 0o600)
    }
}
