import Foundation
import XCTest

/// Runs the built `visitplanner` as a subprocess with no display, in a private temporary
/// folder, the way scripts and outside checks drive it.
struct CLIRunner {
    /// What one run produced.
    struct Result {
        let status: Int32
        /// Ended by a signal (then `status` is the signal's number).
        var killed = false
        let stdout: String
        let stderr: String

        /// The lines written to stderr.
        var stderrLines: [Substring] { stderr.split(separator: "\n") }

        /// stdout parsed as one JSON object.
        func json(file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
            let object = try JSONSerialization.jsonObject(with: Data(stdout.utf8))
            return try XCTUnwrap(object as? [String: Any], "stdout is not a JSON object: \(stdout)", file: file, line: line)
        }
    }

    /// A fresh folder, removed by `cleanUp()`.
    let folder: URL

    /// The database of this runner (inside `folder`).
    var databasePath: String { folder.appendingPathComponent("planner.sqlite3").path }

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("visitplanner-cli-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// `visitplanner` beside the test bundle: SwiftPM puts both in the products folder
    /// (`.build/debug/VisitPlannerPackageTests.xctest` and `.build/debug/visitplanner`).
    static let binary: URL = {
        if let override = ProcessInfo.processInfo.environment["VISITPLANNER_BINARY"] {
            return URL(fileURLWithPath: override)
        }
        let testExecutable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        // Walk up: on macOS the executable sits inside the bundle (…xctest/Contents/MacOS/).
        var folder = testExecutable.deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("visitplanner")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return testExecutable.deletingLastPathComponent().appendingPathComponent("visitplanner")
    }()

    /// The package's root folder (the first folder above the binary holding Package.swift).
    static let packageRoot: URL = {
        var folder = binary.resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) { return folder }
            folder = folder.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// Puts the built plugins in `plugins/` beside the binary once per test run, so a plain
    /// `swift test` (not only `make test`) exports with the plugins just built.
    static let stagedPlugins: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [packageRoot.appendingPathComponent("meson-helpers/stage-plugins.sh").path,
                             binary.resolvingSymlinksInPath().deletingLastPathComponent().lastPathComponent]
        process.currentDirectoryURL = packageRoot
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    /// Runs `visitplanner arguments…` in `environment(extra)`.
    func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> Result {
        XCTAssertTrue(Self.stagedPlugins, "meson-helpers/stage-plugins.sh failed")
        return try runProgram(Self.binary, arguments, environment: environment(extra))
    }

    /// What every child gets: DISPLAY and WAYLAND_DISPLAY removed, XDG_DATA_HOME and
    /// XDG_CONFIG_HOME inside the temporary folder (so no run can reach the user's real data or
    /// plugin settings) and the locale pinned to English (`englishLocale`) unless `extra` names a
    /// language; `extra` adds or overrides variables.
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["DISPLAY"] = nil
        environment["WAYLAND_DISPLAY"] = nil
        environment["XDG_DATA_HOME"] = folder.appendingPathComponent("xdg-data").path
        environment["XDG_CONFIG_HOME"] = folder.appendingPathComponent("xdg-config").path
        environment["VISITPLANNER_PLUGIN_PATH"] = nil
        // The child speaks English whatever the machine's locale (a Czech developer's LANG would
        // turn every English assertion red), unless the test names a language itself: then only
        // the test's own locale variables count.
        for key in environment.keys where key == "LANG" || key == "LANGUAGE" || key.hasPrefix("LC_") {
            environment[key] = nil
        }
        if !extra.keys.contains(where: Self.localeVariables.contains) {
            environment.merge(Self.englishLocale) { _, new in new }
        }
        environment.merge(extra) { _, new in new }
        return environment
    }

    /// Runs any program with its output in files (a pipe fills up at 64 KiB and would block a
    /// large JSON document) and no input; `whileRunning` is called once it has started (to kill
    /// it, say).
    func runProgram(_ executable: URL, _ arguments: [String], environment: [String: String],
                    whileRunning: ((Process) -> Void)? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        let id = UUID().uuidString
        let outURL = folder.appendingPathComponent("stdout-\(id)")
        let errURL = folder.appendingPathComponent("stderr-\(id)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        defer {
            try? out.close()
            try? err.close()
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        whileRunning?(process)
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      killed: process.terminationReason == .uncaughtSignal,
                      stdout: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
                      stderr: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
    }

    /// The variables that choose the child's language (gettext's order: LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
    static let localeVariables: Set<String> = ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"]

    /// What every run gets unless its test asks for a language: English, UTF-8.
    static let englishLocale = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]

    /// Runs with this runner's `--database` appended after the other arguments.
    func run(database arguments: String...) throws -> Result {
        try run(arguments + ["--database", databasePath])
    }

    /// A file of the sample visit's spreadsheets (Tests/Fixtures/sample-visit).
    static func fixture(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/sample-visit").appendingPathComponent(name).path
    }
}

/// `arguments` with `--language en` added unless they name languages: the tests that read the
/// English texts of an export (the reader's own language has its own tests).
func english(_ arguments: [String]) -> [String] {
    arguments.contains("--language") ? arguments : arguments + ["--language", "en"]
}
