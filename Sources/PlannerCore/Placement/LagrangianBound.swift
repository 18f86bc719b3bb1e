/// A bound stronger than the flow relaxation: the "at most one host per unit" constraints are
/// priced out with multipliers λ (one per unit) and every host then solves its own small 0/1
/// knapsack exactly — so no host ever receives part of a group. For any λ ≥ 0
/// `Σ λ_u + Σ_h knapsack_h(λ)` bounds every placement; with λ taken from the flow's potentials
/// it is never weaker than the flow relaxation, and a few subgradient steps tighten it.
/// A unit whose bypass is switched off (it must be placed) has an equality constraint: its λ
/// may be negative.
final class LagrangianBound {
    private let flow: PlacementFlow
    /// Arcs grouped by host.
    private let hostStart: [Int32]
    private let hostArcs: [Int32]
    /// Whole-unit profit of each arc (scaled like the flow costs).
    private let profit: [Int64]
    private var table: [Int64] = []
    /// How many hosts took each unit in the last evaluation.
    private(set) var taken: [Int32]

    init(flow: PlacementFlow) {
        self.flow = flow
        var start = [Int32](repeating: 0, count: flow.hostCount + 1)
        for a in 0..<flow.arcCount { start[Int(flow.arcHost[a]) + 1] += 1 }
        for h in 0..<flow.hostCount { start[h + 1] += start[h] }
        var fill = start
        var arcs = [Int32](repeating: 0, count: flow.arcCount)
        for a in 0..<flow.arcCount {
            let h = Int(flow.arcHost[a])
            arcs[Int(fill[h])] = Int32(a)
            fill[h] += 1
        }
        hostStart = start
        hostArcs = arcs
        profit = (0..<flow.arcCount).map { -Int64(flow.size[Int(flow.arcUnit[$0])]) * flow.arcCost[$0] }
        taken = [Int32](repeating: 0, count: flow.unitCount)
    }

    /// Multipliers read off the flow's potentials (its LP duals).
    func multipliersFromFlow() -> [Int64] {
        let t = flow.potential[flow.sink]
        return (0..<flow.unitCount).map { u in
            let y = Int64(flow.size[u]) * (flow.potential[u] - t)
            return flow.bypassOff[u] == 0 ? max(0, y) : y
        }
    }

    /// The bound for these multipliers; fills `taken`.
    func evaluate(_ lambda: [Int64]) -> Int64 {
        var total: Int64 = 0
        for u in 0..<flow.unitCount {
            total += lambda[u]
            taken[u] = 0
        }
        var chosenItems: [Int32] = []
        for h in 0..<flow.hostCount {
            let capacity = Int(flow.capacity[h])
            if capacity == 0 { continue }
            // Items with a positive reduced profit.
            var items: [(arc: Int32, value: Int64, weight: Int)] = []
            for k in Int(hostStart[h])..<Int(hostStart[h + 1]) {
                let a = Int(hostArcs[k])
                if flow.arcOff[a] != 0 { continue }
                let u = Int(flow.arcUnit[a])
                let value = profit[a] - lambda[u]
                if value > 0 { items.append((Int32(a), value, Int(flow.size[u]))) }
            }
            if items.isEmpty { continue }
            let (best, picked) = knapsack(items, capacity: capacity, chosen: &chosenItems)
            total += best
            for a in picked { taken[Int(flow.arcUnit[Int(a)])] += 1 }
        }
        return total
    }

    /// Exact 0/1 knapsack by dynamic programming over the (small) capacity; returns the value and
    /// the chosen arcs.
    private func knapsack(_ items: [(arc: Int32, value: Int64, weight: Int)], capacity: Int,
                          chosen: inout [Int32]) -> (Int64, [Int32]) {
        chosen.removeAll(keepingCapacity: true)
        // All singles and they fit: take everything positive.
        var weight = 0
        for item in items { weight += item.weight }
        if weight <= capacity {
            for item in items { chosen.append(item.arc) }
            return (items.reduce(0) { $0 + $1.value }, chosen)
        }
        let width = capacity + 1
        let rows = items.count + 1
        if table.count < rows * width { table = [Int64](repeating: 0, count: rows * width) }
        for w in 0..<width { table[w] = 0 }
        for (i, item) in items.enumerated() {
            let previous = i * width, current = (i + 1) * width
            for w in 0..<width {
                var best = table[previous + w]
                if item.weight <= w {
                    let with = table[previous + w - item.weight] + item.value
                    if with > best { best = with }
                }
                table[current + w] = best
            }
        }
        var w = capacity
        for i in stride(from: items.count, to: 0, by: -1) where table[i * width + w] != table[(i - 1) * width + w] {
            chosen.append(items[i - 1].arc)
            w -= items[i - 1].weight
        }
        return (table[items.count * width + capacity], chosen)
    }

    /// Subgradient steps from `start` towards the target (the incumbent's value, scaled);
    /// returns the best bound seen.
    func improve(from start: [Int64], target: Int64, steps: Int) -> Int64 {
        var lambda = start
        var best = evaluate(lambda)
        var theta = 1.0
        var sinceBetter = 0
        for _ in 0..<steps {
            if best <= target { break }
            var norm = 0.0
            for u in 0..<flow.unitCount {
                let g = Double(taken[u] - 1)
                if g != 0 && !(g < 0 && lambda[u] <= 0 && flow.bypassOff[u] == 0) { norm += g * g }
            }
            if norm == 0 { break }
            let step = theta * Double(best - target) / norm
            for u in 0..<flow.unitCount {
                let g = Double(taken[u] - 1)
                if g == 0 { continue }
                var next = lambda[u] + Int64((step * g).rounded())
                if flow.bypassOff[u] == 0 && next < 0 { next = 0 }
                lambda[u] = next
            }
            let value = evaluate(lambda)
            if value < best {
                best = value
                sinceBetter = 0
            } else {
                sinceBetter += 1
                if sinceBetter >= 3 { theta *= 0.5; sinceBetter = 0 }
            }
        }
        return best
    }
}
