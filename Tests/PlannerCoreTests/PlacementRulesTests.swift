import XCTest
@testable import PlannerCore

/// Each placement rule alone, on a tiny hand-made visit: one guest, one household.
final class PlacementRulesTests: XCTestCase {
    private let start = CalendarDate(year: 2027, month: 5, day: 13)!
    private let end = CalendarDate(year: 2027, month: 5, day: 17)!

    private func world(guest: (inout Participant) -> Void = { _ in }, host: (inout Household) -> Void = { _ in },
                       availability: Availability? = nil, settings: (inout PlacementSettings) -> Void = { _ in },
                       partner: Participant? = nil) -> (PlacementRules, PlacementUnit, HostingOffer, VisitSnapshot) {
        let hostTown = Town(id: 1, name: "Horní Lhota", countryCode: "CZ")
        let partnerTown = Town(id: 2, name: "Saint-Aubin-sur-Loire", countryCode: "FR")
        let visit = Visit(id: 1, title: "Test", hostTownId: 1, kind: .youthExchange, startDate: start, endDate: end,
                          languages: ["cs", "fr"], currency: "CZK")
        var g = Participant(id: 10, visitId: 1, givenName: "Léa", familyName: "Bonnet", townId: 2, role: .adult,
                            birthDate: CalendarDate(year: 1990, month: 1, day: 1), gender: .female,
                            languages: [.init(code: "fr", level: .native), .init(code: "en", level: .b1)])
        guest(&g)
        var h = Household(id: 20, name: "Novák", beds: 2, languages: [.init(code: "cs", level: .native), .init(code: "en", level: .b2)],
                          adults: [HostAdult(name: "Hana", checkValidUntil: CalendarDate(year: 2030, month: 1, day: 1))],
                          stepFree: true, groundFloor: true)
        host(&h)
        var s = PlacementSettings()
        settings(&s)
        let offer = HostingOffer(household: h, availability: availability ?? Availability(from: start, to: end))
        let snapshot = VisitSnapshot(details: VisitDetails(visit: visit, hostTown: hostTown, partnerTowns: [partnerTown]),
                                     participants: [g] + (partner.map { [$0] } ?? []), offers: [offer], placements: [],
                                     placementSettings: s)
        let unit = PlacementUnits.build(snapshot).first { $0.members.contains { $0.id == 10 } }!
        return (PlacementRules(snapshot), unit, offer, snapshot)
    }

    private func kinds(_ w: (PlacementRules, PlacementUnit, HostingOffer, VisitSnapshot)) -> Set<String> {
        Set(w.0.evaluate(w.1, with: w.2).blockers.map(\.kind))
    }

    func testNothingBlocksAGoodMatch() {
        XCTAssertEqual(kinds(world()), [])
    }

    func testPetAllergyByKind() {
        XCTAssertEqual(kinds(world(guest: { $0.petAllergy = PetAllergy(kinds: [.cat]) }, host: { $0.pets = [.cat] })), ["pets"])
        XCTAssertEqual(kinds(world(guest: { $0.petAllergy = PetAllergy(kinds: [.cat]) }, host: { $0.pets = [.dog] })), [], "a dog does not trouble a cat allergy")
        XCTAssertEqual(kinds(world(guest: { $0.petAllergy = PetAllergy(kinds: []) }, host: { $0.pets = [.bird] })), ["pets"], "no kinds: all animals")
    }

    func testSmokeFreeHome() {
        XCTAssertEqual(kinds(world(guest: { $0.needsSmokeFreeHome = true }, host: { $0.smoking = true })), ["smoking"])
        XCTAssertEqual(kinds(world(guest: { $0.needsSmokeFreeHome = false }, host: { $0.smoking = true })), [])
    }

    func testMinorsNeedEveryAdultCheckedThroughTheLastDay() {
        let minor: (inout Participant) -> Void = { $0.birthDate = CalendarDate(year: 2012, month: 1, day: 1) }
        XCTAssertEqual(kinds(world(guest: minor)), [])
        XCTAssertEqual(kinds(world(guest: minor, host: { $0.adults[0].checkValidUntil = CalendarDate(year: 2027, month: 5, day: 16) })),
                       ["safeguarding"], "expires the day before the last day")
        XCTAssertEqual(kinds(world(guest: minor, host: { $0.adults.append(HostAdult(name: "Václav")) })), ["safeguarding"], "one adult unchecked")
        XCTAssertEqual(kinds(world(host: { $0.adults = [] })), [], "adults need no checked host")
    }

    func testAvailabilityMustCoverTheGuestsStay() {
        XCTAssertEqual(kinds(world(availability: Availability(from: start, to: end.adding(days: -1)))), ["availability"])
        XCTAssertEqual(kinds(world(guest: { $0.departure = Travel(date: self.end.adding(days: -1)) },
                                   availability: Availability(from: start, to: end.adding(days: -1)))), [],
                       "a guest leaving a day early fits a household available a day less")
    }

