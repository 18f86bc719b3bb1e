import Foundation
@testable import PlannerCore

/// Builds a visit with a programme and interpreters in memory (no store), for the interpreting
/// tests. Times are wall-clock in Europe/Prague, days in May 2027 (13th to 17th).
struct InterpretingFixture {
    var visitLanguages = ["cs", "de", "fr", "pl", "en"]
    var participants: [Participant] = []
    var items: [ProgrammeItem] = []
    var interpreters: [Interpreter] = []
    var assignments: [InterpretingAssignment] = []
    var groups: [VisitGroup] = []
    var settings = ItinerarySettings()
    private var nextId: Int64 = 1

    static let zone = "Europe/Prague"

    static func day(_ d: Int) -> CalendarDate { CalendarDate(year: 2027, month: 5, day: d)! }

    static func at(_ d: Int, _ time: String) -> LocalDateTime {
        LocalDateTime(date: day(d), time: TimeOfDay(text: time)!)
    }

    private mutating func newId() -> Int64 {
        defer { nextId += 1 }
        return nextId
    }

    /// A listener; `languages` as the participant form reads them ("cs native, de B1").
    @discardableResult
    mutating func person(_ given: String, _ family: String = "Test", role: Role = .adult, speaks languages: String) -> Int64 {
        let id = newId()
        participants.append(Participant(id: id, visitId: 1, givenName: given, familyName: family, role: role,
                                        languages: try! LanguageSkill.parseList(languages)))
        return id
    }

    /// `count` listeners speaking `languages`.
    mutating func people(_ count: Int, speaking languages: String) -> [Int64] {
        (0..<count).map { _ in person("P\(nextId)", speaks: languages) }
    }

    /// An interpreter: a participant with the role and a profile. `pairs` as "cs>de de>cs".
    @discardableResult
    mutating func interpreter(_ given: String, _ family: String = "Interpreter", pairs: String,
                              modes: [InterpretingMode] = [.consecutive, .simultaneous, .whispered],
                              available: [(from: LocalDateTime, to: LocalDateTime)] = [], maxPerDay: Int = 360) -> Int64 {
        let id = newId()
        participants.append(Participant(id: id, visitId: 1, givenName: given, familyName: family, role: .interpreter))
        interpreters.append(Interpreter(participantId: id, visitId: 1,
                                        pairs: pairs.split(separator: " ").map { LanguagePair(text: String($0))! },
                                        modes: modes, availability: available.map { AvailabilityWindow(start: $0.from, end: $0.to) },
                                        maxMinutesPerDay: maxPerDay))
        return id
    }

    /// A timed item on May `day`, "09:00" to "11:00" (an end before the start means the next day).
    @discardableResult
    mutating func item(_ title: String, day: Int = 14, from: String = "09:00", to: String = "10:00", language: String = "cs",
                       place: String = "", audience: Audience = .everyone, plan: InterpretationPlan = InterpretationPlan(),
                       status: ItemStatus = .planned) -> Int64 {
        let id = newId()
        let start = Self.at(day, from)
        var end = Self.at(day, to)
        if end <= start { end = Self.at(day + 1, to) }
        items.append(ProgrammeItem(id: id, visitId: 1, titles: ["cs": title], timing: ItemTiming(start: start, end: end, timeZone: Self.zone),
                                   location: ItemLocation(name: place), audience: audience, workingLanguage: language,
                                   status: status, interpretation: plan))
        return id
    }

    mutating func assign(_ interpreter: Int64, at item: Int64, _ pair: String, manual: Bool = false) {
        assignments.append(InterpretingAssignment(itemId: item, interpreterId: interpreter, pair: LanguagePair(text: pair)!, manual: manual))
    }

    var snapshot: VisitSnapshot {
        let host = Town(id: 1, name: "Horní Lhota", countryCode: "CZ", languages: ["cs"], timeZone: Self.zone)
        let visit = Visit(id: 1, title: "Interpreting test", hostTownId: 1, kind: .citizensMeeting,
                          startDate: Self.day(13), endDate: Self.day(17), languages: visitLanguages, currency: "CZK")
        return VisitSnapshot(details: VisitDetails(visit: visit, hostTown: host, partnerTowns: []),
                             participants: participants, offers: [], placements: [], placementSettings: PlacementSettings(),
                             programme: items, groups: groups, interpreters: interpreters, assignments: assignments,
                             itinerarySettings: settings)
    }
}

extension AssignmentPlan {
    /// The plan's assignments as "interpreterId item pair" lines, for readable comparisons.
    func lines(_ names: [Int64: String] = [:]) -> [String] {
        assignments.map { "\(names[$0.interpreterId] ?? String($0.interpreterId)) \($0.itemId) \($0.pair)" }
    }
}
