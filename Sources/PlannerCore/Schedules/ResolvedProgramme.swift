/// A snapshot's active programme items with their audiences resolved once, shared by the
/// schedules of many people and by the itinerary problems.
struct ResolvedProgramme: Sendable {
    struct Item: Sendable {
        let item: ProgrammeItem
        /// The participants the audience names.
        let participantIds: Set<Int64>
        /// The host households taking part.
        let householdIds: Set<Int64>
    }

    let snapshot: VisitSnapshot
    let resolver: AudienceResolver
    /// Active items in agenda order; cancelled items count for nothing.
    let items: [Item]
    let people: [Int64: Participant]
    let households: [Int64: Household]

    init(_ snapshot: VisitSnapshot) {
        self.snapshot = snapshot
        let resolver = AudienceResolver(snapshot)
        self.resolver = resolver
        items = snapshot.programme.filter(\.isActive).map { item in
            Item(item: item, participantIds: resolver.participantIds(of: item.audience),
                 householdIds: Set(resolver.households(of: item.audience)))
        }
        people = Dictionary(snapshot.participants.compactMap { p in p.id.map { ($0, p) } }, uniquingKeysWith: { a, _ in a })
        households = Dictionary(snapshot.offers.map { ($0.id, $0.household) }, uniquingKeysWith: { a, _ in a })
    }

    /// The household lodging a participant, if any.
    func household(lodging participantId: Int64) -> Household? {
        resolver.household(lodging: participantId).flatMap { households[$0] }
    }
}
