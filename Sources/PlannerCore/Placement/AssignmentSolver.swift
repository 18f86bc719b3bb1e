import Foundation

/// Solves the placement instance exactly: first the most guests placed, then the best total score;
/// deterministic (same input, same output).
///
/// 1. The LP relaxation (groups may be split across hosts) is a min-cost flow, solved by
///    `PlacementFlow`. When no group comes out split, that flow is an optimal placement.
/// 2. Otherwise branch and bound on the split groups ("the group entirely on host h" / "not on
///    h"), re-solving the flow incrementally and pruning with its bound, with a rounding
///    heuristic for early incumbents. The best solution found is returned; `provenOptimal` only
///    when the bound proves it.
public enum AssignmentSolver {
    /// Limits for branch and bound; when one is reached the best solution so far is returned,
    /// not proven optimal.
    public struct Limits: Sendable {
        public var timeLimit: Duration
        public var nodeLimit: Int
        public init(timeLimit: Duration = .seconds(30), nodeLimit: Int = 1_000_000) {
            self.timeLimit = timeLimit
            self.nodeLimit = nodeLimit
        }
    }

    /// `fixed` maps unit ids to the host they must stay with (confirmed placements when
    /// re-planning); they consume their host's beds. An unknown id, a pair that is not allowed
    /// or a host over-filled by fixed units is an error.
    public static func solve(_ instance: AssignmentInstance, fixed: [String: String] = [:]) throws(AssignmentInstanceError) -> AssignmentSolution {
        try solve(instance, fixed: fixed, limits: Limits())
    }

    public static func solve(_ instance: AssignmentInstance, fixed: [String: String] = [:],
                             limits: Limits) throws(AssignmentInstanceError) -> AssignmentSolution {
        let indexed = try instance.validated()
        let problem = try PlacementProblem(instance: instance, indexed: indexed, fixed: fixed)
        var search = BranchAndBound(problem: problem, limits: limits)
        search.run()
        return problem.solution(instance: instance, search: search)
    }
}
