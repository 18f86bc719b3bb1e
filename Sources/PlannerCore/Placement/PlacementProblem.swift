/// The instance prepared for the flow: fixed units taken out (their beds taken), useless pairs
/// dropped (a group larger than the host's free beds), and the lexicographic objective turned
/// into one integer profit per guest.
///
/// Weight: a pair is worth `W·size + score` with `W` larger than any difference of total score
/// between two placements, so one more guest always wins. Per guest that is
/// `W + score/size`; everything is multiplied by `L` = lcm of the sizes to stay integral.
struct PlacementProblem {
    /// Original unit index of each flow unit.
    var units: [Int] = []
    var sizes: [Int32] = []
    var capacities: [Int32] = []
    /// Arcs sorted by flow unit, in input order inside a unit.
    var arcUnit: [Int32] = []
    var arcHost: [Int32] = []
    var arcScore: [Int64] = []
    var arcPair: [Int32] = []
    var unitStart: [Int32] = []
    var weight: Int64 = 1
    var scale: Int64 = 1
    /// (original unit, pair) of the fixed units.
    var fixedPairs: [(unit: Int, pair: Int)] = []
    var fixedGuests = 0
    var fixedScore = 0

    init(instance: AssignmentInstance, indexed: IndexedInstance, fixed: [String: String]) throws(AssignmentInstanceError) {
        let unitCount = indexed.unitSize.count
        let hostCount = indexed.hostCapacity.count
        var remaining = indexed.hostCapacity
        var isFixed = [Bool](repeating: false, count: unitCount)
        if !fixed.isEmpty {
            var unitIndex: [String: Int] = [:]
            for (i, unit) in instance.units.enumerated() { unitIndex[unit.id] = i }
            var hostIndex: [String: Int] = [:]
            for (i, host) in instance.hosts.enumerated() { hostIndex[host.id] = i }
            var wanted: [Int: Int] = [:]
            // Sorted for a deterministic first error.
            for (unitID, hostID) in fixed.sorted(by: { $0.key < $1.key }) {
                guard let u = unitIndex[unitID] else {
                    throw AssignmentInstanceError("fixed placement names an unknown unit \(quoted(unitID))")
                }
                guard let h = hostIndex[hostID] else {
                    throw AssignmentInstanceError("fixed placement of \(quoted(unitID)) names an unknown host \(quoted(hostID))")
                }
                wanted[u] = h
            }
            var pairOf: [Int: Int] = [:]
            for p in 0..<indexed.pairUnit.count {
                let u = Int(indexed.pairUnit[p])
                if let h = wanted[u], h == Int(indexed.pairHost[p]) { pairOf[u] = p }
            }
            for (u, h) in wanted.sorted(by: { $0.key < $1.key }) {
                guard let p = pairOf[u] else {
                    throw AssignmentInstanceError(
                        "fixed placement (\(quoted(instance.units[u].id)), \(quoted(instance.hosts[h].id))) is not an allowed pair")
                }
                isFixed[u] = true
                remaining[h] -= indexed.unitSize[u]
                fixedPairs.append((u, p))
                fixedGuests += indexed.unitSize[u]
                fixedScore += Int(indexed.pairScore[p])
            }
            for h in 0..<hostCount where remaining[h] < 0 {
                throw AssignmentInstanceError(
                    "fixed placements need \(indexed.hostCapacity[h] - remaining[h]) beds at host \(quoted(instance.hosts[h].id)), which has \(indexed.hostCapacity[h])")
            }
        }

        // Flow units: the free ones, in input order.
        var flowIndex = [Int32](repeating: -1, count: unitCount)
        for u in 0..<unitCount where !isFixed[u] {
            flowIndex[u] = Int32(units.count)
            units.append(u)
            sizes.append(Int32(clamping: indexed.unitSize[u]))
        }
        capacities = remaining.map { Int32(clamping: $0) }

        // Arcs by flow unit (stable counting sort), dropping pairs that cannot fit.
        var count = [Int32](repeating: 0, count: units.count + 1)
        let pairCount = indexed.pairUnit.count
        var keep = [Bool](repeating: false, count: pairCount)
        for p in 0..<pairCount {
            let f = flowIndex[Int(indexed.pairUnit[p])]
            if f >= 0 && sizes[Int(f)] <= capacities[Int(indexed.pairHost[p])] {
                keep[p] = true
                count[Int(f) + 1] += 1
            }
        }
        for i in 0..<units.count { count[i + 1] += count[i] }
        unitStart = count
        let arcCount = Int(count[units.count])
        arcUnit = [Int32](repeating: 0, count: arcCount)
        arcHost = [Int32](repeating: 0, count: arcCount)
        arcScore = [Int64](repeating: 0, count: arcCount)
        arcPair = [Int32](repeating: 0, count: arcCount)
        var fill = count
        for p in 0..<pairCount where keep[p] {
            let f = Int(flowIndex[Int(indexed.pairUnit[p])])
            let a = Int(fill[f])
            fill[f] += 1
            arcUnit[a] = Int32(f)
            arcHost[a] = indexed.pairHost[p]
            arcScore[a] = Int64(indexed.pairScore[p])
            arcPair[a] = Int32(p)
        }

        // W > the largest possible difference of total score; L = lcm of the sizes in use.
        var spread: Int64 = 0
        var lcm: Int64 = 1
        for f in 0..<units.count where unitStart[f] < unitStart[f + 1] {
            var high: Int64 = 0, low: Int64 = 0
            for a in Int(unitStart[f])..<Int(unitStart[f + 1]) {
                high = max(high, arcScore[a])
                low = min(low, arcScore[a])
            }
            spread += high - low
            let s = Int64(sizes[f])
            if lcm % s != 0 {
                lcm = lcm / gcd(lcm, s) * s
                if lcm > 1 << 20 {
                    throw AssignmentInstanceError("too many different group sizes for exact arithmetic (lcm over 2^20)")
                }
            }
        }
        weight = spread + 1
        scale = lcm
        // Reduced costs and potentials stay below (nodes + 2) · largest cost; keep that in Int64.
        let largest = Double(scale) * (Double(weight) + 1e6)
        let nodes = Double(units.count + hostCount + 2)
        if largest * nodes * 4 > 9.0e18 {
            throw AssignmentInstanceError("the instance is too large for exact 64-bit arithmetic")
        }
    }

