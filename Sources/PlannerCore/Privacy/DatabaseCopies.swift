import Foundation

/// A copy of the database that holds the same people: what an erasure must clean too.
public struct DatabaseCopy: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// One of the rolling backups in the XDG data folder (`BackupShelf`).
        case backup
        /// `<database>.before-restore-<date-time>`, kept by a restore.
        case keptBeforeRestore
        /// `<database>.bak-<version>`, kept before a schema upgrade.
        case keptBeforeUpgrade
    }

    public let path: String
    public let kind: Kind
}

/// Every copy of one database file VisitPlanner itself makes: the backups on the shelf, and
/// the files beside the database (BackupShelf and DatabaseFile name them).
struct DatabaseCopies {
    /// SQLite files an erasure opens and cleans.
    let cleanable: [DatabaseCopy]
    /// `<database>.damaged-<date-time>` and its -wal/-shm: kept untouched for recovery by hand.
    let damaged: [String]

    init(databasePath: String, shelf: BackupShelf) {
        let absolute = URL(fileURLWithPath: databasePath).standardizedFileURL.path
        let folder = (absolute as NSString).deletingLastPathComponent
        let name = (absolute as NSString).lastPathComponent
        var cleanable = shelf.list().map { DatabaseCopy(path: $0.path, kind: .backup) }
        var damaged: [String] = []
        let beside = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        for file in beside where file.hasPrefix(name + ".") {
            let path = "\(folder)/\(file)"
            let rest = String(file.dropFirst(name.count + 1))
            if rest.hasPrefix("damaged-") {
                damaged.append(path)
            } else if ["-wal", "-shm", "-journal", ".partial", ".erasing", ".restoring"].contains(where: rest.hasSuffix) {
                continue   // SQLite's side files and our own half-written ones
            } else if rest.hasPrefix("before-restore-") {
                cleanable.append(DatabaseCopy(path: path, kind: .keptBeforeRestore))
            } else if rest.hasPrefix("bak-") {
                cleanable.append(DatabaseCopy(path: path, kind: .keptBeforeUpgrade))
            }
        }
        self.cleanable = cleanable
        self.damaged = damaged
    }

    /// An in-memory database has no copies.
    init() {
        cleanable = []
        damaged = []
    }
}
