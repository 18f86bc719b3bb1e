import Foundation
import PlannerCore

/// An amount in the CLI's JSON: `{"amount": "650.00", "currency": "CZK"}`.
///
/// The amount is a string with exactly the currency's minor digits (`Money.plainAmount`, rounded
/// half away from zero), never a JSON number: a float would lose cents in other languages'
/// parsers.
struct MoneyJSON: Encodable {
    let amount: String
    let currency: String

    init(_ money: Money) {
        amount = money.plainAmount
        currency = money.currency
    }
}

/// Exact decimals (quantities, rates) as plain text, "25.08", whatever the user's locale.
enum DecimalJSON {
    private static let posix = Locale(identifier: "en_US_POSIX")
    static func text(_ value: Decimal) -> String { NSDecimalNumber(decimal: value).description(withLocale: posix) }
}

/// `budget --json`: every line with its computed quantity and amounts, the totals, the funding
/// and the exchange rates. Every key is always present (null when unknown).
struct BudgetJSON: Encodable {
    struct ActualJSON: Encodable {
        let amount: MoneyJSON
        @ExplicitNull var date: CalendarDate?
        let paidBy: String
        let receiptNumber: String
        let attachmentPath: String

        init(_ actual: ActualCost) {
            amount = MoneyJSON(actual.amount)
            date = actual.date
            paidBy = actual.paidBy
            receiptNumber = actual.receiptNumber
            attachmentPath = actual.attachmentPath
        }
    }

    struct LineJSON: Encodable {
        let id: Int64
        let description: String
        /// `BudgetCategory` raw value (`meals`).
        let category: String
        /// `CostBasis` raw value (`per-participant`).
        let basis: String
        /// `ParticipantFilter.key` (`everyone`, `town:3`, `role:driver`).
        let filter: String
        /// Exact decimal text ("43", "1.5").
        let quantity: String
        /// "43 participants", as the text output shows it.
        let quantityDescription: String
        /// People the filter counts; null for a flat line.
        @ExplicitNull var people: Int?
        let unitPrice: MoneyJSON
        /// Quantity × unit price, in the line's currency.
        let planned: MoneyJSON
        /// In the reporting currency; null when no exchange rate links the two.
        @ExplicitNull var plannedConverted: MoneyJSON?
        @ExplicitNull var actual: ActualJSON?
        @ExplicitNull var actualConverted: MoneyJSON?
        /// The town that pays the line (null: the host town).
        @ExplicitNull var payerTownId: Int64?
        /// Each town pays for its own people.
        let splitByTown: Bool
        let notes: String

        init(_ figures: BudgetLineFigures) {
            let line = figures.line
            id = line.id ?? 0
            description = line.description
            category = line.category.rawValue
            basis = line.basis.rawValue
            filter = line.filter.key
            quantity = DecimalJSON.text(figures.quantity)
            quantityDescription = figures.quantityDescription
            people = figures.people
            unitPrice = MoneyJSON(line.unitPrice)
            planned = MoneyJSON(figures.planned)
            plannedConverted = figures.plannedConverted.map { MoneyJSON($0.result) }
            actual = line.actual.map(ActualJSON.init)
            actualConverted = figures.actualConverted.map { MoneyJSON($0.result) }
            payerTownId = line.payerTownId
            splitByTown = line.splitByTown
            notes = line.notes
        }
    }

    struct CategoryJSON: Encodable {
        let category: String
        let name: String
        let lines: Int
        let planned: MoneyJSON
        let actual: MoneyJSON
        let overPlanned: Bool

        init(_ total: CategoryTotal) {
            category = total.category.rawValue
            name = total.category.displayName
            lines = total.lineCount
            planned = MoneyJSON(total.planned)
            actual = MoneyJSON(total.actual)
            overPlanned = total.isOverPlanned
        }
    }

    struct CurrencyTotalJSON: Encodable {
        let currency: String
        let planned: MoneyJSON
        let actual: MoneyJSON

        init(_ total: CurrencyTotal) {
            currency = total.currency
            planned = MoneyJSON(total.planned)
            actual = MoneyJSON(total.actual)
        }
    }

    struct FundingJSON: Encodable {
        let id: Int64
        let source: String
        /// `FundingKind` raw value (`partner-contribution`).
        let kind: String
        /// `FundingStatus` raw value (`expected`, `confirmed`, `received`).
        let status: String
        @ExplicitNull var townId: Int64?
        let perPerson: Bool
        let filter: String
        /// False while the amount is not known yet (then `amount`, `total` and `converted` are null).
        let amountKnown: Bool
        /// The sum, or the amount per person.
        @ExplicitNull var amount: MoneyJSON?
        @ExplicitNull var people: Int?
        /// Amount × people (or the sum), in its currency.
        @ExplicitNull var total: MoneyJSON?
        /// `total` in the reporting currency; null when unknown or no rate exists.
        @ExplicitNull var converted: MoneyJSON?
        let notes: String

        init(_ figures: FundingFigures) {
            let funding = figures.funding
            id = funding.id ?? 0
            source = funding.source
            kind = funding.kind.rawValue
            status = funding.status.rawValue
            townId = funding.townId
            perPerson = funding.perPerson
            filter = funding.filter.key
            amountKnown = funding.amount != nil
            amount = funding.amount.map(MoneyJSON.init)
            people = figures.people
            total = figures.total.map(MoneyJSON.init)
            converted = figures.converted.map { MoneyJSON($0.result) }
            notes = funding.notes
        }
    }

    struct TotalsJSON: Encodable {
        /// Planned costs in the reporting currency (lines without a rate left out).
        let planned: MoneyJSON
        let actual: MoneyJSON
        /// Every source with a known amount.
        let funding: MoneyJSON
        /// Sources marked received.
        let received: MoneyJSON
        /// Funding minus planned: negative is a gap.
        let balance: MoneyJSON
    }

