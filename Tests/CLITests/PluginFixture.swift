import Foundation
import XCTest

/// Builds the plugins of `Tests/PluginFixtures/` the way a third party would (docs/plugins.md):
/// `swiftc -emit-library` against the build tree's PlannerCore module and libPlannerCore.so,
/// then lays each out as a plugin folder (`<id>.plugin` + `lib<Module>.so`).
enum PluginFixture {
    /// The products folder of this build (`.build/debug`).
    static var binFolder: URL { CLIRunner.binary.resolvingSymlinksInPath().deletingLastPathComponent() }

    /// Compiles fixture `name` (its folder in Tests/PluginFixtures) into `folder/<id>/`;
    /// returns that plugin folder. `metadata` replaces the fixture's `.plugin` text.
    @discardableResult
    static func build(_ name: String, into folder: URL, metadata: String? = nil,
                      file: StaticString = #filePath, line: UInt = #line) throws -> URL {
        let source = CLIRunner.packageRoot.appendingPathComponent("Tests/PluginFixtures/\(name)")
        let files = try FileManager.default.contentsOfDirectory(atPath: source.path)
        let metadataName = try XCTUnwrap(files.first { $0.hasSuffix(".plugin") }, "no .plugin in \(source.path)", file: file, line: line)
        let id = String(metadataName.dropLast(".plugin".count))
        let target = folder.appendingPathComponent(id)
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        let text = try metadata ?? String(contentsOf: source.appendingPathComponent(metadataName), encoding: .utf8)
        try text.write(to: target.appendingPathComponent(metadataName), atomically: true, encoding: .utf8)
        let module = name
        let swiftFiles = files.filter { $0.hasSuffix(".swift") }.map { source.appendingPathComponent($0).path }
        let grdbSQLite = CLIRunner.packageRoot.appendingPathComponent(".build/checkouts/GRDB.swift/Sources/GRDBSQLite").path
        let sessionModule = CLIRunner.packageRoot.appendingPathComponent("Sources/PlannerCore/CSQLiteSession").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swiftc", "-emit-library", "-parse-as-library", "-module-name", module,
                             "-I", binFolder.appendingPathComponent("Modules").path, "-I", grdbSQLite, "-I", sessionModule,
                             "-L", binFolder.path, "-lPlannerCore",
                             "-o", target.appendingPathComponent("lib\(module).so").path] + swiftFiles
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "swiftc failed: \(message)", file: file, line: line)
        return target
    }
}
