import XCTest
@testable import PlannerCore

/// The programme's problems, each alone on the hand-made visit of `ItineraryWorld`, where Käthe
/// arrives on the first day (time unknown) so that the programme has no problem of its own.
final class ItineraryProblemsTests: XCTestCase {
    private typealias P = ItineraryWorld.Person
    private typealias I = ItineraryWorld.Item
    private typealias G = ItineraryWorld.Group

    private var world = ItineraryWorld()

    override func setUp() {
        world.participants[3].arrival?.date = ItineraryWorld.day("2027-05-13")
    }

    /// The overlap error between two items, found by their titles.
    private func overlap(_ first: String, _ second: String, file: StaticString = #filePath, line: UInt = #line) throws -> VisitProblem {
        try XCTUnwrap(problems.first { $0.message.contains("“cs: \(first)”") && $0.message.contains("“cs: \(second)”") },
                      "no overlap of \(first) and \(second)", file: file, line: line)
    }

    private var problems: [VisitProblem] { ProblemFinder.itineraryProblems(in: world.snapshot) }

    private func add(_ id: Int64, _ title: String, _ timing: ItemTiming, _ audience: Audience) {
        world.items.append(ItineraryWorld.item(id, title, timing, audience))
    }

    func testTheWorldHasNoProblems() {
        XCTAssertEqual(problems, [])
    }

    func testOverlapIsOneErrorPerPairNamingUpToThreePeople() throws {
        // Everyone at a reception during the workshop (Léa, Hugo, Louise) and the meeting (Käthe, Jana).
        add(200, "Reception", ItineraryWorld.timed("2027-05-14", 10, 0, 11, 0), .everyone)
        let found = problems
        XCTAssertEqual(found.count, 2, "\(found.map(\.message))")
        XCTAssertTrue(found.allSatisfy { $0.severity == .error })
        let workshop = try overlap("Workshop", "Reception")
        XCTAssertEqual(workshop.subject, .programmeItem(I.workshop), "about the earlier item")
        XCTAssertEqual(workshop.message,
                       "“cs: Workshop” (2027-05-14 09:00) and “cs: Reception” (2027-05-14 10:00) overlap for Léa Bonnet, Hugo Petit and Louise Fournier")
        let meeting = try overlap("Official meeting", "Reception")
        XCTAssertTrue(meeting.message.hasSuffix("overlap for Käthe Becker and Jana Horáková"), meeting.message)

        // Five people in common: three names and the count.
        world.groups[0].memberIds += [P.kathe, P.jana]
        XCTAssertTrue(try overlap("Workshop", "Reception").message.hasSuffix("overlap for Léa Bonnet, Hugo Petit, Louise Fournier and 2 others"))
        XCTAssertTrue(try overlap("Workshop", "Official meeting").message.hasSuffix("overlap for Käthe Becker and Jana Horáková"))
        world.groups[0].memberIds = [P.lea, P.hugo, P.louise, P.kathe]
        XCTAssertTrue(try overlap("Workshop", "Reception").message.hasSuffix("and 1 other"))
    }

    func testNoOverlapWithoutCommonPeopleOrWhenTouching() {
        add(200, "Youth only", ItineraryWorld.timed("2027-05-14", 12, 0, 14, 0), Audience(groupIds: [G.youth]))
        XCTAssertEqual(problems, [], "12:00–14:00 touches the workshop's end and the excursion's start")
        add(201, "Officials only", ItineraryWorld.timed("2027-05-14", 10, 0, 11, 0), Audience(roles: [.official]))
        XCTAssertEqual(problems.count, 1, "Käthe is also in the meeting")
        XCTAssertEqual(problems.first?.subject, .programmeItem(I.meeting))
    }

    func testAllDayItemsDoNotClash() {
        add(200, "Youth camp", ItemTiming(allDayFrom: ItineraryWorld.day("2027-05-14"), to: ItineraryWorld.day("2027-05-15"),
                                          timeZone: ItineraryWorld.zone), Audience(groupIds: [G.youth]))
        XCTAssertEqual(problems, [])
    }

