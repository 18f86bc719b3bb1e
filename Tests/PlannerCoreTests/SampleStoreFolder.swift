import Foundation
@testable import PlannerCore

/// The sample visit in a database file of its own temporary folder, with the backup shelf
/// (under XDG_DATA_HOME) inside that folder too: for tests that look at files and backups.
final class SampleStoreFolder {
    let folder: URL
    private(set) var store: PlannerStore?
    let visitId: Int64
    private let previousDataHome: String?

    init(_ name: String) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        previousDataHome = ProcessInfo.processInfo.environment["XDG_DATA_HOME"]
        setenv("XDG_DATA_HOME", folder.appendingPathComponent("data").path, 1)
        let store = try PlannerStore(path: folder.appendingPathComponent("planner.sqlite3").path)
        visitId = try SampleVisit.install(in: store)
        self.store = store
    }

    /// Closes the store, gives XDG_DATA_HOME back and deletes the folder.
    func remove() {
        store = nil
        if let previousDataHome { setenv("XDG_DATA_HOME", previousDataHome, 1) } else { unsetenv("XDG_DATA_HOME") }
        try? FileManager.default.removeItem(at: folder)
    }
}
