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

/// One earlier stay of guests with a household: typed in by the committee ("famille
/// française 2019"), or written when a visit is marked done (then with its guests).
public struct HostingRecord: Hashable, Codable, Sendable {
    public var year: Int
    public var note: String
    /// The visit it came from, when VisitPlanner recorded it.
    public var visitId: Int64?
    /// Partner towns of the guests.
    public var townNames: [String]
    /// The guests, to recognise a returning guest (by id across exchange files, or by name).
    public var guestUUIDs: [String]
    public var guestNames: [String]

    public init(year: Int, note: String, visitId: Int64? = nil, townNames: [String] = [],
                guestUUIDs: [String] = [], guestNames: [String] = []) {
        self.year = year
        self.note = note
        self.visitId = visitId
        self.townNames = townNames
        self.guestUUIDs = guestUUIDs
        self.guestNames = guestNames
    }

    private enum CodingKeys: String, CodingKey { case year, note, visitId, townNames, guestUUIDs, guestNames }

    /// Records written before guests were tracked have only a year and a note.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        year = try c.decode(Int.self, forKey: .year)
        note = try c.decode(String.self, forKey: .note)
        visitId = try c.decodeIfPresent(Int64.self, forKey: .visitId)
        townNames = try c.decodeIfPresent([String].self, forKey: .townNames) ?? []
        guestUUIDs = try c.decodeIfPresent([String].self, forKey: .guestUUIDs) ?? []
        guestNames = try c.decodeIfPresent([String].self, forKey: .guestNames) ?? []
    }
}

/// The nights a household can host during one visit.
public struct Availability: Hashable, Codable, Sendable {
    public var from: CalendarDate
    public var to: CalendarDate
    /// On the backup list: asked only when the others are not enough.
    public var isBackup: Bool
    public init(from: CalendarDate, to: CalendarDate, isBackup: Bool = false) {
        self.from = from
        self.to = to
        self.isBackup = isBackup
    }

    /// Whether the household can host every night from `arrival` to `departure` (the night
    /// before the departure day is the last one).
    public func covers(from arrival: CalendarDate, to departure: CalendarDate) -> Bool {
        from <= arrival && to >= departure
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
    /// Whom the family would rather host (a soft preference).
    public var prefersGuests: GuestPreference
    /// Where the home is, for the distance to the town centre (optional).
    public var latitude: Double?
    public var longitude: Double?
    /// How the record came in (typed in, imported from a file, the sample…).
    public var source: RecordSource
    /// The last import that changed the record since, if any.
    public var lastUpdateSource: RecordSource?

    public init(id: Int64? = nil, uuid: String = UUID().uuidString.lowercased(), name: String,
                contactPerson: String = "", address: String = "", phone: String = "", email: String = "",
                beds: Int = 1, pets: [PetKind] = [], smoking: Bool = false, languages: [LanguageSkill] = [],
                children: [HostChild] = [], adults: [HostAdult] = [], stepFree: Bool = false,
                groundFloor: Bool = false, canCook: [Diet] = [], notes: String = "",
                hostingHistory: [HostingRecord] = [], prefersGuests: GuestPreference = .anyone,
                latitude: Double? = nil, longitude: Double? = nil,
                source: RecordSource = .unknown, lastUpdateSource: RecordSource? = nil) {
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
        self.prefersGuests = prefersGuests
        self.latitude = latitude
        self.longitude = longitude
        self.source = source
        self.lastUpdateSource = lastUpdateSource
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

/// Whom a host family says it would rather welcome.
public enum GuestPreference: String, Codable, Sendable, CaseIterable {
    case anyone, youngPeople = "young-people", adults, girlsOrWomen = "female", boysOrMen = "male"

    public var displayName: String {
        switch self {
        case .anyone: tr("Anyone")
        case .youngPeople: tr("Young people")
        case .adults: tr("Adults")
        case .girlsOrWomen: tr("Girls or women")
        case .boysOrMen: tr("Boys or men")
        }
    }

    /// Whether a guest fits the preference, on the visit's first day.
    public func accepts(_ guest: Participant, at visit: Visit) -> Bool {
        switch self {
        case .anyone: true
        case .youngPeople: guest.isMinor(at: visit) || guest.role == .youth
        case .adults: !guest.isMinor(at: visit) && guest.role != .youth
        case .girlsOrWomen: guest.gender == .female
        case .boysOrMen: guest.gender == .male
        }
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
