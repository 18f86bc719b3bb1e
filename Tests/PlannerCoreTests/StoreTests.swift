import XCTest
@testable import PlannerCore

final class StoreTests: XCTestCase {
    let today = CalendarDate(year: 2027, month: 3, day: 1)!

    private func date(_ text: String) throws -> CalendarDate { try XCTUnwrap(CalendarDate(iso: text)) }

    private func draft() throws -> VisitDraft {
        VisitDraft(title: "Ascension", hostTown: .init(name: "Horní Lhota", countryCode: "cz"),
                   partnerTowns: [.init(name: "Saint-Aubin-sur-Loire", countryCode: "FR"),
                                  .init(name: "Birkenfeld am See", countryCode: "DE")],
                   kind: .youthExchange, startDate: try date("2027-05-13"), endDate: try date("2027-05-17"),
                   languages: ["cs", "FR"], currency: "czk", status: .confirmed, notes: "Bring flags")
    }

    func testVisitRoundTrip() throws {
        let store = try PlannerStore()
        let id = try store.createVisit(try draft())
        let details = try XCTUnwrap(try store.visit(id: id))
        let visit = details.visit
        XCTAssertEqual(visit.id, id)
        XCTAssertEqual(visit.title, "Ascension")
        XCTAssertEqual(visit.kind, .youthExchange)
        XCTAssertEqual(visit.startDate, try date("2027-05-13"))
        XCTAssertEqual(visit.endDate, try date("2027-05-17"))
        XCTAssertEqual(visit.languages, ["cs", "fr"])
        XCTAssertEqual(visit.currency, "CZK")
        XCTAssertEqual(visit.status, .confirmed)
        XCTAssertEqual(visit.notes, "Bring flags")
        XCTAssertEqual(visit.nights, 4)
        XCTAssertEqual(details.hostTown.name, "Horní Lhota")
        XCTAssertEqual(details.hostTown.countryCode, "CZ")
        XCTAssertEqual(details.hostTown.timeZone, "Europe/Prague")
        XCTAssertEqual(details.partnerTowns.map(\.label), ["Saint-Aubin-sur-Loire (FR)", "Birkenfeld am See (DE)"])
        XCTAssertEqual(details.partnerTowns.map(\.timeZone), ["Europe/Paris", "Europe/Berlin"])
        XCTAssertEqual(VisitDraft(details), try { var d = try draft(); d.hostTown.countryCode = "CZ"
                                                 d.languages = ["cs", "fr"]; d.currency = "CZK"; return d }())
        let summaries = try store.visits()
        XCTAssertEqual(summaries.map(\.id), [id])
        XCTAssertEqual(summaries.first?.participantCount, 0)
    }

    func testUpdateVisitReplacesFieldsAndPartners() throws {
        let store = try PlannerStore()
        let id = try store.createVisit(try draft())
        var changed = try draft()
        changed.title = "Ascension 2027"
        changed.partnerTowns = [.init(name: "Zielona Dolina", countryCode: "PL"), .init(name: "Saint-Aubin-sur-Loire", countryCode: "FR")]
        changed.endDate = try date("2027-05-18")
        changed.status = .done
        try store.updateVisit(id: id, with: changed)
        let details = try XCTUnwrap(try store.visit(id: id))
        XCTAssertEqual(details.visit.title, "Ascension 2027")
        XCTAssertEqual(details.visit.endDate, try date("2027-05-18"))
        XCTAssertEqual(details.visit.status, .done)
        XCTAssertEqual(details.partnerTowns.map(\.name), ["Zielona Dolina", "Saint-Aubin-sur-Loire"])
        XCTAssertThrowsError(try store.updateVisit(id: 999, with: changed)) { error in
            guard case .notFound = error as? PlannerError else { return XCTFail("\(error)") }
        }
    }

    func testInvalidVisitThrowsAndStoresNothing() throws {
        let store = try PlannerStore()
        var bad = try draft()
        bad.endDate = try date("2027-05-01")
        XCTAssertThrowsError(try store.createVisit(bad)) { error in
            XCTAssertEqual(error as? PlannerError, .invalid(ValidationFailure([.init(.endDate, .endBeforeStart)])))
        }
        XCTAssertEqual(try store.visits().count, 0)
    }

