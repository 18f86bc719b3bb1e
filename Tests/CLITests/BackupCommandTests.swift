import Foundation
import XCTest

/// `backup list|create|restore`, and a damaged file: refused at open without being written to,
/// then replaced by the newest good backup while the damaged one is kept aside.
final class BackupCommandTests: XCTestCase {
    private var cli: CLIRunner!

    override func setUpWithError() throws { cli = try CLIRunner() }
    override func tearDown() { cli.cleanUp() }

    private func backups() throws -> [[String: Any]] {
        let result = try cli.run(database: "backup", "list", "--json")
        XCTAssertEqual(result.status, 0, result.stderr)
        return try XCTUnwrap(try result.json()["backups"] as? [[String: Any]])
    }

    private func mode(_ path: String) throws -> Int {
        try XCTUnwrap(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    func testCreateListAndKeepTheLastSeven() throws {
        XCTAssertEqual(try cli.run(database: "demo").status, 0)
        XCTAssertEqual(try backups().count, 0)
        let text = try cli.run(database: "backup", "list")
        XCTAssertTrue(text.stdout.contains("No backups"), text.stdout)

        let created = try cli.run(database: "backup", "create", "--json")
        XCTAssertEqual(created.status, 0, created.stderr)
        let path = try XCTUnwrap(try created.json()["path"] as? String)
        XCTAssertTrue(path.hasPrefix(cli.folder.appendingPathComponent("xdg-data/visitplanner/backups/").path), path)
        XCTAssertEqual(try mode(path), 0o600, "a backup holds the same minors' data as the database")
        XCTAssertEqual(try mode((path as NSString).deletingLastPathComponent), 0o700)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path + "-wal"), "a backup is one self-contained file")

        for _ in 0..<8 {
            Thread.sleep(forTimeInterval: 1.05)   // ids are to the second
            XCTAssertEqual(try cli.run(database: "backup", "create").status, 0)
        }
        let kept = try backups()
        XCTAssertEqual(kept.count, 7)
        let ids = kept.compactMap { $0["id"] as? String }
        XCTAssertEqual(ids, ids.sorted(by: >), "newest first")
        XCTAssertFalse(ids.contains(try XCTUnwrap(try created.json()["id"] as? String)), "the oldest went")
    }

    func testRestoreInPlaceKeepsTheCurrentFileAside() throws {
        XCTAssertEqual(try cli.run(database: "demo").status, 0)
        XCTAssertEqual(try cli.run(database: "backup", "create").status, 0)
        XCTAssertEqual(try cli.run(database: "assign", "--visit", "1", "--apply").status, 0)
        let placed = try cli.run(database: "people", "list", "--visit", "1", "--json").stdout
        XCTAssertTrue(placed.contains("\"household\""), "assign --apply placed nobody")

        let restored = try cli.run(database: "backup", "restore", "--json")
        XCTAssertEqual(restored.status, 0, restored.stderr)
        let aside = try XCTUnwrap(try restored.json()["keptAside"] as? String)
        XCTAssertTrue(aside.hasPrefix(cli.databasePath + ".before-restore-"), aside)
        XCTAssertEqual(try mode(aside), 0o600)
        let after = try cli.run(database: "people", "list", "--visit", "1", "--json").stdout
        XCTAssertFalse(after.contains("\"household\""), "the placements made after the backup are still there")

        // The file kept aside is the state before the restore, placements included.
        let before = try cli.run(["people", "list", "--visit", "1", "--json", "--database", aside])
        XCTAssertEqual(before.status, 0, before.stderr)
        XCTAssertTrue(before.stdout.contains("\"household\""))
    }

    func testUnknownBackupAndNoBackupAreOneLineErrors() throws {
        XCTAssertEqual(try cli.run(database: "demo").status, 0)
        let none = try cli.run(database: "backup", "restore")
        XCTAssertEqual(none.status, 1)
        XCTAssertEqual(none.stderrLines.count, 1, none.stderr)
        XCTAssertTrue(none.stderr.contains("no usable backup"), none.stderr)
        XCTAssertEqual(try cli.run(database: "backup", "create").status, 0)
        let unknown = try cli.run(database: "backup", "restore", "1999-01-01-000000")
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.stderr.contains("1999-01-01-000000"), unknown.stderr)
    }

    func testDamagedFileIsRefusedUntouchedThenReplacedByTheBackup() throws {
        XCTAssertEqual(try cli.run(database: "demo").status, 0)
        XCTAssertEqual(try cli.run(database: "backup", "create").status, 0)
        try garblePageInTheMiddle(of: cli.databasePath)
        let damaged = try XCTUnwrap(FileManager.default.contents(atPath: cli.databasePath))

        for command in [["visits", "list"], ["demo"], ["assign", "--visit", "1", "--apply"]] {
            let result = try cli.run(command + ["--database", cli.databasePath])
            XCTAssertEqual(result.status, 1, "\(command): \(result.stdout)")
            XCTAssertEqual(result.stderrLines.count, 1, result.stderr)
            XCTAssertTrue(result.stderr.contains("damaged"), result.stderr)
            XCTAssertEqual(FileManager.default.contents(atPath: cli.databasePath), damaged, "\(command) wrote to a damaged file")
        }

        let restored = try cli.run(database: "backup", "restore", "--json")
        XCTAssertEqual(restored.status, 0, restored.stderr)
        let aside = try XCTUnwrap(try restored.json()["keptAside"] as? String)
        XCTAssertTrue(aside.contains(".damaged-"), aside)
        XCTAssertEqual(FileManager.default.contents(atPath: aside), damaged, "the damaged file is kept as it was")
        let visits = try cli.run(database: "visits", "list", "--json")
        XCTAssertEqual(visits.status, 0, visits.stderr)
        XCTAssertTrue(visits.stdout.contains("Ascension meeting 2027"))
        XCTAssertEqual(try mode(cli.databasePath), 0o600)
    }

    /// Random bytes over one page in the middle of the file, the way a failing disk or an
    /// interrupted copy leaves it. Checkpointed first (the CLI has exited), so the page is data.
    private func garblePageInTheMiddle(of path: String) throws {
        let handle = try XCTUnwrap(FileHandle(forUpdatingAtPath: path))
        defer { try? handle.close() }
        let size = try handle.seekToEnd()
        let pages = size / 4096
        XCTAssertGreaterThan(pages, 10)
        try handle.seek(toOffset: (pages / 2) * 4096)
        var generator = SystemRandomNumberGenerator()
        handle.write(Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }))
    }
}
