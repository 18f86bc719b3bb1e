import CSQLiteSession
import Foundation

/// Every row an edit inserted, updated or deleted, in every table, as an SQLite changeset
/// (the session extension's binary format). Recorded by `PlannerStore.recordingChanges`, so
/// undo restores exactly what the edit touched, cascades included (placements of a deleted
/// guest, a household's availability, interpreter assignments of a deleted item…), and redo
/// puts back the same rows with the same ids.
public struct RecordedChanges: Sendable, Hashable {
    /// The changeset; empty when the edit changed nothing.
    let changeset: Data

    init(changeset: Data) { self.changeset = changeset }

    /// No row was changed.
    public var isEmpty: Bool { changeset.isEmpty }

    /// The changes that take these back: inserts become deletes, deletes inserts, updates swap
    /// their old and new values.
    func inverted() throws(PlannerError) -> RecordedChanges {
        if isEmpty { return self }
        return try Self.call { (length, bytes, outLength, out) in
            sqlite3changeset_invert(length, bytes, outLength, out)
        }(changeset)
    }

    /// These changes followed by `later`, as one changeset (a row inserted and then deleted
    /// disappears from it).
    func followed(by later: RecordedChanges) throws(PlannerError) -> RecordedChanges {
        if isEmpty { return later }
        if later.isEmpty { return self }
        var length: Int32 = 0
        var out: UnsafeMutableRawPointer?
        let status = changeset.withUnsafeBytes { first in
            later.changeset.withUnsafeBytes { second in
                sqlite3changeset_concat(Int32(first.count), UnsafeMutableRawPointer(mutating: first.baseAddress),
                                        Int32(second.count), UnsafeMutableRawPointer(mutating: second.baseAddress),
                                        &length, &out)
            }
        }
        return try Self.take(status: status, length: length, out: out)
    }

    private static func call(
        _ body: @escaping (Int32, UnsafeMutableRawPointer?, UnsafeMutablePointer<Int32>, UnsafeMutablePointer<UnsafeMutableRawPointer?>) -> Int32
    ) -> (Data) throws(PlannerError) -> RecordedChanges {
        { (data: Data) throws(PlannerError) -> RecordedChanges in
            var length: Int32 = 0
            var out: UnsafeMutableRawPointer?
            let status = data.withUnsafeBytes { bytes in
                body(Int32(bytes.count), UnsafeMutableRawPointer(mutating: bytes.baseAddress), &length, &out)
            }
            return try take(status: status, length: length, out: out)
        }
    }

    /// Copies a buffer SQLite allocated and frees it.
    static func take(status: Int32, length: Int32, out: UnsafeMutableRawPointer?) throws(PlannerError) -> RecordedChanges {
        defer { sqlite3_free(out) }
        guard status == SQLITE_OK else {
            throw .storage(String(cString: sqlite3_errstr(status)))
        }
        guard let out, length > 0 else { return RecordedChanges(changeset: Data()) }
        return RecordedChanges(changeset: Data(bytes: out, count: Int(length)))
    }
}
