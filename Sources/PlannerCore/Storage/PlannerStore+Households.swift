import GRDB

extension PlannerStore {
    /// Every household the committee knows, by name.
    public func households() throws(PlannerError) -> [Household] {
        try read { db in try Household.order(Column("name").collating(.localizedCaseInsensitiveCompare), Column("id")).fetchAll(db) }
    }

    /// Every household with its availability for one visit (nil when not offered for it).
    public func hostingOffers(forVisit visitId: Int64) throws(PlannerError) -> [HostingOffer] {
        try read { db in try Self.fetchOffers(visitId, db) }
    }

    static func fetchOffers(_ visitId: Int64, _ db: Database) throws -> [HostingOffer] {
        let households = try Household.order(Column("name").collating(.localizedCaseInsensitiveCompare), Column("id")).fetchAll(db)
        let availability = try AvailabilityRecord.filter(Column("visitId") == visitId).fetchAll(db)
        let byHousehold = Dictionary(availability.map { ($0.householdId, $0.availability) },
                                     uniquingKeysWith: { a, _ in a })
        return households.map { HostingOffer(household: $0, availability: byHousehold[$0.id!]) }
    }

    /// The household named by the CLI's `--household H`: an id, or an exact name.
    public func findHousehold(_ key: String) throws(PlannerError) -> Household {
        let all = try households()
        if let id = Int64(key), let match = all.first(where: { $0.id == id }) { return match }
        let matches = all.filter { $0.name == key }
        guard let first = matches.first else { throw .notFound(.household, key: key) }
        guard matches.count == 1 else { throw .ambiguous(.household, key: key) }
        return first
    }

    /// Inserts or updates a household and, when `visitId` is given, its availability for that
    /// visit (nil availability: not offered for it). Validated first; one transaction. A new
    /// household without a source is recorded as entered by hand on `today`.
    @discardableResult
    public func save(_ household: Household, availability: Availability? = nil,
                     forVisit visitId: Int64? = nil, today: CalendarDate = .today()) throws(PlannerError) -> Household {
        let issues = household.validate(availability: availability)
        guard issues.isEmpty else { throw .invalid(ValidationFailure(issues)) }
        return try write { db in
            var saved = household
            saved.name = saved.name.trimmingCharacters(in: .whitespaces)
            // A new record saved one by one is typed in (the form); imports and the sample say otherwise.
            if saved.id == nil && saved.source.kind == .unknown { saved.source = .enteredByHand(on: today) }
            if saved.id == nil { try saved.insert(db) } else { try saved.save(db) }
            if let visitId {
                try Self.setAvailability(availability, household: saved.id!, visit: visitId, db)
            }
            return saved
        }
    }

    static func setAvailability(_ availability: Availability?, household: Int64, visit: Int64, _ db: Database) throws {
        try AvailabilityRecord.filter(Column("householdId") == household && Column("visitId") == visit).deleteAll(db)
        if let availability {
            try AvailabilityRecord(householdId: household, visitId: visit, availability: availability).insert(db)
        }
    }

    /// Deletes a household with its availabilities and placements, and returns it.
    @discardableResult
    public func deleteHousehold(id: Int64) throws(PlannerError) -> Household {
        try write { db in
            let household = try Household.fetchExisting(db, key: id, what: .household)
            _ = try Household.deleteOne(db, key: id)
            return household
        }
    }
}
