import XCTest
@testable import PlannerCore

/// The placement of the sample visit, end to end: rules → instance → exact solver → proposal.
final class PlacementPlannerTests: XCTestCase {
    private func sample() throws -> (PlannerStore, VisitSnapshot) {
        let store = try PlannerStore()
        let id = try SampleVisit.install(in: store)
        return (store, try XCTUnwrap(store.snapshot(ofVisit: id)))
    }

    private func person(_ name: String, _ snapshot: VisitSnapshot) throws -> Participant {
        try XCTUnwrap(snapshot.participants.first { $0.fullName == name }, name)
    }

    private func household(_ id: Int64?, _ snapshot: VisitSnapshot) -> Household? {
        snapshot.offers.first { $0.id == id }?.household
    }

    func testSampleProposalRespectsEveryHardRule() throws {
        let (_, snapshot) = try sample()
        let proposal = try PlacementPlanner.propose(snapshot)
        XCTAssertEqual(proposal.guests, 41)
        XCTAssertTrue(proposal.provenOptimal)
        let visit = snapshot.visit
        var used: [Int64: Int] = [:]
        for entry in proposal.entries {
            guard let hostId = entry.householdId, let host = household(hostId, snapshot) else { continue }
            used[hostId, default: 0] += entry.unit.size
            for guest in entry.unit.members {
                if guest.isMinor(at: visit) {
                    XCTAssertTrue(host.hasValidChecks(through: visit), "\(guest.fullName) (minor) with \(host.name), whose checks are not valid")
                }
                if let allergy = guest.petAllergy {
                    XCTAssertFalse(allergy.isTriggered(by: host.pets), "\(guest.fullName) is allergic to \(host.pets)")
                }
                if guest.needsSmokeFreeHome { XCTAssertFalse(host.smoking, "\(guest.fullName) in a smoking home") }
                if guest.needsGroundFloor { XCTAssertTrue(host.groundFloor, "\(guest.fullName) needs a ground floor") }
            }
        }
        for (hostId, count) in used {
            XCTAssertLessThanOrEqual(count, household(hostId, snapshot)!.beds)
        }
    }

    func testReturningFrenchGuestIsPlacedWithTheDvorakHousehold() throws {
        let (_, snapshot) = try sample()
        let proposal = try PlacementPlanner.propose(snapshot)
        let ines = try person("Inès Bernard", snapshot)
        let entry = try XCTUnwrap(proposal.entries.first { $0.unit.members.contains { $0.id == ines.id } })
        XCTAssertEqual(household(entry.householdId, snapshot)?.name, "Alena a Lukáš Dvořák")
        XCTAssertTrue(entry.evaluation?.summary.contains("requested by the guest") ?? false, entry.evaluation?.summary ?? "")
    }

    func testTheCoupleStaysTogether() throws {
        let (_, snapshot) = try sample()
        let proposal = try PlacementPlanner.propose(snapshot)
        let ines = try person("Inès Bernard", snapshot), lucas = try person("Lucas Bernard", snapshot)
        let unit = try XCTUnwrap(proposal.entries.first { $0.unit.members.contains { $0.id == ines.id } })
        XCTAssertTrue(unit.unit.members.contains { $0.id == lucas.id }, "the couple is one unit")
        let placements = proposal.placements(replacing: [])
        XCTAssertEqual(placements.first { $0.participantId == ines.id }?.householdId,
                       placements.first { $0.participantId == lucas.id }?.householdId)
    }

    func testGuestAllergicToCatsIsNotWithACat() throws {
        let (_, snapshot) = try sample()
        let proposal = try PlacementPlanner.propose(snapshot)
        let zoe = try person("Zoé Guérin", snapshot)
        let entry = try XCTUnwrap(proposal.entries.first { $0.unit.members.contains { $0.id == zoe.id } })
        if let host = household(entry.householdId, snapshot) { XCTAssertFalse(host.pets.contains(.cat)) }
    }

