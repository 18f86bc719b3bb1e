import Foundation

/// What the budget-line form edits, as typed: the core parses and validates it, so the form
/// only shows the problems next to their fields and nothing is stored until all is well.
public struct BudgetLineDraft: Hashable, Sendable {
    public var description: String
    public var category: BudgetCategory
    public var basis: CostBasis
    public var filter: ParticipantFilter
    /// Used by `flat` lines only; empty means 1.
    public var quantity: String
    public var unitPrice: String
    public var currency: String
    public var payerTownId: Int64?
    /// Each town pays for its own people (per-person lines only).
    public var splitByTown: Bool
    /// Empty while nothing is paid.
    public var actualAmount: String
    public var actualDate: String
    public var paidBy: String
    public var receiptNumber: String
    public var attachmentPath: String
    public var notes: String

    public init(description: String = "", category: BudgetCategory = .other, basis: CostBasis = .flat,
                filter: ParticipantFilter = .everyone, quantity: String = "", unitPrice: String = "",
                currency: String = "", payerTownId: Int64? = nil, splitByTown: Bool = false, actualAmount: String = "", actualDate: String = "",
                paidBy: String = "", receiptNumber: String = "", attachmentPath: String = "", notes: String = "") {
        self.description = description
        self.category = category
        self.basis = basis
        self.filter = filter
        self.quantity = quantity
        self.unitPrice = unitPrice
        self.currency = currency
        self.payerTownId = payerTownId
        self.splitByTown = splitByTown
        self.actualAmount = actualAmount
        self.actualDate = actualDate
        self.paidBy = paidBy
        self.receiptNumber = receiptNumber
        self.attachmentPath = attachmentPath
        self.notes = notes
    }

    /// The draft that edits an existing line, amounts written plainly ("650.00").
    public init(_ line: BudgetLine) {
        self.init(description: line.description, category: line.category, basis: line.basis, filter: line.filter,
                  quantity: line.basis == .flat ? "\(line.quantity)" : "", unitPrice: line.unitPrice.plainAmount,
                  currency: line.unitPrice.currency, payerTownId: line.payerTownId, splitByTown: line.splitByTown,
                  actualAmount: line.actual?.amount.plainAmount ?? "", actualDate: line.actual?.date?.description ?? "",
                  paidBy: line.actual?.paidBy ?? "", receiptNumber: line.actual?.receiptNumber ?? "",
                  attachmentPath: line.actual?.attachmentPath ?? "", notes: line.notes)
    }

    /// The line this draft describes, or every problem with it.
    public func line(visitId: Int64, id: Int64? = nil) -> Result<BudgetLine, ValidationFailure> {
        var issues: [ValidationIssue] = []
        let title = description.trimmingCharacters(in: .whitespacesAndNewlines)
        if title.isEmpty { issues.append(.init(.lineDescription, .required)) }
        if title.count > 200 { issues.append(.init(.lineDescription, .tooLong(200))) }

        var quantityValue: Decimal = 1
        if basis == .flat, !quantity.trimmingCharacters(in: .whitespaces).isEmpty {
            if let value = AmountInput.decimal(quantity) {
                if value < 0 { issues.append(.init(.quantity, .negative)) }
                quantityValue = value
            } else {
                issues.append(.init(.quantity, .unreadableAmount(quantity)))
            }
        }

        let code = currency.trimmingCharacters(in: .whitespaces).uppercased()
        if !Currency.isKnown(code) {
            issues.append(.init(.currency, code.isEmpty ? .required : .invalidCurrency(currency)))
        }
        var price: Money?
        if unitPrice.trimmingCharacters(in: .whitespaces).isEmpty {
            issues.append(.init(.unitPrice, .required))
        } else if Currency.isKnown(code) {
            switch AmountInput.nonNegativeMoney(unitPrice, currency: code) {
            case .success(let money): price = money
            case .failure(let problem): issues.append(.init(.unitPrice, problem))
            }
        }

        var actual: ActualCost?
        let paid = actualAmount.trimmingCharacters(in: .whitespaces)
        var paidDate: CalendarDate?
        if !actualDate.trimmingCharacters(in: .whitespaces).isEmpty {
            paidDate = CalendarDate(userInput: actualDate)
            if paidDate == nil { issues.append(.init(.actualDate, .unreadableDate(actualDate))) }
        }
        if !paid.isEmpty, Currency.isKnown(code) {
            switch AmountInput.nonNegativeMoney(paid, currency: code) {
            case .success(let money):
                actual = ActualCost(amount: money, date: paidDate, paidBy: paidBy.trimmingCharacters(in: .whitespaces),
                                    receiptNumber: receiptNumber.trimmingCharacters(in: .whitespaces),
                                    attachmentPath: attachmentPath.trimmingCharacters(in: .whitespaces))
            case .failure(let problem): issues.append(.init(.actualAmount, problem))
            }
        } else if paid.isEmpty && (paidDate != nil || !receiptNumber.trimmingCharacters(in: .whitespaces).isEmpty
                                   || !attachmentPath.trimmingCharacters(in: .whitespaces).isEmpty) {
            // Evidence without an amount would be lost silently: ask for the amount.
            issues.append(.init(.actualAmount, .required))
        }

        if splitByTown && !basis.countsPeople { issues.append(.init(.payer, .splitNeedsPeople)) }

        guard issues.isEmpty, let price else { return .failure(ValidationFailure(issues)) }
        return .success(BudgetLine(id: id, visitId: visitId, description: title, category: category, basis: basis,
                                   filter: filter, quantity: basis == .flat ? quantityValue : 1, unitPrice: price,
                                   payerTownId: payerTownId, splitByTown: splitByTown, actual: actual, notes: notes))
    }
}
