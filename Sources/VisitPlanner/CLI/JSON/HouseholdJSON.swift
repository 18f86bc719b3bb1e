import PlannerCore

/// A host household in `households list --json`. The per-visit keys (`availability`,
/// `offered`, `coversVisit`, `checksValidThroughVisit`) are present only with `--visit`.
struct HouseholdJSON: Encodable {
    struct ChildJSON: Encodable {
        let age: Int
        let gender: String
    }

    struct AdultJSON: Encodable {
        let name: String
        @ExplicitNull var checkValidUntil: CalendarDate?
    }

    struct HostingJSON: Encodable {
        let year: Int
        let note: String
    }

    struct AvailabilityJSON: Encodable {
        let from: CalendarDate
        let to: CalendarDate
    }

    let id: Int64
    let uuid: String
    let name: String
    let contactPerson: String
    let address: String
    let phone: String
    let email: String
    /// Capacity: the guests it can lodge.
    let beds: Int
    let pets: [String]
    let smoking: Bool
    let languages: [LanguageJSON]
    let children: [ChildJSON]
    let adults: [AdultJSON]
    /// Earliest expiry among the adults' checks; null when some adult has none.
    let checkValidUntil: CalendarDate?
    let stepFree: Bool
    let groundFloor: Bool
    let canCook: [String]
    let hostingHistory: [HostingJSON]
    let notes: String

    // Per-visit (only with --visit).
    let visitColumns: VisitColumns?

    /// The household seen from one visit.
    struct VisitColumns {
        let availability: AvailabilityJSON?
        let coversVisit: Bool
        let checksValidThroughVisit: Bool
    }

    init(_ household: Household, offer: HostingOffer? = nil, visit: Visit? = nil) {
        id = household.id ?? 0
        uuid = household.uuid
        name = household.name
        contactPerson = household.contactPerson
        address = household.address
        phone = household.phone
        email = household.email
        beds = household.beds
        pets = household.pets.map(\.rawValue)
        smoking = household.smoking
        languages = household.languages.map(LanguageJSON.init)
        children = household.children.map { ChildJSON(age: $0.age, gender: $0.gender.rawValue) }
        adults = household.adults.map { AdultJSON(name: $0.name, checkValidUntil: $0.checkValidUntil) }
        checkValidUntil = household.checkValidUntil
        stepFree = household.stepFree
        groundFloor = household.groundFloor
        canCook = household.canCook.map(\.rawValue)
        hostingHistory = household.hostingHistory.map { HostingJSON(year: $0.year, note: $0.note) }
        notes = household.notes
        if let offer, let visit {
            visitColumns = VisitColumns(
                availability: offer.availability.map { AvailabilityJSON(from: $0.from, to: $0.to) },
                coversVisit: offer.availability?.covers(visit) ?? false,
                checksValidThroughVisit: household.hasValidChecks(through: visit))
        } else {
            visitColumns = nil
        }
    }

    private enum CodingKeys: String, CodingKey {
        case id, uuid, name, contactPerson, address, phone, email, beds, pets, smoking, languages
        case children, adults, checkValidUntil, stepFree, groundFloor, canCook, hostingHistory, notes
        case availability, offered, coversVisit, checksValidThroughVisit
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(uuid, forKey: .uuid)
        try c.encode(name, forKey: .name)
        try c.encode(contactPerson, forKey: .contactPerson)
        try c.encode(address, forKey: .address)
        try c.encode(phone, forKey: .phone)
        try c.encode(email, forKey: .email)
        try c.encode(beds, forKey: .beds)
        try c.encode(pets, forKey: .pets)
        try c.encode(smoking, forKey: .smoking)
        try c.encode(languages, forKey: .languages)
        try c.encode(children, forKey: .children)
        try c.encode(adults, forKey: .adults)
        try c.encode(checkValidUntil, forKey: .checkValidUntil)
        try c.encode(stepFree, forKey: .stepFree)
        try c.encode(groundFloor, forKey: .groundFloor)
        try c.encode(canCook, forKey: .canCook)
        try c.encode(hostingHistory, forKey: .hostingHistory)
        try c.encode(notes, forKey: .notes)
        if let visitColumns {
            // Explicit nulls: the key is there whenever a visit was asked for.
            try c.encode(visitColumns.availability, forKey: .availability)
            try c.encode(visitColumns.availability != nil, forKey: .offered)
            try c.encode(visitColumns.coversVisit, forKey: .coversVisit)
            try c.encode(visitColumns.checksValidThroughVisit, forKey: .checksValidThroughVisit)
        }
    }
}

/// `households list --json`; `visit` only with `--visit`.
struct HouseholdListJSON: Encodable {
    let visit: VisitJSON?
    let households: [HouseholdJSON]

    private enum CodingKeys: String, CodingKey { case visit, households }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        if let visit { try c.encode(visit, forKey: .visit) }
        try c.encode(households, forKey: .households)
    }
}