    func testRulesExplainBlockersAndPreferences() throws {
        let (_, snapshot) = try sample()
        let zoe = try person("Zoé Guérin", snapshot)
        let candidates = PlacementPlanner.candidates(for: zoe.id!, in: snapshot)
        let withCat = try XCTUnwrap(candidates.first { $0.household.name == "Lucie a Jiří Novotný" })
        XCTAssertFalse(withCat.isFeasible)
        XCTAssertTrue(withCat.blockers.contains { $0.kind == "pets" }, "\(withCat.blockers)")
        XCTAssertTrue(withCat.blockers.contains { $0.kind == "safeguarding" }, "Novotný has no check; Zoé is 14")
        XCTAssertTrue(candidates.first!.isFeasible, "feasible households come first")
    }

    func testKeepConfirmedAndReplanMovesLittle() throws {
        let (store, snapshot) = try sample()
        let first = try PlacementPlanner.propose(snapshot)
        var placements = first.placements(replacing: [])
        // The committee confirms everything, then one family cancels.
        for index in placements.indices { placements[index].status = .confirmed }
        try store.replacePlacements(ofVisit: snapshot.visit.id!, with: placements)
        let cancelled = try XCTUnwrap(placements.first?.householdId)
        var offer = try XCTUnwrap(snapshot.offers.first { $0.id == cancelled })
        try store.save(offer.household, availability: nil, forVisit: snapshot.visit.id!)
        offer.availability = nil
        // Their guests are no longer confirmed anywhere valid: un-confirm them so they can move.
        let affected = placements.filter { $0.householdId == cancelled }
        for var placement in affected {
            placement.status = .declined
            placement.answerNote = "family cancelled"
            try store.save(placement)
        }
        let again = try PlacementPlanner.propose(try XCTUnwrap(store.snapshot(ofVisit: snapshot.visit.id!)))
        let moved = again.changes.filter { entry in !entry.unit.members.contains { m in affected.contains { $0.participantId == m.id } } }
        XCTAssertEqual(moved.count, 0, "confirmed guests stay where they are: \(moved.map(\.unit.names))")
        XCTAssertFalse(again.entries.contains { $0.householdId == cancelled })
    }

    func testUnplacedGuestSaysWhy() throws {
        let store = try PlannerStore()
        let id = try SampleVisit.install(in: store)
        var snapshot = try XCTUnwrap(store.snapshot(ofVisit: id))
        // Only households without a valid check remain: every minor must stay unplaced, with the reason.
        for offer in snapshot.offers where offer.household.hasValidChecks(through: snapshot.visit) {
            try store.save(offer.household, availability: nil, forVisit: id)
        }
        snapshot = try XCTUnwrap(store.snapshot(ofVisit: id))
        let proposal = try PlacementPlanner.propose(snapshot)
        let lea = try person("Léa Bonnet", snapshot)
        let entry = try XCTUnwrap(proposal.entries.first { $0.unit.members.contains { $0.id == lea.id } })
        XCTAssertNil(entry.householdId)
        let reason = try XCTUnwrap(entry.unplacedReason)
        XCTAssertTrue(reason.contains("safeguarding"), reason)
    }

    func testMinorsInPairsPolicyPairsSingleMinors() throws {
        let (store, snapshot) = try sample()
        var settings = snapshot.placementSettings
        settings.minorsAtLeastInPairs = true
        try store.save(settings, forVisit: snapshot.visit.id!)
        let paired = try XCTUnwrap(store.snapshot(ofVisit: snapshot.visit.id!))
        let units = PlacementPlanner.units(paired)
        let singleMinors = units.filter { $0.size == 1 && $0.members[0].isMinor(at: paired.visit) }
        XCTAssertLessThanOrEqual(singleMinors.count, 1, "at most one minor is left without a partner")
        XCTAssertTrue(units.contains { $0.pairedByPolicy })
    }

