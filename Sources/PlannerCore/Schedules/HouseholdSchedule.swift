import Foundation

/// What a host family must do during the visit: meet its guests, bring them each morning to
/// their first item and pick them up after their last, take part in the items for host families,
/// serve the meals that are theirs (breakfast after every night the guests spend there, and meals
/// that items leave to host families), with the guests' diets and allergies.
///
/// Computed from the schedules of the guests it lodges (placements that lodge: not declined).
/// A pure function of a snapshot.
public struct HouseholdSchedule: Hashable, Sendable {
    public let household: Household
    /// The languages titles are taken from, best first.
    public let languages: [String]
    /// The guests it lodges, in the snapshot's order.
    public let guests: [Participant]
    /// Each guest's own schedule (titles in this schedule's languages).
    public let guestSchedules: [PersonSchedule]
    /// Each guest's diets and allergies, in the order of `guests`.
    public let needs: [GuestNeeds]
    public let entries: [HouseholdScheduleEntry]

    /// The schedule of `household`; titles in `languages` first (default: the languages the
    /// family speaks, best first), then in the visit's languages.
    public init(_ household: Household, in snapshot: VisitSnapshot, languages: [String] = []) {
        self.init(household, programme: ResolvedProgramme(snapshot), languages: languages)
    }

    /// The same, with the snapshot's programme already resolved (shared by many schedules).
    init(_ household: Household, programme: ResolvedProgramme, languages: [String]) {
        let snapshot = programme.snapshot
        let languages = TitleLanguages.list(preferred: languages.isEmpty ? TitleLanguages.spoken(household.languages) : languages,
                                            visit: snapshot.visit)
        self.household = household
        self.languages = languages
        let lodged = Set(snapshot.placements.filter { $0.status.lodges && $0.householdId == household.id }.map(\.participantId))
        guests = snapshot.participants.filter { lodged.contains($0.id ?? -1) }
        guestSchedules = guests.map { PersonSchedule($0, programme: programme, languages: languages) }
        needs = guests.map(GuestNeeds.init)
        var builder = Builder(household: household, programme: programme, languages: languages)
        // Guests in the snapshot's order, so each task lists its guests in that order too.
        for schedule in guestSchedules { builder.add(schedule) }
        entries = builder.entries()
    }

    /// The entries day by day.
    public var days: [ScheduleDay<HouseholdScheduleEntry>] { ScheduleDay.group(entries, days: \.days) }

    /// Collects one task per guest, merging the guests who share a task (same task, same time).
    ///
    /// Tasks at the same instant go in this order (`rank`): breakfast at home 0, arrival 1,
    /// pick-up 2, bring 3, an item with the families 4, a meal at an item 5, departure 6.
    private struct Builder {
        let programme: ResolvedProgramme
        let languages: [String]
        /// Tasks in the order first seen, each with its guests.
        private var tasks: [(entry: HouseholdScheduleEntry, guests: [Participant])] = []
        private var index: [TaskKey: Int] = [:]
        /// The items whose audience includes this household.
        private let familyItems: Set<ProgrammeItem>

        init(household: Household, programme: ResolvedProgramme, languages: [String]) {
            self.programme = programme
            self.languages = languages
            familyItems = Set(programme.items.filter { resolved in household.id.map(resolved.householdIds.contains) ?? false }.map(\.item))
        }

        /// A task and when it is due, regardless of who it is for.
        private struct TaskKey: Hashable {
            let task: HouseholdScheduleEntry.Task
            let time: ScheduleTime
        }

        private var visit: Visit { programme.snapshot.visit }
        private var visitZone: String { programme.snapshot.details.hostTown.timeZone }

