import Foundation
import GRDB

extension PlannerStore {
    /// The participant named by `people erase --person P` without `--visit`: an id, or an exact
    /// full name that only one visit has.
    public func findParticipantInAnyVisit(_ key: String) throws(PlannerError) -> Participant {
        let matches: [Participant] = try read { db in
            if let id = Int64(key), let byId = try Participant.fetchOne(db, key: id) { return [byId] }
            return try Participant.fetchAll(db).filter { $0.fullName == key }
        }
        guard let first = matches.first else { throw .notFound(.participant, key: key) }
        guard matches.count == 1 else { throw .ambiguous(.participant, key: key) }
        return first
    }

    /// What erasing the participant would take away, here and in the database's copies.
    /// Writes nothing.
    public func erasurePlan(forParticipant id: Int64) throws(PlannerError) -> ErasurePlan {
        let files = copies
        return try read { db in
            let participant = try Participant.fetchExisting(db, key: id, what: .participant)
            let title = try String.fetchOne(db, sql: "SELECT title FROM visit WHERE id = ?", arguments: [participant.visitId]) ?? ""
            let person = PersonTraces(participant)
            let counts = ErasureScan.counts(try ErasureScan(person: person).edits(in: db))
            return ErasurePlan(person: person, visitId: participant.visitId, visitTitle: title, counts: counts, files: files)
        }
    }

    /// Erases the person of `plan` irreversibly: one transaction with `secure_delete` on (freed
    /// space is overwritten with zeros), then VACUUM (no free page or free cell keeps an older
    /// version of a row) and a TRUNCATE checkpoint (the write-ahead log is emptied); then each
    /// copy of the database is cleaned the same way or deleted.
    ///
    /// Never recorded for Undo, even inside `recordingChanges`: it goes around `write`. The
    /// window clears its Undo history afterwards, since older entries hold the old rows.
    public func erase(_ plan: ErasurePlan) throws(PlannerError) -> ErasureReport {
        let person = plan.person
        let counts: [ErasureKind: Int]
        do {
            counts = try writer.writeWithoutTransaction { db in
                // For this connection, back to what it was afterwards (SQLite's build may default to on).
                let previous = try Int.fetchOne(db, sql: "PRAGMA secure_delete") ?? 0
                try db.execute(sql: "PRAGMA secure_delete = ON")
                defer { try? db.execute(sql: "PRAGMA secure_delete = \(previous)") }
                var counts: [ErasureKind: Int] = [:]
                try db.inTransaction {
                    // The same person as confirmed: an id reused or a record gone says stop.
                    guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM participant WHERE id = ? AND uuid = ?",
                                           arguments: [person.participantId, person.uuid]) == 1 else {
                        throw PlannerError.notFound(.participant, key: person.fullName)
                    }
                    counts = try ErasureScan.apply(try ErasureScan(person: person).edits(in: db), db)
                    return .commit
                }
                try db.execute(sql: "VACUUM")
                // A reader of another window may hold the log for a moment; its pages are then
                // named in the report's residue.
                _ = try? db.checkpoint(.truncate)
                return counts
            }
        } catch {
            throw Self.translate(error, path: path)
        }
        let cleaning = CopiesCleaning(copies.cleanable, with: PersonErasure(person: person))
        let residue = path == ":memory:" ? [] : [path, path + "-wal"].filter(person.mentioned(inFile:))
        return ErasureReport(plan: plan, items: ErasurePlan.Item.list(counts), copies: cleaning, residue: residue)
    }

    /// The copies of this database that hold the same people.
    var copies: DatabaseCopies {
        path == ":memory:" ? DatabaseCopies() : DatabaseCopies(databasePath: path, shelf: backups)
    }
}
