import Foundation
import GRDB

/// The sample visit's budget, from the shared fixture's README: costs in CZK, gifts and the
/// partners' contributions in EUR, and one exchange rate the committee took from its bank.
enum SampleBudget {
    static func lines(visitId: Int64) -> [BudgetLine] {
        [
            BudgetLine(visitId: visitId, description: "Bus to Telč", category: .travel, quantity: 1,
                       unitPrice: Money(18_000, "CZK"), notes: "Excursion on Friday afternoon, 50-seat coach"),
            BudgetLine(visitId: visitId, description: "Gala dinner in the Sokolovna hall", category: .meals,
                       basis: .perParticipant, unitPrice: Money(650, "CZK")),
            BudgetLine(visitId: visitId, description: "Concert stage and sound", category: .programme, quantity: 1,
                       unitPrice: Money(25_000, "CZK")),
            BudgetLine(visitId: visitId, description: "Interpreters", category: .interpretation, quantity: 6,
                       unitPrice: Money(4_500, "CZK"),
                       notes: "Half days: welcome, official meeting (two), gala dinner (two), farewell"),
            BudgetLine(visitId: visitId, description: "Gifts for the delegations", category: .gifts, quantity: 1,
                       unitPrice: Money(200, "EUR")),
            BudgetLine(visitId: visitId, description: "Travel insurance", category: .insurance,
                       basis: .perParticipantDay, filter: .guests, unitPrice: Money(35, "CZK"), splitByTown: true,
                       notes: "Counted from each guest's arrival to their departure; each town insures its own guests"),
        ]
    }

    static func funding(visitId: Int64, townIds: [SampleTown: Int64]) -> [Funding] {
        [
            Funding(visitId: visitId, kind: .municipality, source: "Town of Horní Lhota", amount: Money(120_000, "CZK"),
                    status: .confirmed),
            Funding(visitId: visitId, kind: .grant, source: "EU town-twinning grant (lump sum)", amount: nil,
                    currency: "EUR", notes: "To be calculated once the participant list is final"),
            Funding(visitId: visitId, kind: .partnerContribution, source: "Saint-Aubin-sur-Loire",
                    townId: townIds[.saintAubin], amount: Money(1_500, "EUR"), status: .confirmed),
            Funding(visitId: visitId, kind: .partnerContribution, source: "Birkenfeld am See",
                    townId: townIds[.birkenfeld], amount: Money(2_000, "EUR"), status: .confirmed),
            Funding(visitId: visitId, kind: .participantFees, source: "Youth participant fee", amount: Money(40, "EUR"),
                    perPerson: true, filter: .youngPeople),
        ]
    }

    static func rates(visitId: Int64) -> [ExchangeRate] {
        [ExchangeRate(visitId: visitId, from: "EUR", to: "CZK", rate: Decimal(string: "25.08")!,
                      date: SampleVisit.day(2027, 4, 30))]
    }

    static func install(visitId: Int64, townIds: [SampleTown: Int64], _ db: Database) throws {
        try PlannerStore.insertBudget(StoredBudget(lines: lines(visitId: visitId), funding: funding(visitId: visitId, townIds: townIds),
                                                   rates: rates(visitId: visitId)),
                                      visitId: visitId, db)
    }
}
