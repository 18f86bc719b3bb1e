import Foundation

/// What the solver found: the placements (in the instance's unit order), their objective, and
/// whether a bound proves that no solution is better.
public struct AssignmentSolution: Sendable, Equatable {
    /// The lexicographic objective: first the placed guests, then the total score.
    public struct Objective: Sendable, Hashable, Comparable, CustomStringConvertible {
        public var placedGuests: Int
        public var score: Int
        public init(placedGuests: Int, score: Int) { self.placedGuests = placedGuests; self.score = score }
        public static func < (lhs: Objective, rhs: Objective) -> Bool {
            (lhs.placedGuests, lhs.score) < (rhs.placedGuests, rhs.score)
        }
        public var description: String { "(\(placedGuests) guests, score \(score))" }
    }

    public var assignments: [(unit: String, host: String)]
    public var placedGuests: Int
    public var score: Int
    /// True when the LP bound (possibly after branch and bound) proves the objective optimal.
    public var provenOptimal: Bool
    /// No feasible solution is lexicographically better than this (the LP relaxation's value
    /// with its fractional score rounded down); equal to `objective` when proven optimal.
    public var upperBound: Objective
    /// Branch-and-bound nodes solved (1 when the relaxation was already integral).
    public var nodes: Int
    /// Groups split by the root relaxation (0: the relaxation itself was the optimum).
    public var splitGroupsAtRoot: Int

    public var objective: Objective { Objective(placedGuests: placedGuests, score: score) }

    public init(assignments: [(unit: String, host: String)], placedGuests: Int, score: Int,
                provenOptimal: Bool, upperBound: Objective, nodes: Int = 0, splitGroupsAtRoot: Int = 0) {
        self.assignments = assignments
        self.placedGuests = placedGuests
        self.score = score
        self.provenOptimal = provenOptimal
        self.upperBound = upperBound
        self.nodes = nodes
        self.splitGroupsAtRoot = splitGroupsAtRoot
    }

    public static func == (lhs: AssignmentSolution, rhs: AssignmentSolution) -> Bool {
        lhs.assignments.map { [$0.unit, $0.host] } == rhs.assignments.map { [$0.unit, $0.host] }
            && lhs.placedGuests == rhs.placedGuests && lhs.score == rhs.score
            && lhs.provenOptimal == rhs.provenOptimal && lhs.upperBound == rhs.upperBound
    }

    /// `{"assignments":[["u1","h1"]],"placed_guests":4,"score":130,…}` per the spec, with the
    /// extra keys `proven_optimal` and `upper_bound`.
    public func jsonData() -> Data {
        var out = JSONTextWriter()
        out.raw("{\"assignments\":[")
        for (i, pair) in assignments.enumerated() {
            if i > 0 { out.raw(",") }
            out.raw("\n[")
            out.string(pair.unit)
            out.raw(",")
            out.string(pair.host)
            out.raw("]")
        }
        out.raw(assignments.isEmpty ? "]" : "\n]")
        out.raw(",\"placed_guests\":"); out.int(placedGuests)
        out.raw(",\"score\":"); out.int(score)
        out.raw(",\"proven_optimal\":"); out.raw(provenOptimal ? "true" : "false")
        out.raw(",\"upper_bound\":{\"placed_guests\":"); out.int(upperBound.placedGuests)
        out.raw(",\"score\":"); out.int(upperBound.score); out.raw("}")
        out.raw("}\n")
        return out.data
    }
}
