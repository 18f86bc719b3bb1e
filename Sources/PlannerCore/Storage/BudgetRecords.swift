import Foundation
import GRDB

// The budget's rows. Money crosses the database as integer minor units plus a currency code,
// and decimals (quantities, rates) as their exact text, so nothing passes through a Double.

/// Exact decimal text ("25.08"), independent of the user's locale.
enum DecimalText {
    static let posix = Locale(identifier: "en_US_POSIX")
    static func write(_ value: Decimal) -> String { NSDecimalNumber(decimal: value).description(withLocale: posix) }
    static func read(_ text: String) -> Decimal? { Decimal(string: text, locale: posix) }
}

struct BudgetLineRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "budgetLine"
    var id: Int64?
    var visitId: Int64
    var description: String
    var category: String
    var basis: String
    var filter: String
    var quantity: String
    var unitPriceMinor: Int64
    var currency: String
    var payerTownId: Int64?
    var splitByTown: Bool
    var actualMinor: Int64?
    var actualDate: CalendarDate?
    var paidBy: String
    var receiptNumber: String
    var attachmentPath: String
    var notes: String

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    init(_ line: BudgetLine) throws {
        guard let price = line.unitPrice.minorUnits else { throw PlannerError.storage("amount out of range") }
        // The row has one currency: an amount paid in another, or with more decimals than it
        // has, would be stored changed (or dropped).
        if let paid = line.actual?.amount, paid.currency != line.unitPrice.currency || paid.minorUnits == nil {
            throw PlannerError.storage("amount paid out of range or not in the line's currency")
        }
        id = line.id
        visitId = line.visitId
        description = line.description
        category = line.category.rawValue
        basis = line.basis.rawValue
        filter = line.filter.key
        quantity = DecimalText.write(line.quantity)
        unitPriceMinor = price
        currency = line.unitPrice.currency
        payerTownId = line.payerTownId
        splitByTown = line.splitByTown
        actualMinor = line.actual?.amount.minorUnits
        actualDate = line.actual?.date
        paidBy = line.actual?.paidBy ?? ""
        receiptNumber = line.actual?.receiptNumber ?? ""
        attachmentPath = line.actual?.attachmentPath ?? ""
        notes = line.notes
    }

    var line: BudgetLine {
        BudgetLine(id: id, visitId: visitId, description: description, category: BudgetCategory(rawValue: category) ?? .other,
                   basis: CostBasis(rawValue: basis) ?? .flat, filter: ParticipantFilter(key: filter) ?? .everyone,
                   quantity: DecimalText.read(quantity) ?? 1, unitPrice: Money(minorUnits: unitPriceMinor, currency: currency),
                   payerTownId: payerTownId, splitByTown: splitByTown,
                   actual: actualMinor.map {
                       ActualCost(amount: Money(minorUnits: $0, currency: currency), date: actualDate, paidBy: paidBy,
                                  receiptNumber: receiptNumber, attachmentPath: attachmentPath)
                   },
                   notes: notes)
    }
}

struct FundingRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "funding"
    var id: Int64?
    var visitId: Int64
    var kind: String
    var source: String
    var townId: Int64?
    var amountMinor: Int64?
    var currency: String
    var perPerson: Bool
    var filter: String
    var status: String
    var notes: String

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    init(_ funding: Funding) throws {
        // An amount with more decimals than its currency has would be stored as "not known yet".
        if let amount = funding.amount, amount.minorUnits == nil { throw PlannerError.storage("amount out of range") }
        id = funding.id
        visitId = funding.visitId
        kind = funding.kind.rawValue
        source = funding.source
        townId = funding.townId
        amountMinor = funding.amount?.minorUnits
        currency = funding.currency
        perPerson = funding.perPerson
        filter = funding.filter.key
        status = funding.status.rawValue
        notes = funding.notes
    }

    var funding: Funding {
        Funding(id: id, visitId: visitId, kind: FundingKind(rawValue: kind) ?? .other, source: source, townId: townId,
                amount: amountMinor.map { Money(minorUnits: $0, currency: currency) }, currency: currency, perPerson: perPerson,
                filter: ParticipantFilter(key: filter) ?? .everyone, status: FundingStatus(rawValue: status) ?? .expected,
                notes: notes)
    }
}

struct ExchangeRateRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "exchangeRate"
    var id: Int64?
    var visitId: Int64
    var fromCurrency: String
    var toCurrency: String
    var rate: String
    var date: CalendarDate

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    init(_ rate: ExchangeRate) {
        id = rate.id
        visitId = rate.visitId
        fromCurrency = rate.from
        toCurrency = rate.to
        self.rate = DecimalText.write(rate.rate)
        date = rate.date
    }

    var exchangeRate: ExchangeRate {
        ExchangeRate(id: id, visitId: visitId, from: fromCurrency, to: toCurrency, rate: DecimalText.read(rate) ?? 0, date: date)
    }
}
