import Foundation

/// One participant's part of the visit, in order: the items they attend, lead or interpret at,
/// with the meals there and who serves them, and their own arrival and departure.
///
/// Interpreters get the items they are assigned to (from the snapshot's assignments) and those
/// whose audience names them; "everyone" items are not theirs unless they work there. Cancelled
/// items, and items over before the person arrives or beginning after they leave, are left out.
/// A pure function of a snapshot.
public struct PersonSchedule: Hashable, Sendable {
    public let participant: Participant
    /// The languages titles are taken from, best first.
    public let languages: [String]
    /// The household lodging the person, if they are placed.
    public let household: Household?
    public let entries: [PersonScheduleEntry]

    /// The schedule of `participant`; titles in `languages` first (default: the languages the
    /// person speaks, best first), then in the visit's languages.
    public init(_ participant: Participant, in snapshot: VisitSnapshot, languages: [String] = []) {
        self.init(participant, programme: ResolvedProgramme(snapshot), languages: languages)
    }

    init(_ participant: Participant, programme: ResolvedProgramme, languages: [String]) {
        let snapshot = programme.snapshot
        self.participant = participant
        let titleLanguages = TitleLanguages.list(preferred: languages.isEmpty ? TitleLanguages.spoken(participant.languages) : languages,
                                                 visit: snapshot.visit)
        self.languages = titleLanguages
        let household = participant.id.flatMap(programme.household(lodging:))
        self.household = household
        let visitZone = snapshot.details.hostTown.timeZone
        var entries: [PersonScheduleEntry] = []
        if let id = participant.id {
            let stay = Stay(participant, zone: snapshot.timeZone)
            let assigned = Dictionary(grouping: snapshot.assignments.filter { $0.interpreterId == id }, by: \.itemId)
            for resolved in programme.items {
                let item = resolved.item
                guard !stay.misses(item.timing),
                      let involvement = Self.involvement(of: participant, at: resolved, assignments: assigned[item.id ?? -1] ?? [],
                                                         programme: programme) else { continue }
                let meals = item.meals.map { meal in
                    ScheduleMeal(kind: meal.kind, provider: meal.provider, household: meal.provider == .hostFamily ? household : nil)
                }
                let time = ScheduleTime(item.timing, visitTimeZone: visitZone)
                entries.append(PersonScheduleEntry(event: .item(item, involvement), title: item.title(in: titleLanguages), time: time,
                                                   meals: meals, location: item.location, transport: item.transport,
                                                   rank: 1, sortInstant: time.start))
            }
        }
        if let arrival = participant.arrival {
            let time = Self.time(of: arrival, visitZone: visitZone)
            entries.append(PersonScheduleEntry(event: .arrival(arrival), title: tr("Arrival"), time: time,
                                               location: ItemLocation(name: arrival.place), transport: arrival.means.displayName,
                                               rank: 0, sortInstant: time.start))
        }
        if let departure = participant.departure {
            let time = Self.time(of: departure, visitZone: visitZone)
            entries.append(PersonScheduleEntry(event: .departure(departure), title: tr("Departure"), time: time,
                                               location: ItemLocation(name: departure.place), transport: departure.means.displayName,
                                               rank: 2, sortInstant: time.isTimeUnknown ? time.end : time.start))
        }
        self.entries = entries.sorted(by: PersonScheduleEntry.inOrder)
    }

    /// The entries day by day (a multi-day item under each of its days).
    public var days: [ScheduleDay<PersonScheduleEntry>] { ScheduleDay.group(entries, days: \.days) }

    /// The programme entries only, without arrival and departure.
    public var itemEntries: [PersonScheduleEntry] { entries.filter { $0.item != nil } }

    /// What the person does at an item, or nil when it is not theirs. Interpreting wins over
    /// attending: at the item they work.
    static func involvement(of person: Participant, at resolved: ResolvedProgramme.Item, assignments: [InterpretingAssignment],
                            programme: ResolvedProgramme) -> Involvement? {
        if !assignments.isEmpty {
            let others = programme.snapshot.assignments.filter { $0.itemId == resolved.item.id && $0.interpreterId != person.id }
            var pairs: [LanguagePair] = []
            for assignment in assignments where !pairs.contains(assignment.pair) { pairs.append(assignment.pair) }
            return .interprets(pairs.map { pair in
                let partnerIds = Set(others.filter { $0.pair == pair }.map(\.interpreterId))
                return InterpretingDuty(pair: pair, partners: programme.snapshot.participants.filter { partnerIds.contains($0.id ?? -1) })
            })
        }
        guard let id = person.id, resolved.participantIds.contains(id) else { return nil }
        // At items with the host families, the families are in charge of the young people.
        if person.role == .leader, !resolved.item.audience.hostFamilies, let town = person.townId {
            let visit = programme.snapshot.visit
            let young = resolved.participantIds.filter { other in
                guard other != id, let p = programme.people[other] else { return false }
                return p.townId == town && (p.role == .youth || p.isMinor(at: visit))
            }
            if !young.isEmpty { return .leads(youngPeople: young.count) }
        }
        return .attends
    }

    /// An arrival or departure as a moment on the visit's clock, or its day when the time is not known.
    static func time(of travel: Travel, visitZone: String) -> ScheduleTime {
        guard let time = travel.time else { return ScheduleTime(day: travel.date, timeZone: visitZone, visitTimeZone: visitZone) }
        return ScheduleTime(moment: LocalDateTime(date: travel.date, time: time), timeZone: visitZone, visitTimeZone: visitZone)
    }
}
