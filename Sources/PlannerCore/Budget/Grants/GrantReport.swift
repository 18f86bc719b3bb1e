/// Everything the grant checks found for one visit, with the data they used (its source and
/// year, so the budget can say "Erasmus+ Programme Guide 2025").
public struct GrantReport: Hashable, Sendable {
    /// The town-twinning rules applied, with their call, source and year.
    public let rules: TwinningRules
    /// One check per rule.
    public let checks: [GrantCheck]
    /// The travel support table applied, with its source and year.
    public let table: TravelSupportTable
    /// One estimate per partner town.
    public let travelSupport: [TravelSupportEstimate]

    public init(rules: TwinningRules, checks: [GrantCheck], table: TravelSupportTable,
                travelSupport: [TravelSupportEstimate]) {
        self.rules = rules
        self.checks = checks
        self.table = table
        self.travelSupport = travelSupport
    }

    /// Whether the visit meets every town-twinning rule.
    public var meetsAllRules: Bool { checks.allSatisfy(\.isMet) }

    /// Whether every partner town has an amount (none lacks coordinates or is too close).
    public var isTravelSupportComplete: Bool { travelSupport.allSatisfy { $0.amount != nil } }

    /// The sum of the towns' amounts, for the towns that have one.
    public var totalTravelSupport: Money { total(\.amount) }
    /// The same if nobody travelled green.
    public var totalAllStandard: Money { total(\.allStandardAmount) }
    /// The same if everybody travelled green.
    public var totalAllGreen: Money { total(\.allGreenAmount) }

    private func total(_ amount: KeyPath<TravelSupportEstimate, Money?>) -> Money {
        travelSupport.compactMap { $0[keyPath: amount] }.reduce(Money.zero(table.currency), +)
    }
}
