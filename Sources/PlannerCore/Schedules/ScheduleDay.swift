/// One day of a schedule with its entries in order: what a day-by-day printout shows under a date.
public struct ScheduleDay<Entry: Hashable & Sendable>: Hashable, Sendable {
    public let date: CalendarDate
    public let entries: [Entry]

    public init(date: CalendarDate, entries: [Entry]) {
        self.date = date
        self.entries = entries
    }

    /// Groups entries, already in order, by the days each one is listed under (a multi-day
    /// entry appears under every one of its days); days in calendar order, empty days left out.
    public static func group(_ entries: [Entry], days: (Entry) -> [CalendarDate]) -> [ScheduleDay] {
        var byDay: [CalendarDate: [Entry]] = [:]
        for entry in entries {
            for day in days(entry) { byDay[day, default: []].append(entry) }
        }
        return byDay.keys.sorted().map { ScheduleDay(date: $0, entries: byDay[$0]!) }
    }
}
