/// The visit's town policy (mix guests of different partner towns in one family, or keep each
/// family's guests from one town). It rewards *pairs* of guests in the same household, which the
/// linear instance format of docs/specs/assignment-instance.md cannot express; so after the exact
/// solve, equal-sized units are swapped between households while a swap gains more on the policy
/// than it costs in pair scores. The number of guests placed never changes; the result is a local
/// optimum for the combined objective, not a proven one.
enum TownPolicyImprovement {
    /// Improves `assignment` (unit index → host id) in place; returns the number of swaps made.
    @discardableResult
    static func improve(_ assignment: inout [Int: Int64], units: [PlacementUnit], scores: [Int: [Int64: Int]],
                        policy: TownPolicy, weight: Int, maxPasses: Int = 20) -> Int {
        guard policy != .none, weight > 0, units.count <= 2_000 else { return 0 }
        let town = units.map { $0.members[0].townId ?? -1 }
        func policyPoints(_ host: Int64, _ assignment: [Int: Int64]) -> Int {
            let here = assignment.filter { $0.value == host }.map { town[$0.key] }
            var points = 0
            for i in here.indices {
                for j in here.indices where j > i {
                    let same = here[i] == here[j]
                    if (policy == .group && same) || (policy == .mix && !same) { points += weight }
                }
            }
            return points
        }
        var swaps = 0
        for _ in 0..<maxPasses {
            var improved = false
            let placed = assignment.keys.sorted()
            for (a, ua) in placed.enumerated() {
                for ub in placed[(a + 1)...] {
                    guard let ha = assignment[ua], let hb = assignment[ub], ha != hb, town[ua] != town[ub],
                          units[ua].size == units[ub].size,
                          let sAB = scores[ua]?[hb], let sBA = scores[ub]?[ha],
                          let sAA = scores[ua]?[ha], let sBB = scores[ub]?[hb] else { continue }
                    let before = policyPoints(ha, assignment) + policyPoints(hb, assignment)
                    var trial = assignment
                    trial[ua] = hb
                    trial[ub] = ha
                    let delta = (sAB + sBA - sAA - sBB) + policyPoints(ha, trial) + policyPoints(hb, trial) - before
                    if delta > 0 {
                        assignment = trial
                        swaps += 1
                        improved = true
                    }
                }
            }
            if !improved { break }
        }
        return swaps
    }
}
