import Foundation

/// A wall-clock moment ("2027-05-14 09:30") that becomes an instant only together with a time
/// zone. Programme times are kept this way, as iCalendar does with TZID, so an item keeps its
/// local time when the zone's rules (DST) are applied.
public struct LocalDateTime: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var date: CalendarDate
    public var time: TimeOfDay

    public init(date: CalendarDate, time: TimeOfDay) {
        self.date = date
        self.time = time
    }

    /// "2027-05-14 09:30".
    public var description: String { "\(date) \(time)" }

    public static func < (a: LocalDateTime, b: LocalDateTime) -> Bool { (a.date, a.time) < (b.date, b.time) }

    /// The instant this wall-clock time names in `zone`. A time skipped by a DST switch
    /// (02:30 on the spring night) is moved forward by the gap, as clocks do.
    public func instant(in zone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let components = DateComponents(year: date.year, month: date.month, day: date.day, hour: time.hour, minute: time.minute)
        return calendar.date(from: components) ?? Date(timeIntervalSince1970: 0)
    }

    /// The wall-clock time of `instant` in `zone`.
    public init(_ instant: Date, in zone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
        self.init(date: CalendarDate(year: c.year!, month: c.month!, day: c.day!)!,
                  time: TimeOfDay(hour: c.hour!, minute: c.minute!)!)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode("\(date)T\(time)")
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        let parts = text.split(separator: "T")
        guard parts.count == 2, let date = CalendarDate(iso: String(parts[0])), let time = TimeOfDay(text: String(parts[1])) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a local date-time: \(text)")
        }
        self.init(date: date, time: time)
    }
}

extension TimeZone {
    /// The zone of an IANA identifier, or UTC when the identifier is unknown (validation keeps
    /// unknown identifiers out of the database; this only guards old or hand-edited rows).
    public static func named(_ identifier: String) -> TimeZone {
        TimeZone(identifier: identifier) ?? TimeZone(identifier: "UTC")!
    }
}
