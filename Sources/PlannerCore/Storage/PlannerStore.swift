import Foundation
import GRDB
import Synchronization

/// The one owner of the database. Every read and write of the app, the CLI and the importers
/// goes through here; plugins never see it (they get a `VisitSnapshot`).
///
/// Each method is one transaction: it either stores everything or nothing, and a committed
/// change survives a crash of the app (WAL, synchronous=NORMAL).
public final class PlannerStore: Sendable {
    /// The database file, or ":memory:".
    public let path: String
    let writer: any DatabaseWriter
    /// Watches for commits by other processes, once the window asks for it (the CLI never does:
    /// the watcher's extra connection would keep SQLite from folding the WAL back on close).
    let externalChanges = Mutex<ExternalChangeWatcher?>(nil)

    /// The default database of the current user: `$XDG_DATA_HOME/visitplanner/planner.sqlite3`.
    public static var defaultPath: String { DatabaseFile.defaultPath() }

    /// Opens (creating it if needed) the database at `path`, upgrading an older schema after a
    /// backup to `<path>.bak-<old version>`.
    public init(path: String) throws(PlannerError) {
        self.path = path
        try DatabaseFile.prepare(path: path)
        guard DatabaseFile.looksLikeSQLite(path: path) else { throw .notADatabase(path: path) }
        do {
            try Self.refuseNewerSchema(path: path)
            // A garbled page must not be met halfway through an edit, nor be written to.
            if case .damaged = IntegrityCheck.quick(path: path) { throw PlannerError.corrupt(path: path) }
            let pool = try DatabasePool(path: path, configuration: Self.configuration)
            try Self.migrate(pool, path: path)
            writer = pool
        } catch let error as PlannerError {
            throw error
        } catch {
            throw Self.translate(error, path: path)
        }
    }

    /// A private in-memory database, for tests and benchmarks.
    public init(inMemory: Void = ()) throws(PlannerError) {
        path = ":memory:"
        do {
            let queue = try DatabaseQueue(configuration: Self.configuration)
            try Schema.migrator.migrate(queue)
            writer = queue
        } catch {
            throw Self.translate(error, path: path)
        }
    }

    static var configuration: Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(5)
        config.prepareDatabase { db in
            // NORMAL in WAL mode loses no committed transaction when the app crashes.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        return config
    }

    /// Checks the schema through a read-only connection before the pool opens the file: a
    /// DatabasePool switches the file to WAL mode at once, and a file we refuse (written by a
    /// newer version, or damaged) must stay exactly as it was.
    private static func refuseNewerSchema(path: String) throws {
        var config = Configuration()
        config.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: config)
        defer { try? queue.close() }
        let (superseded, userVersion) = try queue.read { db in
            (try Schema.migrator.hasBeenSuperseded(db), try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0)
        }
        if superseded || userVersion > Schema.version { throw PlannerError.newerSchema(path: path) }
    }

    private static func migrate(_ pool: DatabasePool, path: String) throws {
        let migrator = Schema.migrator
        let (applied, superseded) = try pool.read { db in
            (try migrator.appliedIdentifiers(db).count, try migrator.hasBeenSuperseded(db))
        }
        let userVersion = try pool.read { try Int.fetchOne($0, sql: "PRAGMA user_version") ?? 0 }
        if superseded || userVersion > Schema.version { throw PlannerError.newerSchema(path: path) }
        if applied > 0 && applied < Schema.version {
            _ = try pool.writeWithoutTransaction { try $0.checkpoint(.truncate) }
            try DatabaseFile.backup(path: path, schemaVersion: applied)
        }
        try migrator.migrate(pool)
        // The reader that checked the migrations above knows the old columns: a `SELECT *` it
        // prepares next would decode rows against them ("column not found"). Readers start afresh.
        if applied < Schema.version { pool.invalidateReadOnlyConnections() }
        // Written only when it changes: opening a current file to read it writes nothing.
        if userVersion != Schema.version {
            try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA user_version = \(Schema.version)") }
        }
    }

    /// Maps SQLite's failures to the sentences a user can act on.
    static func translate(_ error: any Error, path: String) -> PlannerError {
        if let error = error as? PlannerError { return error }
        if let error = error as? ValidationFailure { return .invalid(error) }
        if let error = error as? DatabaseError {
            switch error.resultCode {
            case .SQLITE_NOTADB: return .notADatabase(path: path)
            case .SQLITE_CORRUPT: return .corrupt(path: path)
            case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM: return .readOnly(path: path)
            default: return .storage(error.message ?? "\(error.resultCode)")
            }
        }
        return .storage(String(describing: error))
    }

    /// Runs a write transaction, translating errors. Inside `recordingChanges` it also records
    /// every row the transaction changes, for undo.
    func write<T>(_ body: @Sendable (Database) throws -> T) throws(PlannerError) -> T {
        do {
            guard let recorder = ChangeRecorder.current else { return try writer.write(body) }
            let (result, changes) = try writer.write { db in
                let session = try RowChangeSession(db)
                let result = try body(db)
                return (result, try session.changeset())
            }
            try recorder.add(changes)
            return result
        } catch {
            throw Self.translate(error, path: path)
        }
    }

    /// Runs a read, translating errors.
    func read<T>(_ body: @Sendable (Database) throws -> T) throws(PlannerError) -> T {
        do { return try writer.read(body) } catch { throw Self.translate(error, path: path) }
    }

    /// The schema version of the open file (number of applied migrations).
    public func schemaVersion() throws(PlannerError) -> Int {
        try read { try Schema.migrator.appliedIdentifiers($0).count }
    }
}