    func testAccessibility() {
        XCTAssertEqual(kinds(world(guest: { $0.needsStepFree = true }, host: { $0.stepFree = false })), ["access"])
        XCTAssertEqual(kinds(world(guest: { $0.needsGroundFloor = true }, host: { $0.groundFloor = false })), ["access"])
    }

    func testNotOfferedHouseholdBlocksEverything() {
        let w = world()
        let offer = HostingOffer(household: w.2.household, availability: nil)
        XCTAssertEqual(w.0.evaluate(w.1, with: offer).blockers, [.notOffered])
    }

    func testStayTogetherGroupIsOneUnitAndNeedsTheBeds() {
        let partner = Participant(id: 11, visitId: 1, givenName: "Hugo", familyName: "Bonnet", townId: 2, stayTogetherWith: [10])
        let w = world(host: { $0.beds = 1 }, partner: partner)
        XCTAssertEqual(w.1.size, 2)
        XCTAssertEqual(kinds(w), ["beds"])
    }

    func testDietAsAHardRuleOnlyUnderThePolicy() {
        let vegan: (inout Participant) -> Void = { $0.diets = [.vegan] }
        XCTAssertEqual(kinds(world(guest: vegan)), [])
        XCTAssertEqual(kinds(world(guest: vegan, settings: { $0.dietIsHard = true })), ["diet"])
        XCTAssertEqual(kinds(world(guest: vegan, host: { $0.canCook = [.vegan] }, settings: { $0.dietIsHard = true })), [])
    }

    func testPreferencesScoreAndExplain() {
        let w = world(guest: { $0.requestedHouseholdId = 20 },
                      host: { $0.hostingHistory = [HostingRecord(year: 2023, note: "famille française")] })
        let evaluation = w.0.evaluate(w.1, with: w.2)
        let texts = evaluation.reasons.filter(\.met).map(\.text)
        XCTAssertTrue(texts.contains("shared language en B1"), "\(texts)")
        XCTAssertTrue(texts.contains("requested by the guest"), "\(texts)")
        XCTAssertTrue(texts.contains("hosted guests from this partner town before (2023)"), "\(texts)")
        let s = PlacementSettings()
        XCTAssertEqual(evaluation.score, s.sharedLanguage * 3 + s.requestedHousehold + s.hostedThisTownBefore - s.fairLoadPerYear)
    }

    func testNoSharedLanguageIsSaid() {
        let w = world(guest: { $0.languages = [.init(code: "fr", level: .native)] })
        XCTAssertTrue(w.0.evaluate(w.1, with: w.2).summary.contains("no shared language"))
    }

    func testBackupHouseholdIsPenalised() {
        let plain = world()
        let backup = world(availability: Availability(from: start, to: end, isBackup: true))
        XCTAssertEqual(backup.0.evaluate(backup.1, with: backup.2).score,
                       plain.0.evaluate(plain.1, with: plain.2).score - PlacementSettings().backupHousehold)
    }

    func testHouseholdsStatedPreference() {
        let pref = world(host: { $0.prefersGuests = .girlsOrWomen })
        XCTAssertTrue(pref.0.evaluate(pref.1, with: pref.2).reasons.contains { $0.met && $0.text == "the family prefers girls or women" })
        let other = world(host: { $0.prefersGuests = .boysOrMen })
        let evaluation = other.0.evaluate(other.1, with: other.2)
        XCTAssertTrue(evaluation.reasons.contains { !$0.met && $0.text == "the family would rather host boys or men" })
        XCTAssertEqual(pref.0.evaluate(pref.1, with: pref.2).score - evaluation.score, PlacementSettings().householdPreference)
    }

    func testDistanceToTheCentreWhereCoordinatesExist() {
        let near = world(host: { $0.latitude = 49.2160; $0.longitude = 15.4270 })
        XCTAssertFalse(near.0.evaluate(near.1, with: near.2).reasons.contains { $0.text.contains("km from the centre") },
                       "the host town has no coordinates in this world: no distance")
        // With the host town's coordinates, 0.1° of latitude is about 11.1 km.
        let hostTown = Town(id: 1, name: "Horní Lhota", countryCode: "CZ", latitude: 49.2, longitude: 15.4)
        let far = world(host: { $0.latitude = 49.3; $0.longitude = 15.4 })
        let snapshot = VisitSnapshot(details: VisitDetails(visit: far.3.visit, hostTown: hostTown, partnerTowns: far.3.details.partnerTowns),
                                     participants: far.3.participants, offers: far.3.offers, placements: [], placementSettings: PlacementSettings())
        let reason = PlacementRules(snapshot).evaluate(far.1, with: far.2).reasons.first { $0.text.contains("km from the centre") }
        XCTAssertEqual(reason?.text, "11.1 km from the centre")
        XCTAssertEqual(reason?.points, -Int((11.12 * Double(PlacementSettings().distancePerKm)).rounded()))
    }
}
