import Foundation

/// Checks on single values shared by every validator. They are deliberately lenient: they catch
/// typing mistakes, not every theoretically invalid address.
enum Plausibility {
    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: \.isWhitespace) else { return false }
        let domain = parts[1]
        guard let dot = domain.lastIndex(of: "."), dot != domain.startIndex,
              domain.distance(from: dot, to: domain.endIndex) > 2 else { return false }
        return true
    }

    /// Digits with the separators people write; 6 to 15 digits (E.164 allows 15).
    static func isPhone(_ text: String) -> Bool {
        let allowed = Set("0123456789 +-()/.")
        guard text.allSatisfy(allowed.contains) else { return false }
        guard !text.dropFirst().contains("+") else { return false }
        let digits = text.filter(\.isNumber).count
        return (6...15).contains(digits)
    }

    static let countryCodes: Set<String> = Set(Locale.Region.isoRegions.map(\.identifier).filter { $0.count == 2 })

    static func isCountryCode(_ text: String) -> Bool { countryCodes.contains(text.uppercased()) }

    static let currencyCodes: Set<String> = Set(Locale.commonISOCurrencyCodes)

    static func isCurrencyCode(_ text: String) -> Bool { currencyCodes.contains(text.uppercased()) }

    static func isBlank(_ text: String) -> Bool { text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
}
