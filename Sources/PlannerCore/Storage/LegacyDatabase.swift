import GRDB

/// Test support: database files as older (or newer) versions of VisitPlanner leave them, so that
/// tests of upgrades and refusals need no GRDB of their own. Not used by the app.
enum LegacyDatabase {
    /// Writes a database at `path` migrated only through `migration` (inclusive), with
    /// `PRAGMA user_version` set as that version wrote it, then runs `sql` (rows to carry over,
    /// or tampering such as a larger user_version). The file is closed on return.
    static func make(at path: String, upTo migration: String, sql: String = "") throws(PlannerError) {
        do {
            let queue = try DatabaseQueue(path: path)
            try Schema.migrator.migrate(queue, upTo: migration)
            try queue.writeWithoutTransaction { db in
                let applied = try Schema.migrator.appliedIdentifiers(db).count
                try db.execute(sql: "PRAGMA user_version = \(applied)")
                if !sql.isEmpty { try db.execute(sql: sql) }
            }
            try queue.close()
        } catch {
            throw PlannerStore.translate(error, path: path)
        }
    }

    /// The migrations applied to the file at `path`, in no particular order; opened without
    /// migrating, for checking a backup.
    static func appliedMigrations(at path: String) throws(PlannerError) -> Set<String> {
        try query(at: path) { db in try Schema.migrator.appliedIdentifiers(db) }
    }

    /// The strings in the first column of `sql`'s rows, read from the file at `path` without migrating.
    static func strings(at path: String, sql: String) throws(PlannerError) -> [String] {
        try query(at: path) { db in try String.fetchAll(db, sql: sql) }
    }

    private static func query<T>(at path: String, _ body: @Sendable (Database) throws -> T) throws(PlannerError) -> T {
        do {
            let queue = try DatabaseQueue(path: path)
            defer { try? queue.close() }
            return try queue.read(body)
        } catch {
            throw PlannerStore.translate(error, path: path)
        }
    }
}
