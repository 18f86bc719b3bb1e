import GRDB

extension PlannerStore {
    /// Writes the whole sample visit in ONE transaction: a failure anywhere leaves the file as it was.
    func installSample() throws(PlannerError) -> Int64 {
        try write { db in
            // Checked again inside the transaction: another process may have installed it meanwhile.
            if let existing = try Visit.filter(Column("title") == SampleVisit.title).fetchOne(db), let id = existing.id {
                return id
            }
            var townIds: [SampleTown: Int64] = [:]
            for (key, town) in SampleVisit.towns {
                townIds[key] = try Self.sampleTown(town, db)
            }
            func townId(_ key: SampleTown) throws -> Int64 {
                guard let id = townIds[key] else { throw PlannerError.storage("sample town \(key) missing") }
                return id
            }

            var visit = Visit(title: SampleVisit.title, hostTownId: try townId(.horniLhota), kind: .citizensMeeting,
                              startDate: SampleVisit.startDate, endDate: SampleVisit.endDate,
                              languages: ["cs", "fr", "de", "pl"], currency: "CZK", status: .planning,
                              notes: SampleVisit.notes)
            try visit.insert(db)
            guard let visitId = visit.id else { throw PlannerError.storage("sample visit has no id") }
            for (position, key) in [SampleTown.saintAubin, .birkenfeld, .zielonaDolina].enumerated() {
                try VisitPartnerRecord(visitId: visitId, townId: try townId(key), position: position).insert(db)
            }

            // Insert everybody first: "stay together with" needs the ids of the others.
            let people = SampleVisit.people
            var inserted: [Participant] = []
            for guest in people {
                var participant = guest.participant(visitId: visitId, townId: try townId(guest.town))
                participant.source = .sampleVisit
                try participant.insert(db)
                inserted.append(participant)
            }
            // Resolve the names (within the same town) and make each link mutual: a couple or
            // two friends are lodged together whoever of them wrote the wish.
            var links: [Int: Set<Int>] = [:]
            for (index, guest) in people.enumerated() {
                for name in guest.stayTogetherWith {
                    let matches = people.indices.filter { people[$0].town == guest.town && people[$0].fullName == name }
                    guard matches.count == 1, let other = matches.first, other != index else {
                        throw PlannerError.storage("sample: cannot resolve “\(name)” for \(guest.fullName)")
                    }
                    links[index, default: []].insert(other)
                    links[other, default: []].insert(index)
                }
            }
            for (index, others) in links.sorted(by: { $0.key < $1.key }) {
                var participant = inserted[index]
                participant.stayTogetherWith = others.sorted().compactMap { inserted[$0].id }
                try participant.update(db)
            }

            var householdIds: [String: Int64] = [:]
            for entry in SampleVisit.households {
                let householdId = try Self.sampleHousehold(entry.household, db)
                householdIds[entry.household.name] = householdId
                try Self.setAvailability(entry.available, household: householdId, visit: visitId, db)
            }
            // Requests name households, which exist only now.
            for (index, guest) in people.enumerated() {
                guard let name = guest.requestsHousehold else { continue }
                guard let householdId = householdIds[name] else {
                    throw PlannerError.storage("sample: no household “\(name)” for \(guest.fullName)")
                }
                var participant = try Participant.fetchOne(db, key: inserted[index].id) ?? inserted[index]
                participant.requestedHouseholdId = householdId
                try participant.update(db)
            }
            try SampleBudget.install(visitId: visitId, townIds: townIds, db)
            try SampleProgramme.install(visitId: visitId, people: try Participant.filter(Column("visitId") == visitId).fetchAll(db),
                                        townIds: townIds, db)
            // The committee has booked its interpreters already: the sample opens with every need covered.
            if let snapshot = try Self.fetchSnapshot(visitId, db) {
                for assignment in InterpreterAssigner.assign(snapshot).assignments {
                    var record = AssignmentRecord(assignment, visitId: visitId)
                    try record.insert(db)
                }
            }
            return visitId
        }
    }

    /// The id of an existing town with this name and country, or of the newly inserted one.
    private static func sampleTown(_ town: Town, _ db: Database) throws -> Int64 {
        if let existing = try Town.filter(Column("name") == town.name && Column("countryCode") == town.countryCode).fetchOne(db),
           let id = existing.id {
            return id
        }
        var town = town
        try town.insert(db)
        guard let id = town.id else { throw PlannerError.storage("sample town has no id") }
        return id
    }

    /// The id of a known household with the same name and e-mail, or of the newly inserted one.
    private static func sampleHousehold(_ household: Household, _ db: Database) throws -> Int64 {
        if let existing = try Household.filter(Column("name") == household.name && Column("email") == household.email).fetchOne(db),
           let id = existing.id {
            return id
        }
        var household = household
        household.source = .sampleVisit
        try household.insert(db)
        guard let id = household.id else { throw PlannerError.storage("sample household has no id") }
        return id
    }
}
