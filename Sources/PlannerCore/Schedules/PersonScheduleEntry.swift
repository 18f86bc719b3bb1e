import Foundation

/// One line of a person's schedule: a programme item with what they do there, or their own
/// arrival or departure.
public struct PersonScheduleEntry: Hashable, Sendable {
    public enum Event: Hashable, Sendable {
        case item(ProgrammeItem, Involvement)
        case arrival(Travel)
        case departure(Travel)
    }

    public let event: Event
    /// The item's title in the schedule's languages; "Arrival" or "Departure".
    public let title: String
    public let time: ScheduleTime
    /// The meals served there, with the family when a host family serves them.
    public let meals: [ScheduleMeal]
    /// The item's place; the travel's place for an arrival or a departure.
    public let location: ItemLocation
    /// How to get there; the means of travel for an arrival or a departure.
    public let transport: String
    /// Where the entry goes among others at the same instant: arrivals first, departures last.
    let rank: Int
    /// When it counts for ordering: a departure without a time goes at the end of its day.
    let sortInstant: Date

    init(event: Event, title: String, time: ScheduleTime, meals: [ScheduleMeal] = [], location: ItemLocation,
         transport: String, rank: Int, sortInstant: Date) {
        self.event = event
        self.title = title
        self.time = time
        self.meals = meals
        self.location = location
        self.transport = transport
        self.rank = rank
        self.sortInstant = sortInstant
    }

    /// The programme item, unless the entry is an arrival or a departure.
    public var item: ProgrammeItem? {
        if case .item(let item, _) = event { return item }
        return nil
    }

    /// What the person does at the item.
    public var involvement: Involvement? {
        if case .item(_, let involvement) = event { return involvement }
        return nil
    }

    /// The days the entry is listed under.
    public var days: [CalendarDate] { time.days }

    /// Arrivals first among entries at the same instant, then items in agenda order, departures last.
    static func inOrder(_ a: PersonScheduleEntry, _ b: PersonScheduleEntry) -> Bool {
        if a.sortInstant != b.sortInstant { return a.sortInstant < b.sortInstant }
        if a.rank != b.rank { return a.rank < b.rank }
        if a.time.end != b.time.end { return a.time.end < b.time.end }
        return (a.item?.id ?? 0) < (b.item?.id ?? 0)
    }
}
