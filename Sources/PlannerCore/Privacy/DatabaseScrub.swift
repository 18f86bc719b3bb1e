import Foundation
import GRDB

/// Something taken out of a database in the same way in the open file and in each copy of it
/// (`BackupCleaner`): erasing one person, or applying a visit's retention.
protocol DatabaseScrub: Sendable {
    /// Whether the database holds anything to take away. Read only.
    func finds(in db: Database) throws -> Bool
    /// Takes it away, inside the caller's transaction.
    func apply(_ db: Database) throws
    /// Whether the raw bytes of the file at `path` still hold a value it took away.
    func leavesTrace(inFile path: String) -> Bool
}

/// Erasing one person: the `ErasureScan` of their traces.
struct PersonErasure: DatabaseScrub {
    let person: PersonTraces

    func finds(in db: Database) throws -> Bool { !(try ErasureScan(person: person).edits(in: db)).isEmpty }
    func apply(_ db: Database) throws { _ = try ErasureScan.apply(try ErasureScan(person: person).edits(in: db), db) }
    func leavesTrace(inFile path: String) -> Bool { person.mentioned(inFile: path) }
}
