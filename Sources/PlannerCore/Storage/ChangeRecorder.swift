import CSQLiteSession
import Foundation
import GRDB
import Synchronization

/// Collects what the store's writes change while it is bound to the current task
/// (`PlannerStore.recordingChanges`). Task-local rather than a store property, so a write from
/// another thread (an observation, a background import of another window) is never filed
/// under the user's edit.
final class ChangeRecorder: Sendable {
    @TaskLocal static var current: ChangeRecorder?

    private let collected = Mutex(RecordedChanges(changeset: Data()))

    /// Appends the changes of one committed transaction.
    func add(_ changes: RecordedChanges) throws(PlannerError) {
        let before = collected.withLock { $0 }
        let combined = try before.followed(by: changes)
        collected.withLock { $0 = combined }
    }

    var recorded: RecordedChanges { collected.withLock { $0 } }
}

/// An SQLite session on the write connection for the length of one transaction: it sees every
/// row change of every table, also those made by foreign-key cascades and `ON DELETE SET NULL`.
/// (Tables without a primary key are not recorded; every table of the schema has one, and
/// `sqlite_sequence` only remembers the highest id ever used, which undo need not lower.)
final class RowChangeSession {
    private let handle: OpaquePointer

    init(_ db: Database) throws(PlannerError) {
        guard let connection = db.sqliteConnection else { throw .storage("no connection") }
        var session: OpaquePointer?
        let created = sqlite3session_create(connection, "main", &session)
        guard created == SQLITE_OK, let session else {
            throw .storage(String(cString: sqlite3_errstr(created)))
        }
        handle = session
        let attached = sqlite3session_attach(session, nil)
        // On failure deinit deletes the session.
        guard attached == SQLITE_OK else { throw .storage(String(cString: sqlite3_errstr(attached))) }
    }

    /// What the transaction changed so far.
    func changeset() throws(PlannerError) -> RecordedChanges {
        var length: Int32 = 0
        var out: UnsafeMutableRawPointer?
        let status = sqlite3session_changeset(handle, &length, &out)
        return try RecordedChanges.take(status: status, length: length, out: out)
    }

    deinit { sqlite3session_delete(handle) }
}
