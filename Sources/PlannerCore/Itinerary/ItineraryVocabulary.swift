// The itinerary's fixed vocabularies. Raw values are stored and appear in the CLI's JSON.

/// Where a programme item stands.
public enum ItemStatus: String, Codable, Sendable, CaseIterable {
    case planned, confirmed, cancelled

    public var displayName: String {
        switch self {
        case .planned: tr("Planned")
        case .confirmed: tr("Confirmed")
        case .cancelled: tr("Cancelled")
        }
    }
}

/// A meal that is part of an item.
public enum MealKind: String, Codable, Sendable, CaseIterable {
    case breakfast, lunch, dinner, snack

    public var displayName: String {
        switch self {
        case .breakfast: tr("Breakfast")
        case .lunch: tr("Lunch")
        case .dinner: tr("Dinner")
        case .snack: tr("Snack")
        }
    }
}

/// Who serves a meal.
public enum MealProvider: String, Codable, Sendable, CaseIterable {
    case hostFamily = "host-family", organizers, restaurant

    public var displayName: String {
        switch self {
        case .hostFamily: tr("Host families")
        case .organizers: tr("Organizers")
        case .restaurant: tr("Restaurant")
        }
    }
}

/// A meal and who provides it.
public struct ProvidedMeal: Hashable, Codable, Sendable {
    public var kind: MealKind
    public var provider: MealProvider
    public init(_ kind: MealKind, by provider: MealProvider) {
        self.kind = kind
        self.provider = provider
    }
}

/// How an interpreter works.
public enum InterpretingMode: String, Codable, Sendable, CaseIterable {
    case consecutive, simultaneous, whispered

    public var displayName: String {
        switch self {
        case .consecutive: tr("Consecutive")
        case .simultaneous: tr("Simultaneous")
        case .whispered: tr("Whispered")
        }
    }
}
