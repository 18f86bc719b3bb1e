/// How well a need is met by the interpreters at its item, in model numbers.
enum CoverageLevel: Equatable {
    /// Enough interpreters on the pair itself.
    case direct([Int])
    /// Enough interpreters on both legs through `bridge`, and not enough on the pair.
    case relay(bridge: Int, first: [Int], second: [Int])
    /// One interpreter where two are required, on the pair.
    case partialDirect([Int])
    /// One interpreter per leg where two are required.
    case partialRelay(bridge: Int, first: [Int], second: [Int])
    case none

    var isCovered: Bool {
        switch self {
        case .direct, .relay: true
        default: false
        }
    }

    var score: CoverageScore {
        switch self {
        case .direct: CoverageScore(covered: 1)
        case .relay: CoverageScore(covered: 1, relayed: 1)
        case .partialDirect: CoverageScore(partial: 1)
        case .partialRelay: CoverageScore(partial: 1, relayed: 1)
        case .none: CoverageScore()
        }
    }

    /// How one item's staff (person → directions) meets a need. Direct coverage wins over a
    /// relay; among relays the first bridge in the model's language order.
    static func of(_ need: InterpretingModel.Need, staff: [Int: [PairCode]], required: Int) -> CoverageLevel {
        func on(_ pair: PairCode) -> [Int] { staff.compactMap { $0.value.contains(pair) ? $0.key : nil }.sorted() }
        let direct = on(need.pair)
        if direct.count >= required { return .direct(direct) }
        // Bridges come from the directions actually staffed (a hand-made plan may relay anywhere).
        var bridges: [Int] = []
        for pairs in staff.values {
            for pair in pairs where pair.from == need.pair.from && pair.to != need.pair.to && !bridges.contains(pair.to) {
                bridges.append(pair.to)
            }
        }
        bridges.sort()
        var partialRelay: CoverageLevel?
        for bridge in bridges {
            let first = on(PairCode(from: need.pair.from, to: bridge)), second = on(PairCode(from: bridge, to: need.pair.to))
            guard !first.isEmpty, !second.isEmpty else { continue }
            // The legs need different people: Hall's condition for two sets of `required`.
            let distinct = Set(first).union(second).count
            if first.count >= required && second.count >= required && distinct >= 2 * required {
                return .relay(bridge: bridge, first: first, second: second)
            }
            if partialRelay == nil && distinct >= 2 { partialRelay = .partialRelay(bridge: bridge, first: first, second: second) }
        }
        if required > 1 && !direct.isEmpty { return .partialDirect(direct) }
        if required > 1, let partialRelay { return partialRelay }
        return .none
    }
}

/// The coverage part of the objective, compared lexicographically: fully covered needs (more is
/// better), then needs half covered (one of two interpreters), then relayed needs (fewer is better).
struct CoverageScore: Comparable, Hashable {
    var covered = 0
    var partial = 0
    var relayed = 0

    static func < (a: CoverageScore, b: CoverageScore) -> Bool {
        (a.covered, a.partial, -a.relayed) < (b.covered, b.partial, -b.relayed)
    }

    static func + (a: CoverageScore, b: CoverageScore) -> CoverageScore {
        CoverageScore(covered: a.covered + b.covered, partial: a.partial + b.partial, relayed: a.relayed + b.relayed)
    }

    static func - (a: CoverageScore, b: CoverageScore) -> CoverageScore {
        CoverageScore(covered: a.covered - b.covered, partial: a.partial - b.partial, relayed: a.relayed - b.relayed)
    }
}

/// The whole objective: coverage first, then the sum of squared working minutes (lower is a more
/// even load).
struct PlanObjective: Comparable, Hashable {
    var coverage: CoverageScore
    var sumOfSquares: Int

    /// `a < b` when b is the better plan.
    static func < (a: PlanObjective, b: PlanObjective) -> Bool {
        a.coverage != b.coverage ? a.coverage < b.coverage : a.sumOfSquares > b.sumOfSquares
    }
}
