import GRDB

extension PlannerStore {
    /// The participants of a visit, by family then given name.
    public func participants(ofVisit visitId: Int64) throws(PlannerError) -> [Participant] {
        try read { db in try Self.fetchParticipants(visitId, db) }
    }

    /// How many participants a visit has (a COUNT, without loading them).
    public func participantCount(ofVisit visitId: Int64) throws(PlannerError) -> Int {
        try read { db in try Participant.filter(Column("visitId") == visitId).fetchCount(db) }
    }

    static func fetchParticipants(_ visitId: Int64, _ db: Database) throws -> [Participant] {
        try Participant.filter(Column("visitId") == visitId)
            .order(Column("familyName").collating(.localizedCaseInsensitiveCompare), Column("givenName"), Column("id"))
            .fetchAll(db)
    }

    /// The participant named by the CLI's `--person P`: an id, or an exact full name in the visit.
    public func findParticipant(_ key: String, inVisit visitId: Int64) throws(PlannerError) -> Participant {
        let all = try participants(ofVisit: visitId)
        if let id = Int64(key), let match = all.first(where: { $0.id == id }) { return match }
        let matches = all.filter { $0.fullName == key }
        guard let first = matches.first else { throw .notFound(.participant, key: key) }
        guard matches.count == 1 else { throw .ambiguous(.participant, key: key) }
        return first
    }

    /// Inserts (no id) or updates (with id) a participant after validating it; returns it with its id.
    /// A new participant without a source is recorded as entered by hand on `today`.
    @discardableResult
    public func save(_ participant: Participant, today: CalendarDate = .today()) throws(PlannerError) -> Participant {
        try write { db in
            let others = Set(try Int64.fetchAll(db, sql: "SELECT id FROM participant WHERE visitId = ?",
                                                arguments: [participant.visitId]))
            let issues = participant.validate(today: today, others: others)
            guard issues.isEmpty else { throw ValidationFailure(issues) }
            guard try Visit.exists(db, key: participant.visitId) else {
                throw PlannerError.notFound(.visit, key: String(participant.visitId))
            }
            var saved = participant
            saved.givenName = saved.givenName.trimmingCharacters(in: .whitespaces)
            saved.familyName = saved.familyName.trimmingCharacters(in: .whitespaces)
            // A new record saved one by one is typed in (the form); imports and the sample say otherwise.
            if saved.id == nil && saved.source.kind == .unknown { saved.source = .enteredByHand(on: today) }
            if saved.id == nil { try saved.insert(db) } else { try saved.save(db) }
            return saved
        }
    }

    /// Inserts many participants in one transaction (all or nothing); used by imports.
    /// Each is validated like `save(_:)` (links may name people already in their visit); the
    /// first invalid one throws `.invalid` and nothing is stored.
    @discardableResult
    public func insert(_ participants: [Participant]) throws(PlannerError) -> [Participant] {
        let today = CalendarDate.today()
        return try write { db in
            var known: [Int64: Set<Int64>] = [:]
            return try participants.map { participant in
                if known[participant.visitId] == nil {
                    guard try Visit.exists(db, key: participant.visitId) else {
                        throw PlannerError.notFound(.visit, key: String(participant.visitId))
                    }
                    known[participant.visitId] = Set(try Int64.fetchAll(db, sql: "SELECT id FROM participant WHERE visitId = ?",
                                                                        arguments: [participant.visitId]))
                }
                let issues = participant.validate(today: today, others: known[participant.visitId] ?? [])
                guard issues.isEmpty else { throw ValidationFailure(issues) }
                var saved = participant
                saved.givenName = saved.givenName.trimmingCharacters(in: .whitespaces)
                saved.familyName = saved.familyName.trimmingCharacters(in: .whitespaces)
                try saved.insert(db)
                if let id = saved.id { known[saved.visitId, default: []].insert(id) }
                return saved
            }
        }
    }

    /// Deletes a participant and, through the schema's cascades, their placements and interpreter
    /// profile; returns the record. (Undo takes all of it back: `recordingChanges`.)
    @discardableResult
    public func deleteParticipant(id: Int64) throws(PlannerError) -> Participant {
        try write { db in
            let participant = try Participant.fetchExisting(db, key: id, what: .participant)
            _ = try Participant.deleteOne(db, key: id)
            return participant
        }
    }
}
