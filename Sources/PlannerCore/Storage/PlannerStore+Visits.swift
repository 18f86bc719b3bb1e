import GRDB

extension PlannerStore {
    /// Every visit, newest first, with its towns and head count.
    public func visits() throws(PlannerError) -> [VisitSummary] {
        try read { db in try Self.fetchSummaries(db) }
    }

    static func fetchSummaries(_ db: Database) throws -> [VisitSummary] {
        let visits = try Visit.order(Column("startDate").desc, Column("id").desc).fetchAll(db)
        let counts = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql:
            "SELECT visitId, COUNT(*) FROM participant GROUP BY visitId").map { ($0[0] as Int64, $0[1] as Int) })
        return try visits.map { visit in
            VisitSummary(details: try details(of: visit, db), participantCount: counts[visit.id!] ?? 0)
        }
    }

    static func details(of visit: Visit, _ db: Database) throws -> VisitDetails {
        let host = try Town.fetchExisting(db, key: visit.hostTownId, what: .town)
        let partners = try Town.fetchAll(db, sql: """
            SELECT town.* FROM town JOIN visitPartner ON visitPartner.townId = town.id
            WHERE visitPartner.visitId = ? ORDER BY visitPartner.position
            """, arguments: [visit.id])
        return VisitDetails(visit: visit, hostTown: host, partnerTowns: partners)
    }

    /// The visit with this id, or nil.
    public func visit(id: Int64) throws(PlannerError) -> VisitDetails? {
        try read { db in try Visit.fetchOne(db, key: id).map { try Self.details(of: $0, db) } }
    }

    /// The visit named by the CLI's `--visit V`: an id, or an exact title.
    public func findVisit(_ key: String) throws(PlannerError) -> VisitDetails {
        let found: [Visit] = try read { db in
            if let id = Int64(key), let visit = try Visit.fetchOne(db, key: id) { return [visit] }
            return try Visit.filter(Column("title") == key).fetchAll(db)
        }
        guard let first = found.first else { throw .notFound(.visit, key: key) }
        guard found.count == 1 else { throw .ambiguous(.visit, key: key) }
        return try read { db in try Self.details(of: first, db) }
    }

    /// Stores a new visit from the form; returns its id.
    @discardableResult
    public func createVisit(_ draft: VisitDraft) throws(PlannerError) -> Int64 {
        let issues = draft.validate()
        guard issues.isEmpty else { throw .invalid(ValidationFailure(issues)) }
        return try write { db in
            var visit = try Self.makeVisit(from: draft, id: nil, db)
            try visit.insert(db)
            try Self.savePartners(draft.partnerTowns, of: visit.id!, db)
            return visit.id!
        }
    }

    /// Replaces a visit's fields and partner towns with the draft's.
    public func updateVisit(id: Int64, with draft: VisitDraft) throws(PlannerError) {
        let issues = draft.validate()
        guard issues.isEmpty else { throw .invalid(ValidationFailure(issues)) }
        try write { db in
            guard try Visit.exists(db, key: id) else { throw PlannerError.notFound(.visit, key: String(id)) }
            let wasDone = try Visit.fetchOne(db, key: id)?.status == .done
            let visit = try Self.makeVisit(from: draft, id: id, db)
            try visit.update(db)
            // Done (or done no more): the confirmed placements join (or leave) the hosting history.
            if (visit.status == .done) != wasDone {
                if visit.status == .done {
                    try Self.recordHostingHistory(ofVisit: id, db)
                } else {
                    for var household in try Household.fetchAll(db) where household.hostingHistory.contains(where: { $0.visitId == id }) {
                        household.hostingHistory.removeAll { $0.visitId == id }
                        try household.update(db)
                    }
                }
            }
            try VisitPartnerRecord.filter(Column("visitId") == id).deleteAll(db)
            try Self.savePartners(draft.partnerTowns, of: id, db)
        }
    }

    private static func makeVisit(from draft: VisitDraft, id: Int64?, _ db: Database) throws -> Visit {
        let host = try town(for: draft.hostTown, languages: Array(draft.languages.prefix(1)), db)
        return Visit(id: id, title: draft.title.trimmingCharacters(in: .whitespaces), hostTownId: host.id!,
                     kind: draft.kind, startDate: draft.startDate!, endDate: draft.endDate!,
                     languages: draft.languages.map { $0.lowercased() }, currency: draft.currency.uppercased(),
                     status: draft.status, notes: draft.notes)
    }

    private static func savePartners(_ entries: [VisitDraft.TownEntry], of visitId: Int64, _ db: Database) throws {
        for (position, entry) in entries.enumerated() {
            let town = try town(for: entry, languages: [], db)
            try VisitPartnerRecord(visitId: visitId, townId: town.id!, position: position).insert(db)
        }
    }

    /// Finds a town by name and country, or creates it with the country's usual zone.
    static func town(for entry: VisitDraft.TownEntry, languages: [String], _ db: Database) throws -> Town {
        let name = entry.name.trimmingCharacters(in: .whitespaces)
        let country = entry.countryCode.uppercased()
        if let existing = try Town.filter(Column("name") == name && Column("countryCode") == country).fetchOne(db) {
            return existing
        }
        var town = Town(name: name, countryCode: country, languages: languages,
                        timeZone: CountryDefaults.timeZone(for: country))
        try town.insert(db)
        return town
    }

    /// The visit, or the store's "not found" error: what every write for a visit checks first.
    static func requireVisit(_ visitId: Int64, _ db: Database) throws -> Visit {
        let visit = try Visit.fetchExisting(db, key: visitId, what: .visit)
        return visit
    }

    /// Deletes a visit and everything that belongs to it (partners, participants, placements,
    /// availabilities, budget, programme), and returns it.
    @discardableResult
    public func deleteVisit(id: Int64) throws(PlannerError) -> Visit {
        try write { db in
            let visit = try Visit.fetchExisting(db, key: id, what: .visit)
            _ = try Visit.deleteOne(db, key: id)
            return visit
        }
    }
}
