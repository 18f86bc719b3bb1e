import Foundation

/// A converted amount and the rate that made it, so the user can see what was used.
public struct Conversion: Hashable, Sendable {
    public var result: Money
    public var rate: ExchangeRate
    /// The rate was entered the other way round (CZK→EUR used for EUR→CZK).
    public var inverted: Bool
}

/// The visit's exchange rates, and the rule for picking one.
///
/// Rule (documented for the user in the Budget page's help text): an amount dated D converts at
/// the latest rate dated on or before D; when every rate is later than D, at the earliest one.
/// A rate entered the other way round is used inverted. Conversion is exact (Decimal); the
/// result is rounded only where it is shown, like every amount.
public struct ExchangeRates: Sendable, Hashable {
    public let rates: [ExchangeRate]

    public init(_ rates: [ExchangeRate]) { self.rates = rates }

    /// `money` in `currency` on `date`, or nil when no rate links the two currencies.
    public func convert(_ money: Money, to currency: String, on date: CalendarDate) -> Conversion? {
        if money.currency == currency {
            return Conversion(result: money, rate: ExchangeRate(visitId: 0, from: currency, to: currency, rate: 1, date: date),
                              inverted: false)
        }
        let candidates = rates.compactMap { rate -> (ExchangeRate, Bool)? in
            guard rate.rate > 0 else { return nil }
            if rate.from == money.currency && rate.to == currency { return (rate, false) }
            if rate.from == currency && rate.to == money.currency { return (rate, true) }
            return nil
        }
        // Latest on or before the date (a direct rate wins a tie), else the earliest after it.
        let before = candidates.filter { $0.0.date <= date }
            .max { ($0.0.date, $0.1 ? 0 : 1) < ($1.0.date, $1.1 ? 0 : 1) }
        let after = candidates.filter { $0.0.date > date }
            .min { ($0.0.date, $0.1 ? 1 : 0) < ($1.0.date, $1.1 ? 1 : 0) }
        guard let (rate, inverted) = before ?? after else { return nil }
        let amount = inverted ? money.amount / rate.rate : money.amount * rate.rate
        return Conversion(result: Money(amount, currency), rate: rate, inverted: inverted)
    }
}
