/// Who an item is for. The parts add up: "groups Brass band + role official" is everyone in the
/// band and every official. Interpreters are only in an audience when named or chosen by role:
/// at "everyone" items they work, they do not listen.
public struct Audience: Hashable, Codable, Sendable {
    public var everyone: Bool
    public var groupIds: [Int64]
    public var roles: [Role]
    public var townIds: [Int64]
    public var participantIds: [Int64]
    /// The families lodging the guests in the audience (all hosting families when the audience
    /// names nobody else): pick-ups, family time.
    public var hostFamilies: Bool

    public init(everyone: Bool = false, groupIds: [Int64] = [], roles: [Role] = [], townIds: [Int64] = [],
                participantIds: [Int64] = [], hostFamilies: Bool = false) {
        self.everyone = everyone
        self.groupIds = groupIds
        self.roles = roles
        self.townIds = townIds
        self.participantIds = participantIds
        self.hostFamilies = hostFamilies
    }

    public static let everyone = Audience(everyone: true)

    /// Whether the audience names anybody at all (it may still resolve to nobody).
    public var isEmpty: Bool {
        !everyone && groupIds.isEmpty && roles.isEmpty && townIds.isEmpty && participantIds.isEmpty && !hostFamilies
    }

    /// Whether it names participants (beyond host families).
    public var namesParticipants: Bool {
        everyone || !groupIds.isEmpty || !roles.isEmpty || !townIds.isEmpty || !participantIds.isEmpty
    }
}
