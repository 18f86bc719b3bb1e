import XCTest
@testable import PlannerCore

/// Storing the itinerary: the sample's programme, drafts that refuse bad input and write
/// nothing, Undo of deletions with their assignments, groups and interpreter profiles, and a
/// deleted visit taking its programme along.
final class ItineraryStoreTests: XCTestCase {
    var store: PlannerStore!
    var visitId: Int64 = 0

    override func setUpWithError() throws {
        store = try PlannerStore(inMemory: ())
        visitId = try SampleVisit.install(in: store)
    }

    private func snapshot() throws -> VisitSnapshot { try XCTUnwrap(try store.snapshot(ofVisit: visitId)) }

    private func issues(_ draft: ProgrammeItemDraft) -> [ValidationIssue] {
        if case .failure(let failure) = draft.item(visitId: visitId, visitLanguages: ["cs", "fr", "de", "pl"]) { return failure.issues }
        return []
    }

    private func draft(title: String = "Návštěva pivovaru") -> ProgrammeItemDraft {
        ProgrammeItemDraft(titles: ["cs": title], startDate: "2027-05-15", startTime: "10:00", endDate: "2027-05-15",
                           endTime: "11:30", timeZone: "Europe/Prague", workingLanguage: "cs")
    }

    func testSampleProgramme() throws {
        let snapshot = try snapshot()
        XCTAssertEqual(snapshot.programme.count, 13)
        XCTAssertEqual(snapshot.groups.map(\.name), ["Brass band", "Partnership committees", "Youth FR+PL"])
        XCTAssertEqual(snapshot.interpreters.count, 4)
        XCTAssertEqual(snapshot.programme.first?.title(in: ["cs"]), "Příjezd a přivítání starostou")
        XCTAssertEqual(snapshot.programme.first?.title(in: ["de", "cs"]), "Ankunft und Begrüßung durch den Bürgermeister")
        // Agenda order: by real start time.
        let starts = snapshot.programme.map(\.timing.start)
        XCTAssertEqual(starts, starts.sorted())
        let sports = try XCTUnwrap(snapshot.programme.first { $0.timing.isAllDay })
        XCTAssertEqual(sports.timing.days(in: snapshot.timeZone), [try XCTUnwrap(CalendarDate(iso: "2027-05-15"))])
        for item in snapshot.programme {
            XCTAssertEqual(item.issues(visitLanguages: snapshot.visit.languages), [], item.title(in: ["en", "cs"]))
            XCTAssertEqual(item.missingTranslations(of: snapshot.visit.languages), [], "the sample is fully translated")
            XCTAssertFalse(AudienceResolver(snapshot).participants(of: item.audience).isEmpty, item.title(in: ["cs"]))
        }
        let everyone = AudienceResolver(snapshot).participants(of: .everyone)
        XCTAssertEqual(everyone.count, 43, "everyone but the four interpreters")
        XCTAssertFalse(everyone.contains { $0.role == .interpreter })
    }

    func testDraftRefusesBadInputAndWritesNothing() throws {
        var bad = draft(title: " ")
        bad.endTime = "09:00"
        bad.timeZone = "Europe/Atlantis"
        bad.latitude = "49,5"
        XCTAssertEqual(issues(bad), [.init(.title, .missingTitle(language: "cs")), .init(.timeZone, .unknownTimeZone("Europe/Atlantis")),
                                     .init(.itemLocation, .coordinatesIncomplete)])
        bad.timeZone = "Europe/Prague"
        bad.latitude = ""
        bad.titles["cs"] = "Pivovar"
        XCTAssertEqual(issues(bad), [.init(.endTime, .endBeforeStart)])
        bad.startTime = "25:00"
        XCTAssertEqual(issues(bad), [.init(.startTime, .unreadableTime("25:00"))])
        bad.startTime = "10:00"
        bad.startDate = "15. 13. 2027"
        XCTAssertEqual(issues(bad), [.init(.startDate, .unreadableDate("15. 13. 2027"))])
        bad.startDate = "2027-05-15"
        bad.addedNeeds = "cs>de, klingon"
        XCTAssertEqual(issues(bad), [.init(.languagePairs, .unreadablePair("klingon"))])

        let before = try snapshot().programme.count
        XCTAssertThrowsError(try store.saveProgrammeItem(bad, visitId: visitId))
        XCTAssertEqual(try snapshot().programme.count, before, "nothing was written")
    }

    func testEndDateMayBeLeftEmptyAndAllDayNeedsNoTimes() throws {
        var one = draft()
        one.endDate = ""
        XCTAssertEqual(issues(one), [])
        var allDay = draft()
        allDay.allDay = true
        allDay.startTime = ""
        allDay.endTime = ""
        allDay.endDate = "2027-05-16"
        let item = try allDay.item(visitId: visitId, visitLanguages: ["cs"]).get()
        XCTAssertTrue(item.timing.isAllDay)
        XCTAssertEqual(item.timing.minutes, 48 * 60)
    }

