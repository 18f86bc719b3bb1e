import Foundation
import PlannerCore

/// A VTIMEZONE for one IANA zone, from Foundation's own rules (the system's tzdata), so that a
/// calendar which does not know the TZID still places every time correctly.
///
/// No RRULE (rules change; a calendar would extrapolate them wrongly): the observances are the
/// zone's actual transitions over the years the events span, one observance per transition with
/// a single DTSTART, plus the observance in force when the first of those years begins. A zone
/// without transitions gets one STANDARD observance.
enum ICalTimeZone {
    /// The VTIMEZONE of `identifier` covering the whole years `years`.
    static func component(for identifier: String, years: ClosedRange<Int>) -> ICalComponent {
        let zone = TimeZone.named(identifier)
        let rangeStart = instant(year: years.lowerBound, in: zone)
        let rangeEnd = instant(year: years.upperBound + 1, in: zone)
        // Transitions from a year before the range: the last of those is the one in force when it begins.
        var transitions: [Date] = []
        var cursor = rangeStart.addingTimeInterval(-400 * 86_400)
        while let next = zone.nextDaylightSavingTimeTransition(after: cursor), next < rangeEnd {
            transitions.append(next)
            cursor = next
        }
        var timeZone = ICalComponent("VTIMEZONE")
        timeZone.add("TZID", identifier)
        let inForce = transitions.last { $0 <= rangeStart }
        if let inForce {
            timeZone.components.append(observance(at: inForce, in: zone))
        } else {
            // Nothing changed during the year before: one observance since 1970 with the offset at the start.
            let offset = zone.secondsFromGMT(for: rangeStart)
            var first = ICalComponent(zone.isDaylightSavingTime(for: rangeStart) ? "DAYLIGHT" : "STANDARD")
            first.add("DTSTART", "19700101T000000")
            first.add("TZOFFSETFROM", ICalValue.offset(offset))
            first.add("TZOFFSETTO", ICalValue.offset(offset))
            if let name = name(of: zone, at: rangeStart) { first.addText("TZNAME", name) }
            timeZone.components.append(first)
        }
        for transition in transitions where transition > rangeStart {
            timeZone.components.append(observance(at: transition, in: zone))
        }
        return timeZone
    }

    /// The observance that starts at `transition`: its DTSTART is the wall-clock time at which
    /// the change happens, on the clock before it (TZOFFSETFROM), as RFC 5545 requires.
    private static func observance(at transition: Date, in zone: TimeZone) -> ICalComponent {
        let from = zone.secondsFromGMT(for: transition.addingTimeInterval(-1))
        let to = zone.secondsFromGMT(for: transition)
        var component = ICalComponent(zone.isDaylightSavingTime(for: transition) ? "DAYLIGHT" : "STANDARD")
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: transition.addingTimeInterval(TimeInterval(from)))
        let wallClock = LocalDateTime(date: CalendarDate(year: c.year!, month: c.month!, day: c.day!)!,
                                      time: TimeOfDay(hour: c.hour!, minute: c.minute!)!)
        component.add("DTSTART", ICalValue.local(wallClock))
        component.add("TZOFFSETFROM", ICalValue.offset(from))
        component.add("TZOFFSETTO", ICalValue.offset(to))
        if let name = name(of: zone, at: transition) { component.addText("TZNAME", name) }
        return component
    }

    /// The usual abbreviation ("CET", "WEST") when the system knows one made of letters;
    /// "GMT+2"-style stand-ins are left out (TZNAME is optional).
    private static func name(of zone: TimeZone, at instant: Date) -> String? {
        let style: TimeZone.NameStyle = zone.isDaylightSavingTime(for: instant) ? .shortDaylightSaving : .shortStandard
        guard let name = zone.localizedName(for: style, locale: Locale(identifier: "en_GB")),
              !name.isEmpty, name.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return name
    }

    /// Midnight of 1 January of `year` in `zone`.
    private static func instant(year: Int, in zone: TimeZone) -> Date {
        LocalDateTime(date: CalendarDate(year: year, month: 1, day: 1)!, time: TimeOfDay(hour: 0, minute: 0)!).instant(in: zone)
    }
}
