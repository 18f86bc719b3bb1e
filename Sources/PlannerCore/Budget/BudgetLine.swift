import Foundation

/// What was really paid for a line, and the evidence a grant report asks for.
public struct ActualCost: Hashable, Sendable, Codable {
    public var amount: Money
    public var date: CalendarDate?
    /// Who paid ("Town hall", "J. Horáková").
    public var paidBy: String
    public var receiptNumber: String
    /// An attached file (a scanned receipt), by path; the file itself is not copied.
    public var attachmentPath: String

    public init(amount: Money, date: CalendarDate? = nil, paidBy: String = "", receiptNumber: String = "",
                attachmentPath: String = "") {
        self.amount = amount
        self.date = date
        self.paidBy = paidBy
        self.receiptNumber = receiptNumber
        self.attachmentPath = attachmentPath
    }
}

/// One cost of a visit: planned as quantity × unit price, and, once paid, its actual amount.
public struct BudgetLine: Hashable, Sendable, Codable, Identifiable {
    public var id: Int64?
    public var visitId: Int64
    public var description: String
    public var category: BudgetCategory
    public var basis: CostBasis
    /// Whom a per-person basis counts; ignored by `flat`.
    public var filter: ParticipantFilter
    /// The user's quantity for a `flat` line (1 when not given); other bases count people.
    public var quantity: Decimal
    public var unitPrice: Money
    /// The town that pays this line; nil: the host town.
    public var payerTownId: Int64?
    /// Each town pays for its own people (a per-person line's guests from Birkenfeld are paid by
    /// Birkenfeld); overrides `payerTownId`. People of no town fall to the host town.
    public var splitByTown: Bool
    public var actual: ActualCost?
    public var notes: String

    public init(id: Int64? = nil, visitId: Int64, description: String, category: BudgetCategory,
                basis: CostBasis = .flat, filter: ParticipantFilter = .everyone, quantity: Decimal = 1,
                unitPrice: Money, payerTownId: Int64? = nil, splitByTown: Bool = false, actual: ActualCost? = nil,
                notes: String = "") {
        self.splitByTown = splitByTown
        self.id = id
        self.visitId = visitId
        self.description = description
        self.category = category
        self.basis = basis
        self.filter = filter
        self.quantity = quantity
        self.unitPrice = unitPrice
        self.payerTownId = payerTownId
        self.actual = actual
        self.notes = notes
    }
}