    struct PayerShareJSON: Encodable {
        let townId: Int64
        let town: String
        let planned: MoneyJSON
    }

    struct ExchangeRateJSON: Encodable {
        let id: Int64
        let from: String
        let to: String
        /// One `from` is worth `rate` `to`; exact decimal text.
        let rate: String
        let date: CalendarDate
        /// Whether some amount of this report was converted with it.
        let used: Bool
    }

    let visit: VisitJSON
    /// The visit's currency, in which every converted amount and total is given.
    let reportingCurrency: String
    let lines: [LineJSON]
    let categories: [CategoryJSON]
    let currencyTotals: [CurrencyTotalJSON]
    let funding: [FundingJSON]
    let totals: TotalsJSON
    let participantCount: Int
    @ExplicitNull var costPerParticipant: MoneyJSON?
    let payerShares: [PayerShareJSON]
    /// Currencies no exchange rate links to the reporting currency; their amounts are left out of the totals.
    let missingRates: [String]
    let exchangeRates: [ExchangeRateJSON]
    let grants: GrantsJSON

    init(_ report: BudgetReport, snapshot: VisitSnapshot, grants: GrantReport) {
        self.grants = GrantsJSON(grants)
        visit = VisitJSON(snapshot.details, participants: snapshot.participants.count)
        reportingCurrency = report.reportingCurrency
        lines = report.lines.map(LineJSON.init)
        categories = report.categories.map(CategoryJSON.init)
        currencyTotals = report.currencyTotals.map(CurrencyTotalJSON.init)
        funding = report.funding.map(FundingJSON.init)
        totals = TotalsJSON(planned: MoneyJSON(report.plannedTotal), actual: MoneyJSON(report.actualTotal),
                            funding: MoneyJSON(report.fundingTotal), received: MoneyJSON(report.fundingReceived),
                            balance: MoneyJSON(report.balance))
        participantCount = report.participantCount
        costPerParticipant = report.costPerParticipant.map(MoneyJSON.init)
        payerShares = report.payerShares.map { PayerShareJSON(townId: $0.town.id ?? 0, town: $0.town.name, planned: MoneyJSON($0.planned)) }
        missingRates = report.missingRates
        let used = Set(report.ratesUsed.compactMap(\.rate.id))
        exchangeRates = snapshot.exchangeRates.map { rate in
            ExchangeRateJSON(id: rate.id ?? 0, from: rate.from, to: rate.to, rate: DecimalJSON.text(rate.rate),
                             date: rate.date, used: rate.id.map(used.contains) ?? false)
        }
    }
}

extension BudgetReport {
    /// The stored exchange rates this report converted with (each once, with whether it was
    /// used inverted), in the order of first use. Same-currency "conversions" are not rates.
    var ratesUsed: [(rate: ExchangeRate, inverted: Bool)] {
        let conversions = lines.flatMap { [$0.plannedConverted, $0.actualConverted] } + funding.map(\.converted)
        var seen = Set<String>()
        var result: [(rate: ExchangeRate, inverted: Bool)] = []
        for conversion in conversions.compactMap({ $0 }) where conversion.rate.from != conversion.rate.to {
            let key = "\(conversion.rate.id.map(String.init) ?? "\(conversion.rate.from)\(conversion.rate.to)\(conversion.rate.date)")|\(conversion.inverted)"
            if seen.insert(key).inserted { result.append((conversion.rate, conversion.inverted)) }
        }
        return result
    }
}

/// The grant checks in `budget --json`: each rule with its counts, and the travel support per
/// partner town, with the data files' source and year.
struct GrantsJSON: Encodable {
    struct SourceJSON: Encodable {
        let title: String
        let url: String
        let year: Int
    }

    struct CheckJSON: Encodable {
        let id: String
        let title: String
        let met: Bool
        let count: Int
        let required: Int
        let detail: String
    }

    struct TownJSON: Encodable {
        let townId: Int64
        let town: String
        @ExplicitNull var kilometres: Int?
        @ExplicitNull var band: String?
        let participants: Int
        let greenTravellers: Int
        @ExplicitNull var amount: MoneyJSON?
        @ExplicitNull var reason: String?
    }

    let twinningRules: SourceJSON
    let call: String
    let checks: [CheckJSON]
    let meetsAllRules: Bool
    let travelSupportData: SourceJSON
    let travelSupport: [TownJSON]
    let travelSupportTotal: MoneyJSON
    let travelSupportAllGreen: MoneyJSON
    let travelSupportAllStandard: MoneyJSON

    init(_ report: GrantReport) {
        twinningRules = SourceJSON(title: report.rules.source.title, url: report.rules.source.url, year: report.rules.year)
        call = report.rules.call
        checks = report.checks.map {
            CheckJSON(id: $0.id.rawValue, title: $0.title, met: $0.isMet, count: $0.count, required: $0.required, detail: $0.detail)
        }
        meetsAllRules = report.meetsAllRules
        travelSupportData = SourceJSON(title: report.table.source.title, url: report.table.source.url, year: report.table.year)
        travelSupport = report.travelSupport.map {
            TownJSON(townId: $0.town.id ?? 0, town: $0.town.name, kilometres: $0.wholeKilometres, band: $0.band?.label,
                     participants: $0.participants, greenTravellers: $0.greenTravellers, amount: $0.amount.map(MoneyJSON.init),
                     reason: $0.reason)
        }
        travelSupportTotal = MoneyJSON(report.totalTravelSupport)
        travelSupportAllGreen = MoneyJSON(report.totalAllGreen)
        travelSupportAllStandard = MoneyJSON(report.totalAllStandard)
    }
}
