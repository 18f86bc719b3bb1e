/// How the assignments meet one interpretation need, and why not when they do not.
public struct NeedCoverage: Hashable, Sendable {
    public enum Status: Hashable, Sendable {
        /// Enough interpreters on the pair itself (two over the length threshold, else one).
        case direct(interpreterIds: [Int64])
        /// No direct coverage, but the item's interpreters carry the speech into `bridge` and from
        /// it into the target, each leg with enough people, different people on each leg.
        case relay(bridge: String, firstLeg: [Int64], secondLeg: [Int64])
        /// One interpreter (or one per relay leg) where two are required.
        case partial(interpreterIds: [Int64], bridge: String?, reasons: [String])
        case uncovered(reasons: [String])
    }

    /// The need judged.
    public var need: InterpretationNeed
    /// The item's title in the visit's first language that has one.
    public var itemTitle: String
    /// Interpreters required per direction at this item.
    public var required: Int
    /// Who covers it and how, or why nobody does.
    public var status: Status

    /// Fully covered, directly or by relay.
    public var isCovered: Bool {
        switch status {
        case .direct, .relay: true
        case .partial, .uncovered: false
        }
    }

    /// Interpreted through a bridge language (fully or partly).
    public var isRelay: Bool {
        switch status {
        case .relay: true
        case .partial(_, let bridge, _): bridge != nil
        default: false
        }
    }

    /// Why the need is not fully covered (empty when it is).
    public var reasons: [String] {
        switch status {
        case .direct, .relay: []
        case .partial(_, _, let reasons), .uncovered(let reasons): reasons
        }
    }

    /// The coverage of every need of every active item by the snapshot's assignments, in
    /// programme order.
    public static func evaluate(_ snapshot: VisitSnapshot) -> [NeedCoverage] {
        let model = InterpretingModel(snapshot)
        return all(in: AssignmentState(loading: snapshot.assignments, model: model))
    }

    /// The coverage the snapshot would have with `assignments` instead of its own.
    public static func evaluate(_ snapshot: VisitSnapshot, assignments: [InterpretingAssignment]) -> [NeedCoverage] {
        evaluate(snapshot.replacingAssignments(with: assignments))
    }

    static func all(in state: AssignmentState) -> [NeedCoverage] {
        state.model.needs.indices.map { of($0, in: state) }
    }

    static func of(_ n: Int, in state: AssignmentState) -> NeedCoverage {
        let model = state.model, need = model.needs[n], item = model.items[need.item]
        let ids = { (people: [Int]) in people.map { model.people[$0].id } }
        let status: Status
        switch state.level(of: n) {
        case .direct(let people):
            status = .direct(interpreterIds: ids(people))
        case .relay(let bridge, let first, let second):
            status = .relay(bridge: model.languages[bridge], firstLeg: ids(first), secondLeg: ids(second))
        case .partialDirect(let people):
            status = .partial(interpreterIds: ids(people), bridge: nil, reasons: state.reasons(for: n))
        case .partialRelay(let bridge, let first, let second):
            status = .partial(interpreterIds: ids(Array(Set(first + second)).sorted()), bridge: model.languages[bridge],
                              reasons: state.reasons(for: n))
        case .none:
            status = .uncovered(reasons: state.reasons(for: n))
        }
        return NeedCoverage(need: need.need, itemTitle: item.title, required: item.required, status: status)
    }
}

extension VisitSnapshot {
    /// The same visit with other interpreting assignments.
    public func replacingAssignments(with assignments: [InterpretingAssignment]) -> VisitSnapshot {
        VisitSnapshot(details: details, participants: participants, offers: offers, placements: placements,
                      placementSettings: placementSettings, budgetLines: budgetLines, funding: funding,
                      exchangeRates: exchangeRates, programme: programme, groups: groups, interpreters: interpreters,
                      assignments: assignments, itinerarySettings: itinerarySettings, retention: retention)
    }
}
