/// A bound stronger than the flow relaxation: the "at most one host per unit" constraints are
/// priced out with multipliers λ (one per unit, whole-unit profit scale) and every host then
/// solves its own small 0/1 knapsack exactly, so no host ever holds part of a group (this is the
/// flow relaxation plus every knapsack cover of every host). For any λ ≥ 0,
/// `Σ λ_u + Σ_h knapsack_h(λ)` bounds every placement; λ read off the flow's potentials is never
/// weaker than the flow, and subgradient steps tighten it. A unit that must be placed (its
/// bypass switched off) has an equality constraint: its λ may be negative.
///
/// Only arcs with profit above λ_u can enter a knapsack, so each unit's arcs are kept sorted by
/// profit and an evaluation reads short prefixes.
final class LagrangianBound {
    private let flow: PlacementFlow
    /// Whole-unit profit of each arc (the flow's scale).
    private let profit: [Int64]
    /// Each unit's arcs, best profit first (ties: input order).
    private let sorted: [Int32]
    // Scratch: items bucketed by host.
    private let bucketStart: UnsafeMutablePointer<Int32>
    private let bucketFill: UnsafeMutablePointer<Int32>
    private var bucket: UnsafeMutablePointer<Int32>
    private var bucketCapacity = 0
    private var table: UnsafeMutablePointer<Int64>
    private var tableCapacity = 0
    /// How many hosts took each unit in the last evaluation.
    let taken: UnsafeMutablePointer<Int32>
    /// The arcs the hosts' knapsacks chose in the last evaluation.
    private(set) var chosen: [Int32] = []
    private(set) var evaluations = 0

    init(flow: PlacementFlow) {
        self.flow = flow
        var profit = [Int64](repeating: 0, count: flow.arcCount)
        for a in 0..<flow.arcCount { profit[a] = -Int64(flow.size[Int(flow.arcUnit[a])]) * flow.arcCost[a] }
        var sorted = [Int32](repeating: 0, count: flow.arcCount)
        for u in 0..<flow.unitCount {
            let start = Int(flow.unitStart[u]), end = Int(flow.unitStart[u + 1])
            var arcs = Array(Int32(start)..<Int32(end))
            arcs.sort { profit[Int($0)] != profit[Int($1)] ? profit[Int($0)] > profit[Int($1)] : $0 < $1 }
            for k in 0..<arcs.count { sorted[start + k] = arcs[k] }
        }
        self.profit = profit
        self.sorted = sorted
        bucketStart = .allocate(capacity: flow.hostCount + 1)
        bucketStart.initialize(repeating: 0, count: flow.hostCount + 1)
        bucketFill = .allocate(capacity: flow.hostCount + 1)
        bucketFill.initialize(repeating: 0, count: flow.hostCount + 1)
        taken = .allocate(capacity: max(1, flow.unitCount))
        taken.initialize(repeating: 0, count: max(1, flow.unitCount))
        bucket = .allocate(capacity: 1)
        table = .allocate(capacity: 1)
    }

    deinit {
        bucketStart.deallocate()
        bucketFill.deallocate()
        taken.deallocate()
        bucket.deallocate()
        table.deallocate()
    }

    /// Multipliers read off the flow's potentials (its LP duals).
    func multipliersFromFlow() -> [Int64] {
        let t = flow.potential[flow.sink]
        var lambda = [Int64](repeating: 0, count: flow.unitCount)
        for u in 0..<flow.unitCount {
            let y = Int64(flow.size[u]) * (flow.potential[u] - t)
            lambda[u] = flow.bypassOff[u] == 0 ? max(0, y) : y
        }
        return lambda
    }

    /// The bound for these multipliers; fills `taken` and `chosen`.
    func evaluate(_ lambda: [Int64]) -> Int64 {
        guard flow.unitCount > 0, flow.arcCount > 0 else { return lambda.reduce(0, +) }
        return lambda.withUnsafeBufferPointer { lambda in
            profit.withUnsafeBufferPointer { profit in
                sorted.withUnsafeBufferPointer { sorted in
                    evaluate(lambda.baseAddress!, profit.baseAddress!, sorted.baseAddress!)
                }
            }
        }
    }

