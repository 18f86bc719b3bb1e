import Foundation

/// One line with its computed quantity and amounts.
public struct BudgetLineFigures: Hashable, Sendable, Identifiable {
    public let line: BudgetLine
    /// The quantity the unit price is multiplied by (people, person-days… or the flat quantity).
    public let quantity: Decimal
    /// People the line's filter selects, for per-person bases.
    public let people: Int?
    /// Quantity × unit price, exact, in the line's currency.
    public let planned: Money
    /// `planned` in the reporting currency; nil when no exchange rate links the two.
    public let plannedConverted: Conversion?
    /// The actual amount in the reporting currency; nil when nothing is paid or no rate exists.
    public let actualConverted: Conversion?
    public var id: Int64 { line.id ?? 0 }

    /// "43 participants", "215 participant-days", "6": what the unit price is multiplied by.
    public var quantityDescription: String {
        let count = NSDecimalNumber(decimal: quantity).stringValue
        switch line.basis {
        case .flat: return count
        case .perParticipant: return tr("{count} participants", ["count": count])
        case .perParticipantDay: return tr("{count} participant-days", ["count": count])
        case .perNight: return tr("{count} participant-nights", ["count": count])
        }
    }
}

/// Planned and actual totals of one category, in the reporting currency.
public struct CategoryTotal: Hashable, Sendable {
    public let category: BudgetCategory
    public let planned: Money
    public let actual: Money
    public let lineCount: Int
    /// More has been paid than planned.
    public var isOverPlanned: Bool { actual > planned }
}

/// Totals of the lines written in one currency, before any conversion.
public struct CurrencyTotal: Hashable, Sendable {
    public let currency: String
    public let planned: Money
    public let actual: Money
}

/// One source of money with its computed total.
public struct FundingFigures: Hashable, Sendable, Identifiable {
    public let funding: Funding
    /// People counted by a per-person amount.
    public let people: Int?
    /// Amount × people (or the flat amount), in its currency; nil when the amount is not known yet.
    public let total: Money?
    /// `total` in the reporting currency; nil when unknown or no rate exists.
    public let converted: Conversion?
    public var id: Int64 { funding.id ?? 0 }
}

/// What one town pays of the planned costs (the split between partners, line by line).
public struct PayerShare: Hashable, Sendable {
    public let town: Town
    public let planned: Money
}

/// The budget of a visit, computed from its snapshot: every figure the Budget page, the CLI and
/// the budget report show. Exact throughout (see `Money`); rounded only when displayed.
public struct BudgetReport: Sendable, Hashable {
    public let reportingCurrency: String
    public let lines: [BudgetLineFigures]
    /// Categories that have lines, in the order of `BudgetCategory.allCases`.
    public let categories: [CategoryTotal]
    public let currencyTotals: [CurrencyTotal]
    public let plannedTotal: Money
    public let actualTotal: Money
    public let funding: [FundingFigures]
    /// Every source with a known amount (expected, confirmed and received).
    public let fundingTotal: Money
    /// Sources marked received.
    public let fundingReceived: Money
    /// Funding minus planned costs: negative means a gap to close.
    public var balance: Money { fundingTotal - plannedTotal }
    public let participantCount: Int
    /// Planned costs divided by the participants; nil without participants.
    public let costPerParticipant: Money?
    public let payerShares: [PayerShare]
    /// Currencies used by lines or funding that no exchange rate links to the reporting currency.
    public let missingRates: [String]

    public init(_ snapshot: VisitSnapshot) {
        let details = snapshot.details
        // Counted once: every line, fee and town share below filters the same people.
        let heads = snapshot.headcount
        let visit = details.visit
        let reporting = visit.currency
        let rates = ExchangeRates(snapshot.exchangeRates)
        let figures = snapshot.budgetLines.map { Self.figures(of: $0, in: snapshot, counting: heads, rates: rates) }
        lines = figures
        reportingCurrency = reporting

        let zero = Money.zero(reporting)
        categories = BudgetCategory.allCases.compactMap { category in
            let inCategory = figures.filter { $0.line.category == category }
            guard !inCategory.isEmpty else { return nil }
            return CategoryTotal(category: category,
                                 planned: inCategory.compactMap(\.plannedConverted?.result).reduce(zero, +),
                                 actual: inCategory.compactMap(\.actualConverted?.result).reduce(zero, +),
                                 lineCount: inCategory.count)
        }
        plannedTotal = figures.compactMap(\.plannedConverted?.result).reduce(zero, +)
        actualTotal = figures.compactMap(\.actualConverted?.result).reduce(zero, +)
        currencyTotals = Set(figures.map(\.line.unitPrice.currency)).sorted().map { code in
            let written = figures.filter { $0.line.unitPrice.currency == code }
            return CurrencyTotal(currency: code, planned: written.map(\.planned).reduce(.zero(code), +),
                                 actual: written.compactMap(\.line.actual?.amount).filter { $0.currency == code }.reduce(.zero(code), +))
        }

        funding = snapshot.funding.map { source in
            guard let amount = source.amount else {
                return FundingFigures(funding: source, people: nil, total: nil, converted: nil)
            }
            let people = source.perPerson ? heads.filter { source.filter.includes($0, in: details) }.count : nil
            let total = people.map { amount * Decimal($0) } ?? amount
            return FundingFigures(funding: source, people: people, total: total,
                                  converted: rates.convert(total, to: reporting, on: visit.startDate))
        }
        fundingTotal = funding.compactMap(\.converted?.result).reduce(zero, +)
        fundingReceived = funding.filter { $0.funding.status == .received }.compactMap(\.converted?.result).reduce(zero, +)

        participantCount = heads.count
        costPerParticipant = participantCount > 0 ? Money(plannedTotal.amount / Decimal(participantCount), reporting) : nil
        payerShares = Self.payerShares(figures, in: snapshot, counting: heads, rates: rates)
        // Every amount that has no conversion names a currency without a rate.
        let unconverted = figures.flatMap { figure in
            [figure.plannedConverted == nil ? figure.planned.currency : nil,
             figure.actualConverted == nil ? figure.line.actual?.amount.currency : nil]
        } + funding.map { $0.converted == nil ? $0.total?.currency : nil }
        missingRates = Set(unconverted.compactMap { $0 }).sorted()
    }

