import Foundation
import PlannerCore

/// The calendar of one export: its name and its events, for the visit, a person, an
/// interpreter or a host family, computed from the snapshot alone.
struct ICalCalendar: Sendable {
    let name: String
    let events: [ICalEvent]
    /// The visit's zone (X-WR-TIMEZONE, and the VTIMEZONE of a calendar without events).
    let visitZone: String
    /// The years of the visit (the VTIMEZONE of a calendar without events).
    let visitYears: ClosedRange<Int>

    init(_ job: ExportJob) {
        let snapshot = job.snapshot
        let uids = ICalUIDs(snapshot)
        let visitTitle = snapshot.visit.title
        visitZone = snapshot.details.hostTown.timeZone
        visitYears = snapshot.visit.startDate.year...max(snapshot.visit.startDate.year, snapshot.visit.endDate.year)
        switch job.target {
        case .visit:
            name = visitTitle
            let languages = TitleLanguages.list(preferred: job.languages, visit: snapshot.visit)
            events = Self.visitEvents(snapshot, languages: languages, uids: uids)
        case .person(let person):
            name = Localization.tr("{visit}: {name}").filling(["visit": visitTitle, "name": person.fullName])
            events = Self.withCancellations(snapshot) { snapshot in
                Self.personEvents(PersonSchedule(person, in: snapshot, languages: job.languages), uids: uids, interpreting: false)
            }
        case .interpreter(let person):
            name = Localization.tr("{visit}: {name} (interpreting)").filling(["visit": visitTitle, "name": person.fullName])
            events = Self.withCancellations(snapshot) { snapshot in
                Self.personEvents(PersonSchedule(person, in: snapshot, languages: job.languages), uids: uids, interpreting: true)
            }
        case .household(let household):
            name = Localization.tr("{visit}: {name}").filling(["visit": visitTitle, "name": household.name])
            events = Self.withCancellations(snapshot) { snapshot in
                Self.householdEvents(HouseholdSchedule(household, in: snapshot, languages: job.languages), uids: uids)
            }
        }
    }

    /// The VCALENDAR: a VTIMEZONE for every TZID the events use (sorted), then the events.
    /// An item's event takes the item's revision as SEQUENCE (other events 0); `stamp` is DTSTAMP.
    func component(stamp: Date, revisions: [Int64: Int]) -> ICalComponent {
        var calendar = ICalComponent("VCALENDAR")
        calendar.add("PRODID", "-//VisitPlanner//VisitPlanner iCal export 1.0//EN")
        calendar.add("VERSION", "2.0")
        calendar.add("CALSCALE", "GREGORIAN")
        calendar.add("METHOD", "PUBLISH")
        calendar.addText("X-WR-CALNAME", name)
        calendar.addText("X-WR-TIMEZONE", visitZone)
        var years: [String: ClosedRange<Int>] = [:]
        for case let (zone, span)? in events.map(\.when.zoneYears) {
            let known = years[zone] ?? span
            years[zone] = min(known.lowerBound, span.lowerBound)...max(known.upperBound, span.upperBound)
        }
        // RFC 5545 wants at least one component: a calendar with no event keeps the visit's zone.
        if events.isEmpty { years[visitZone] = visitYears }
        for zone in years.keys.sorted() {
            calendar.components.append(ICalTimeZone.component(for: zone, years: years[zone]!))
        }
        var seen: [String: Int] = [:]
        for event in events {
            // Two events of one file never share a UID (a calendar would keep only one).
            let count = seen[event.uid, default: 0]
            seen[event.uid] = count + 1
            let unique = count == 0 ? event : ICalEvent(uid: event.uid.replacingOccurrences(of: "@", with: "-\(count + 1)@"),
                                                        when: event.when, summary: event.summary, description: event.description,
                                                        location: event.location, status: event.status, itemId: event.itemId)
            calendar.components.append(unique.component(stamp: stamp, sequence: event.itemId.flatMap { revisions[$0] } ?? 0))
        }
        return calendar
    }

    // MARK: The visit

