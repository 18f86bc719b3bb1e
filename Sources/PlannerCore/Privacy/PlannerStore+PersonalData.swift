import GRDB

extension PlannerStore {
    /// The participant named by `people data --person P`: an id, or an exact full name, in
    /// `visitId` when given, else in any visit (a name several people share is refused).
    public func findParticipant(_ key: String, inVisit visitId: Int64?) throws(PlannerError) -> Participant {
        if let visitId { return try findParticipant(key, inVisit: visitId) }
        let all = try read { db in try Participant.order(Column("id")).fetchAll(db) }
        if let id = Int64(key), let match = all.first(where: { $0.id == id }) { return match }
        let matches = all.filter { $0.fullName == key }
        guard let first = matches.first else { throw .notFound(.participant, key: key) }
        guard matches.count == 1 else { throw .ambiguous(.participant, key: key) }
        return first
    }

    /// Everything held about one participant (GDPR Art. 15), read in one transaction.
    public func personalDataReport(participantId: Int64, today: CalendarDate = .today()) throws(PlannerError) -> PersonalDataReport {
        try read { db in
            let participant = try Participant.fetchExisting(db, key: participantId, what: .participant)
            guard let snapshot = try Self.fetchSnapshot(participant.visitId, db) else {
                throw PlannerError.notFound(.visit, key: String(participant.visitId))
            }
            return PersonalDataReport(participant, in: snapshot, madeOn: today)
        }
    }

    /// Everything held about one household over every visit (GDPR Art. 15), read in one transaction.
    public func householdDataReport(householdId: Int64, today: CalendarDate = .today()) throws(PlannerError) -> HouseholdDataReport {
        try read { db in
            let household = try Household.fetchExisting(db, key: householdId, what: .household)
            let visitIds = try Int64.fetchAll(db, sql: "SELECT id FROM visit ORDER BY id")
            let snapshots = try visitIds.compactMap { id in try Self.fetchSnapshot(id, db) }
            return HouseholdDataReport(household, snapshots: snapshots, madeOn: today)
        }
    }
}
