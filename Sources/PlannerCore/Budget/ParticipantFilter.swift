/// Which participants a per-person budget line (or participant fee) counts.
public enum ParticipantFilter: Hashable, Sendable, Codable {
    case everyone
    /// People from the partner towns.
    case guests
    /// Young people: the youth role, or under 18 on the visit's first day.
    case youngPeople
    /// Guests from one partner town.
    case town(Int64)
    /// People with one role (leaders, performers, interpreters…).
    case role(Role)

    /// Whether `participant` counts.
    public func includes(_ participant: Participant, in details: VisitDetails) -> Bool {
        includes(Headcount(participant, in: details.visit), in: details)
    }

    /// Whether a person counted anonymously counts.
    public func includes(_ head: Headcount, in details: VisitDetails) -> Bool {
        switch self {
        case .everyone: true
        case .guests: head.isGuest(of: details)
        case .youngPeople: head.role == .youth || head.isMinor
        case .town(let id): head.townId == id
        case .role(let role): head.role == role
        }
    }

    /// "everyone", "guests", "young-people", "town:3", "role:leader": how it is stored and
    /// how the CLI's JSON shows it.
    public var key: String {
        switch self {
        case .everyone: "everyone"
        case .guests: "guests"
        case .youngPeople: "young-people"
        case .town(let id): "town:\(id)"
        case .role(let role): "role:\(role.rawValue)"
        }
    }

    public init?(key: String) {
        switch key {
        case "everyone": self = .everyone
        case "guests": self = .guests
        case "young-people": self = .youngPeople
        default:
            if key.hasPrefix("town:"), let id = Int64(key.dropFirst(5)) { self = .town(id) }
            else if key.hasPrefix("role:"), let role = Role(rawValue: String(key.dropFirst(5))) { self = .role(role) }
            else { return nil }
        }
    }

    /// "everyone", "guests from Birkenfeld am See", "group leaders"…
    public func displayName(in details: VisitDetails) -> String {
        switch self {
        case .everyone: tr("Everyone")
        case .guests: tr("Guests")
        case .youngPeople: tr("Young people")
        case .town(let id):
            tr("Guests from {town}", ["town": details.towns.first { $0.id == id }?.name ?? tr("a removed town")])
        case .role(let role): tr("Role: {role}", ["role": role.displayName])
        }
    }

    /// The choices a form offers for a visit, in a sensible order.
    public static func choices(for details: VisitDetails) -> [ParticipantFilter] {
        [.everyone, .guests, .youngPeople] + details.partnerTowns.compactMap { $0.id.map(ParticipantFilter.town) }
            + Role.allCases.map(ParticipantFilter.role)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(key)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let key = try container.decode(String.self)
        guard let filter = ParticipantFilter(key: key) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown participant filter \(key)")
        }
        self = filter
    }
}
