/// Guests who must be lodged together: one person, or a "stay together" group (siblings, a
/// couple, friends), or, under the visit's policy, two minors paired so nobody is alone.
public struct PlacementUnit: Hashable, Sendable, Identifiable {
    /// The members, in id order.
    public let members: [Participant]
    /// Stable across runs: "u" and the smallest member id.
    public var id: String { "u\(members[0].id!)" }
    public var size: Int { members.count }
    /// The first night anyone of them needs a bed, and the morning the last one leaves.
    public let arrival: CalendarDate
    public let departure: CalendarDate
    /// Paired by the "minors at least in pairs" policy, not by their own wish.
    public let pairedByPolicy: Bool

    init(members: [Participant], visit: Visit, pairedByPolicy: Bool = false) {
        self.members = members.sorted { $0.id! < $1.id! }
        arrival = members.map { $0.arrival?.date ?? visit.startDate }.min() ?? visit.startDate
        departure = members.map { $0.departure?.date ?? visit.endDate }.max() ?? visit.endDate
        self.pairedByPolicy = pairedByPolicy
    }

    /// "Inès Bernard and Lucas Bernard".
    public var names: String { ListFormat.and(members.map(\.fullName)) }
}

enum PlacementUnits {
    /// The units of a visit's guests (participants from partner towns): the connected groups of
    /// "stay together" wishes, then, if the policy asks, single minors paired by town and gender.
    static func build(_ snapshot: VisitSnapshot) -> [PlacementUnit] {
        let visit = snapshot.visit
        let guests = snapshot.participants.filter { $0.isGuest(of: snapshot.details) && $0.id != nil }
        let byId = Dictionary(uniqueKeysWithValues: guests.map { ($0.id!, $0) })
        // Union-find over the wishes (a wish for somebody who is not a guest is ignored here;
        // Problems reports dangling wishes).
        var parent = Dictionary(uniqueKeysWithValues: guests.map { ($0.id!, $0.id!) })
        func root(_ id: Int64) -> Int64 {
            var current = id
            while parent[current]! != current { current = parent[current]! }
            return current
        }
        for guest in guests {
            for other in guest.stayTogetherWith where byId[other] != nil {
                let a = root(guest.id!), b = root(other)
                if a != b { parent[max(a, b)] = min(a, b) }
            }
        }
        var groups: [Int64: [Participant]] = [:]
        for guest in guests { groups[root(guest.id!), default: []].append(guest) }
        var units = groups.keys.sorted().map { PlacementUnit(members: groups[$0]!, visit: visit) }

        guard snapshot.placementSettings.minorsAtLeastInPairs else { return units }
        // Pair single minors: same town, same gender first, closest in age.
        let singles = units.filter { $0.size == 1 && $0.members[0].isMinor(at: visit) }
        units.removeAll { $0.size == 1 && $0.members[0].isMinor(at: visit) }
        var pool = singles.map { $0.members[0] }.sorted {
            ($0.townId ?? 0, $0.gender.rawValue, $0.birthDate ?? visit.startDate, $0.id!)
                < ($1.townId ?? 0, $1.gender.rawValue, $1.birthDate ?? visit.startDate, $1.id!)
        }
        while pool.count >= 2 {
            let first = pool.removeFirst()
            let index = pool.firstIndex { $0.townId == first.townId && $0.gender == first.gender }
                ?? pool.firstIndex { $0.townId == first.townId } ?? 0
            units.append(PlacementUnit(members: [first, pool.remove(at: index)], visit: visit, pairedByPolicy: true))
        }
        units += pool.map { PlacementUnit(members: [$0], visit: visit) }
        return units.sorted { $0.members[0].id! < $1.members[0].id! }
    }
}

/// Joins names as a sentence does ("Anna, Ben and Cleo"), translated.
public enum ListFormat {
    public static func and(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " " + tr("and") + " " + items.last!
        }
    }
}
