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
        do {
            return try write { db in
                guard try Visit.exists(db, key: preview.visitId) else {
                    throw PlannerError.notFound(what: tr("visit"), key: String(preview.visitId))
                }
                let receipt = switch preview.kind {
                case .participants: try Self.importParticipants(preview, today: today, db)
                case .households: try Self.importHouseholds(preview, db)
                }
                if case .spreadsheet = preview.source { try Self.remember(preview.mapping, db) }
                return receipt
            }
        } catch {
            throw .store(error)
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
                if let existing = row.existingId, row.outcome == .duplicate { ids[index] = existing }
                continue
            }
            participant.visitId = preview.visitId
            if let existingId = row.existingId, row.outcome == .update || row.duplicateChoice == .update {
                let old = try Participant.fetchExisting(db, key: existingId, what: tr("participant"))
                previous.append(old)
                participant = try validated(merge(participant, into: old, mapping: preview.mapping, fromSpreadsheet: preview.source))
                try participant.update(db)
            } else {
                participant.id = nil
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

    /// An update changes only what the file says: the preview's record came from the file alone
    /// when the row was a possible duplicate, so the old record's other values are kept.
    private static func merge(_ imported: Participant, into old: Participant, mapping: ImportMapping,
                              fromSpreadsheet source: ImportSource) -> Participant {
        guard case .spreadsheet = source else {
            var replaced = imported
            replaced.id = old.id
            replaced.uuid = old.uuid
            replaced.requestedHouseholdId = old.requestedHouseholdId
            return replaced
        }
        var merged = imported
        merged.id = old.id
        merged.uuid = old.uuid
        merged.townId = imported.townId ?? old.townId
        // Fields the file does not have keep their old values.
        let has = { (field: ImportField) in mapping.column(of: field) != nil }
        if !has(.birthDate) || imported.birthDate == nil { merged.birthDate = old.birthDate }
        if !has(.gender) || imported.gender == .notStated { merged.gender = old.gender }
        if !has(.email) || imported.email.isEmpty { merged.email = old.email }
        if !has(.phone) || imported.phone.isEmpty { merged.phone = old.phone }
        if !has(.languages) || imported.languages.isEmpty { merged.languages = old.languages }
        if !has(.diet) || (imported.diets.isEmpty && imported.dietNote.isEmpty) { merged.diets = old.diets; merged.dietNote = old.dietNote }
        if !has(.allergies) || imported.allergies.isEmpty { merged.allergies = old.allergies }
        if !has(.petAllergy) { merged.petAllergy = old.petAllergy }
        if !has(.smoker) { merged.smoker = old.smoker }
        if !has(.parentalConsent) { merged.parentalConsent = old.parentalConsent }
        if !has(.photoConsent) { merged.photoConsent = old.photoConsent }
        if !has(.role) { merged.role = old.role }
        if !has(.notes) || imported.notes.isEmpty { merged.notes = old.notes }
        merged.stayTogetherWith = Array(Set(old.stayTogetherWith + imported.stayTogetherWith)).sorted()
        merged.needsStepFree = old.needsStepFree
        merged.needsGroundFloor = old.needsGroundFloor
        merged.needsSmokeFreeHome = old.needsSmokeFreeHome
        merged.arrival = old.arrival
        merged.departure = old.departure
        merged.emergencyContact = old.emergencyContact
        merged.requestedHouseholdId = old.requestedHouseholdId
        return merged
    }

    private static func importHouseholds(_ preview: ImportPreview, _ db: Database) throws -> ImportReceipt {
        var inserted: [Int64] = []
        var previous: [Household] = []
        var previousAvailability: [Int64: Availability?] = [:]
        var skipped = 0
        for row in preview.rows {
            guard row.willBeWritten, var household = row.household else { skipped += 1; continue }
            let issues = household.validate(availability: row.availability)
            guard issues.isEmpty else { throw PlannerError.invalid(ValidationFailure(issues)) }
            household.name = ImportText.trim(household.name)
            if let id = row.existingId {
                let old = try Household.fetchExisting(db, key: id, what: tr("household"))
                // Two rows for one household: keep the version from before the import.
                if !previous.contains(where: { $0.id == id }) && !inserted.contains(id) {
                    previous.append(old)
                    let availability = try AvailabilityRecord
                        .filter(Column("householdId") == id && Column("visitId") == preview.visitId).fetchOne(db)
                    previousAvailability[id] = .some(availability?.availability)
                }
                household.id = id
                try household.update(db)
            } else {
                household.id = nil
                try household.insert(db)
                inserted.append(household.id!)
            }
            try setAvailability(row.availability, household: household.id!, visit: preview.visitId, db)
        }
        return ImportReceipt(kind: .households, visitId: preview.visitId, insertedParticipantIds: [], previousParticipants: [],
                             insertedHouseholdIds: inserted, previousHouseholds: previous,
                             previousAvailability: previousAvailability, skippedRows: skipped)
    }

    /// Takes a whole import back in one transaction: deletes what it inserted (with their
    /// placements and availabilities) and puts back the previous versions of what it updated.
    public func undo(_ receipt: ImportReceipt) throws(PlannerError) {
        try write { db in
            for id in receipt.insertedParticipantIds { _ = try Participant.deleteOne(db, key: id) }
            for old in receipt.previousParticipants { try old.update(db) }
            for id in receipt.insertedHouseholdIds { _ = try Household.deleteOne(db, key: id) }
            for old in receipt.previousHouseholds {
                try old.update(db)
                if let id = old.id, let availability = receipt.previousAvailability[id],
                   try Visit.exists(db, key: receipt.visitId) {
                    try Self.setAvailability(availability, household: id, visit: receipt.visitId, db)
                }
            }
        }
    }
}
