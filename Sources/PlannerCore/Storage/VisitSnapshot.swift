import Foundation
import GRDB

/// Everything about one visit at one moment: immutable, `Sendable`, safe to hand to another
/// thread, a view or (later) a plugin.
public struct VisitSnapshot: Sendable, Hashable {
    public let details: VisitDetails
    public let participants: [Participant]
    public let offers: [HostingOffer]
    public let placements: [Placement]
    public let placementSettings: PlacementSettings
    /// The budget's cost lines, sources of money and exchange rates, in the order entered.
    public let budgetLines: [BudgetLine]
    public let funding: [Funding]
    public let exchangeRates: [ExchangeRate]
    /// The programme in agenda order (cancelled items included).
    public let programme: [ProgrammeItem]
    public let groups: [VisitGroup]
    public let interpreters: [Interpreter]
    public let assignments: [InterpretingAssignment]
    public let itinerarySettings: ItinerarySettings
    /// How long the visit keeps its personal data, and the people retention has counted
    /// anonymously after erasing them.
    public let retention: RetentionPolicy

    public init(details: VisitDetails, participants: [Participant], offers: [HostingOffer], placements: [Placement],
                placementSettings: PlacementSettings, budgetLines: [BudgetLine] = [], funding: [Funding] = [],
                exchangeRates: [ExchangeRate] = [], programme: [ProgrammeItem] = [], groups: [VisitGroup] = [],
                interpreters: [Interpreter] = [], assignments: [InterpretingAssignment] = [],
                itinerarySettings: ItinerarySettings = ItinerarySettings(), retention: RetentionPolicy? = nil) {
        self.details = details
        self.participants = participants
        self.offers = offers
        self.placements = placements
        self.placementSettings = placementSettings
        self.budgetLines = budgetLines
        self.funding = funding
        self.exchangeRates = exchangeRates
        self.programme = programme
        self.groups = groups
        self.interpreters = interpreters
        self.assignments = assignments
        self.itinerarySettings = itinerarySettings
        self.retention = retention ?? RetentionPolicy(visitId: details.visit.id ?? 0)
    }

    public var visit: Visit { details.visit }

    /// Everyone the visit counts, anonymously: the people retention erased, then the
    /// participants on record. Budget quantities, grant checks and key figures count these.
    public var headcount: [Headcount] {
        retention.keptHeadcount + participants.map { Headcount($0, in: details.visit) }
    }

    /// The visit's time zone: the host town's.
    public var timeZone: TimeZone { TimeZone.named(details.hostTown.timeZone) }

    /// The placement of a participant, if any.
    public func placement(of participantId: Int64) -> Placement? {
        placements.first { $0.participantId == participantId }
    }

    /// The household of this visit's offers with `id`, if any.
    public func household(id: Int64) -> Household? {
        offers.first { $0.id == id }?.household
    }

    /// The town of a participant, if any.
    public func town(of participant: Participant) -> Town? {
        details.towns.first { $0.id == participant.townId }
    }
}

/// A running observation; it stops when cancelled or released.
public final class StoreObservation: @unchecked Sendable {
    // Only touched on the main actor by its owner; GRDB's cancellable is itself thread-safe.
    private let cancellable: AnyDatabaseCancellable
    init(_ cancellable: AnyDatabaseCancellable) { self.cancellable = cancellable }
    public func cancel() { cancellable.cancel() }
}

extension PlannerStore {
    /// One visit's snapshot, or nil when the visit does not exist.
    public func snapshot(ofVisit visitId: Int64) throws(PlannerError) -> VisitSnapshot? {
        try read { db in try Self.fetchSnapshot(visitId, db) }
    }

    static func fetchSnapshot(_ visitId: Int64, _ db: Database) throws -> VisitSnapshot? {
        guard let visit = try Visit.fetchOne(db, key: visitId) else { return nil }
        let budget = try fetchBudget(visitId, db)
        let itinerary = try fetchItinerary(visitId, db)
        return VisitSnapshot(details: try details(of: visit, db),
                             participants: try fetchParticipants(visitId, db),
                             offers: try fetchOffers(visitId, db),
                             placements: try Placement.filter(Column("visitId") == visitId).order(Column("id")).fetchAll(db),
                             placementSettings: try PlacementSettingsRecord.fetchOne(db, key: visitId)?.settings ?? PlacementSettings(),
                             budgetLines: budget.lines, funding: budget.funding, exchangeRates: budget.rates,
                             programme: itinerary.items, groups: itinerary.groups, interpreters: itinerary.interpreters,
                             assignments: itinerary.assignments, itinerarySettings: itinerary.settings ?? ItinerarySettings(),
                             retention: try RetentionPolicy.fetchOne(db, key: visitId))
    }

    /// Calls `onChange` on the main actor with the visit list now and after every change,
    /// whoever made it (this window, another process, the CLI).
    @MainActor
    public func observeVisits(onError: @escaping @MainActor (PlannerError) -> Void = { _ in },
                              onChange: @escaping @MainActor ([VisitSummary]) -> Void) -> StoreObservation {
        let path = self.path
        let observation = ValueObservation.tracking { db in try Self.fetchSummaries(db) }.removeDuplicates()
        return StoreObservation(observation.start(in: writer, scheduling: .immediate,
                                                  onError: { onError(Self.translate($0, path: path)) },
                                                  onChange: onChange))
    }

    /// Calls `onChange` on the main actor with the visit's snapshot now and after every change.
    @MainActor
    public func observeVisit(id visitId: Int64,
                             onError: @escaping @MainActor (PlannerError) -> Void = { _ in },
                             onChange: @escaping @MainActor (VisitSnapshot?) -> Void) -> StoreObservation {
        let path = self.path
        let observation = ValueObservation.tracking { db in try Self.fetchSnapshot(visitId, db) }.removeDuplicates()
        return StoreObservation(observation.start(in: writer, scheduling: .immediate,
                                                  onError: { onError(Self.translate($0, path: path)) },
                                                  onChange: onChange))
    }
}
