/// A household ranked for a guest on the Placement page.
public struct PlacementCandidate: Sendable, Identifiable {
    public let offer: HostingOffer
    public let evaluation: PairEvaluation
    /// Beds not taken by other guests' current placements.
    public let freeBeds: Int
    /// The unit this guest belongs to (the whole group moves together).
    public let unit: PlacementUnit
    public var id: Int64 { offer.id }
    public var household: Household { offer.household }
    /// No hard rule against it and enough free beds.
    public var isFeasible: Bool { evaluation.isAllowed && freeBeds >= unit.size }
    public var blockers: [PlacementBlocker] {
        evaluation.blockers + (freeBeds < unit.size && evaluation.blockers.allSatisfy { $0.kind != "beds" && $0.kind != "not-offered" }
                               ? [.noFreeBeds(free: max(freeBeds, 0), needed: unit.size)] : [])
    }
}

/// The solver's proposal for a visit, compared with the current placements.
public struct PlacementProposal: Sendable {
    public struct Entry: Sendable, Identifiable {
        public let unit: PlacementUnit
        /// Where the proposal lodges the unit; nil: unplaced.
        public let householdId: Int64?
        public let evaluation: PairEvaluation?
        /// Where the unit is lodged now (nil: nowhere).
        public let currentHouseholdId: Int64?
        /// Kept where it is because it is confirmed.
        public let fixed: Bool
        /// Why nobody could take the unit (unplaced entries only).
        public let unplacedReason: String?
        public var id: String { unit.id }
        public var changed: Bool { householdId != currentHouseholdId }
    }

    public let visitId: Int64
    public let entries: [Entry]
    public let placedGuests: Int
    public let guests: Int
    public let score: Int
    public let provenOptimal: Bool

    public var changes: [Entry] { entries.filter(\.changed) }
    public var unplaced: [Entry] { entries.filter { $0.householdId == nil } }

    /// The visit's placements once the proposal is accepted: unchanged units keep their
    /// placement (status, offer, answer); moved and new ones start as proposed.
    public func placements(replacing current: [Placement]) -> [Placement] {
        let existing = Dictionary(current.map { ($0.participantId, $0) }, uniquingKeysWith: { a, _ in a })
        var result: [Placement] = []
        for entry in entries {
            for member in entry.unit.members {
                guard let householdId = entry.householdId else { continue }
                if let old = existing[member.id!], old.householdId == householdId, old.status.lodges {
                    result.append(old)
                } else {
                    result.append(Placement(visitId: visitId, participantId: member.id!, householdId: householdId))
                }
            }
        }
        // Placements of people who are no longer guests (or declined answers) stay on record.
        let planned = Set(result.map(\.participantId))
        result += current.filter { !planned.contains($0.participantId) && !$0.status.lodges }
        return result
    }
}

/// Compiles a visit's placement rules into the assignment instance of
/// docs/specs/assignment-instance.md, solves it exactly, and explains the result.
public enum PlacementPlanner {
    /// The units to place (guests, grouped).
    public static func units(_ snapshot: VisitSnapshot) -> [PlacementUnit] { PlacementUnits.build(snapshot) }

    /// Where each unit is lodged now: the household of its members' lodging placements (the
    /// first member's when they disagree).
    static func currentHousehold(of unit: PlacementUnit, in snapshot: VisitSnapshot) -> Int64? {
        let lodging = snapshot.placements.filter(\.status.lodges)
        for member in unit.members {
            if let placement = lodging.first(where: { $0.participantId == member.id }) { return placement.householdId }
        }
        return nil
    }

    /// Whether every member's placement is confirmed with the same household.
    static func isConfirmed(_ unit: PlacementUnit, in snapshot: VisitSnapshot) -> Int64? {
        let placements = unit.members.map { m in snapshot.placements.first { $0.participantId == m.id } }
        guard let first = placements.first??.householdId,
              placements.allSatisfy({ $0?.status == .confirmed && $0?.householdId == first }) else { return nil }
        return first
    }

    /// The instance the solver sees, with the units and evaluations it was made from.
    public static func instance(for snapshot: VisitSnapshot, keepConfirmed: Bool)
        -> (instance: AssignmentInstance, fixed: [String: String], units: [PlacementUnit], evaluations: [String: [Int64: PairEvaluation]]) {
        let rules = PlacementRules(snapshot)
        let units = units(snapshot)
        let offers = snapshot.offers.filter { $0.availability != nil }
        var pairs: [AssignmentInstance.Pair] = []
        var fixed: [String: String] = [:]
        var evaluations: [String: [Int64: PairEvaluation]] = [:]
        let keep = snapshot.placementSettings.keepCurrent
        for unit in units {
            let current = currentHousehold(of: unit, in: snapshot)
            let confirmed = keepConfirmed ? isConfirmed(unit, in: snapshot) : nil
            if let confirmed { fixed[unit.id] = "h\(confirmed)" }
            for offer in offers {
                let evaluation = rules.evaluate(unit, with: offer)
                evaluations[unit.id, default: [:]][offer.id] = evaluation
                // A confirmed placement stays even against a rule (it was overridden knowingly).
                guard evaluation.isAllowed || confirmed == offer.id else { continue }
                let bonus = current == offer.id ? keep : 0
                pairs.append(.init(unit: unit.id, host: "h\(offer.id)", score: max(-1_000_000, min(1_000_000, evaluation.score + bonus))))
            }
        }
        let instance = AssignmentInstance(units: units.map { .init(id: $0.id, size: $0.size) },
                                          hosts: offers.map { .init(id: "h\($0.id)", capacity: $0.household.beds) },
                                          pairs: pairs)
        return (instance, fixed, units, evaluations)
    }

