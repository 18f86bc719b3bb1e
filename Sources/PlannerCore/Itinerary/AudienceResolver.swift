/// Turns an item's audience into people and host households, for one snapshot.
public struct AudienceResolver: Sendable {
    public let snapshot: VisitSnapshot
    private let groups: [Int64: VisitGroup]
    private let lodgingHousehold: [Int64: Int64]

    public init(_ snapshot: VisitSnapshot) {
        self.snapshot = snapshot
        groups = Dictionary(uniqueKeysWithValues: snapshot.groups.compactMap { g in g.id.map { ($0, g) } })
        var lodging: [Int64: Int64] = [:]
        for placement in snapshot.placements where placement.status.lodges {
            lodging[placement.participantId] = placement.householdId
        }
        lodgingHousehold = lodging
    }

    /// The participants the audience names, in the snapshot's order. Interpreters are left out
    /// unless named by id, by group or by the interpreter role: elsewhere they work.
    public func participants(of audience: Audience) -> [Participant] {
        let groupMembers = Set(audience.groupIds.flatMap { groups[$0]?.memberIds ?? [] })
        let chosen = Set(audience.participantIds)
        return snapshot.participants.filter { p in
            guard let id = p.id else { return false }
            if chosen.contains(id) || groupMembers.contains(id) || audience.roles.contains(p.role) { return true }
            if p.role == .interpreter { return false }
            if audience.everyone { return true }
            if let town = p.townId, audience.townIds.contains(town) { return true }
            return false
        }
    }

    /// Ids of `participants(of:)`.
    public func participantIds(of audience: Audience) -> Set<Int64> {
        Set(participants(of: audience).compactMap(\.id))
    }

    /// The households that take part: those lodging a guest of the audience, or every hosting
    /// household when the audience is only "host families".
    public func households(of audience: Audience) -> [Int64] {
        guard audience.hostFamilies else { return [] }
        let ids: [Int64]
        if audience.namesParticipants {
            ids = participants(of: audience).compactMap { $0.id.flatMap { lodgingHousehold[$0] } }
        } else {
            ids = Array(lodgingHousehold.values)
        }
        return Array(Set(ids)).sorted()
    }

    /// The household lodging a guest, if any.
    public func household(lodging participantId: Int64) -> Int64? { lodgingHousehold[participantId] }

    /// A short description: "Everyone", "Brass band, officials", "Host families".
    public func summary(of audience: Audience) -> String {
        if audience.everyone { return audience.hostFamilies ? tr("Everyone and the host families") : tr("Everyone") }
        var parts: [String] = []
        parts += audience.groupIds.compactMap { groups[$0]?.name }
        parts += audience.roles.map(\.displayName)
        parts += audience.townIds.compactMap { id in snapshot.details.towns.first { $0.id == id }?.name }
        let people = snapshot.participants.filter { p in p.id.map(audience.participantIds.contains) ?? false }
        if people.count <= 3 {
            parts += people.map(\.fullName)
        } else {
            parts.append(tr("{count} chosen people", ["count": String(people.count)]))
        }
        if audience.hostFamilies { parts.append(tr("Host families")) }
        return parts.isEmpty ? tr("Nobody") : ListFormat.and(parts)
    }
}
