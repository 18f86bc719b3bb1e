/// The fixed vocabularies of the domain. Raw values are stored in the database and used by the
/// CLI's JSON: never rename a raw value without a migration.

/// What kind of meeting a visit is.
public enum VisitKind: String, Codable, Sendable, CaseIterable {
    case youthExchange = "youth-exchange"
    case citizensMeeting = "citizens-meeting"
    case officialDelegation = "official-delegation"
    case schoolExchange = "school-exchange"

    public var displayName: String {
        switch self {
        case .youthExchange: tr("Youth exchange")
        case .citizensMeeting: tr("Citizens' meeting")
        case .officialDelegation: tr("Official delegation")
        case .schoolExchange: tr("School exchange")
        }
    }
}

/// Where a visit stands.
public enum VisitStatus: String, Codable, Sendable, CaseIterable {
    case planning, confirmed, done

    public var displayName: String {
        switch self {
        case .planning: tr("Planning")
        case .confirmed: tr("Confirmed")
        case .done: tr("Done")
        }
    }
}

/// A participant's part in a visit.
public enum Role: String, Codable, Sendable, CaseIterable {
    case youth, leader, adult, official, performer, organizer, interpreter, driver

    public var displayName: String {
        switch self {
        case .youth: tr("Youth")
        case .leader: tr("Group leader")
        case .adult: tr("Adult")
        case .official: tr("Official")
        case .performer: tr("Performer")
        case .organizer: tr("Organizer")
        case .interpreter: tr("Interpreter")
        case .driver: tr("Driver")
        }
    }
}

public enum Gender: String, Codable, Sendable, CaseIterable {
    case female, male, diverse, notStated = "not-stated"

    public var displayName: String {
        switch self {
        case .female: tr("Female")
        case .male: tr("Male")
        case .diverse: tr("Diverse")
        case .notStated: tr("Not stated")
        }
    }
}

/// A dietary requirement, or a diet a household can cook. `allCases` is the order of the
/// forms' check buttons: `.other` stays last.
public enum Diet: String, Codable, Sendable, CaseIterable {
    case vegetarian, vegan, halal, kosher, glutenFree = "gluten-free", lactoseFree = "lactose-free"
    // The free-text wishes twinning registrations bring most often ("sans porc", "diabétique").
    case noPork = "no-pork", noBeef = "no-beef", pescatarian, diabetic
    case other

    public var displayName: String {
        switch self {
        case .vegetarian: tr("Vegetarian")
        case .vegan: tr("Vegan")
        case .halal: tr("Halal")
        case .kosher: tr("Kosher")
        case .glutenFree: tr("Gluten-free")
        case .lactoseFree: tr("Lactose-free")
        case .noPork: tr("No pork")
        case .noBeef: tr("No beef")
        case .pescatarian: tr("Pescatarian (fish, no meat)")
        case .diabetic: tr("Diabetic")
        case .other: tr("Other diet")
        }
    }
}

/// Animals in a household, and what a guest's pet allergy is about.
public enum PetKind: String, Codable, Sendable, CaseIterable {
    case dog, cat, bird, rodent, rabbit, horse, other

    public var displayName: String {
        switch self {
        case .dog: tr("Dog")
        case .cat: tr("Cat")
        case .bird: tr("Bird")
        case .rodent: tr("Rodent")
        case .rabbit: tr("Rabbit")
        case .horse: tr("Horse")
        case .other: tr("Other animal")
        }
    }
}

/// How somebody arrives or leaves.
public enum TravelMeans: String, Codable, Sendable, CaseIterable {
    case bus, car, train, plane, other

    public var displayName: String {
        switch self {
        case .bus: tr("Bus")
        case .car: tr("Car")
        case .train: tr("Train")
        case .plane: tr("Plane")
        case .other: tr("Other")
        }
    }
}
