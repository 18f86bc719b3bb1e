import Foundation

/// Reads numbers and amounts the way people type them in forms and spreadsheets.
///
/// Spaces (also non-breaking), apostrophes and underscores group thousands. When both "." and
/// "," appear, the last one is the decimal separator ("1.500,50", "1,500.50"); a separator that
/// appears more than once groups ("1.500.000"); a single one is the decimal separator. So
/// "18,000" reads as 18 — and for a 2-decimal currency is refused as having too many decimals,
/// which is the point: an amount is never silently misread.
public enum AmountInput {
    /// The exact decimal in `text`, or nil when it is not a number.
    public static func decimal(_ text: String) -> Decimal? { parse(text)?.value }

    /// The number and how many decimal places were written ("18,000" has 3, even though it is 18).
    static func parse(_ text: String) -> (value: Decimal, places: Int)? {
        var body = text.filter { !" \u{00A0}\u{202F}'_\u{2019}".contains($0) }
        var negative = false
        if body.hasPrefix("-") || body.hasPrefix("\u{2212}") {
            negative = true
            body.removeFirst()
        } else if body.hasPrefix("+") {
            body.removeFirst()
        }
        guard !body.isEmpty else { return nil }
        let dots = body.filter { $0 == "." }.count, commas = body.filter { $0 == "," }.count
        var decimalSeparator: Character? = nil
        if dots > 0 && commas > 0 {
            decimalSeparator = body.lastIndex(of: ".")! > body.lastIndex(of: ",")! ? "." : ","
            if (decimalSeparator == "." ? dots : commas) > 1 { return nil }
        } else if dots == 1 {
            decimalSeparator = "."
        } else if commas == 1 {
            decimalSeparator = ","
        }
        var digits = ""
        for char in body {
            if char == decimalSeparator { digits.append(".") }
            else if char == "." || char == "," { continue }
            else if char.isASCII && char.isNumber { digits.append(char) }
            else { return nil }
        }
        guard digits.contains(where: \.isNumber), !digits.hasPrefix("."), !digits.hasSuffix(".") || digits.count > 1 else {
            return nil
        }
        guard let value = Decimal(string: digits, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        let places = digits.firstIndex(of: ".").map { digits.distance(from: $0, to: digits.endIndex) - 1 } ?? 0
        return (negative ? -value : value, places)
    }

    /// An amount of `currency` typed by the user.
    public static func money(_ text: String, currency: String) -> Result<Money, ValidationIssue.Problem> {
        let code = currency.trimmingCharacters(in: .whitespaces).uppercased()
        guard let digits = Currency.minorDigits(code) else {
            return .failure(code.isEmpty ? .required : .invalidCurrency(currency))
        }
        guard let (value, places) = parse(text) else { return .failure(.unreadableAmount(text)) }
        guard places <= digits else { return .failure(.tooManyDecimals(currency: code, digits: digits)) }
        let money = Money(value, code)
        guard money.minorUnits != nil else { return .failure(.unreadableAmount(text)) }
        return .success(money)
    }

    /// A price or an amount paid: like `money(_:currency:)`, and never negative.
    public static func nonNegativeMoney(_ text: String, currency: String) -> Result<Money, ValidationIssue.Problem> {
        money(text, currency: currency).flatMap { $0.isNegative ? .failure(.negative) : .success($0) }
    }
}