    /// Cost per guest of each arc: −(L·W + L·score/size).
    func arcCosts() -> [Int64] {
        (0..<arcUnit.count).map { a in
            let s = Int64(sizes[Int(arcUnit[a])])
            return -(scale * weight + (scale / s) * arcScore[a])
        }
    }

    /// Weighted value (W·size + score) of placing flow unit f by arc a.
    @inline(__always)
    func value(arc a: Int) -> Int64 {
        weight * Int64(sizes[Int(arcUnit[a])]) + arcScore[a]
    }

    func solution(instance: AssignmentInstance, search: BranchAndBound) -> AssignmentSolution {
        var chosen: [(unit: Int, pair: Int)] = fixedPairs
        var placed = fixedGuests
        var score = fixedScore
        for f in 0..<units.count {
            let a = Int(search.incumbent[f])
            if a >= 0 {
                chosen.append((units[f], Int(arcPair[a])))
                placed += Int(sizes[f])
                score += Int(arcScore[a])
            }
        }
        chosen.sort { $0.unit < $1.unit }
        let pairs = instance.pairs
        let assignments = chosen.map { (unit: pairs[$0.pair].unit, host: pairs[$0.pair].host) }
        let objective = AssignmentSolution.Objective(placedGuests: placed, score: score)
        var bound = objective
        if !search.proven {
            // The root bound (flow or Lagrangian, whichever is lower) at the root's guest count:
            // a placement with that many guests scores at most the rest; one with fewer guests is
            // worse anyway.
            let lpPlaced = Int64(search.rootPlaced)
            let scoreBound = search.rootBound - weight * lpPlaced
            bound = .init(placedGuests: fixedGuests + Int(lpPlaced), score: fixedScore + Int(scoreBound))
            if bound < objective { bound = objective }
        }
        return AssignmentSolution(assignments: assignments, placedGuests: placed, score: score,
                                  provenOptimal: search.proven, upperBound: bound,
                                  nodes: search.nodes, splitGroupsAtRoot: search.splitAtRoot)
    }
}

func gcd(_ a: Int64, _ b: Int64) -> Int64 {
    var (x, y) = (a, b)
    while y != 0 { (x, y) = (y, x % y) }
    return x
}

/// ⌊a / b⌋ for b > 0.
func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
    let q = a / b
    return (a % b != 0 && a < 0) ? q - 1 : q
}
