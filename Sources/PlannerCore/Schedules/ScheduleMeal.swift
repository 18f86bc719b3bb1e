/// A meal at a schedule entry and who serves it, with the actual family when a host family does.
public struct ScheduleMeal: Hashable, Sendable {
    public let kind: MealKind
    public let provider: MealProvider
    /// The household lodging the person, when `provider` is `.hostFamily` and they are placed.
    public let household: Household?

    public init(kind: MealKind, provider: MealProvider, household: Household? = nil) {
        self.kind = kind
        self.provider = provider
        self.household = household
    }

    /// "Dinner (host family: Dvořák)", "Lunch (Organizers)".
    public var summary: String {
        let by = household.map { tr("host family: {name}", ["name": $0.name]) } ?? provider.displayName
        return tr("{meal} ({provider})", ["meal": kind.displayName, "provider": by])
    }
}