    func testFindVisitByIdAndTitle() throws {
        let store = try PlannerStore()
        let first = try store.createVisit(try draft())
        XCTAssertEqual(try store.findVisit(String(first)).id, first)
        XCTAssertEqual(try store.findVisit("Ascension").id, first)
        XCTAssertThrowsError(try store.findVisit("Pentecost")) { error in
            XCTAssertEqual(error as? PlannerError, .notFound(.visit, key: "Pentecost"))
        }
        XCTAssertThrowsError(try store.findVisit("4242")) { error in
            XCTAssertEqual(error as? PlannerError, .notFound(.visit, key: "4242"))
        }
        try store.createVisit(try draft())
        XCTAssertThrowsError(try store.findVisit("Ascension")) { error in
            XCTAssertEqual(error as? PlannerError, .ambiguous(.visit, key: "Ascension"))
        }
        XCTAssertEqual(try store.findVisit(String(first)).id, first, "an id is never ambiguous")
    }

    private func fullParticipant(visitId: Int64, townId: Int64?) throws -> Participant {
        Participant(visitId: visitId, givenName: " Zoé ", familyName: "Guérin", townId: townId, role: .youth,
                    birthDate: try date("2013-02-04"), gender: .female,
                    languages: [LanguageSkill(code: "fr", level: .native), LanguageSkill(code: "en", level: .b1)],
                    diets: [.other, .glutenFree], dietNote: "sans porc", allergies: "pollen",
                    petAllergy: PetAllergy(kinds: [.cat]), smoker: true, needsStepFree: true, needsGroundFloor: true,
                    arrival: Travel(date: try date("2027-05-13"), time: TimeOfDay(hour: 17, minute: 0), means: .bus, place: "Náměstí Míru"),
                    departure: Travel(date: try date("2027-05-17"), time: TimeOfDay(hour: 8, minute: 30), means: .train, place: "Nádraží"),
                    emergencyContact: EmergencyContact(name: "Claire Guérin", phone: "+33 6 00 00 00 01"),
                    parentalConsent: true, photoConsent: true, phone: "+33 6 73 89 51 94",
                    email: "zoe.guerin@example.fr", notes: "Première visite")
    }

    func testParticipantRoundTripOfEveryField() throws {
        let store = try PlannerStore()
        let visitId = try store.createVisit(try draft())
        let townId = try XCTUnwrap(try store.visit(id: visitId)?.partnerTowns.first?.id)
        let friend = try store.save(Participant(visitId: visitId, givenName: "Maël", familyName: "Guérin"), today: today)
        var original = try fullParticipant(visitId: visitId, townId: townId)
        original.stayTogetherWith = [try XCTUnwrap(friend.id)]
        let saved = try store.save(original, today: today)
        let id = try XCTUnwrap(saved.id)
        XCTAssertEqual(saved.givenName, "Zoé", "names are trimmed")
        let loaded = try store.findParticipant(String(id), inVisit: visitId)
        var expected = original
        expected.id = id
        expected.givenName = "Zoé"
        expected.source = .enteredByHand(on: today)  // saved one by one: typed in
        XCTAssertEqual(loaded, expected)
        XCTAssertEqual(try store.participants(ofVisit: visitId).map(\.fullName), ["Maël Guérin", "Zoé Guérin"])
        XCTAssertEqual(try store.findParticipant("Zoé Guérin", inVisit: visitId).id, id)
        XCTAssertEqual(try store.visits().first?.participantCount, 2)
    }

    func testParticipantUpdate() throws {
        let store = try PlannerStore()
        let visitId = try store.createVisit(try draft())
        var saved = try store.save(try fullParticipant(visitId: visitId, townId: nil), today: today)
        saved.allergies = ""
        saved.petAllergy = nil
        saved.role = .leader
        saved.arrival = nil
        let updated = try store.save(saved, today: today)
        XCTAssertEqual(updated.id, saved.id)
        XCTAssertEqual(try store.participants(ofVisit: visitId), [saved])
    }

    func testInvalidParticipantThrowsAndStoresNothing() throws {
        let store = try PlannerStore()
        let visitId = try store.createVisit(try draft())
        var bad = try fullParticipant(visitId: visitId, townId: nil)
        bad.email = "zoe.guerin"
        bad.birthDate = today.adding(days: 10)
        XCTAssertThrowsError(try store.save(bad, today: today)) { error in
            XCTAssertEqual(error as? PlannerError,
                           .invalid(ValidationFailure([.init(.birthDate, .inFuture), .init(.email, .invalidEmail)])))
        }
        bad = try fullParticipant(visitId: visitId, townId: nil)
        bad.stayTogetherWith = [12345]
        XCTAssertThrowsError(try store.save(bad, today: today)) { error in
            XCTAssertEqual(error as? PlannerError, .invalid(ValidationFailure([.init(.stayTogetherWith, .unknownParticipant)])))
        }
        XCTAssertEqual(try store.participants(ofVisit: visitId), [])
        XCTAssertThrowsError(try store.save(try fullParticipant(visitId: 999, townId: nil), today: today))
    }

