/// What the Assign button proposes: the assignments to store (hand-made ones kept), why each
/// was chosen, the needs left open and why, and figures about the search.
public struct AssignmentPlan: Hashable, Sendable {
    /// Every assignment of the plan, hand-made ones included, by item, interpreter and pair.
    /// Store them with `PlannerStore.replaceAssignments(ofVisit:with:)`.
    public var assignments: [InterpretingAssignment]
    /// Why each assignment was chosen ("only interpreter for cs→pl", "least loaded of 3
    /// candidates (2 h on other items)", "set by hand").
    public var explanations: [InterpretingAssignment: String]
    /// The coverage of every need with this plan, in programme order.
    public var coverage: [NeedCoverage]
    /// The needs the plan does not fully cover, with the reasons.
    public var uncovered: [UncoveredNeed]
    public var stats: AssignmentStats

    /// The explanation of one of the plan's assignments.
    public func explanation(for assignment: InterpretingAssignment) -> String? { explanations[assignment] }
}

/// A need left open (or half covered) by a plan, and why.
public struct UncoveredNeed: Hashable, Sendable {
    public var need: InterpretationNeed
    public var itemTitle: String
    /// One interpreter where two are required (a warning rather than an error).
    public var isPartial: Bool
    public var reasons: [String]
}

/// Figures about a plan and the search that made it.
public struct AssignmentStats: Hashable, Sendable {
    public enum Method: String, Hashable, Sendable {
        /// Branch and bound finished: the plan is optimal.
        case exact
        /// Greedy, repair and local search (the visit was too large to prove, or the exact
        /// search hit its node limit).
        case heuristic
    }

    public var needs: Int
    /// Fully covered, directly or by relay.
    public var covered: Int
    /// Needs with one of two required interpreters.
    public var partial: Int
    /// Needs covered (fully or partly) through a bridge language.
    public var relayed: Int
    /// Needs nobody could cover even alone: no interpreter for the pair or a relay is free, in
    /// the item's mode, available and under their daily maximum. `needs - impossible` is an
    /// upper bound on what any plan covers.
    public var impossible: Int
    /// Assignments in the plan, hand-made ones included.
    public var assignments: Int
    public var interpretersUsed: Int
    /// Working minutes of the busiest interpreter.
    public var maxMinutes: Int
    /// The balance measure that the search minimises once coverage is settled.
    public var sumOfSquaredMinutes: Int
    public var method: Method
    /// True when the plan is proven optimal (coverage first, then the sum of squares).
    public var provenOptimal: Bool
    /// Branch-and-bound nodes visited (0 when the exact search was not tried).
    public var nodes: Int
    public var milliseconds: Double

    public var uncovered: Int { needs - covered - partial }
}
