import Foundation

/// When a programme item takes place: wall-clock start and end in an IANA zone (the visit's by
/// default; a trip across a border may use another), or whole days.
public struct ItemTiming: Hashable, Sendable, Codable {
    /// First day. For a timed item, the day of the start time.
    public var startDate: CalendarDate
    /// Nil for an all-day item.
    public var startTime: TimeOfDay?
    /// Last day (inclusive for all-day items; the day of the end time otherwise).
    public var endDate: CalendarDate
    public var endTime: TimeOfDay?
    /// IANA identifier ("Europe/Prague").
    public var timeZone: String

    /// A timed item.
    public init(start: LocalDateTime, end: LocalDateTime, timeZone: String) {
        startDate = start.date
        startTime = start.time
        endDate = end.date
        endTime = end.time
        self.timeZone = timeZone
    }

    /// An all-day item over `days` (first and last day inclusive).
    public init(allDayFrom first: CalendarDate, to last: CalendarDate, timeZone: String) {
        startDate = first
        startTime = nil
        endDate = last
        endTime = nil
        self.timeZone = timeZone
    }

    public var isAllDay: Bool { startTime == nil || endTime == nil }
    public var zone: TimeZone { TimeZone.named(timeZone) }

    /// Wall-clock start (midnight of the first day for all-day items).
    public var localStart: LocalDateTime { LocalDateTime(date: startDate, time: startTime ?? TimeOfDay(hour: 0, minute: 0)!) }

    /// Wall-clock end (midnight after the last day for all-day items).
    public var localEnd: LocalDateTime {
        isAllDay ? LocalDateTime(date: endDate.adding(days: 1), time: TimeOfDay(hour: 0, minute: 0)!)
                 : LocalDateTime(date: endDate, time: endTime!)
    }

    public var start: Date { localStart.instant(in: zone) }
    public var end: Date { localEnd.instant(in: zone) }

    /// The real span, DST included: 22:00–06:00 across the spring switch lasts 7 hours.
    public var interval: DateInterval { DateInterval(start: start, end: max(start, end)) }

    /// Length in whole minutes (real time, not wall-clock difference).
    public var minutes: Int { Int((end.timeIntervalSince(start) / 60).rounded()) }

    /// Whether the end comes after the start.
    public var isValid: Bool { end > start }

    /// Days (in `zone`, normally the visit's) on which the item takes place.
    public func days(in zone: TimeZone) -> [CalendarDate] {
        let first = LocalDateTime(start, in: zone).date
        // An item ending at midnight does not touch the next day.
        let last = LocalDateTime(end.addingTimeInterval(-1), in: zone).date
        guard first <= last else { return [first] }
        return (0...(last.dayNumber - first.dayNumber)).map { first.adding(days: $0) }
    }

    /// Whether two spans share time, once `buffer` seconds are kept free between them.
    public func overlaps(_ other: ItemTiming, buffer: TimeInterval = 0) -> Bool {
        start < other.end.addingTimeInterval(buffer) && other.start < end.addingTimeInterval(buffer)
    }
}
