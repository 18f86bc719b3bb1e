/// What a budget line pays for; the Budget page groups lines and totals by it.
/// Raw values are stored and appear in the CLI's JSON: never rename one without a migration.
public enum BudgetCategory: String, Codable, Sendable, CaseIterable {
    case travel, accommodation, meals, programme, interpretation, insurance, gifts, materials, administration, other

    public var displayName: String {
        switch self {
        case .travel: tr("Travel")
        case .accommodation: tr("Accommodation")
        case .meals: tr("Meals")
        case .programme: tr("Programme")
        case .interpretation: tr("Interpretation")
        case .insurance: tr("Insurance")
        case .gifts: tr("Gifts")
        case .materials: tr("Materials")
        case .administration: tr("Administration")
        case .other: tr("Other")
        }
    }
}
