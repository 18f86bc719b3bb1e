import Foundation
import XCTest

/// Who may read exported files: private like the database by default (files 0600, the folders
/// an export creates 0700), readable by other users of the computer with `--shared-permissions`
/// (0644 and 0755). PDF and CSV, one file and an `--each-person` batch; the modes do not depend
/// on the caller's umask, and replacing a file that others could read makes it private.
final class ExportPermissionsTests: XCTestCase {
    private var cli: CLIRunner!
    private let sample = "Ascension meeting 2027"

    override func setUpWithError() throws {
        cli = try CLIRunner()
        XCTAssertEqual(try cli.run(database: "demo").status, 0)
    }

    override func tearDown() { cli.cleanUp() }

    private func path(_ name: String) -> String { cli.folder.appendingPathComponent(name).path }

    private func export(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try cli.run(["export", "--visit", sample] + arguments + ["--database", cli.databasePath])
        XCTAssertEqual(result.status, 0, result.stderr, file: file, line: line)
    }

    /// The permission bits of `path`.
    private func mode(_ path: String, file: StaticString = #filePath, line: UInt = #line) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return try XCTUnwrap(attributes[.posixPermissions] as? Int, file: file, line: line) & 0o7777
    }

    private func octal(_ mode: Int) -> String { String(mode, radix: 8) }

    private func assertMode(_ path: String, _ expected: Int, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(octal(try mode(path, file: file, line: line)), octal(expected), path, file: file, line: line)
    }

    /// The batch's files, each checked, and how many there were.
    @discardableResult
    private func assertBatch(_ folder: String, files expected: Int, folderMode: Int,
                             file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
        try assertMode(folder, folderMode, file: file, line: line)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        XCTAssertFalse(names.isEmpty, file: file, line: line)
        for name in names { try assertMode(folder + "/" + name, expected, file: file, line: line) }
        return names
    }

    func testFilesArePrivateByDefault() throws {
        try export(["--format", "csv-participants", "--output", path("people.csv")])
        try assertMode(path("people.csv"), 0o600)
        try export(["--format", "pdf-programme", "--output", path("programme.pdf")])
        try assertMode(path("programme.pdf"), 0o600)
        try export(["--format", "pdf-booklet", "--each-person", "--output", path("booklets")])
        let names = try assertBatch(path("booklets"), files: 0o600, folderMode: 0o700)
        XCTAssertEqual(names.count, 41, "a booklet per guest")
        XCTAssertTrue(names.allSatisfy { $0.hasSuffix(".pdf") })
        // Folders the export creates on the way are private too.
        try export(["--format", "csv-placements", "--output", path("new/folder/placements.csv")])
        try assertMode(path("new"), 0o700)
        try assertMode(path("new/folder"), 0o700)
        try assertMode(path("new/folder/placements.csv"), 0o600)
        XCTAssertFalse(try FileManager.default.contentsOfDirectory(atPath: cli.folder.path).contains { $0.hasPrefix(".visitplanner-export-") },
                       "no staging folder left")
    }

    func testSharedPermissionsLetOthersRead() throws {
        try export(["--format", "csv-participants", "--output", path("people.csv"), "--shared-permissions"])
        try assertMode(path("people.csv"), 0o644)
        try export(["--format", "pdf-programme", "--output", path("programme.pdf"), "--shared-permissions"])
        try assertMode(path("programme.pdf"), 0o644)
        try export(["--format", "pdf-booklet", "--each-person", "--output", path("booklets"), "--shared-permissions"])
        try assertBatch(path("booklets"), files: 0o644, folderMode: 0o755)
        // A folder that exists keeps its mode.
        try FileManager.default.createDirectory(atPath: path("mine"), withIntermediateDirectories: false,
                                                attributes: [.posixPermissions: 0o750])
        try export(["--format", "pdf-booklet", "--each-person", "--output", path("mine"), "--shared-permissions"])
        try assertBatch(path("mine"), files: 0o644, folderMode: 0o750)
    }

    func testReplacingASharedFileMakesItPrivate() throws {
        try export(["--format", "csv-participants", "--output", path("people.csv"), "--shared-permissions"])
        try assertMode(path("people.csv"), 0o644)
        try export(["--format", "csv-participants", "--output", path("people.csv")])
        try assertMode(path("people.csv"), 0o600)
        try export(["--format", "pdf-booklet", "--each-person", "--output", path("booklets"), "--shared-permissions"])
        try export(["--format", "pdf-booklet", "--each-person", "--output", path("booklets")])
        try assertBatch(path("booklets"), files: 0o600, folderMode: 0o755)
    }

    /// A caller with umask 000 (every file it creates open to all) still gets private files:
    /// the modes are set, not left to the umask.
    func testModesDoNotDependOnTheUmask() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "umask 000 && exec \"$0\" \"$@\"", CLIRunner.binary.path,
                             "export", "--visit", sample, "--format", "pdf-booklet", "--each-person", "--output", path("open"),
                             "--database", cli.databasePath]
        var environment = ProcessInfo.processInfo.environment
        environment["DISPLAY"] = nil
        environment["XDG_CONFIG_HOME"] = cli.folder.appendingPathComponent("xdg-config").path
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        try assertBatch(path("open"), files: 0o600, folderMode: 0o700)
    }

    func testTheOptionIsDocumentedInHelp() throws {
        let help = try cli.run(["export", "--help"], environment: ["LANGUAGE": "en", "LC_ALL": "C.UTF-8"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("--shared-permissions"), help.stdout)
        XCTAssertTrue(help.stdout.contains("0600"), help.stdout)
    }
}
