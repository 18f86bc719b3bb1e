import Foundation

/// One thing a host family does during the visit, for some of its guests.
public struct HouseholdScheduleEntry: Hashable, Sendable {
    public enum Task: Hashable, Sendable {
        /// The guests arrive (when and where to meet them).
        case guestsArrive(Travel)
        /// Bring the guests to their first item of the day.
        case bring(ProgrammeItem)
        /// Pick the guests up after their last item of the day.
        case pickUp(ProgrammeItem)
        /// An item for the host families themselves (taking the guests home, free time together).
        case takePart(ProgrammeItem)
        /// A meal the family serves: at an item, or breakfast after a night at home (no item).
        case meal(MealKind, ProgrammeItem?)
        /// The guests leave.
        case guestsLeave(Travel)
    }

    public let task: Task
    /// The guests concerned, in the snapshot's order.
    public let guests: [Participant]
    /// The item's title in the schedule's languages; empty for travel and breakfast at home.
    public let title: String
    /// A span for an item or a meal at one; a moment for bring (the item's start), pick-up (its
    /// end), arrival and departure; a day for breakfast at home.
    public let time: ScheduleTime
    public let location: ItemLocation
    let rank: Int
    let sortInstant: Date

    init(task: Task, guests: [Participant], title: String, time: ScheduleTime, location: ItemLocation, rank: Int,
         sortInstant: Date) {
        self.task = task
        self.guests = guests
        self.title = title
        self.time = time
        self.location = location
        self.rank = rank
        self.sortInstant = sortInstant
    }

    /// The programme item the task is about, if any.
    public var item: ProgrammeItem? { task.item }

    /// Raw value for the CLI's JSON: `guests-arrive`, `bring`, `pick-up`, `take-part`, `meal`, `guests-leave`.
    public var key: String {
        switch task {
        case .guestsArrive: "guests-arrive"
        case .bring: "bring"
        case .pickUp: "pick-up"
        case .takePart: "take-part"
        case .meal: "meal"
        case .guestsLeave: "guests-leave"
        }
    }

    /// The days the entry is listed under.
    public var days: [CalendarDate] { time.days }

    /// The task in one sentence, without its time: "Bring Léa Bonnet and Marie Dubois to
    /// “Youth workshop” (Základní škola)".
    public var summary: String {
        let names = ListFormat.and(guests.map(\.fullName))
        let place = location.name.isEmpty ? "" : " (\(location.name))"
        switch task {
        case .guestsArrive(let travel):
            return tr("{guests} arrive", ["guests": names]) + Self.travelDetails(travel)
        case .bring:
            return tr("Bring {guests} to “{title}”", ["guests": names, "title": title]) + place
        case .pickUp:
            return tr("Pick up {guests} after “{title}”", ["guests": names, "title": title]) + place
        case .takePart:
            return tr("With {guests}: “{title}”", ["guests": names, "title": title]) + place
        case .meal(let kind, nil):
            return tr("{meal} at home for {guests}", ["meal": kind.displayName, "guests": names])
        case .meal(let kind, .some):
            return tr("{meal} for {guests} (“{title}”)", ["meal": kind.displayName, "guests": names, "title": title])
        case .guestsLeave(let travel):
            return tr("{guests} leave", ["guests": names]) + Self.travelDetails(travel)
        }
    }

    /// " (Bus, Náměstí Míru)".
    private static func travelDetails(_ travel: Travel) -> String {
        " (" + ([travel.means.displayName] + (travel.place.isEmpty ? [] : [travel.place])).joined(separator: ", ") + ")"
    }

    static func inOrder(_ a: HouseholdScheduleEntry, _ b: HouseholdScheduleEntry) -> Bool {
        if a.sortInstant != b.sortInstant { return a.sortInstant < b.sortInstant }
        if a.rank != b.rank { return a.rank < b.rank }
        return (a.item?.id ?? 0) < (b.item?.id ?? 0)
    }
}

extension HouseholdScheduleEntry.Task {
    /// The item the task is about, if any.
    var item: ProgrammeItem? {
        switch self {
        case .bring(let item), .pickUp(let item), .takePart(let item): item
        case .meal(_, let item): item
        case .guestsArrive, .guestsLeave: nil
        }
    }
}