    /// Every item of the programme, cancelled ones included.
    static func visitEvents(_ snapshot: VisitSnapshot, languages: [String], uids: ICalUIDs) -> [ICalEvent] {
        let audiences = AudienceResolver(snapshot)
        let names = Dictionary(snapshot.participants.compactMap { p in p.id.map { ($0, p.fullName) } }, uniquingKeysWith: { a, _ in a })
        return snapshot.programme.map { item in
            var lines: [String] = []
            let text = item.description(in: languages)
            if !text.isEmpty { lines.append(text) }
            lines.append(Localization.tr("For: {audience}").filling(["audience": audiences.summary(of: item.audience)]))
            lines += mealsAndTransport(item.meals.map { ScheduleMeal(kind: $0.kind, provider: $0.provider) }, transport: item.transport)
            let assigned = snapshot.assignments.filter { $0.itemId == item.id }
            if !assigned.isEmpty {
                var pairs: [LanguagePair] = []
                for assignment in assigned where !pairs.contains(assignment.pair) { pairs.append(assignment.pair) }
                let duties = pairs.map { pair in
                    "\(pair) " + assigned.filter { $0.pair == pair }.compactMap { names[$0.interpreterId] }.joined(separator: ", ")
                }
                lines.append(Localization.tr("Interpreting: {duties}").filling(["duties": duties.joined(separator: "; ")]))
            }
            return ICalEvent(uid: uids.item(item.id), when: ICalEvent.When(item.timing), summary: item.title(in: languages),
                             description: lines.joined(separator: "\n"), location: item.location, status: item.status, itemId: item.id)
        }
    }

    // MARK: A person or an interpreter

    /// The items of a person's schedule, and their arrival and departure when their time is
    /// known. For an interpreter's work (`interpreting`), only the items they interpret at, with
    /// the directions (and colleagues) in the summary and the description.
    static func personEvents(_ schedule: PersonSchedule, uids: ICalUIDs, interpreting: Bool) -> [ICalEvent] {
        schedule.entries.compactMap { entry -> ICalEvent? in
            switch entry.event {
            case .item(let item, let involvement):
                var summary = entry.title
                var lines: [String] = []
                let text = item.description(in: schedule.languages)
                if !text.isEmpty { lines.append(text) }
                if interpreting {
                    guard case .interprets(let duties) = involvement else { return nil }
                    summary += " (" + duties.map(\.pair.description).joined(separator: ", ") + ")"
                    lines.append(involvement.summary)
                    lines.append(Localization.tr("Mode: {mode}; working language: {language}")
                        .filling(["mode": item.interpretation.mode.displayName, "language": item.workingLanguage]))
                } else if involvement != .attends {
                    lines.append(involvement.summary)
                }
                lines += mealsAndTransport(entry.meals, transport: entry.transport)
                return ICalEvent(uid: uids.item(item.id), when: ICalEvent.When(entry.time), summary: summary,
                                 description: lines.joined(separator: "\n"), location: entry.location, status: item.status,
                                 itemId: item.id)
            case .arrival, .departure:
                // A day without a time would be an all-day event that says nothing useful.
                guard !interpreting, !entry.time.isTimeUnknown else { return nil }
                let uid: String
                if case .arrival = entry.event { uid = uids.arrival(of: schedule.participant) } else { uid = uids.departure(of: schedule.participant) }
                return ICalEvent(uid: uid, when: ICalEvent.When(entry.time), summary: entry.title,
                                 description: mealsAndTransport([], transport: entry.transport).joined(separator: "\n"),
                                 location: entry.location)
            }
        }
    }

    // MARK: A host family

