import CSQLiteSession
import Foundation
import GRDB

extension PlannerStore {
    /// Runs `body`, any number of store calls, and returns its result with every row those
    /// calls changed, in every table: what `revert` takes back and `reapply` puts back.
    /// A recording inside another one also counts for the outer one.
    public func recordingChanges<T>(_ body: () throws -> T) throws -> (T, RecordedChanges) {
        let outer = ChangeRecorder.current
        let recorder = ChangeRecorder()
        let result = try ChangeRecorder.$current.withValue(recorder) { try body() }
        let changes = recorder.recorded
        try outer?.add(changes)
        return (result, changes)
    }

    /// Takes back recorded changes: every inserted row is deleted, every deleted row comes back
    /// with its id, every updated column gets its old value. Refused with `.changedSince`, and
    /// nothing changed, when a row they touched was changed meanwhile.
    public func revert(_ changes: RecordedChanges) throws(PlannerError) {
        try apply(changes.inverted())
    }

    /// Puts back changes that `revert` took back (redo), with the same ids.
    public func reapply(_ changes: RecordedChanges) throws(PlannerError) {
        try apply(changes)
    }

    private func apply(_ changes: RecordedChanges) throws(PlannerError) {
        guard !changes.isEmpty else { return }
        do {
            try writer.writeWithoutTransaction { db in
                // The changeset already holds every row the edit touched, cascaded ones included:
                // with foreign keys on, deleting a row it re-inserted children for would cascade
                // a second time. So it is applied with them off, and checked once at the end.
                try db.execute(sql: "PRAGMA foreign_keys = OFF")
                defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
                try db.inTransaction {
                    try ChangesetApplier.apply(changes, to: db)
                    if try Row.fetchOne(db, sql: "PRAGMA foreign_key_check") != nil {
                        throw PlannerError.changedSince
                    }
                    // The session extension writes behind GRDB's back: tell the observers.
                    try db.notifyChanges(in: .fullDatabase)
                    return .commit
                }
            }
        } catch {
            throw Self.translate(error, path: path)
        }
    }
}

/// `sqlite3changeset_apply` with a conflict handler that stops at the first row that is not as
/// the changeset expects (changed, gone, or already there).
private enum ChangesetApplier {
    final class Conflicts { var count = 0 }

    static func apply(_ changes: RecordedChanges, to db: Database) throws {
        guard let connection = db.sqliteConnection else { throw PlannerError.storage("no connection") }
        let conflicts = Conflicts()
        let status = withExtendedLifetime(conflicts) {
            changes.changeset.withUnsafeBytes { bytes in
                sqlite3changeset_apply(
                    connection, Int32(bytes.count), UnsafeMutableRawPointer(mutating: bytes.baseAddress),
                    nil,
                    { context, _, _ in
                        Unmanaged<Conflicts>.fromOpaque(context!).takeUnretainedValue().count += 1
                        return SQLITE_CHANGESET_ABORT
                    },
                    Unmanaged.passUnretained(conflicts).toOpaque())
            }
        }
        if conflicts.count > 0 || status == SQLITE_ABORT { throw PlannerError.changedSince }
        guard status == SQLITE_OK else { throw PlannerError.storage(String(cString: sqlite3_errstr(status))) }
    }
}