    func testDeleteThenRestoreParticipantKeepsIdAndLink() throws {
        let store = try PlannerStore()
        let visitId = try store.createVisit(try draft())
        let ines = try store.save(Participant(visitId: visitId, givenName: "Inès", familyName: "Bernard"), today: today)
        let lucas = try store.save(Participant(visitId: visitId, givenName: "Lucas", familyName: "Bernard",
                                               stayTogetherWith: [try XCTUnwrap(ines.id)]), today: today)
        var inesLinked = ines
        inesLinked.stayTogetherWith = [try XCTUnwrap(lucas.id)]
        try store.save(inesLinked, today: today)

        let inesId = try XCTUnwrap(ines.id)
        let (_, deleted) = try store.recordingChanges { try store.deleteParticipant(id: inesId) }
        XCTAssertEqual(try store.participants(ofVisit: visitId).map(\.fullName), ["Lucas Bernard"])
        let snapshot = try XCTUnwrap(try store.snapshot(ofVisit: visitId))
        XCTAssertTrue(ProblemFinder.problems(in: snapshot).contains { $0.subject == .participant(lucas.id!) },
                      "a link to a deleted person is reported")

        try store.revert(deleted)
        let back = try store.participants(ofVisit: visitId)
        XCTAssertEqual(back.first { $0.givenName == "Inès" }?.id, ines.id)
        XCTAssertEqual(back.first { $0.givenName == "Inès" }?.stayTogetherWith, [lucas.id!])
        XCTAssertEqual(back.first { $0.givenName == "Lucas" }?.stayTogetherWith, [ines.id!])
        XCTAssertThrowsError(try store.deleteParticipant(id: 4242))
    }

    private func fullHousehold() -> Household {
        Household(name: "Alena a Lukáš Dvořák", contactPerson: "Lukáš Dvořák", address: "Komenského 155, 592 31 Horní Lhota",
                  phone: "+420 713 138 477", email: "dvorak22@example.cz", beds: 2, pets: [.bird, .dog], smoking: true,
                  languages: [LanguageSkill(code: "cs", level: .native), LanguageSkill(code: "en", level: .b1)],
                  children: [HostChild(age: 12, gender: .male), HostChild(age: 6)],
                  adults: [HostAdult(name: "Alena Dvořák", checkValidUntil: CalendarDate(iso: "2028-01-31")),
                           HostAdult(name: "Lukáš Dvořák")],
                  stepFree: true, groundFloor: true, canCook: [.vegetarian, .glutenFree], notes: "Rádi opět přivítáme",
                  hostingHistory: [HostingRecord(year: 2019, note: "famille française"), HostingRecord(year: 2023, note: "famille française")])
    }

    func testHouseholdRoundTripWithAvailability() throws {
        let store = try PlannerStore()
        let visitId = try store.createVisit(try draft())
        let availability = Availability(from: try date("2027-05-12"), to: try date("2027-05-17"))
        let saved = try store.save(fullHousehold(), availability: availability, forVisit: visitId)
        let id = try XCTUnwrap(saved.id)
        var expected = fullHousehold()
        expected.id = id
        expected.uuid = saved.uuid
        expected.source = .enteredByHand(on: .today())  // saved one by one: typed in
        XCTAssertEqual(try store.households(), [expected])
        XCTAssertEqual(try store.findHousehold("Alena a Lukáš Dvořák"), expected)
        XCTAssertEqual(try store.findHousehold(String(id)), expected)
        let offers = try store.hostingOffers(forVisit: visitId)
        XCTAssertEqual(offers.map(\.availability), [availability])

        // Update: fields change, availability withdrawn, id kept.
        var changed = saved
        changed.beds = 4
        changed.adults.removeLast()
        try store.save(changed, availability: nil, forVisit: visitId)
        XCTAssertEqual(try store.households(), [changed])
        XCTAssertEqual(try store.hostingOffers(forVisit: visitId).map(\.availability), [nil])
        XCTAssertThrowsError(try store.findHousehold("Nobody"))
    }

