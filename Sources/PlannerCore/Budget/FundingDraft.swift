import Foundation

/// What the funding form edits, as typed; parsed and validated by the core.
public struct FundingDraft: Hashable, Sendable {
    public var kind: FundingKind
    public var source: String
    public var townId: Int64?
    /// Empty: the amount is not known yet (a grant to be calculated).
    public var amount: String
    public var currency: String
    public var perPerson: Bool
    public var filter: ParticipantFilter
    public var status: FundingStatus
    public var notes: String

    public init(kind: FundingKind = .municipality, source: String = "", townId: Int64? = nil, amount: String = "",
                currency: String = "", perPerson: Bool = false, filter: ParticipantFilter = .everyone,
                status: FundingStatus = .expected, notes: String = "") {
        self.kind = kind
        self.source = source
        self.townId = townId
        self.amount = amount
        self.currency = currency
        self.perPerson = perPerson
        self.filter = filter
        self.status = status
        self.notes = notes
    }

    public init(_ funding: Funding) {
        self.init(kind: funding.kind, source: funding.source, townId: funding.townId,
                  amount: funding.amount?.plainAmount ?? "", currency: funding.currency,
                  perPerson: funding.perPerson, filter: funding.filter, status: funding.status, notes: funding.notes)
    }

    /// The funding this draft describes, or every problem with it.
    public func funding(visitId: Int64, id: Int64? = nil) -> Result<Funding, ValidationFailure> {
        var issues: [ValidationIssue] = []
        let name = source.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { issues.append(.init(.source, .required)) }
        if name.count > 200 { issues.append(.init(.source, .tooLong(200))) }
        let code = currency.trimmingCharacters(in: .whitespaces).uppercased()
        if !Currency.isKnown(code) {
            issues.append(.init(.currency, code.isEmpty ? .required : .invalidCurrency(currency)))
        }
        var money: Money?
        if !amount.trimmingCharacters(in: .whitespaces).isEmpty, Currency.isKnown(code) {
            switch AmountInput.nonNegativeMoney(amount, currency: code) {
            case .success(let value): money = value
            case .failure(let problem): issues.append(.init(.amount, problem))
            }
        }
        guard issues.isEmpty else { return .failure(ValidationFailure(issues)) }
        return .success(Funding(id: id, visitId: visitId, kind: kind, source: name, townId: townId, amount: money,
                                currency: code, perPerson: perPerson, filter: filter, status: status, notes: notes))
    }
}
