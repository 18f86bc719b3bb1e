import Foundation
import PlannerCore

/// How programme times read in lists, the timeline and the details panel.
@MainActor
extension Format {
    private static let weekdayFormatter: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = locale
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.setLocalizedDateFormatFromTemplate("EEEE d MMMM yyyy")
        return formatter
    }()

    /// "Thursday 13 May 2027": the agenda's day headers.
    static func longDay(_ day: CalendarDate) -> String {
        weekdayFormatter.string(from: Date(timeIntervalSince1970: TimeInterval(day.dayNumber) * 86_400))
    }

    /// "17:00–18:30", "All day", "Sat 15 May 2027 – Sun 16 May 2027 (all day)", or with the item's
    /// own zone named when it is not the visit's: "10:00–12:00 (Lisbon time)".
    static func timeRange(_ timing: ItemTiming, visitZone: TimeZone) -> String {
        var text: String
        if timing.isAllDay {
            text = timing.startDate == timing.endDate ? tr("All day")
                : tr("{first} – {last} (all day)", ["first": day(timing.startDate), "last": day(timing.endDate)])
        } else if timing.startDate == timing.endDate {
            text = "\(timing.startTime!)–\(timing.endTime!)"
        } else {
            text = "\(day(timing.startDate)) \(timing.startTime!) – \(day(timing.endDate)) \(timing.endTime!)"
        }
        if !timing.isAllDay && timing.zone.identifier != visitZone.identifier {
            text += " " + tr("({place} time)", ["place": zoneCity(timing.timeZone)])
        }
        return text
    }

    /// "Lisbon" for "Europe/Lisbon".
    static func zoneCity(_ identifier: String) -> String {
        (identifier.split(separator: "/").last.map(String.init) ?? identifier).replacingOccurrences(of: "_", with: " ")
    }

    /// "1 h 30 min", "45 min", "3 h".
    static func duration(minutes: Int) -> String {
        let hours = minutes / 60, rest = minutes % 60
        if hours == 0 { return tr("{minutes} min", ["minutes": String(rest)]) }
        if rest == 0 { return tr("{hours} h", ["hours": String(hours)]) }
        return tr("{hours} h {minutes} min", ["hours": String(hours), "minutes": String(rest)])
    }
}
