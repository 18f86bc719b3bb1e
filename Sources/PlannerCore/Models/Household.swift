import Foundation

/// A child living in a host household (hosts' children matter when placing young guests).
public struct HostChild: Hashable, Codable, Sendable {
    public var age: Int
    public var gender: Gender
    public init(age: Int, gender: Gender = .notStated) {
        self.age = age
        self.gender = gender
    }
}

/// An adult of a host household and their safeguarding check (criminal record extract).
public struct HostAdult: Hashable, Codable, Sendable {
    public var name: String
    /// Last day the check is valid; nil when there is none.
    public var checkValidUntil: CalendarDate?
    public init(name: String, checkValidUntil: CalendarDate? = nil) {
        self.name = name
        self.checkValidUntil = checkValidUntil
    }
}

/// One earlier stay of guests with a household.
public struct HostingRecord: Hashable, Codable, Sendable {
    public var year: Int
    public var note: String
    public init(year: Int, note: String) {
        self.year = year
        self.note = note
    }
}

/// The nights a household can host during one visit.
public struct Availability: Hashable, Codable, Sendable {
    public var from: CalendarDate
    public var to: CalendarDate
    public init(from: CalendarDate, to: CalendarDate) {
        self.from = from
        self.to = to
    }

    /// Whether every night of `visit` is covered.
    public func covers(_ visit: Visit) -> Bool { from <= visit.startDate && to >= visit.endDate }
}

/// A host family. Households outlive visits: committees ask the same families year after year.
public struct Household: Hashable, Codable, Sendable, Identifiable {
    public var id: Int64?
    public var uuid: String
    public var name: String
    public var contactPerson: String
    public var address: String
    public var phone: String
    public var email: String
    public var beds: Int
    public var pets: [PetKind]
    public var smoking: Bool
    public var languages: [LanguageSkill]
    public var children: [HostChild]
    public var adults: [HostAdult]
    public var stepFree: Bool
    public var groundFloor: Bool
    public var canCook: [Diet]
    public var notes: String
    public var hostingHistory: [HostingRecord]

    public init(id: Int64? = nil, uuid: String = UUID().uuidString.lowercased(), name: String,
                contactPerson: String = "", address: String = "", phone: String = "", email: String = "",
                beds: Int = 1, pets: [PetKind] = [], smoking: Bool = false, languages: [LanguageSkill] = [],
                children: [HostChild] = [], adults: [HostAdult] = [], stepFree: Bool = false,
                groundFloor: Bool = false, canCook: [Diet] = [], notes: String = "",
                hostingHistory: [HostingRecord] = []) {
        self.id = id
        self.uuid = uuid
        self.name = name
        self.contactPerson = contactPerson
        self.address = address
        self.phone = phone
        self.email = email
        self.beds = beds
        self.pets = pets
        self.smoking = smoking
        self.languages = languages
        self.children = children
        self.adults = adults
        self.stepFree = stepFree
        self.groundFloor = groundFloor
        self.canCook = canCook
        self.notes = notes
        self.hostingHistory = hostingHistory
    }

    /// The earliest expiry among the adults' checks; nil when an adult has none (or no adult is listed).
    public var checkValidUntil: CalendarDate? {
        guard !adults.isEmpty else { return nil }
        var earliest: CalendarDate?
        for adult in adults {
            guard let date = adult.checkValidUntil else { return nil }
            earliest = min(earliest ?? date, date)
        }
        return earliest
    }

    /// Every adult's check is valid through the visit's last day.
    public func hasValidChecks(through visit: Visit) -> Bool {
        guard let until = checkValidUntil else { return false }
        return until >= visit.endDate
    }
}

/// A household as seen from one visit: with its availability for that visit, if offered.
public struct HostingOffer: Hashable, Sendable, Identifiable {
    public var household: Household
    public var availability: Availability?
    public var id: Int64 { household.id! }
    public init(household: Household, availability: Availability?) {
        self.household = household
        self.availability = availability
    }
}
