import Foundation
import GRDB

extension PlannerStore {
    /// Writes a preview's rows in ONE transaction: all of them or, on any failure, nothing.
    /// Refuses a preview with errors or unaccepted warnings (skip those rows or accept them).
    /// The mapping is remembered for files with the same columns. Returns the receipt for Undo.
    @discardableResult
    public func runImport(_ preview: ImportPreview, today: CalendarDate = .today()) throws(ImportError) -> ImportReceipt {
        if let problem = preview.fileProblems.first(where: { $0.severity == .error }) {
            throw .invalidMapping(problem.message)
        }
        guard preview.errorCount == 0 else { throw .rowsHaveErrors(count: preview.errorCount) }
        guard preview.unacceptedWarningCount == 0 else { throw .unacceptedWarnings(count: preview.unacceptedWarningCount) }
        if preview.needsTownConfirmation {
            let rows = preview.originWarnings.reduce(0) { $0 + $1.rows.count }
            throw .townNotConfirmed(count: rows, detail: preview.originWarnings.map(\.message).joined(separator: " "))
        }
        do {
            var (receipt, changes) = try recordingChanges {
                try write { db in
                    guard try Visit.exists(db, key: preview.visitId) else {
                        throw PlannerError.notFound(.visit, key: String(preview.visitId))
                    }
                    let receipt = switch preview.kind {
                    case .participants: try Self.importParticipants(preview, today: today, db)
                    case .households: try Self.importHouseholds(preview, today: today, db)
                    }
                    if case .spreadsheet = preview.source { try Self.remember(preview.mapping, db) }
                    return receipt
                }
            }
            receipt.changes = changes
            return receipt
        } catch {
            throw .store(Self.translate(error, path: path))
        }
    }

    private static func importParticipants(_ preview: ImportPreview, today: CalendarDate, _ db: Database) throws -> ImportReceipt {
        var inserted: [Int64] = []
        var previous: [Participant] = []
        var skipped = 0
        // Row index → the id its person has after the import (for "stay together with").
        var ids: [Int: Int64] = [:]
        var linked: [(index: Int, participant: Participant)] = []
        var everyone = Set(try Int64.fetchAll(db, sql: "SELECT id FROM participant WHERE visitId = ?", arguments: [preview.visitId]))
        let source = preview.recordSource(on: today)
        func validated(_ participant: Participant) throws -> Participant {
            let issues = participant.validate(today: today, others: everyone)
            guard issues.isEmpty else { throw PlannerError.invalid(ValidationFailure(issues)) }
            var clean = participant
            clean.givenName = ImportText.trim(clean.givenName)
            clean.familyName = ImportText.trim(clean.familyName)
            return clean
        }
        for (index, row) in preview.rows.enumerated() {
            guard row.willBeWritten, var participant = row.participant else {
                skipped += 1
                // A stored person the user kept as is can still be linked to.
                if let existing = row.existingId, !row.hasErrors { ids[index] = existing }
                continue
            }
            participant.visitId = preview.visitId
            if let existingId = row.existingId, row.action == .update {
                let old = try Participant.fetchExisting(db, key: existingId, what: .participant)
                previous.append(old)
                participant = try validated(ParticipantMerge.merged(participant, into: old, preview: preview))
                // The record keeps where it first came from; this import is its latest update.
                participant.source = old.source
                participant.lastUpdateSource = source
                try participant.update(db)
            } else {
                participant.id = nil
                // Added as another person: never the stored one's identity.
                if row.existingId != nil { participant.uuid = UUID().uuidString.lowercased() }
                participant.source = source
                participant.lastUpdateSource = nil
                participant = try validated(participant)
                try participant.insert(db)
                inserted.append(participant.id!)
                everyone.insert(participant.id!)
            }
            ids[index] = participant.id!
            if !row.togetherWithRows.isEmpty { linked.append((index, participant)) }
        }
        // Links to other rows, once every row has its id.
        for (index, var participant) in linked {
            let before = participant.stayTogetherWith
            for id in preview.rows[index].togetherWithRows.compactMap({ ids[$0] })
            where id != participant.id && !participant.stayTogetherWith.contains(id) {
                participant.stayTogetherWith.append(id)
            }
            guard participant.stayTogetherWith != before else { continue }
            try validated(participant).update(db)
        }
        return ImportReceipt(kind: .participants, visitId: preview.visitId, insertedParticipantIds: inserted,
                             previousParticipants: previous, insertedHouseholdIds: [], previousHouseholds: [],
                             previousAvailability: [:], skippedRows: skipped)
    }

    private static func importHouseholds(_ preview: ImportPreview, today: CalendarDate, _ db: Database) throws -> ImportReceipt {
        let source = preview.recordSource(on: today)
        var inserted: [Int64] = []
        var previous: [Household] = []
        var previousAvailability: [Int64: Availability?] = [:]
        var skipped = 0
        for row in preview.rows {
            guard row.willBeWritten, var household = row.action == .add ? (row.householdAsNew ?? row.household) : row.household else {
                skipped += 1
                continue
            }
            let issues = household.validate(availability: row.availability)
            guard issues.isEmpty else { throw PlannerError.invalid(ValidationFailure(issues)) }
            household.name = ImportText.trim(household.name)
            if let id = row.existingId, row.action == .update {
                let old = try Household.fetchExisting(db, key: id, what: .household)
                // Two rows for one household: keep the version from before the import.
                if !previous.contains(where: { $0.id == id }) && !inserted.contains(id) {
                    previous.append(old)
                    let availability = try AvailabilityRecord
                        .filter(Column("householdId") == id && Column("visitId") == preview.visitId).fetchOne(db)
                    previousAvailability[id] = .some(availability?.availability)
                }
                household.id = id
                // The record keeps where it first came from; this import is its latest update.
                household.source = old.source
                household.lastUpdateSource = source
                try household.update(db)
            } else {
                household.id = nil
                if row.existingId != nil { household.uuid = UUID().uuidString.lowercased() }
                household.source = source
                household.lastUpdateSource = nil
                try household.insert(db)
                inserted.append(household.id!)
            }
            // No availability: the file's dates were not applied; what is stored stays.
            if let availability = row.availability {
                try setAvailability(availability, household: household.id!, visit: preview.visitId, db)
            }
        }
        return ImportReceipt(kind: .households, visitId: preview.visitId, insertedParticipantIds: [], previousParticipants: [],
                             insertedHouseholdIds: inserted, previousHouseholds: previous,
                             previousAvailability: previousAvailability, skippedRows: skipped)
    }

    /// Takes a whole import back in one transaction: every row it inserted, updated or
    /// deleted, in every table (the receipt's recorded changes).
    public func undo(_ receipt: ImportReceipt) throws(PlannerError) {
        try revert(receipt.changes)
    }
}