    /// The figures a line would have in this visit, before it is stored: what the form shows
    /// as the user types.
    public static func preview(_ line: BudgetLine, in snapshot: VisitSnapshot) -> BudgetLineFigures {
        figures(of: line, in: snapshot, counting: snapshot.headcount, rates: ExchangeRates(snapshot.exchangeRates))
    }

    /// A line's quantity and its amounts, planned at the visit's first day and paid at the
    /// payment's date, converted into the reporting currency.
    static func figures(of line: BudgetLine, in snapshot: VisitSnapshot, counting heads: [Headcount], rates: ExchangeRates) -> BudgetLineFigures {
        let visit = snapshot.visit
        let counted = line.basis.countsPeople ? heads.filter { line.filter.includes($0, in: snapshot.details) } : []
        let quantity = quantity(of: line, counting: counted, visit: visit)
        let planned = line.unitPrice * quantity
        return BudgetLineFigures(line: line, quantity: quantity, people: line.basis.countsPeople ? counted.count : nil,
                                 planned: planned,
                                 plannedConverted: rates.convert(planned, to: visit.currency, on: visit.startDate),
                                 actualConverted: line.actual.flatMap { rates.convert($0.amount, to: visit.currency, on: $0.date ?? visit.startDate) })
    }

    /// What each town pays of the planned costs: a line's payer pays all of it, or, for a line
    /// split by town, each town pays the units its own people count for (people of no town and
    /// of the host town fall to the host).
    static func payerShares(_ figures: [BudgetLineFigures], in snapshot: VisitSnapshot, counting heads: [Headcount],
                            rates: ExchangeRates) -> [PayerShare] {
        let details = snapshot.details, visit = snapshot.visit
        let zero = Money.zero(visit.currency)
        let host = details.hostTown.id ?? 0
        var shares: [Int64: Money] = [:]
        func add(_ money: Money, to town: Int64) { shares[town] = (shares[town] ?? zero) + money }
        for figure in figures {
            guard let converted = figure.plannedConverted?.result else { continue }
            guard figure.line.splitByTown, figure.line.basis.countsPeople else {
                add(converted, to: figure.line.payerTownId ?? host)
                continue
            }
            var paidByPartners = zero
            for town in details.partnerTowns {
                guard let id = town.id else { continue }
                let own = heads.filter { $0.townId == id && figure.line.filter.includes($0, in: details) }
                let units = quantity(of: figure.line, counting: own, visit: visit)
                guard units > 0, let part = rates.convert(figure.line.unitPrice * units, to: visit.currency, on: visit.startDate) else {
                    continue
                }
                add(part.result, to: id)
                paidByPartners = paidByPartners + part.result
            }
            // The host's own people and people of no town; taken as the remainder so that the
            // shares always add up to the line exactly.
            let rest = converted - paidByPartners
            if !rest.isZero { add(rest, to: host) }
        }
        return details.towns.compactMap { town in shares[town.id ?? -1].map { PayerShare(town: town, planned: $0) } }
    }

    /// The quantity of a line: its own for a flat line, else what `people` (those the line
    /// counts) add up to.
    static func quantity(of line: BudgetLine, counting people: [Headcount], visit: Visit) -> Decimal {
        switch line.basis {
        case .flat:
            return line.quantity
        case .perParticipant:
            return Decimal(people.count)
        case .perParticipantDay, .perNight:
            let nightsOnly = line.basis == .perNight
            let units = people.reduce(0) { sum, person in
                let first = person.arrival ?? visit.startDate
                let last = person.departure ?? visit.endDate
                let nights = max(0, last.dayNumber - first.dayNumber)
                return sum + (nightsOnly ? nights : nights + 1)
            }
            return Decimal(units)
        }
    }

    /// The figures of one line.
    public func figures(ofLine id: Int64) -> BudgetLineFigures? { lines.first { $0.line.id == id } }
}
