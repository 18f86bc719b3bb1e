import Foundation

/// When a schedule entry happens: the wall-clock times as written in their own zone (an item's
/// zone, which a trip across a border may change), the real instants, and the same moments on the
/// visit's clock. A span (an item), a moment (an arrival, a pick-up), whole days (an all-day
/// item) or a day whose time is not known yet (an arrival without a time).
public struct ScheduleTime: Hashable, Sendable {
    /// The wall-clock span in its own zone; a moment starts and ends at once.
    public let timing: ItemTiming
    /// The visit's zone (IANA), the reader's clock unless the entry says otherwise.
    public let visitTimeZone: String
    /// Only the day is known (an arrival or departure without a time).
    public let isTimeUnknown: Bool

    /// The span of an item.
    public init(_ timing: ItemTiming, visitTimeZone: String) {
        self.timing = timing
        self.visitTimeZone = visitTimeZone
        isTimeUnknown = false
    }

    /// A moment (an arrival, a pick-up at the end of an item).
    public init(moment: LocalDateTime, timeZone: String, visitTimeZone: String) {
        timing = ItemTiming(start: moment, end: moment, timeZone: timeZone)
        self.visitTimeZone = visitTimeZone
        isTimeUnknown = false
    }

    /// A day whose time is not known.
    public init(day: CalendarDate, timeZone: String, visitTimeZone: String) {
        timing = ItemTiming(allDayFrom: day, to: day, timeZone: timeZone)
        self.visitTimeZone = visitTimeZone
        isTimeUnknown = true
    }

    /// The first instant (midnight of the first day when there is no time).
    public var start: Date { timing.start }
    /// The last instant (midnight after the last day when there is no time).
    public var end: Date { timing.end }

    /// Whole days: an all-day item, or a day whose time is not known.
    public var isAllDay: Bool { timing.isAllDay }
    /// A moment rather than a span.
    public var isMoment: Bool { !timing.isAllDay && timing.localStart == timing.localEnd }

    /// Whether the times are written in a zone other than the visit's.
    public var isInOtherZone: Bool { timing.timeZone != visitTimeZone }

    /// The first day, in its own zone: the day the entry is listed under.
    public var day: CalendarDate { timing.startDate }

    /// Every day the entry is listed under: each day of an all-day span, else the first day.
    public var days: [CalendarDate] {
        guard timing.isAllDay && !isTimeUnknown, timing.endDate > timing.startDate else { return [timing.startDate] }
        return (0...(timing.endDate.dayNumber - timing.startDate.dayNumber)).map { timing.startDate.adding(days: $0) }
    }

    /// The start on the visit's clock.
    public var visitStart: LocalDateTime { LocalDateTime(start, in: TimeZone.named(visitTimeZone)) }
    /// The end on the visit's clock.
    public var visitEnd: LocalDateTime { LocalDateTime(end, in: TimeZone.named(visitTimeZone)) }

    /// "09:00–12:00", "17:00", "22:00–06:00 (+1 day)", "All day", "All day, 2027-05-15 – 2027-05-16",
    /// "time not set"; in another zone the visit's clock follows:
    /// "10:00–12:00 Europe/Lisbon (11:00–13:00 Europe/Prague)".
    public var label: String {
        if isTimeUnknown { return tr("time not set") }
        if timing.isAllDay {
            guard timing.endDate > timing.startDate else { return tr("All day") }
            return tr("All day, {first} – {last}", ["first": timing.startDate.description, "last": timing.endDate.description])
        }
        let own = Self.range(timing.localStart, timing.localEnd, moment: isMoment)
        guard isInOtherZone else { return own }
        let visit = Self.range(visitStart, visitEnd, moment: isMoment)
        return tr("{time} {zone} ({visitTime} {visitZone})", ["time": own, "zone": timing.timeZone, "visitTime": visit, "visitZone": visitTimeZone])
    }

    /// "09:00–12:00", or "22:00–06:00 (+1 day)" when the end falls on a later day.
    private static func range(_ start: LocalDateTime, _ end: LocalDateTime, moment: Bool) -> String {
        if moment { return start.time.description }
        let days = end.date.dayNumber - start.date.dayNumber
        let text = "\(start.time)–\(end.time)"
        guard days > 0 else { return text }
        return text + " " + (days == 1 ? tr("(+1 day)") : tr("(+{days} days)", ["days": String(days)]))
    }
}