    /// Solves the visit's placement exactly: the most guests placed, then the best total score;
    /// with `keepConfirmed`, confirmed placements stay where they are.
    /// `timeLimit` bounds the proof: real visits are proven in milliseconds; a festival-size one
    /// returns its best placement when the limit is reached, marked as not proven.
    public static func propose(_ snapshot: VisitSnapshot, keepConfirmed: Bool = true,
                               timeLimit: Duration = .seconds(10)) throws(PlannerError) -> PlacementProposal {
        let (instance, fixed, units, evaluations) = instance(for: snapshot, keepConfirmed: keepConfirmed)
        let solution: AssignmentSolution
        do { solution = try AssignmentSolver.solve(instance, fixed: fixed, limits: .init(timeLimit: timeLimit)) } catch {
            throw .storage(error.message)
        }
        var chosen = Dictionary(solution.assignments.map { ($0.unit, Int64($0.host.dropFirst())!) }, uniquingKeysWith: { a, _ in a })
        let settings = snapshot.placementSettings
        var policySwaps = 0
        if settings.townPolicy != .none {
            // Pair scores per unit index, for the town policy's swaps (fixed units never move).
            let unitIndex = Dictionary(uniqueKeysWithValues: units.enumerated().map { ($1.id, $0) })
            var scores: [Int: [Int64: Int]] = [:]
            for pair in instance.pairs where fixed[pair.unit] == nil {
                if let index = unitIndex[pair.unit] { scores[index, default: [:]][Int64(pair.host.dropFirst())!] = pair.score }
            }
            var assignment: [Int: Int64] = [:]
            for (unitId, host) in chosen { if let index = unitIndex[unitId] { assignment[index] = host } }
            policySwaps = TownPolicyImprovement.improve(&assignment, units: units, scores: scores,
                                                        policy: settings.townPolicy, weight: settings.townPolicyWeight)
            chosen = Dictionary(uniqueKeysWithValues: assignment.map { (units[$0.key].id, $0.value) })
        }
        var used: [Int64: Int] = [:]
        for unit in units { if let h = chosen[unit.id] { used[h, default: 0] += unit.size } }
        let entries = units.map { unit -> PlacementProposal.Entry in
            let household = chosen[unit.id]
            return .init(unit: unit, householdId: household, evaluation: household.flatMap { evaluations[unit.id]?[$0] },
                         currentHouseholdId: currentHousehold(of: unit, in: snapshot), fixed: fixed[unit.id] != nil,
                         unplacedReason: household == nil ? explainUnplaced(unit, snapshot: snapshot, evaluations: evaluations[unit.id] ?? [:], used: used) : nil)
        }
        return PlacementProposal(visitId: snapshot.visit.id!, entries: entries, placedGuests: solution.placedGuests,
                                 guests: units.reduce(0) { $0 + $1.size }, score: solution.score,
                                 // Proven for the pair scores; swaps for the town policy leave a local optimum.
                                 provenOptimal: solution.provenOptimal && policySwaps == 0)
    }

    /// Why no household could take the unit, summarised over the offered households:
    /// "minor: the 3 households with free beds have no valid safeguarding check".
    static func explainUnplaced(_ unit: PlacementUnit, snapshot: VisitSnapshot,
                                evaluations: [Int64: PairEvaluation], used: [Int64: Int]) -> String {
        let offered = snapshot.offers.filter { $0.availability != nil }
        guard !offered.isEmpty else { return tr("no household offers beds for this visit") }
        let withBeds = offered.filter { $0.household.beds - (used[$0.id] ?? 0) >= unit.size }
        guard !withBeds.isEmpty else {
            return tr("every offered household is full ({size} free beds needed)", ["size": String(unit.size)])
        }
        // Households per kind of blocker (a household counts once per kind, whatever the group's size).
        var byKind: [String: (count: Int, example: PlacementBlocker)] = [:]
        for offer in withBeds {
            var kinds: [String: PlacementBlocker] = [:]
            for blocker in evaluations[offer.id]?.blockers ?? [] where kinds[blocker.kind] == nil { kinds[blocker.kind] = blocker }
            for (kind, blocker) in kinds {
                let entry = byKind[kind]
                byKind[kind] = ((entry?.count ?? 0) + 1, entry?.example ?? blocker)
            }
        }
        let parts = byKind.sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }.map { _, value in
            "\(value.count) × \(value.example.message)"
        }
        let head = tr("the {n} households with free beds", ["n": String(withBeds.count)])
        return parts.isEmpty ? tr("no feasible household left with free beds") : "\(head): \(parts.joined(separator: "; "))"
    }

    /// The households for one guest, best first: feasible ones by score, then the blocked ones
    /// with what blocks them. Free beds count the other guests' current placements.
    public static func candidates(for participantId: Int64, in snapshot: VisitSnapshot) -> [PlacementCandidate] {
        let units = units(snapshot)
        guard let unit = units.first(where: { $0.members.contains { $0.id == participantId } }) else { return [] }
        let rules = PlacementRules(snapshot)
        let memberIds = Set(unit.members.compactMap(\.id))
        var used: [Int64: Int] = [:]
        for placement in snapshot.placements where placement.status.lodges && !memberIds.contains(placement.participantId) {
            used[placement.householdId, default: 0] += 1
        }
        return snapshot.offers.map { offer in
            PlacementCandidate(offer: offer, evaluation: rules.evaluate(unit, with: offer),
                               freeBeds: offer.household.beds - (used[offer.id] ?? 0), unit: unit)
        }.sorted { a, b in
            if a.isFeasible != b.isFeasible { return a.isFeasible }
            if (a.offer.availability != nil) != (b.offer.availability != nil) { return a.offer.availability != nil }
            if a.evaluation.score != b.evaluation.score { return a.evaluation.score > b.evaluation.score }
            return a.household.name < b.household.name
        }
    }
}
