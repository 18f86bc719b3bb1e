import Foundation

/// An exact amount of one currency.
///
/// Amounts are base-10 `Decimal`s, never binary floating point: 0.10 + 0.20 is 0.30. What a
/// user enters has at most the currency's minor-unit digits and is stored as an integer count
/// of minor units; sums and products stay exact, and rounding happens only where
/// `rounded()` says (at display, and for conversions, see `ExchangeRates`).
public struct Money: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public var amount: Decimal
    /// ISO 4217 code, upper case.
    public var currency: String

    public init(_ amount: Decimal, _ currency: String) {
        self.amount = amount
        self.currency = currency
    }

    /// `minorUnits` hundredths (for a 2-digit currency) of `currency`.
    public init(minorUnits: Int64, currency: String) {
        let digits = Currency.minorDigits(currency) ?? 2
        self.init(Decimal(minorUnits) / Self.power(digits), currency)
    }

    public static func zero(_ currency: String) -> Money { Money(0, currency) }

    /// The amount in minor units, or nil when it has more decimals than the currency allows
    /// (or does not fit in 64 bits).
    public var minorUnits: Int64? {
        let scaled = amount * Self.power(Currency.minorDigits(currency) ?? 2)
        var whole = Decimal(), value = scaled
        NSDecimalRound(&whole, &value, 0, .plain)
        guard whole == scaled else { return nil }
        let number = NSDecimalNumber(decimal: whole)
        guard number.compare(NSDecimalNumber(value: Int64.max)) != .orderedDescending,
              number.compare(NSDecimalNumber(value: Int64.min)) != .orderedAscending else { return nil }
        return number.int64Value
    }

    /// The amount rounded to the currency's minor unit, half away from zero ("commercial
    /// rounding": 0.125 → 0.13, −0.125 → −0.13). The one rounding rule of the budget.
    public func rounded() -> Money {
        var value = amount, result = Decimal()
        let digits = Currency.minorDigits(currency) ?? 2
        // .plain rounds half away from zero for both signs.
        NSDecimalRound(&result, &value, digits, .plain)
        return Money(result, currency)
    }

    public var isNegative: Bool { amount < 0 }
    public var isZero: Bool { amount == 0 }

    /// "18000.00 CZK": the rounded amount with all its minor digits and no grouping; for logs,
    /// JSON and tests (the GUI formats with the user's locale).
    public var description: String { "\(plainAmount) \(currency)" }

    /// The rounded amount as plain text with exactly the currency's minor digits ("650.00").
    public var plainAmount: String {
        let digits = Currency.minorDigits(currency) ?? 2
        let rounded = rounded().amount
        let negative = rounded < 0
        let units = (abs(rounded) * Self.power(digits))
        let text = NSDecimalNumber(decimal: units).stringValue
        var padded = String(repeating: "0", count: max(0, digits + 1 - text.count)) + text
        if digits > 0 { padded.insert(".", at: padded.index(padded.endIndex, offsetBy: -digits)) }
        return (negative ? "-" : "") + padded
    }

    /// The amount for the user: grouped and with the decimal separator of `locale`, then the
    /// code ("18 000,00 CZK" in Czech, "18,000.00 CZK" in English).
    public func formatted(locale: Locale) -> String {
        let digits = Currency.minorDigits(currency) ?? 2
        let formatter = NumberFormatter()
        formatter.locale = locale
        formatter.numberStyle = .decimal
        formatter.minimumFractionDigits = digits
        formatter.maximumFractionDigits = digits
        formatter.roundingMode = .halfUp
        let number = NSDecimalNumber(decimal: rounded().amount)
        return "\(formatter.string(from: number) ?? plainAmount) \(currency)"
    }

    public static func < (a: Money, b: Money) -> Bool { a.amount < b.amount }

    /// Sum of two amounts of the same currency.
    public static func + (a: Money, b: Money) -> Money {
        precondition(a.currency == b.currency, "adding \(a.currency) to \(b.currency)")
        return Money(a.amount + b.amount, a.currency)
    }

    public static func - (a: Money, b: Money) -> Money {
        precondition(a.currency == b.currency, "subtracting \(b.currency) from \(a.currency)")
        return Money(a.amount - b.amount, a.currency)
    }

    /// The amount times an exact quantity.
    public static func * (a: Money, quantity: Decimal) -> Money { Money(a.amount * quantity, a.currency) }

    static func power(_ digits: Int) -> Decimal {
        var result = Decimal(1)
        for _ in 0..<digits { result *= 10 }
        return result
    }
}
