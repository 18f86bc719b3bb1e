import Foundation
import XCTest

/// Files the CLI must refuse with one clear line, status 1, and without changing them.
final class DatabaseErrorTests: XCTestCase {
    private var cli: CLIRunner!

    override func setUpWithError() throws { cli = try CLIRunner() }
    override func tearDown() { cli.cleanUp() }

    func testTextFileIsRefusedAndLeftUnchanged() throws {
        let path = cli.folder.appendingPathComponent("notes.txt").path
        let bytes = Data("Guests arrive on Thursday.\nBring the flags.\n".utf8)
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: bytes))
        for command in [["visits", "list"], ["demo"], ["people", "list", "--visit", "1"], ["households", "list"]] {
            let result = try cli.run(command + ["--database", path])
            XCTAssertEqual(result.status, 1, "\(command)")
            XCTAssertEqual(result.stderrLines.count, 1, result.stderr)
            XCTAssertTrue(result.stderr.hasPrefix("visitplanner: "), result.stderr)
            XCTAssertEqual(result.stdout, "")
            XCTAssertEqual(FileManager.default.contents(atPath: path), bytes)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path + "-wal"))
    }

    func testNewerDatabaseIsRefused() throws {
        XCTAssertEqual(try cli.run(database: "demo").status, 0)
        try setUserVersion(999, at: cli.databasePath)
        for _ in 0..<2 {
            let result = try cli.run(database: "visits", "list")
            XCTAssertEqual(result.status, 1)
            XCTAssertEqual(result.stderrLines.count, 1, result.stderr)
            XCTAssertTrue(result.stderr.contains("newer"), result.stderr)
            XCTAssertEqual(result.stdout, "")
        }
        // Not migrated, not "repaired" and not backed up. (Byte equality cannot be asked of an
        // opened SQLite file: GRDB's WAL set-up touches the header's counters, not the data.)
        XCTAssertEqual(try userVersion(at: cli.databasePath), 999)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: cli.folder.path).filter { $0.contains(".bak-") }
        XCTAssertEqual(leftovers, [])
    }

    /// Writes the SQLite header's user_version (offset 60, big-endian) directly: the tests
    /// reach the database only through PlannerCore or the CLI.
    private func setUserVersion(_ version: UInt32, at path: String) throws {
        let handle = try XCTUnwrap(FileHandle(forUpdatingAtPath: path))
        defer { try? handle.close() }
        try handle.seek(toOffset: 60)
        try handle.write(contentsOf: withUnsafeBytes(of: version.bigEndian) { Data($0) })
    }

    private func userVersion(at path: String) throws -> UInt32 {
        let handle = try XCTUnwrap(FileHandle(forReadingAtPath: path))
        defer { try? handle.close() }
        try handle.seek(toOffset: 60)
        let bytes = try XCTUnwrap(try handle.read(upToCount: 4))
        return bytes.reduce(0) { $0 << 8 | UInt32($1) }
    }
}