    func testAnItemOutsideTheVisitIsStored() throws {
        // Excursions happen the day before: a warning elsewhere, never a refusal.
        var early = draft()
        early.startDate = "2027-05-12"
        early.endDate = "2027-05-12"
        let saved = try store.saveProgrammeItem(early, visitId: visitId)
        XCTAssertNotNil(saved.id)
    }

    func testRoundTripAndDeleteWithUndo() throws {
        var d = draft()
        d.titles["de"] = "Brauereibesuch"
        d.audience = Audience(roles: [.official], hostFamilies: true)
        d.meals = [ProvidedMeal(.lunch, by: .restaurant)]
        d.addedNeeds = "de<>cs"
        d.locationName = "Pivovar"
        d.latitude = "49.5"
        d.longitude = "16.1"
        let saved = try store.saveProgrammeItem(d, visitId: visitId)
        let stored = try XCTUnwrap(try snapshot().programme.first { $0.id == saved.id })
        XCTAssertEqual(stored, saved)
        XCTAssertEqual(stored.interpretation.addedNeeds, [LanguagePair("de", "cs"), LanguagePair("cs", "de")])
        XCTAssertEqual(ProgrammeItemDraft(stored).item(visitId: visitId, id: stored.id, visitLanguages: ["cs"]), .success(stored),
                       "the form's draft of an item gives the same item back")

        let interpreter = try XCTUnwrap(try snapshot().interpreters.first)
        try store.addAssignment(InterpretingAssignment(itemId: saved.id!, interpreterId: interpreter.participantId,
                                                       pair: LanguagePair("cs", "de"), manual: true))
        let (_, deleted) = try store.recordingChanges { try store.deleteProgrammeItem(id: saved.id!) }
        XCTAssertFalse(try snapshot().programme.contains { $0.id == saved.id })
        XCTAssertFalse(try snapshot().assignments.contains { $0.itemId == saved.id }, "assignments go with their item")
        try store.revert(deleted)
        XCTAssertEqual(try snapshot().programme.first { $0.id == saved.id }, saved)
        XCTAssertEqual(try snapshot().assignments.filter { $0.itemId == saved.id }.count, 1)
    }

    func testGroupsAndInterpreters() throws {
        XCTAssertThrowsError(try store.saveGroup(VisitGroup(visitId: visitId, name: "  ")))
        let person = try XCTUnwrap(try snapshot().participants.first { $0.fullName == "Tomáš Král" })
        let draft = InterpreterDraft(pairs: "cs<>de, en>de", modes: [.consecutive],
                                     availability: "2027-05-14 08:00 – 2027-05-17 12:00\n2027-05-13 17:00–19:00",
                                     maxHoursPerDay: "5,5", rate: "4500", currency: "czk", rateUnit: .halfDay)
        let saved = try store.saveInterpreter(draft, participantId: person.id!, visitId: visitId)
        XCTAssertEqual(saved.pairs, [LanguagePair("cs", "de"), LanguagePair("de", "cs"), LanguagePair("en", "de")])
        XCTAssertEqual(saved.maxMinutesPerDay, 330)
        XCTAssertEqual(saved.availability.count, 2)
        XCTAssertEqual(saved.rate, Money(4500, "CZK"))
        XCTAssertEqual(try snapshot().interpreters.first { $0.participantId == person.id }, saved)

        var bad = draft
        bad.pairs = ""
        bad.availability = "tomorrow"
        bad.maxHoursPerDay = "0"
        guard case .failure(let failure) = bad.interpreter(participantId: person.id!, visitId: visitId) else {
            return XCTFail("an interpreter without pairs was accepted")
        }
        XCTAssertEqual(failure.issues, [.init(.languagePairs, .noLanguagePairs), .init(.availability, .unreadableDate("tomorrow")),
                                        .init(.maxHours, .notPositive)])
        XCTAssertThrowsError(try store.saveInterpreter(bad, participantId: person.id!, visitId: visitId))
        XCTAssertEqual(try snapshot().interpreters.first { $0.participantId == person.id }, saved, "nothing changed")
    }

    func testDeletedVisitTakesItsProgrammeAndComesBack() throws {
        let before = try snapshot()
        let (_, archive) = try store.recordingChanges { try store.deleteVisit(id: visitId) }
        try store.revert(archive)
        let after = try snapshot()
        XCTAssertEqual(after.programme, before.programme)
        XCTAssertEqual(after.groups, before.groups)
        XCTAssertEqual(after.interpreters, before.interpreters)
    }

    func testPairsParseBothDirectionsAndFormatBack() throws {
        XCTAssertEqual(try LanguagePair.parseList("cs<>de, en→fr, pl->cs, cs-en"),
                       [LanguagePair("cs", "de"), LanguagePair("de", "cs"), LanguagePair("en", "fr"), LanguagePair("pl", "cs"),
                        LanguagePair("cs", "en")])
        XCTAssertEqual(LanguagePair.format([LanguagePair("cs", "de"), LanguagePair("de", "cs"), LanguagePair("en", "fr")]), "cs↔de, en→fr")
        XCTAssertThrowsError(try LanguagePair.parseList("cs<>cs"))
        XCTAssertThrowsError(try LanguagePair.parseList("czech>german"))
    }
}
