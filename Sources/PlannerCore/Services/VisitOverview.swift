/// The figures of a visit's Overview page, computed from a snapshot.
public struct VisitOverview: Sendable, Hashable {
    public struct TownCount: Sendable, Hashable {
        public var town: Town
        public var guests: Int
        public var minors: Int
    }

    /// Guests (and minors among them) per partner town, in the visit's order.
    public var perTown: [TownCount]
    public var participants: Int
    public var guests: Int
    public var minors: Int
    /// Beds of the households offered for this visit.
    public var bedsOffered: Int
    /// One bed per guest.
    public var bedsNeeded: Int
    public var householdsOffered: Int
    /// Offered households in which some adult has no check valid through the visit's last day:
    /// they cannot host minors.
    public var householdsWithoutValidCheck: Int
    public var withDietOrAllergy: Int

    public init(_ snapshot: VisitSnapshot) {
        let visit = snapshot.visit
        // Counted anonymously, so the figures stay once retention has erased the records.
        let heads = snapshot.headcount
        let guests = heads.filter { $0.isGuest(of: snapshot.details) }
        perTown = snapshot.details.partnerTowns.map { town in
            let mine = guests.filter { $0.townId == town.id }
            return TownCount(town: town, guests: mine.count, minors: mine.filter(\.isMinor).count)
        }
        participants = heads.count
        self.guests = guests.count
        minors = heads.filter(\.isMinor).count
        let offered = snapshot.offers.filter { $0.availability != nil }
        householdsOffered = offered.count
        bedsOffered = offered.reduce(0) { $0 + $1.household.beds }
        bedsNeeded = guests.count
        householdsWithoutValidCheck = offered.filter { !$0.household.hasValidChecks(through: visit) }.count
        withDietOrAllergy = snapshot.participants.filter { $0.isGuest(of: snapshot.details) && $0.hasDietOrAllergy }.count
    }
}
