import GRDB

/// Notices commits made by other processes (the CLI, a second tool) on the same file.
///
/// GRDB's observations see only the writes of their own connection pool. SQLite's
/// `PRAGMA data_version` changes, on a given connection, whenever another connection has
/// committed; a dedicated read-only connection asks it, and on a change the store tells GRDB that
/// the whole database may have changed, which re-runs every observation.
final class ExternalChangeWatcher: @unchecked Sendable {
    // Used from one thread at a time (the window's file monitor); DatabaseQueue serialises anyway.
    private let probe: DatabaseQueue
    private var lastVersion: Int?

    init(path: String) throws {
        var config = Configuration()
        config.readonly = true
        probe = try DatabaseQueue(path: path, configuration: config)
        lastVersion = try currentVersion()
    }

    private func currentVersion() throws -> Int {
        try probe.inDatabase { try Int.fetchOne($0, sql: "PRAGMA data_version") ?? 0 }
    }

    /// True when another connection committed since the previous call.
    func hasChanged() throws -> Bool {
        let version = try currentVersion()
        defer { lastVersion = version }
        return lastVersion != version
    }
}

extension PlannerStore {
    /// Starts noticing commits by other processes (from now on); see `refreshIfChangedElsewhere`.
    public func watchExternalChanges() {
        guard path != ":memory:" else { return }
        externalChanges.withLock { watcher in
            if watcher == nil { watcher = try? ExternalChangeWatcher(path: path) }
        }
    }

    /// Re-runs the observations when another process has changed the database since the last
    /// call (one `PRAGMA data_version`: cheap enough for every change of the file). Returns whether it did.
    @discardableResult
    public func refreshIfChangedElsewhere() -> Bool {
        guard let watcher = externalChanges.withLock({ $0 }), (try? watcher.hasChanged()) == true else { return false }
        _ = try? writer.write { try $0.notifyChanges(in: .fullDatabase) }
        return true
    }
}
