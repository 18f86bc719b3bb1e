import Foundation
import Synchronization

/// Dates and numbers in the current document's language, through ICU (Foundation's format
/// styles carry their own locale data, so this works where only the C.UTF-8 locale is
/// installed): "jeudi 13 mai 2027", "Donnerstag, 13. Mai 2027", "čtvrtek 13. května 2027".
///
/// Outside a document (the window, the CLI's tables) dates keep the ISO form the window uses,
/// "Thursday 2027-05-13", which reads the same in every language.
public enum LocalizedFormat {
    /// Calendar dates are days, not instants: format them as midnight UTC in a UTC calendar.
    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// Formatted texts by language, kind and value: a batch of booklets writes the same few days
    /// thousands of times, and an ICU formatter is costly to set up (measured: 1,000 booklets took
    /// 10 % longer without this).
    private static let memo = Mutex<[String: String]>([:])

    /// `make()` once per key and document language.
    static func remembered(_ key: String, _ make: () -> String) -> String {
        let full = (Localization.document?.language ?? "-") + "|" + key
        if let known = memo.withLock({ $0[full] }) { return known }
        let text = make()
        memo.withLock { $0[full] = text }
        return text
    }

    private static func instant(_ date: CalendarDate) -> Date {
        calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day)) ?? Date(timeIntervalSince1970: 0)
    }

    /// The weekday and the full date: "jeudi 13 mai 2027"; outside a document "Thursday 2027-05-13".
    public static func day(_ date: CalendarDate) -> String {
        guard let locale = Localization.document?.locale else { return "\(date.weekdayName) \(date)" }
        return remembered("day \(date)") {
            Date.FormatStyle(date: .complete, time: .omitted, locale: locale, calendar: calendar, timeZone: calendar.timeZone)
                .format(instant(date))
        }
    }

    /// The date without weekday: "13 mai 2027"; outside a document "2027-05-13".
    public static func date(_ date: CalendarDate) -> String {
        guard let locale = Localization.document?.locale else { return date.description }
        return remembered("date \(date)") {
            Date.FormatStyle(date: .long, time: .omitted, locale: locale, calendar: calendar, timeZone: calendar.timeZone)
                .format(instant(date))
        }
    }

    /// A span of days: "13–17 mai 2027", "13.–17. Mai 2027"; outside a document
    /// "2027-05-13 – 2027-05-17".
    public static func days(from first: CalendarDate, to last: CalendarDate) -> String {
        guard let locale = Localization.document?.locale else { return "\(first) – \(last)" }
        if first == last { return date(first) }
        return remembered("days \(first) \(last)") {
            let formatter = DateIntervalFormatter()
            formatter.locale = locale
            formatter.calendar = calendar
            formatter.timeZone = calendar.timeZone
            formatter.dateTemplate = "dMMMMy"
            return formatter.string(from: instant(first), to: instant(last))
        }
    }

    /// An amount with its currency: "1 234,50 €", "1.234,50 €", "1 234,50 Kč"; outside a
    /// document the given fallback (the window's own money text).
    public static func money(_ amount: Decimal, currency: String, fallback: String) -> String {
        guard let locale = Localization.document?.locale else { return fallback }
        return amount.formatted(.currency(code: currency).locale(locale))
    }

    /// A whole number with the language's grouping: "1 234", "1.234".
    public static func number(_ value: Int) -> String {
        guard let locale = Localization.document?.locale else { return String(value) }
        return value.formatted(.number.locale(locale))
    }
}
