import Foundation
import GRDB

/// The rolling backups of one database file, kept in the XDG data folder:
/// `$XDG_DATA_HOME/visitplanner/backups/<file name>-<hash of its path>/<date-time>.sqlite3`,
/// folder 0700 and files 0600 like the database (they hold the same minors' data).
public struct BackupShelf: Sendable {
    /// How many are kept; the oldest go first.
    public static let kept = 7

    public let databasePath: String
    public let folder: String

    public init(databasePath: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        let absolute = URL(fileURLWithPath: databasePath).standardizedFileURL.path
        self.databasePath = absolute
        let dataFolder = (DatabaseFile.defaultPath(environment: environment) as NSString).deletingLastPathComponent
        let name = (absolute as NSString).lastPathComponent
        folder = "\(dataFolder)/backups/\(name)-\(Self.hash(absolute))"
    }

    /// Newest first.
    public func list() -> [DatabaseBackup] {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: folder) else { return [] }
        return names.compactMap { name -> DatabaseBackup? in
            guard name.hasSuffix(".sqlite3") else { return nil }
            let id = String(name.dropLast(".sqlite3".count))
            guard let date = Self.stamp.date(from: id) else { return nil }
            let path = "\(folder)/\(name)"
            let size = (try? fm.attributesOfItem(atPath: path)[.size] as? NSNumber)?.int64Value ?? 0
            return DatabaseBackup(id: id, path: path, date: date, size: size)
        }
        .sorted { $0.date > $1.date }
    }

    /// The backup of that id, or the newest one that passes SQLite's integrity check.
    public func find(_ id: String?) throws(PlannerError) -> DatabaseBackup {
        let all = list()
        if let id {
            guard let backup = all.first(where: { $0.id == id }) else { throw .notFound(.backup, key: id) }
            return backup
        }
        guard let newest = all.first(where: { IntegrityCheck.full(path: $0.path) }) else { throw .noBackup(path: databasePath) }
        return newest
    }

    /// Whether a backup was already taken today (local time): backups are at most daily.
    public func hasBackup(on day: Date, calendar: Calendar = .current) -> Bool {
        list().contains { calendar.isDate($0.date, inSameDayAs: day) }
    }

    /// Copies the open database through SQLite's backup API (a consistent snapshot, whatever
    /// the window is doing) into a new backup, then keeps only the newest `kept`.
    @discardableResult
    public func take(of store: PlannerStore, now: Date = Date()) throws(PlannerError) -> DatabaseBackup {
        let fm = FileManager.default
        let id = Self.stamp.string(from: now)
        let target = "\(folder)/\(id).sqlite3"
        let partial = target + ".partial"
        do {
            try fm.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try? fm.removeItem(atPath: partial)
            // Created 0600 before SQLite writes a byte into it.
            guard fm.createFile(atPath: partial, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw PlannerError.cannotCreate(path: partial, reason: String(cString: strerror(errno)))
            }
            let copy = try DatabaseQueue(path: partial)
            try store.writer.backup(to: copy)
            // A single file, readable alone: no -wal beside it.
            try copy.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = DELETE") }
            try copy.close()
            if fm.fileExists(atPath: target) { try fm.removeItem(atPath: target) }
            try fm.moveItem(atPath: partial, toPath: target)
        } catch {
            try? fm.removeItem(atPath: partial)
            throw PlannerStore.translate(error, path: target)
        }
        for old in list().dropFirst(Self.kept) { try? fm.removeItem(atPath: old.path) }
        let size = (try? fm.attributesOfItem(atPath: target)[.size] as? NSNumber)?.int64Value ?? 0
        return DatabaseBackup(id: id, path: target, date: now, size: size)
    }

    /// Puts a backup in place of a database file that cannot be opened (damaged): the file and
    /// its -wal/-shm are moved aside, never deleted, and the backup is copied in (0600).
    /// Returns where the damaged file went.
    @discardableResult
    public func replaceDamagedFile(with backup: DatabaseBackup, now: Date = Date()) throws(PlannerError) -> String {
        let fm = FileManager.default
        let aside = "\(databasePath).damaged-\(Self.stamp.string(from: now))"
        do {
            guard IntegrityCheck.full(path: backup.path) else { throw PlannerError.corrupt(path: backup.path) }
            if fm.fileExists(atPath: databasePath) { try fm.moveItem(atPath: databasePath, toPath: aside) }
            for suffix in ["-wal", "-shm"] where fm.fileExists(atPath: databasePath + suffix) {
                try fm.moveItem(atPath: databasePath + suffix, toPath: aside + suffix)
            }
            let partial = databasePath + ".restoring"
            try? fm.removeItem(atPath: partial)
            try fm.copyItem(atPath: backup.path, toPath: partial)
            try fm.setAttributes([.posixPermissions: 0o600], ofItemAtPath: partial)
            try fm.moveItem(atPath: partial, toPath: databasePath)
        } catch {
            throw PlannerStore.translate(error, path: databasePath)
        }
        return aside
    }

    /// "2026-12-04-183012", in local time: sorts by date and reads as one.
    static let stamp: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd-HHmmss"
        return formatter
    }()

    /// FNV-1a of the path: two databases with the same file name get different folders.
    private static func hash(_ text: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return String(value >> 32, radix: 16)
    }
}

extension PlannerStore {
    /// The rolling backups of this database.
    public var backups: BackupShelf { BackupShelf(databasePath: path) }

    /// Takes today's backup unless there is one already; what the window does when it opens.
    @discardableResult
    public func takeDailyBackup(now: Date = Date()) throws(PlannerError) -> DatabaseBackup? {
        guard path != ":memory:" else { return nil }
        let shelf = backups
        if shelf.hasBackup(on: now) { return nil }
        return try shelf.take(of: self, now: now)
    }

    /// Where `restore(_:now:)` started at `now` keeps the current content, for the confirmation
    /// to name it before it is written.
    public func pathKeptBeforeRestore(at now: Date) -> String {
        "\(URL(fileURLWithPath: path).standardizedFileURL.path).before-restore-\(BackupShelf.stamp.string(from: now))"
    }

    /// Replaces the open database's content with a backup's, through SQLite's backup API (the
    /// window's observations see the change). The current content is first copied aside, to
    /// `<database>.before-restore-<date-time>`, so a restore can itself be undone by hand.
    /// Returns that path.
    @discardableResult
    public func restore(_ backup: DatabaseBackup, now: Date = Date()) throws(PlannerError) -> String {
        guard IntegrityCheck.full(path: backup.path) else { throw .corrupt(path: backup.path) }
        let aside = pathKeptBeforeRestore(at: now)
        let fm = FileManager.default
        do {
            guard fm.createFile(atPath: aside, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw PlannerError.cannotCreate(path: aside, reason: String(cString: strerror(errno)))
            }
            let current = try DatabaseQueue(path: aside)
            try writer.backup(to: current)
            try current.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = DELETE") }
            try current.close()
            var config = Configuration()
            config.readonly = true
            let source = try DatabaseQueue(path: backup.path, configuration: config)
            try source.backup(to: writer)
            try source.close()
            try writer.write { try $0.notifyChanges(in: .fullDatabase) }
        } catch {
            throw Self.translate(error, path: path)
        }
        return aside
    }
}
