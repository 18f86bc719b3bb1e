import Foundation
import PlannerCore

/// Display formatting in the user's locale. Dates are calendar days: formatted in UTC so that
/// no time-zone shift can move them to another day.
@MainActor
enum Format {
    /// The user's locale for dates. Foundation on Linux does not read LC_ALL / LC_TIME / LANG
    /// (Locale.current stays en_001), so take it from the environment as the C library does.
    /// Under the C locale (a machine with only C.UTF-8, LANGUAGE=de) dates follow the language
    /// the window speaks, so a German window never shows English day names.
    static let locale: Locale = {
        let env = ProcessInfo.processInfo.environment
        let raw = [env["LC_ALL"], env["LC_TIME"], env["LANG"]].compactMap { $0 }.first { !$0.isEmpty } ?? ""
        let identifier = raw.split(separator: ".").first.map(String.init)?.split(separator: "@").first.map(String.init) ?? ""
        guard identifier.isEmpty || identifier == "C" || identifier == "POSIX" else { return Locale(identifier: identifier) }
        let language = MessageCatalogs.windowLanguage
        return Locale(identifier: language == "en" ? "en_GB" : language)
    }()

    private static let dayFormatter: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = locale
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.setLocalizedDateFormatFromTemplate("EEE d MMM yyyy")
        return formatter
    }()

    private static let shortFormatter: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = locale
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateStyle = .medium
        return formatter
    }()

    private static func date(_ day: CalendarDate) -> Date {
        Date(timeIntervalSince1970: TimeInterval(day.dayNumber) * 86_400)
    }

    /// "Thu 13 May 2027".
    static func day(_ day: CalendarDate) -> String { dayFormatter.string(from: date(day)) }

    /// "13 May 2027".
    static func short(_ day: CalendarDate?) -> String { day.map { shortFormatter.string(from: date($0)) } ?? "—" }

    /// "Thu 13 May 2027 – Mon 17 May 2027".
    static func dateRange(_ start: CalendarDate, _ end: CalendarDate) -> String { "\(day(start)) – \(day(end))" }

    static func languages(_ skills: [LanguageSkill]) -> String { skills.map(\.displayName).joined(separator: ", ") }

    /// Short markers for the table: diets, allergies, pet allergy.
    static func needs(_ p: Participant) -> String {
        var parts = p.diets.map { $0 == .other && !p.dietNote.isEmpty ? p.dietNote : $0.displayName }
        if !p.allergies.isEmpty { parts.append(tr("allergy: {what}", ["what": p.allergies])) }
        if let pets = p.petAllergy {
            parts.append(pets.kinds.isEmpty ? tr("allergic to animals")
                         : tr("allergic to {animals}", ["animals": pets.kinds.map(\.displayName).joined(separator: ", ").inRunningText]))
        }
        return parts.joined(separator: "; ")
    }

    static func yesNo(_ value: Bool) -> String { value ? tr("Yes") : tr("No") }

    /// "18 000,00 CZK" in Czech, "18,000.00 CZK" in English.
    static func money(_ money: Money) -> String { money.formatted(locale: locale) }

    /// "18 000 CZK": whole units, for the chart and the figures cards.
    static func wholeMoney(_ money: Money) -> String {
        let formatter = NumberFormatter()
        formatter.locale = locale
        formatter.numberStyle = .decimal
        formatter.maximumFractionDigits = 0
        formatter.roundingMode = .halfUp
        return "\(formatter.string(from: NSDecimalNumber(decimal: money.amount)) ?? money.plainAmount) \(money.currency)"
    }

    /// A decimal as typed in this locale ("25,08").
    static func decimal(_ value: Decimal) -> String {
        let formatter = NumberFormatter()
        formatter.locale = locale
        formatter.numberStyle = .decimal
        formatter.maximumFractionDigits = 10
        return formatter.string(from: NSDecimalNumber(decimal: value)) ?? "\(value)"
    }
}