        mutating func add(_ schedule: PersonSchedule) {
            let guest = schedule.participant
            if let arrival = guest.arrival {
                let time = PersonSchedule.time(of: arrival, visitZone: visitZone)
                add(.guestsArrive(arrival), guest, time: time, location: ItemLocation(name: arrival.place), rank: 1, sortInstant: time.start)
            }
            if let departure = guest.departure {
                let time = PersonSchedule.time(of: departure, visitZone: visitZone)
                add(.guestsLeave(departure), guest, time: time, location: ItemLocation(name: departure.place), rank: 6,
                    sortInstant: time.isTimeUnknown ? time.end : time.start)
            }
            let firstDay = guest.arrival?.date ?? visit.startDate
            let lastDay = guest.departure?.date ?? visit.endDate
            let items = schedule.itemEntries
            for entry in items {
                guard let item = entry.item else { continue }
                if isForFamilies(item) {
                    add(.takePart(item), guest, time: entry.time, location: item.location, rank: 4, sortInstant: entry.time.start)
                }
                for meal in item.meals where meal.provider == .hostFamily {
                    add(.meal(meal.kind, item), guest, time: entry.time, location: item.location, rank: 5, sortInstant: entry.time.start)
                }
            }
            guard firstDay <= lastDay else { return }
            for offset in 0...(lastDay.dayNumber - firstDay.dayNumber) {
                let day = firstDay.adding(days: offset)
                let today = items.filter { $0.days.contains(day) }
                // The guest slept here the night before: the family brings them and serves breakfast.
                if day > firstDay {
                    if let first = today.first, let item = first.item, !isForFamilies(item) {
                        let time = moment(item.timing.localStart, of: first.time, on: day)
                        add(.bring(item), guest, time: time, location: item.location, rank: 3, sortInstant: time.start)
                    }
                    let breakfastServed = today.contains { $0.meals.contains { $0.kind == .breakfast } }
                    if !breakfastServed {
                        let time = ScheduleTime(day: day, timeZone: visitZone, visitTimeZone: visitZone)
                        add(.meal(.breakfast, nil), guest, time: time, location: ItemLocation(), rank: 0, sortInstant: time.start)
                    }
                }
                // The guest sleeps here tonight: the family picks them up.
                if day < lastDay {
                    let timed = today.filter { !$0.time.isAllDay }
                    let last = timed.max { $0.time.end < $1.time.end } ?? today.last
                    if let last, let item = last.item, !isForFamilies(item) {
                        let time = moment(item.timing.localEnd, of: last.time, on: day)
                        add(.pickUp(item), guest, time: time, location: item.location, rank: 2, sortInstant: time.start)
                    }
                }
            }
        }

        /// Whether the item's audience includes this household (it is there itself).
        private func isForFamilies(_ item: ProgrammeItem) -> Bool { familyItems.contains(item) }

        /// A moment of an item in its own zone; for an all-day item only the day is known.
        private func moment(_ wallClock: LocalDateTime, of time: ScheduleTime, on day: CalendarDate) -> ScheduleTime {
            guard !time.isAllDay else { return ScheduleTime(day: day, timeZone: time.timing.timeZone, visitTimeZone: visitZone) }
            return ScheduleTime(moment: wallClock, timeZone: time.timing.timeZone, visitTimeZone: visitZone)
        }

        private mutating func add(_ task: HouseholdScheduleEntry.Task, _ guest: Participant, time: ScheduleTime,
                                  location: ItemLocation, rank: Int, sortInstant: Date) {
            let key = TaskKey(task: task, time: time)
            if let position = index[key] {
                if !tasks[position].guests.contains(guest) { tasks[position].guests.append(guest) }
                return
            }
            let title = task.item?.title(in: languages) ?? ""
            index[key] = tasks.count
            tasks.append((HouseholdScheduleEntry(task: task, guests: [], title: title, time: time, location: location, rank: rank,
                                                 sortInstant: sortInstant), [guest]))
        }

        /// The tasks in order; ties keep the order in which they were found.
        func entries() -> [HouseholdScheduleEntry] {
            let entries = tasks.map { e, guests in
                HouseholdScheduleEntry(task: e.task, guests: guests, title: e.title, time: e.time, location: e.location, rank: e.rank,
                                       sortInstant: e.sortInstant)
            }
            return entries.indices.sorted { a, b in
                HouseholdScheduleEntry.inOrder(entries[a], entries[b]) || (!HouseholdScheduleEntry.inOrder(entries[b], entries[a]) && a < b)
            }.map { entries[$0] }
        }
    }
}
