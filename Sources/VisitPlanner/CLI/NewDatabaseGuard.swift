import Foundation
import Synchronization

/// Remembers a database file this run created, so that a failed command can take it back:
/// `people list --visit X --database typo.sqlite3` must not leave a new empty database behind
/// ("a failed command changes nothing").
enum NewDatabaseGuard {
    private static let created = Mutex<String?>(nil)

    /// Call before opening `path`: records it when it does not exist yet.
    static func noteOpening(_ path: String) {
        guard !FileManager.default.fileExists(atPath: path) else { return }
        created.withLock { $0 = path }
    }

    /// Removes the file recorded by `noteOpening` and SQLite's companions. Call only once the
    /// store is released (the command has returned).
    static func undoCreation() {
        guard let path = created.withLock({ $0 }) else { return }
        for file in [path, path + "-wal", path + "-shm"] {
            try? FileManager.default.removeItem(atPath: file)
        }
    }
}
