import Foundation
import XCTest

/// `visitplanner people erase --person P [--visit V] [--yes]`: the person leaves no byte behind
/// in the database, its write-ahead log or the backups; without --yes and without a terminal
/// the command refuses and changes nothing.
final class PeopleEraseTests: XCTestCase {
    private var cli: CLIRunner!

    override func setUpWithError() throws { cli = try CLIRunner() }
    override func tearDown() { cli.cleanUp() }

    /// Léo Dubois of the sample: his name as one string, his e-mail and his phone.
    private let traces = ["Léo Dubois", "leo.dubois@example.fr", "+33 6 18 24 34 60"]

    private func people() throws -> [[String: Any]] {
        let result = try cli.run(database: "people", "list", "--visit", "1", "--json")
        XCTAssertEqual(result.status, 0, result.stderr)
        return try XCTUnwrap(try result.json()["participants"] as? [[String: Any]])
    }

    /// The database, its -wal when there is one, and every file under the XDG data folder
    /// (the backups).
    private func files() throws -> [String] {
        var paths = [cli.databasePath, cli.databasePath + "-wal"].filter { FileManager.default.fileExists(atPath: $0) }
        let data = cli.folder.appendingPathComponent("xdg-data")
        if let walker = FileManager.default.enumerator(atPath: data.path) {
            for case let name as String in walker {
                var isFolder: ObjCBool = false
                let path = data.appendingPathComponent(name).path
                if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue { paths.append(path) }
            }
        }
        return paths
    }

    private func sqlite(_ database: String, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = ["-readonly", database, sql]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func testErasedPersonIsInNoByteOfTheDatabaseItsLogOrTheBackups() throws {
        XCTAssertEqual(try cli.run(database: "demo").status, 0)
        let backup = try cli.run(database: "backup", "create", "--json")
        XCTAssertEqual(backup.status, 0, backup.stderr)
        let backupPath = try XCTUnwrap(try backup.json()["path"] as? String)
        XCTAssertEqual(try cli.run(database: "assign", "--visit", "1", "--apply").status, 0)
        let leo = try XCTUnwrap(try people().first { $0["fullName"] as? String == "Léo Dubois" })
        XCTAssertNotNil(leo["placement"] as? [String: Any], "assign --apply did not place Léo Dubois: \(leo)")
        // Before: the test can see him, so it could see him after.
        let backupBytes = try Data(contentsOf: URL(fileURLWithPath: backupPath))
        XCTAssertNotNil(backupBytes.range(of: Data("leo.dubois@example.fr".utf8)), "the backup does not hold him to begin with")

        let erased = try cli.run(database: "people", "erase", "--person", "Léo Dubois", "--yes", "--json")
        XCTAssertEqual(erased.status, 0, erased.stderr)
        let report = try erased.json()
        XCTAssertEqual(report["fullName"] as? String, "Léo Dubois")
        XCTAssertEqual(report["complete"] as? Bool, true)
        XCTAssertEqual(report["cleaned"] as? [String], [backupPath])
        let items = try XCTUnwrap(report["erased"] as? [[String: Any]])
        let counts = Dictionary(uniqueKeysWithValues: items.map { ($0["kind"] as? String ?? "", $0["count"] as? Int ?? 0) })
        XCTAssertEqual(counts["participant"], 1)
        XCTAssertEqual(counts["placements"], 1)

        let checked = try files()
        XCTAssertTrue(checked.contains(cli.databasePath) && checked.contains(backupPath), "\(checked)")
        for path in checked {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            for trace in traces {
                XCTAssertNil(bytes.range(of: Data(trace.utf8)), "“\(trace)” is still in \(path)")
            }
        }
        XCTAssertEqual(try people().count, 46)
        XCTAssertFalse(try people().contains { $0["fullName"] as? String == "Léo Dubois" })
        XCTAssertEqual(try sqlite(cli.databasePath, "PRAGMA integrity_check"), "ok")
        XCTAssertEqual(try sqlite(backupPath, "PRAGMA integrity_check"), "ok")
        XCTAssertEqual(try sqlite(backupPath, "SELECT COUNT(*) FROM participant"), "46", "the others stay in the backup")
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: backupPath)[.posixPermissions] as? Int, 0o600)
    }

    func testWithoutYesAndWithoutATerminalItRefusesAndChangesNothing() throws {
        XCTAssertEqual(try cli.run(database: "demo").status, 0)
        // Every row, as SQL text (any open bumps counters in the file's header).
        let before = try sqlite(cli.databasePath, ".dump")
        XCTAssertTrue(before.contains("leo.dubois@example.fr"))
        let refused = try cli.run(database: "people", "erase", "--person", "Léo Dubois")
        XCTAssertEqual(refused.status, 1)
        XCTAssertEqual(refused.stderrLines.count, 1, refused.stderr)
        XCTAssertTrue(refused.stderr.contains("--yes"), refused.stderr)
        XCTAssertEqual(refused.stdout, "")
        XCTAssertEqual(try sqlite(cli.databasePath, ".dump"), before)
        XCTAssertTrue(try people().contains { $0["fullName"] as? String == "Léo Dubois" })
    }

    func testTextOutputListsWhatWentAndAnUnknownPersonIsOneLine() throws {
        XCTAssertEqual(try cli.run(database: "demo").status, 0)
        XCTAssertEqual(try cli.run(database: "backup", "create").status, 0)
        let id = try XCTUnwrap(try people().first { $0["fullName"] as? String == "Jade Dubois" }?["id"] as? Int)
        let erased = try cli.run(database: "people", "erase", "--person", String(id), "--visit", "Ascension meeting 2027", "--yes")
        XCTAssertEqual(erased.status, 0, erased.stderr)
        XCTAssertTrue(erased.stdout.hasPrefix("Jade Dubois erased. 1 backup cleaned."), erased.stdout)
        XCTAssertTrue(erased.stdout.contains("1 participant record"), erased.stdout)
        XCTAssertTrue(erased.stdout.contains("1 stay-together wish of another participant"), erased.stdout)
        XCTAssertTrue(erased.stdout.contains("Cleaned: "), erased.stdout)

        let unknown = try cli.run(database: "people", "erase", "--person", "Nobody Here", "--yes")
        XCTAssertEqual(unknown.status, 1)
        XCTAssertEqual(unknown.stderrLines.count, 1, unknown.stderr)
        XCTAssertTrue(unknown.stderr.contains("Nobody Here"), unknown.stderr)
    }
}