    func testInvalidHouseholdThrowsAndStoresNothing() throws {
        let store = try PlannerStore()
        let visitId = try store.createVisit(try draft())
        var bad = fullHousehold()
        bad.beds = -1
        XCTAssertThrowsError(try store.save(bad, availability: nil, forVisit: visitId)) { error in
            XCTAssertEqual(error as? PlannerError, .invalid(ValidationFailure([.init(.beds, .negative)])))
        }
        let backwards = Availability(from: try date("2027-05-17"), to: try date("2027-05-13"))
        XCTAssertThrowsError(try store.save(fullHousehold(), availability: backwards, forVisit: visitId))
        XCTAssertEqual(try store.households(), [])
    }

    func testDeleteThenRestoreHouseholdKeepsIdAndAvailability() throws {
        let store = try PlannerStore()
        let visitId = try store.createVisit(try draft())
        let availability = Availability(from: try date("2027-05-13"), to: try date("2027-05-17"))
        let saved = try store.save(fullHousehold(), availability: availability, forVisit: visitId)
        let householdId = try XCTUnwrap(saved.id)
        let (_, deleted) = try store.recordingChanges { try store.deleteHousehold(id: householdId) }
        XCTAssertEqual(try store.households(), [])
        try store.revert(deleted)
        XCTAssertEqual(try store.households(), [saved])
        XCTAssertEqual(try store.hostingOffers(forVisit: visitId).first?.availability, availability)
    }

    func testDeleteThenRestoreVisitKeepsEverything() throws {
        let store = try PlannerStore()
        let visitId = try store.createVisit(try draft())
        let a = try store.save(Participant(visitId: visitId, givenName: "Jade", familyName: "Dubois"), today: today)
        var b = try store.save(Participant(visitId: visitId, givenName: "Éthan", familyName: "Bernard",
                                           stayTogetherWith: [a.id!]), today: today)
        b = try store.save(b, today: today)
        let availability = Availability(from: try date("2027-05-13"), to: try date("2027-05-17"))
        try store.save(fullHousehold(), availability: availability, forVisit: visitId)
        let before = try XCTUnwrap(try store.snapshot(ofVisit: visitId))

        let (_, archive) = try store.recordingChanges { try store.deleteVisit(id: visitId) }
        XCTAssertNil(try store.snapshot(ofVisit: visitId))
        XCTAssertEqual(try store.households().count, 1, "households outlive visits")
        try store.revert(archive)
        XCTAssertEqual(try store.snapshot(ofVisit: visitId), before)
    }
}

final class BatchInsertTests: XCTestCase {
    private func visit(_ store: PlannerStore) throws -> Int64 {
        try store.createVisit(VisitDraft(title: "Batch", hostTown: .init(name: "Horní Lhota", countryCode: "CZ"),
                                         partnerTowns: [.init(name: "Zielona Dolina", countryCode: "PL")],
                                         startDate: CalendarDate(iso: "2027-05-13"), endDate: CalendarDate(iso: "2027-05-17"),
                                         languages: ["cs", "pl"], currency: "CZK"))
    }

    func testInsertsAllWithIds() throws {
        let store = try PlannerStore()
        let visitId = try visit(store)
        let first = try store.insert([Participant(visitId: visitId, givenName: "Zofia", familyName: "Wójcik")])
        let firstId = try XCTUnwrap(first.first?.id)
        let saved = try store.insert([Participant(visitId: visitId, givenName: " Łukasz ", familyName: "Kowalczyk",
                                                  stayTogetherWith: [firstId]),
                                      Participant(visitId: visitId, givenName: "Maja", familyName: "Szymańska")])
        XCTAssertEqual(saved.count, 2)
        XCTAssertTrue(saved.allSatisfy { $0.id != nil })
        XCTAssertEqual(try store.participants(ofVisit: visitId).map(\.fullName),
                       ["Łukasz Kowalczyk", "Maja Szymańska", "Zofia Wójcik"])
    }

    func testOneInvalidRowStoresNothing() throws {
        let store = try PlannerStore()
        let visitId = try visit(store)
        XCTAssertThrowsError(try store.insert([Participant(visitId: visitId, givenName: "Zofia", familyName: "Wójcik"),
                                               Participant(visitId: visitId, givenName: "Maja", familyName: "",
                                                           email: "maja@")])) { error in
            XCTAssertEqual(error as? PlannerError,
                           .invalid(ValidationFailure([.init(.familyName, .required), .init(.email, .invalidEmail)])))
        }
        XCTAssertThrowsError(try store.insert([Participant(visitId: 999, givenName: "A", familyName: "B")]))
        XCTAssertEqual(try store.participants(ofVisit: visitId), [])
    }
}