    private func evaluate(_ lambda: UnsafePointer<Int64>, _ profit: UnsafePointer<Int64>,
                          _ sorted: UnsafePointer<Int32>) -> Int64 {
        evaluations += 1
        let hostCount = flow.hostCount
        var total: Int64 = 0
        for h in 0...hostCount { bucketStart[h] = 0 }
        // Count the candidate items per host.
        for u in 0..<flow.unitCount {
            total += lambda[u]
            taken[u] = 0
            let l = lambda[u]
            for k in Int(flow.unitStart[u])..<Int(flow.unitStart[u + 1]) {
                let a = Int(sorted[k])
                if profit[a] <= l { break }
                if flow.arcOff[a] == 0 { bucketStart[Int(flow.arcHost[a]) + 1] += 1 }
            }
        }
        for h in 0..<hostCount { bucketStart[h + 1] += bucketStart[h] }
        let items = Int(bucketStart[hostCount])
        if bucketCapacity < items {
            bucket.deallocate()
            bucketCapacity = items * 2
            bucket = .allocate(capacity: bucketCapacity)
        }
        for h in 0...hostCount { bucketFill[h] = bucketStart[h] }
        for u in 0..<flow.unitCount {
            let l = lambda[u]
            for k in Int(flow.unitStart[u])..<Int(flow.unitStart[u + 1]) {
                let a = Int(sorted[k])
                if profit[a] <= l { break }
                if flow.arcOff[a] == 0 {
                    let h = Int(flow.arcHost[a])
                    bucket[Int(bucketFill[h])] = Int32(a)
                    bucketFill[h] += 1
                }
            }
        }
        chosen.removeAll(keepingCapacity: true)
        for h in 0..<hostCount {
            let start = Int(bucketStart[h]), end = Int(bucketStart[h + 1])
            if start == end { continue }
            total += knapsack(host: h, start, end, lambda, profit)
        }
        for a in chosen { taken[Int(flow.arcUnit[Int(a)])] += 1 }
        return total
    }

    /// Exact 0/1 knapsack over the host's items by dynamic programming on its (small) capacity;
    /// appends the chosen arcs.
    private func knapsack(host h: Int, _ start: Int, _ end: Int, _ lambda: UnsafePointer<Int64>,
                          _ profit: UnsafePointer<Int64>) -> Int64 {
        let capacity = Int(flow.capacity[h])
        if capacity == 0 { return 0 }
        var weight = 0
        var sum: Int64 = 0
        for k in start..<end {
            let a = Int(bucket[k])
            weight += Int(flow.size[Int(flow.arcUnit[a])])
            sum += profit[a] - lambda[Int(flow.arcUnit[a])]
        }
        if weight <= capacity {
            for k in start..<end { chosen.append(bucket[k]) }
            return sum
        }
        let width = capacity + 1
        let count = end - start
        if tableCapacity < (count + 1) * width {
            table.deallocate()
            tableCapacity = (count + 1) * width * 2
            table = .allocate(capacity: tableCapacity)
        }
        for w in 0..<width { table[w] = 0 }
        for i in 0..<count {
            let a = Int(bucket[start + i])
            let u = Int(flow.arcUnit[a])
            let s = Int(flow.size[u])
            let value = profit[a] - lambda[u]
            let previous = i * width, current = previous + width
            for w in 0..<width {
                var best = table[previous + w]
                if s <= w {
                    let with = table[previous + w - s] + value
                    if with > best { best = with }
                }
                table[current + w] = best
            }
        }
        var w = capacity
        for i in stride(from: count, to: 0, by: -1) where table[i * width + w] != table[(i - 1) * width + w] {
            let a = bucket[start + i - 1]
            chosen.append(a)
            w -= Int(flow.size[Int(flow.arcUnit[Int(a)])])
        }
        return table[count * width + capacity]
    }

    /// Subgradient descent from `lambda` (updated in place to the best multipliers found) while
    /// the bound stays above `target`; `onEvaluation` sees every evaluation (for heuristics).
    /// Returns the best bound.
    func descend(_ lambda: inout [Int64], target: Int64, steps: Int, deadline: ContinuousClock.Instant? = nil,
                 theta initialTheta: Double = 1,
                 onEvaluation: ((LagrangianBound, Int) -> Void)? = nil) -> Int64 {
        var current = lambda
        var best = evaluate(current)
        onEvaluation?(self, 0)
        var theta = initialTheta
        var sinceBetter = 0
        var value = best
        for step in 1...max(1, steps) where steps > 0 {
            if best <= target { break }
            if let deadline, ContinuousClock.now >= deadline { break }
            var norm = 0.0
            for u in 0..<flow.unitCount {
                let g = Double(taken[u] - 1)
                if g != 0 && !(g < 0 && current[u] <= 0 && flow.bypassOff[u] == 0) { norm += g * g }
            }
            if norm == 0 { break }
            let stepSize = theta * Double(value - target) / norm
            for u in 0..<flow.unitCount {
                let g = taken[u] - 1
                if g == 0 { continue }
                var next = current[u] + Int64((stepSize * Double(g)).rounded())
                if flow.bypassOff[u] == 0 && next < 0 { next = 0 }
                current[u] = next
            }
            value = evaluate(current)
            onEvaluation?(self, step)
            if value < best {
                best = value
                lambda = current
                sinceBetter = 0
            } else {
                sinceBetter += 1
                if sinceBetter >= 4 { theta *= 0.5; sinceBetter = 0 }
                if theta < 1e-4 { break }
            }
        }
        return best
    }
}
