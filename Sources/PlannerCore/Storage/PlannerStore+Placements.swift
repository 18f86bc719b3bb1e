import GRDB

extension PlannerStore {
    /// The placements of a visit.
    public func placements(ofVisit visitId: Int64) throws(PlannerError) -> [Placement] {
        try read { db in try Placement.filter(Column("visitId") == visitId).order(Column("id")).fetchAll(db) }
    }

    /// Stores a placement (one per participant and visit: an existing one is replaced).
    @discardableResult
    public func save(_ placement: Placement) throws(PlannerError) -> Placement {
        try write { db in try Self.upsert(placement, db) }
    }

    static func upsert(_ placement: Placement, _ db: Database) throws -> Placement {
        var saved = placement
        if saved.id == nil, let existing = try Placement.filter(Column("visitId") == placement.visitId
                                                             && Column("participantId") == placement.participantId).fetchOne(db) {
            saved.id = existing.id
        }
        if saved.id == nil { try saved.insert(db) } else { try saved.save(db) }
        return saved
    }

    /// Removes a participant's placement for the visit; returns it (for Undo), nil if none.
    @discardableResult
    public func removePlacement(participantId: Int64, visitId: Int64) throws(PlannerError) -> Placement? {
        try write { db in
            let existing = try Placement.filter(Column("visitId") == visitId && Column("participantId") == participantId).fetchOne(db)
            if let id = existing?.id { _ = try Placement.deleteOne(db, key: id) }
            return existing
        }
    }

    /// Replaces the visit's placements with `placements` in one transaction (applying a proposal,
    /// or undoing that). Returns the placements it replaced.
    @discardableResult
    public func replacePlacements(ofVisit visitId: Int64, with placements: [Placement]) throws(PlannerError) -> [Placement] {
        try write { db in
            let before = try Placement.filter(Column("visitId") == visitId).order(Column("id")).fetchAll(db)
            try Placement.filter(Column("visitId") == visitId).deleteAll(db)
            for var placement in placements {
                placement.id = nil
                try placement.insert(db)
            }
            return before
        }
    }

    /// Replaces the placements of some participants (a group placed, moved or un-placed
    /// together) in one transaction; returns their previous placements, which Undo passes back.
    @discardableResult
    public func setPlacements(of participantIds: [Int64], inVisit visitId: Int64,
                              to placements: [Placement]) throws(PlannerError) -> [Placement] {
        try write { db in
            let before = try Placement.filter(Column("visitId") == visitId && participantIds.contains(Column("participantId"))).fetchAll(db)
            try Placement.filter(Column("visitId") == visitId && participantIds.contains(Column("participantId"))).deleteAll(db)
            for var placement in placements {
                placement.id = nil
                try placement.insert(db)
            }
            return before
        }
    }

    /// The visit's placement settings (defaults until changed).
    public func placementSettings(ofVisit visitId: Int64) throws(PlannerError) -> PlacementSettings {
        try read { db in try PlacementSettingsRecord.fetchOne(db, key: visitId)?.settings ?? PlacementSettings() }
    }

    public func save(_ settings: PlacementSettings, forVisit visitId: Int64) throws(PlannerError) {
        try write { db in try PlacementSettingsRecord(visitId: visitId, settings: settings).save(db) }
    }

    /// Marks a visit done: its confirmed placements join each household's hosting history
    /// (year, partner town, guests), which later placements reward. Idempotent per visit.
    public func markDone(visitId: Int64) throws(PlannerError) {
        try write { db in
            var visit = try Visit.fetchExisting(db, key: visitId, what: .visit)
            visit.status = .done
            try visit.update(db)
            try Self.recordHostingHistory(ofVisit: visitId, db)
        }
    }

    /// Writes (or rewrites) the hosting-history entries that a done visit's confirmed placements make.
    static func recordHostingHistory(ofVisit visitId: Int64, _ db: Database) throws {
        guard let visit = try Visit.fetchOne(db, key: visitId) else { return }
        let details = try details(of: visit, db)
        let people = Dictionary(uniqueKeysWithValues: try fetchParticipants(visitId, db).map { ($0.id!, $0) })
        let confirmed = try Placement.filter(Column("visitId") == visitId && Column("status") == PlacementStatus.confirmed.rawValue).fetchAll(db)
        let byHousehold = Dictionary(grouping: confirmed, by: \.householdId)
        for var household in try Household.fetchAll(db) {
            let before = household.hostingHistory
            household.hostingHistory.removeAll { $0.visitId == visitId }
            if let placements = byHousehold[household.id!] {
                let guests = placements.compactMap { people[$0.participantId] }
                let towns = Set(guests.compactMap { g in details.partnerTowns.first { $0.id == g.townId }?.name }).sorted()
                household.hostingHistory.append(HostingRecord(
                    year: visit.startDate.year, note: "\(visit.title): \(guests.map(\.fullName).joined(separator: ", "))",
                    visitId: visitId, townNames: towns, guestUUIDs: guests.map(\.uuid), guestNames: guests.map(\.fullName)))
            }
            if household.hostingHistory != before { try household.update(db) }
        }
    }
}
