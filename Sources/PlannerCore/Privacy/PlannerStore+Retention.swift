import Foundation
import GRDB

extension PlannerStore {
    /// The visit's retention: its stored dates and record, or the defaults.
    public func retentionPolicy(ofVisit visitId: Int64) throws(PlannerError) -> RetentionPolicy {
        try read { db in
            _ = try Visit.fetchExisting(db, key: visitId, what: .visit)
            return try RetentionPolicy.fetchOne(db, key: visitId) ?? RetentionPolicy(visitId: visitId)
        }
    }

    /// Stores the retention dates and reason of a visit after validating them. An ordinary
    /// edit: recorded for Undo like any other.
    @discardableResult
    public func setRetention(_ draft: RetentionDraft, forVisit visitId: Int64) throws(PlannerError) -> RetentionPolicy {
        try write { db in
            let visit = try Visit.fetchExisting(db, key: visitId, what: .visit)
            let issues = draft.validate(for: visit)
            guard issues.isEmpty else { throw ValidationFailure(issues) }
            let policy = draft.applied(to: try RetentionPolicy.fetchOne(db, key: visitId) ?? RetentionPolicy(visitId: visitId),
                                       visit: visit)
            try policy.save(db)
            return policy
        }
    }

    /// What applying the visit's retention on `today` would erase, here and in the database's
    /// copies. Writes nothing.
    public func retentionPlan(forVisit visitId: Int64, today: CalendarDate = .today()) throws(PlannerError) -> RetentionPlan {
        let files = copies
        return try read { db in
            let visit = try Visit.fetchExisting(db, key: visitId, what: .visit)
            let policy = try RetentionPolicy.fetchOne(db, key: visitId) ?? RetentionPolicy(visitId: visitId)
            let participants = try Participant.filter(Column("visitId") == visitId).order(Column("id")).fetchAll(db)
            let evidenceDue = policy.evidenceExpired(for: visit, today: today) && !participants.isEmpty
            let healthDue = policy.healthDataExpired(for: visit, today: today) && !evidenceDue
            var evidence: [ErasureKind: Int] = [:]
            if evidenceDue {
                for p in participants {
                    let scan = ErasureScan(person: PersonTraces(p), sparesOtherRecords: true)
                    evidence.merge(ErasureScan.counts(try scan.edits(in: db)), uniquingKeysWith: +)
                }
            }
            return RetentionPlan(
                visitId: visitId, visitTitle: visit.title, today: today,
                healthDataDate: policy.healthDataDate(for: visit), evidenceDate: policy.evidenceDate(for: visit),
                healthItems: healthDue ? HealthDataKind.counts(in: participants).map { .init(kind: $0.kind, count: $0.count) } : [],
                evidenceItems: ErasurePlan.Item.list(evidence),
                people: evidenceDue ? participants.count : 0,
                headcount: evidenceDue ? participants.map { Headcount($0, in: visit) } : [],
                copies: files.cleanable, notCleaned: files.damaged)
        }
    }

    /// Applies the retention of `plan` irreversibly, like `erase(_:)`: one transaction with
    /// `secure_delete` on, VACUUM, a TRUNCATE checkpoint, then every copy of the database
    /// cleaned the same way or deleted. The erased people are kept as an anonymous headcount,
    /// so the budget and the grant checks keep their numbers.
    ///
    /// Never recorded for Undo; the window clears its Undo history afterwards.
    public func applyRetention(_ plan: RetentionPlan) throws(PlannerError) -> RetentionReport {
        guard !plan.isEmpty else {
            return RetentionReport(plan: plan, copies: .none, residue: [])
        }
        var scrub = RetentionScrub(visitId: plan.visitId, health: plan.erasesHealthData, evidence: plan.erasesEvidence)
        do {
            scrub.tokens = try writer.writeWithoutTransaction { db in
                let previous = try Int.fetchOne(db, sql: "PRAGMA secure_delete") ?? 0
                try db.execute(sql: "PRAGMA secure_delete = ON")
                defer { try? db.execute(sql: "PRAGMA secure_delete = \(previous)") }
                var tokens: [String] = []
                try db.inTransaction {
                    let visit = try Visit.fetchExisting(db, key: plan.visitId, what: .visit)
                    let participants = try Participant.filter(Column("visitId") == plan.visitId).fetchAll(db)
                    // The people confirmed, not others added since: the count must still match.
                    if plan.erasesEvidence && participants.count != plan.people {
                        throw PlannerError.storage(tr("the visit's participants changed since the list was shown; nothing was erased, look at it again"))
                    }
                    let candidates = RetentionScrub.candidateTokens(participants, health: scrub.health, evidence: scrub.evidence)
                    var policy = try RetentionPolicy.fetchOne(db, key: plan.visitId) ?? RetentionPolicy(visitId: plan.visitId)
                    if plan.erasesEvidence {
                        policy.keptHeadcount += participants.sorted { ($0.id ?? 0) < ($1.id ?? 0) }.map { Headcount($0, in: visit) }
                        policy.evidenceErasedOn = plan.today
                    }
                    // The evidence erasure takes the health data with it, if still there.
                    if plan.erasesHealthData || (plan.erasesEvidence && policy.healthDataErasedOn == nil) {
                        policy.healthDataErasedOn = plan.today
                    }
                    try scrub.apply(db)
                    try policy.save(db)
                    tokens = try RetentionScrub.absentTokens(candidates, in: db)
                    return .commit
                }
                try db.execute(sql: "VACUUM")
                _ = try? db.checkpoint(.truncate)
                return tokens
            }
        } catch {
            throw Self.translate(error, path: path)
        }
        let cleaning = CopiesCleaning(copies.cleanable, with: scrub)
        let residue = path == ":memory:" ? [] : [path, path + "-wal"].filter(scrub.leavesTrace(inFile:))
        return RetentionReport(plan: plan, copies: cleaning, residue: residue)
    }
}