    func testDoneVisitWritesHostingHistoryAndNextYearRecognisesTheGuest() throws {
        let (store, snapshot) = try sample()
        let proposal = try PlacementPlanner.propose(snapshot)
        var placements = proposal.placements(replacing: [])
        for index in placements.indices { placements[index].status = .confirmed }
        try store.replacePlacements(ofVisit: snapshot.visit.id!, with: placements)
        var draft = VisitDraft(snapshot.details)
        draft.status = .done
        try store.updateVisit(id: snapshot.visit.id!, with: draft)

        let lea = try person("Léa Bonnet", snapshot)
        let hostId = try XCTUnwrap(placements.first { $0.participantId == lea.id }?.householdId)
        let host = try XCTUnwrap(store.households().first { $0.id == hostId })
        let record = try XCTUnwrap(host.hostingHistory.first { $0.visitId == snapshot.visit.id })
        XCTAssertEqual(record.year, 2027)
        XCTAssertTrue(record.guestNames.contains("Léa Bonnet"))
        XCTAssertEqual(record.townNames, ["Saint-Aubin-sur-Loire"])

        // A year later Léa comes back: her 2027 family is recognised and preferred.
        let next = try store.createVisit(VisitDraft(title: "Ascension meeting 2028", hostTown: .init(name: "Horní Lhota", countryCode: "CZ"),
                                                    partnerTowns: [.init(name: "Saint-Aubin-sur-Loire", countryCode: "FR")],
                                                    startDate: CalendarDate(year: 2028, month: 5, day: 25), endDate: CalendarDate(year: 2028, month: 5, day: 28),
                                                    languages: ["cs", "fr"], currency: "CZK"))
        let town = try XCTUnwrap(store.visit(id: next)?.partnerTowns.first?.id)
        var returning = lea
        returning.id = nil
        // A new record of the same person (ids are per visit; she is recognised by name).
        returning.uuid = UUID().uuidString.lowercased()
        returning.visitId = next
        returning.townId = town
        returning.arrival = nil
        returning.departure = nil
        _ = try store.insert([returning])
        try store.save(host, availability: Availability(from: CalendarDate(year: 2028, month: 5, day: 25)!, to: CalendarDate(year: 2028, month: 5, day: 28)!), forVisit: next)
        let nextSnapshot = try XCTUnwrap(store.snapshot(ofVisit: next))
        let guest = try XCTUnwrap(nextSnapshot.participants.first)
        let candidate = try XCTUnwrap(PlacementPlanner.candidates(for: guest.id!, in: nextSnapshot).first { $0.id == hostId })
        XCTAssertTrue(candidate.evaluation.summary.contains("hosted this guest before (2027)"), candidate.evaluation.summary)

        // Back to planning: the entries leave the history again.
        draft.status = .planning
        try store.updateVisit(id: snapshot.visit.id!, with: draft)
        XCTAssertFalse(try store.households().contains { $0.hostingHistory.contains { $0.visitId == snapshot.visit.id } })
    }

    /// Households holding guests of more than one partner town.
    private func mixedHouseholds(_ proposal: PlacementProposal) -> Int {
        var towns: [Int64: Set<Int64>] = [:]
        for entry in proposal.entries { if let h = entry.householdId { towns[h, default: []].insert(entry.unit.members[0].townId ?? -1) } }
        return towns.values.filter { $0.count > 1 }.count
    }

    func testTownPolicyMixesOrGroupsWithoutPlacingFewerGuests() throws {
        let (store, snapshot) = try sample()
        let plain = try PlacementPlanner.propose(snapshot)
        var settings = snapshot.placementSettings
        settings.townPolicy = .group
        settings.townPolicyWeight = 200
        try store.save(settings, forVisit: snapshot.visit.id!)
        let grouped = try PlacementPlanner.propose(try XCTUnwrap(store.snapshot(ofVisit: snapshot.visit.id!)))
        settings.townPolicy = .mix
        try store.save(settings, forVisit: snapshot.visit.id!)
        let mixed = try PlacementPlanner.propose(try XCTUnwrap(store.snapshot(ofVisit: snapshot.visit.id!)))
        XCTAssertEqual(grouped.placedGuests, plain.placedGuests)
        XCTAssertEqual(mixed.placedGuests, plain.placedGuests)
        XCTAssertLessThanOrEqual(mixedHouseholds(grouped), mixedHouseholds(plain))
        XCTAssertGreaterThanOrEqual(mixedHouseholds(mixed), mixedHouseholds(plain))
        XCTAssertGreaterThan(mixedHouseholds(mixed), mixedHouseholds(grouped), "the two policies lead to different families")
        // Every swap kept the hard rules: each chosen pair is an allowed one.
        for proposal in [grouped, mixed] {
            for entry in proposal.entries where entry.householdId != nil {
                XCTAssertTrue(entry.evaluation?.isAllowed ?? false, "\(entry.unit.names)")
            }
        }
    }
}
