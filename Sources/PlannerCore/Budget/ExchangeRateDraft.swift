import Foundation

/// What the exchange-rate form edits: "1 EUR = 25.08 CZK on 2027-05-01".
public struct ExchangeRateDraft: Hashable, Sendable {
    public var from: String
    public var to: String
    public var rate: String
    public var date: String

    public init(from: String = "", to: String = "", rate: String = "", date: String = "") {
        self.from = from
        self.to = to
        self.rate = rate
        self.date = date
    }

    /// The rate this draft describes, or every problem with it.
    public func rate(visitId: Int64, id: Int64? = nil) -> Result<ExchangeRate, ValidationFailure> {
        var issues: [ValidationIssue] = []
        let fromCode = from.trimmingCharacters(in: .whitespaces).uppercased()
        let toCode = to.trimmingCharacters(in: .whitespaces).uppercased()
        if !Currency.isKnown(fromCode) { issues.append(.init(.fromCurrency, fromCode.isEmpty ? .required : .invalidCurrency(from))) }
        if !Currency.isKnown(toCode) { issues.append(.init(.currency, toCode.isEmpty ? .required : .invalidCurrency(to))) }
        if Currency.isKnown(fromCode) && fromCode == toCode { issues.append(.init(.fromCurrency, .sameCurrency)) }
        var value: Decimal?
        if rate.trimmingCharacters(in: .whitespaces).isEmpty {
            issues.append(.init(.rate, .required))
        } else if let parsed = AmountInput.decimal(rate) {
            if parsed <= 0 { issues.append(.init(.rate, .notPositive)) } else { value = parsed }
        } else {
            issues.append(.init(.rate, .unreadableAmount(rate)))
        }
        let day = CalendarDate(userInput: date)
        if date.trimmingCharacters(in: .whitespaces).isEmpty { issues.append(.init(.rateDate, .required)) }
        else if day == nil { issues.append(.init(.rateDate, .unreadableDate(date))) }
        guard issues.isEmpty, let value, let day else { return .failure(ValidationFailure(issues)) }
        return .success(ExchangeRate(id: id, visitId: visitId, from: fromCode, to: toCode, rate: value, date: day))
    }
}