    func testCancelledItemsCountForNothing() {
        add(200, "Reception", ItineraryWorld.timed("2027-05-14", 13, 0, 14, 0), .everyone)
        XCTAssertEqual(problems.count, 0, "the other item at 13:00 is cancelled")
        world.items[world.items.count - 1].status = .cancelled
        world.items[world.items.count - 1].timing = ItineraryWorld.timed("2027-05-12", 13, 0, 14, 0)
        XCTAssertEqual(problems, [], "not even outside the visit")
    }

    func testOverlapAcrossZones() {
        // 09:30 in Lisbon is 10:30 in Prague: during the meeting.
        add(200, "Call", ItineraryWorld.timed("2027-05-14", 9, 30, 10, 0, zone: "Europe/Lisbon"), Audience(participantIds: [P.jana]))
        XCTAssertEqual(problems.map(\.subject), [.programmeItem(I.meeting)])
        world.items[world.items.count - 1].timing = ItineraryWorld.timed("2027-05-14", 10, 30, 11, 0, zone: "Europe/Lisbon")
        XCTAssertEqual(problems, [], "11:30 in Prague, when the meeting ends")
    }

    func testItemOutsideTheVisitIsAWarning() throws {
        add(200, "Early tour", ItineraryWorld.timed("2027-05-12", 10, 0, 12, 0), Audience(participantIds: [P.jana]))
        add(201, "Late lunch", ItineraryWorld.timed("2027-05-18", 12, 0, 13, 0), Audience(participantIds: [P.jana]))
        let found = problems
        XCTAssertEqual(found.map(\.subject), [.programmeItem(200), .programmeItem(201)])
        XCTAssertTrue(found.allSatisfy { $0.severity == .warning })
        XCTAssertEqual(found[0].message, "“cs: Early tour” (2027-05-12 10:00) is outside the visit’s dates (2027-05-13 – 2027-05-17)")
        // A night item ending on the last day is inside; one starting before the first day is not.
        world.items.removeLast(2)
        add(202, "Night walk", ItemTiming(start: ItineraryWorld.at("2027-05-16", 22), end: ItineraryWorld.at("2027-05-17", 1),
                                          timeZone: ItineraryWorld.zone), Audience(participantIds: [P.jana]))
        XCTAssertEqual(problems, [])
        add(203, "Eve", ItemTiming(start: ItineraryWorld.at("2027-05-12", 23), end: ItineraryWorld.at("2027-05-13", 1),
                                   timeZone: ItineraryWorld.zone), Audience(participantIds: [P.jana]))
        XCTAssertEqual(problems.map(\.subject), [.programmeItem(203)])
    }

