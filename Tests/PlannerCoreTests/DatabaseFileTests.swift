import XCTest
@testable import PlannerCore

/// Opening files: private permissions, and clear refusals that leave a foreign or damaged file untouched.
final class DatabaseFileTests: XCTestCase {
    var folder = ""

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "planner-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func mode(_ path: String) throws -> Int {
        try XCTUnwrap(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    private func openError(_ path: String) -> PlannerError? {
        do { _ = try PlannerStore(path: path); return nil } catch { return error }
    }

    func testNewFileIsPrivateInANewFolder() throws {
        let path = folder + "/new/deeper/planner.sqlite3"
        do {
            let store = try PlannerStore(path: path)
            XCTAssertEqual(try store.schemaVersion(), Schema.version)
            try store.createVisit(VisitDraft(title: "T", hostTown: .init(name: "A", countryCode: "CZ"),
                                             partnerTowns: [.init(name: "B", countryCode: "DE")],
                                             startDate: CalendarDate(iso: "2027-01-01"), endDate: CalendarDate(iso: "2027-01-02"),
                                             languages: ["cs"], currency: "CZK"))
            // SQLite gives the journal files the database's mode: they hold the same data.
            XCTAssertEqual(try mode(path + "-wal") & 0o777, 0o600)
            XCTAssertEqual(try mode(path + "-shm") & 0o777, 0o600)
        }
        XCTAssertEqual(try mode(path) & 0o777, 0o600)
        XCTAssertEqual(try mode(folder + "/new/deeper") & 0o777, 0o700)
        XCTAssertEqual(try mode(folder + "/new") & 0o777, 0o700)
        // Reopening finds the data and takes no backup (nothing to upgrade).
        XCTAssertEqual(try PlannerStore(path: path).visits().count, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path + ".bak-\(Schema.version)"))
    }

    func testDefaultPathFollowsXDG() {
        XCTAssertEqual(DatabaseFile.defaultPath(environment: ["XDG_DATA_HOME": "/x/data", "HOME": "/home/u"]),
                       "/x/data/visitplanner/planner.sqlite3")
        XCTAssertEqual(DatabaseFile.defaultPath(environment: ["XDG_DATA_HOME": "relative", "HOME": "/home/u"]),
                       "/home/u/.local/share/visitplanner/planner.sqlite3", "a relative XDG path is ignored")
    }

    func testTextFileIsNotADatabaseAndStaysUnchanged() throws {
        let path = folder + "/notes.sqlite3"
        let bytes = Data("Nachname;Vorname\nBecker;Käthe\n".utf8)
        try bytes.write(to: URL(fileURLWithPath: path))
        XCTAssertEqual(openError(path), .notADatabase(path: path))
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), bytes)
    }

    func testTinyFileIsNotADatabase() throws {
        let path = folder + "/tiny.sqlite3"
        try Data("SQLite".utf8).write(to: URL(fileURLWithPath: path))
        XCTAssertEqual(openError(path), .notADatabase(path: path))
    }

    func testFolderIsNotADatabase() throws {
        XCTAssertEqual(openError(folder), .notADatabase(path: folder))
    }

    func testGarbageAfterSQLiteHeaderIsAClearErrorAndUnchanged() throws {
        let path = folder + "/garbage.sqlite3"
        var bytes = Data("SQLite format 3\0".utf8)
        var generator = SystemRandomNumberGenerator()
        bytes.append(contentsOf: (0..<8192).map { _ in UInt8.random(in: 0...255, using: &generator) })
        try bytes.write(to: URL(fileURLWithPath: path))
        let error = try XCTUnwrap(openError(path))
        XCTAssertTrue([.notADatabase(path: path), .corrupt(path: path)].contains(error), "\(error)")
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), bytes)
    }

    func testDamagedPagesAreReportedAsCorruptAndUnchanged() throws {
        let path = folder + "/damaged.sqlite3"
        do {
            let store = try PlannerStore(path: path)
            _ = try SampleVisit.install(in: store)
        }
        // Keep SQLite's 100-byte header, overwrite the rest of the file (schema and data pages).
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        XCTAssertGreaterThan(bytes.count, 4096)
        for index in 100..<bytes.count { bytes[index] = UInt8(truncatingIfNeeded: index &* 31 &+ 7) }
        try bytes.write(to: URL(fileURLWithPath: path))
        try? FileManager.default.removeItem(atPath: path + "-wal")
        try? FileManager.default.removeItem(atPath: path + "-shm")

        let error = try XCTUnwrap(openError(path))
        XCTAssertTrue([.notADatabase(path: path), .corrupt(path: path)].contains(error), "\(error)")
        XCTAssertTrue(error.message.contains(path))
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), bytes)
    }

    func testReadOnlyFileIsRefused() throws {
        let path = folder + "/readonly.sqlite3"
        _ = try PlannerStore(path: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        XCTAssertEqual(openError(path), .readOnly(path: path))
        XCTAssertEqual(try mode(path) & 0o777, 0o444)
    }

    func testErrorsAreSentencesNamingTheFile() {
        for error: PlannerError in [.notADatabase(path: "/a/b"), .corrupt(path: "/a/b"), .readOnly(path: "/a/b"),
                                    .newerSchema(path: "/a/b"), .cannotCreate(path: "/a/b", reason: "disk full")] {
            XCTAssertTrue(error.message.contains("“/a/b”"), error.message)
            XCTAssertEqual(error.description, error.message)
        }
    }
}