    /// The family's tasks: meeting the guests, bringing and picking them up, the items with the
    /// families, the meals it serves, the guests' departure.
    static func householdEvents(_ schedule: HouseholdSchedule, uids: ICalUIDs) -> [ICalEvent] {
        let household = schedule.household
        return schedule.entries.compactMap { entry -> ICalEvent? in
            guard let guest = entry.guests.first else { return nil }
            let day = ICalValue.date(entry.time.day)
            let uid: String
            switch entry.task {
            case .guestsArrive: uid = uids.task("arrive", of: household, guest.uuid)
            case .guestsLeave: uid = uids.task("leave", of: household, guest.uuid)
            case .bring: uid = uids.task("bring", of: household, "\(day)-\(guest.uuid)")
            case .pickUp: uid = uids.task("pickup", of: household, "\(day)-\(guest.uuid)")
            case .takePart(let item): uid = uids.item(item.id)
            case .meal(let kind, let item?): uid = uids.task("meal-\(kind.rawValue)", of: household, "item-\(item.id ?? 0)")
            case .meal(let kind, nil): uid = uids.task(kind.rawValue, of: household, day)
            }
            let item = entry.item
            let description = item?.description(in: schedule.languages) ?? ""
            return ICalEvent(uid: uid, when: ICalEvent.When(entry.time), summary: entry.summary, description: description,
                             location: entry.location, status: item?.status, itemId: item?.id)
        }
    }

    // MARK: Shared

    /// "Meals: Dinner (host family: Dvořák)", "Transport: Bus from Náměstí Míru at 13:30".
    static func mealsAndTransport(_ meals: [ScheduleMeal], transport: String) -> [String] {
        var lines: [String] = []
        if !meals.isEmpty { lines.append(Localization.tr("Meals: {meals}").filling(["meals": meals.map(\.summary).joined(separator: ", ")])) }
        if !transport.isEmpty { lines.append(Localization.tr("Transport: {transport}").filling(["transport": transport])) }
        return lines
    }

    /// `make`'s events, plus those it would give if the cancelled items were still on
    /// (STATUS:CANCELLED), when the current schedule no longer has an event with that UID: a
    /// calendar that imported an earlier file then shows the item as cancelled instead of
    /// keeping it as it was. Schedules leave cancelled items out; the visit's file keeps them.
    static func withCancellations(_ snapshot: VisitSnapshot, _ make: (VisitSnapshot) -> [ICalEvent]) -> [ICalEvent] {
        let current = make(snapshot)
        let cancelled = Set(snapshot.programme.filter { !$0.isActive }.compactMap(\.id))
        guard !cancelled.isEmpty else { return current }
        let restored = VisitSnapshot(
            details: snapshot.details, participants: snapshot.participants, offers: snapshot.offers, placements: snapshot.placements,
            placementSettings: snapshot.placementSettings, budgetLines: snapshot.budgetLines, funding: snapshot.funding,
            exchangeRates: snapshot.exchangeRates,
            programme: snapshot.programme.map { item in
                var item = item
                if !item.isActive { item.status = .planned }
                return item
            },
            groups: snapshot.groups, interpreters: snapshot.interpreters, assignments: snapshot.assignments,
            itinerarySettings: snapshot.itinerarySettings, retention: snapshot.retention)
        let known = Set(current.map(\.uid))
        let gone = make(restored).filter { event in
            !known.contains(event.uid) && event.itemId.map(cancelled.contains) == true
        }.map(\.cancelled)
        guard !gone.isEmpty else { return current }
        let zone = snapshot.timeZone
        // Back in agenda order; ties keep the schedule's order.
        return (current + gone).enumerated().sorted { a, b in
            let (x, y) = (a.element.when.start(visitZone: zone), b.element.when.start(visitZone: zone))
            return x != y ? x < y : a.offset < b.offset
        }.map(\.element)
    }
}

extension ICalEvent.When {
    /// The first instant: the start in its zone, or midnight of the first day on the visit's clock.
    func start(visitZone: TimeZone) -> Date {
        switch self {
        case .timed(let start, _, let zone): start.instant(in: TimeZone.named(zone))
        case .days(let first, _): LocalDateTime(date: first, time: TimeOfDay(hour: 0, minute: 0)!).instant(in: visitZone)
        }
    }
}

extension String {
    /// Replaces `{name}` placeholders (translations may reorder them).
    func filling(_ values: [String: String]) -> String {
        var result = self
        for (key, value) in values { result = result.replacingOccurrences(of: "{\(key)}", with: value) }
        return result
    }
}