    func testBeforeArrivalWithAKnownTime() throws {
        // Léa, Hugo and Louise arrive on the 13th at 17:00 (the welcome, which would overlap, is moved away).
        world.items.removeAll { $0.id == I.welcome }
        add(200, "Early welcome", ItineraryWorld.timed("2027-05-13", 16, 0, 17, 30), Audience(groupIds: [G.youth]))
        let found = problems
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found[0].severity, .warning)
        XCTAssertEqual(found[0].subject, .programmeItem(200))
        XCTAssertEqual(found[0].message,
                       "“cs: Early welcome” (2027-05-13 16:00) starts before the arrival of Léa Bonnet, Hugo Petit and Louise Fournier")
        world.items[world.items.count - 1].timing = ItineraryWorld.timed("2027-05-13", 17, 0, 17, 30)
        XCTAssertEqual(problems, [], "starting as they arrive is fine")
    }

    func testBeforeArrivalWithoutATimeComparesDays() {
        // Käthe arrives on the 14th, time unknown: the items of the 13th she is in are too early.
        world.participants[3].arrival?.date = ItineraryWorld.day("2027-05-14")
        XCTAssertEqual(problems.map(\.subject), [.programmeItem(I.welcome), .programmeItem(I.families)])
        XCTAssertEqual(problems.first?.message, "“cs: Welcome” (2027-05-13 17:00) starts before the arrival of Käthe Becker")
        world.items.removeAll { $0.id == I.welcome || $0.id == I.families }
        add(200, "Breakfast meeting", ItineraryWorld.timed("2027-05-14", 7, 0, 8, 0), Audience(roles: [.official]))
        XCTAssertEqual(problems, [], "the same day: cannot tell")
        add(201, "Eve reception", ItineraryWorld.timed("2027-05-13", 20, 0, 21, 0), Audience(roles: [.official]))
        XCTAssertEqual(problems.map(\.message), ["“cs: Eve reception” (2027-05-13 20:00) starts before the arrival of Käthe Becker"])
        world.items.removeLast()
        add(202, "Market", ItemTiming(allDayFrom: ItineraryWorld.day("2027-05-14"), to: ItineraryWorld.day("2027-05-14"),
                                      timeZone: ItineraryWorld.zone), Audience(roles: [.official, .youth]))
        XCTAssertEqual(problems, [], "an all-day item on the arrival day is fine")
    }

    func testAfterDeparture() {
        // Everyone with travel leaves on the 17th at 08:30; Jana (no travel) is never warned about.
        add(200, "Farewell brunch", ItineraryWorld.timed("2027-05-17", 8, 30, 10, 0), .everyone)
        XCTAssertEqual(problems.map(\.message), [
            "“cs: Farewell brunch” (2027-05-17 08:30) ends after the departure of Léa Bonnet, Hugo Petit, Louise Fournier and 1 other",
        ])
        XCTAssertEqual(problems.first?.severity, .warning)
        world.participants[0].departure?.time = nil
        world.participants[1].departure?.time = nil
        XCTAssertTrue(problems.first?.message.hasSuffix("of Louise Fournier and Käthe Becker") ?? false,
                      "without a time, the departure day itself is fine")
        world.items[world.items.count - 1].timing = ItemTiming(allDayFrom: ItineraryWorld.day("2027-05-17"), to: ItineraryWorld.day("2027-05-17"),
                                                               timeZone: ItineraryWorld.zone)
        XCTAssertEqual(problems, [], "an all-day item on the departure day is compared by days")
    }

    func testAudienceMatchingNobody() {
        add(200, "Empty group", ItineraryWorld.timed("2027-05-15", 10, 0, 11, 0), Audience(groupIds: [G.empty]))
        add(201, "Nothing chosen", ItineraryWorld.timed("2027-05-15", 11, 0, 12, 0), Audience())
        add(202, "Drivers", ItineraryWorld.timed("2027-05-15", 12, 0, 13, 0), Audience(roles: [.driver]))
        let found = problems
        XCTAssertEqual(found.map(\.subject), [.programmeItem(200), .programmeItem(201), .programmeItem(202)])
        XCTAssertTrue(found.allSatisfy { $0.severity == .warning })
        XCTAssertEqual(found[0].message, "“cs: Empty group” (2027-05-15 10:00) is for nobody: its audience matches no participant")
    }

    func testHostFamiliesAloneCountAsSomebodyOnceGuestsArePlaced() {
        add(200, "Host families' meeting", ItineraryWorld.timed("2027-05-12", 18, 0, 19, 0), Audience(hostFamilies: true))
        XCTAssertEqual(problems.count, 1, "only outside the visit")
        world.placements.removeAll()
        XCTAssertEqual(problems.count, 2, "and for nobody while no family lodges a guest")
    }

    func testMissingTranslationIsNotAProblem() {
        world.items[0].titles = ["cs": "Přivítání"]
        XCTAssertEqual(problems, [])
    }

    func testProblemFinderIncludesTheItinerary() {
        add(200, "Reception", ItineraryWorld.timed("2027-05-14", 10, 0, 11, 0), .everyone)
        let all = ProblemFinder.problems(in: world.snapshot)
        let overlaps = all.filter { $0.message.contains(" overlap for ") }
        XCTAssertEqual(Set(overlaps.map(\.subject)), [.programmeItem(I.workshop), .programmeItem(I.meeting)])
        XCTAssertEqual(Set(problems).subtracting(all), [], "every itinerary problem is listed")
    }
}
