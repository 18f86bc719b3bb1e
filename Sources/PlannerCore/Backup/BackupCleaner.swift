import Foundation
import GRDB

/// Cleans a copy of the database (a backup, or a file kept beside it) of what an erasure or a
/// retention took from the open one: the same `DatabaseScrub`, with `secure_delete` on, then
/// VACUUM, written to a private temporary file that replaces the copy in one rename. A copy
/// that cannot be cleaned (an older schema, a damaged page) is deleted rather than left
/// holding the data.
enum BackupCleaner {
    enum Outcome: Equatable {
        case cleaned
        /// Its bytes never held the person: left as it was.
        case untouched
        /// Could not be cleaned, so it was deleted.
        case deleted
        /// Could neither be cleaned nor deleted.
        case failed
    }

    /// Whether the scrub finds anything to take in the file, read only.
    private static func finds(_ scrub: some DatabaseScrub, in path: String) throws -> Bool {
        var config = Configuration()
        config.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: config)
        defer { try? queue.close() }
        return try queue.read { db in try scrub.finds(in: db) }
    }

    /// Erases one person from the copy.
    static func clean(_ path: String, of person: PersonTraces) -> Outcome {
        clean(path, with: PersonErasure(person: person))
    }

    static func clean(_ path: String, with scrub: some DatabaseScrub) -> Outcome {
        let fm = FileManager.default
        // Neither the bytes (UTF-8) nor a row the scrub finds: nothing to do. The rows too,
        // because a long text can be split across two pages of the file.
        guard scrub.leavesTrace(inFile: path) || (try? finds(scrub, in: path)) == true else { return .untouched }
        let partial = path + ".erasing"
        do {
            try? fm.removeItem(atPath: partial)
            guard fm.createFile(atPath: partial, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw PlannerError.cannotCreate(path: partial, reason: String(cString: strerror(errno)))
            }
            // Through SQLite's backup API, not a file copy: a copy in WAL mode comes whole.
            var readOnly = Configuration()
            readOnly.readonly = true
            let source = try DatabaseQueue(path: path, configuration: readOnly)
            let copy = try DatabaseQueue(path: partial)
            try source.backup(to: copy)
            try source.close()
            try copy.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA journal_mode = DELETE")
                try db.execute(sql: "PRAGMA secure_delete = ON")
                try db.inTransaction {
                    try scrub.apply(db)
                    return .commit
                }
                try db.execute(sql: "VACUUM")
                guard try String.fetchAll(db, sql: "PRAGMA integrity_check(1)") == ["ok"] else {
                    throw PlannerError.corrupt(path: path)
                }
            }
            try copy.close()
            guard !scrub.leavesTrace(inFile: partial) else { throw PlannerError.storage("a trace is left") }
            try fm.setAttributes([.posixPermissions: 0o600], ofItemAtPath: partial)
            guard rename(partial, path) == 0 else {
                throw PlannerError.cannotCreate(path: path, reason: String(cString: strerror(errno)))
            }
            return .cleaned
        } catch {
            try? fm.removeItem(atPath: partial)
            try? fm.removeItem(atPath: partial + "-journal")
            for suffix in ["-wal", "-shm", "-journal"] { try? fm.removeItem(atPath: path + suffix) }
            do {
                try fm.removeItem(atPath: path)
                return .deleted
            } catch {
                return .failed
            }
        }
    }
}
