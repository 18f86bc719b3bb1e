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

/// A plan being built: who works where, with the running totals the constraints and the objective
/// need. Adding or removing costs O(items of that person).
struct AssignmentState {
    let model: InterpretingModel
    /// Per item: person → directions they interpret there.
    private(set) var staff: [[Int: [PairCode]]]
    /// Per person: the items they work at.
    private(set) var itemsOf: [[Int]]
    /// Minutes per person and day: `dayLoad[i * days + d]`.
    private(set) var dayLoad: [Int]
    /// Minutes per person over the visit (an item counts once, whatever its directions).
    private(set) var load: [Int]
    private(set) var sumOfSquares: Int = 0
    /// Hand-made assignments, by item and person: never removed.
    let fixed: [Int: [Int: Set<PairCode>]]

    init(model: InterpretingModel, withFixed: Bool = true) {
        self.model = model
        staff = Array(repeating: [:], count: model.items.count)
        itemsOf = Array(repeating: [], count: model.people.count)
        dayLoad = Array(repeating: 0, count: model.people.count * model.days.count)
        load = Array(repeating: 0, count: model.people.count)
        var fixed: [Int: [Int: Set<PairCode>]] = [:]
        if withFixed {
            for f in model.fixed { fixed[f.item, default: [:]][f.person, default: []].insert(f.pair) }
        }
        self.fixed = fixed
        for f in model.fixed where withFixed { add(f.person, f.item, f.pair) }
    }

    func works(_ i: Int, at j: Int) -> Bool { staff[j][i] != nil }

    func isFixed(_ i: Int, _ j: Int, _ pair: PairCode) -> Bool { fixed[j]?[i]?.contains(pair) ?? false }

    /// Whether person i, not yet at item j, has time for it: no clash (travel included) with
    /// their other items, and room under their daily maximum.
    func fitsTime(_ i: Int, _ j: Int) -> Bool {
        for k in itemsOf[i] where model.conflict(j, k) { return false }
        let base = i * model.days.count, limit = model.people[i].maxPerDay
        for share in model.items[j].days where dayLoad[base + share.day] + share.minutes > limit { return false }
        return true
    }

    /// Whether person i may take `pair` at item j now: every hard rule.
    func canAdd(_ i: Int, _ j: Int, _ pair: PairCode) -> Bool {
        guard model.isEligible(i, j, pair) else { return false }
        if let pairs = staff[j][i] {
            // One couple of languages per person and item.
            return !pairs.contains(pair) && pairs[0].couple == pair.couple
        }
        return fitsTime(i, j)
    }

    /// The people on `pair` at item j.
    func staff(on pair: PairCode, at j: Int) -> [Int] {
        staff[j].compactMap { $0.value.contains(pair) ? $0.key : nil }.sorted()
    }

    mutating func add(_ i: Int, _ j: Int, _ pair: PairCode) {
        if staff[j][i] != nil {
            if !staff[j][i]!.contains(pair) { staff[j][i]!.append(pair) }
            return
        }
        staff[j][i] = [pair]
        itemsOf[i].append(j)
        shift(i, j, by: 1)
    }

    mutating func remove(_ i: Int, _ j: Int, _ pair: PairCode) {
        guard var pairs = staff[j][i], let index = pairs.firstIndex(of: pair) else { return }
        pairs.remove(at: index)
        if !pairs.isEmpty {
            staff[j][i] = pairs
            return
        }
        staff[j][i] = nil
        itemsOf[i].removeAll { $0 == j }
        shift(i, j, by: -1)
    }

    private mutating func shift(_ i: Int, _ j: Int, by sign: Int) {
        let item = model.items[j], base = i * model.days.count
        for share in item.days { dayLoad[base + share.day] += sign * share.minutes }
        sumOfSquares -= load[i] * load[i]
        load[i] += sign * item.minutes
        sumOfSquares += load[i] * load[i]
    }

    func level(of n: Int) -> CoverageLevel {
        let need = model.needs[n]
        return CoverageLevel.of(need, staff: staff[need.item], required: model.items[need.item].required)
    }

    func score(ofItem j: Int) -> CoverageScore {
        model.items[j].needs.reduce(CoverageScore()) { $0 + level(of: $1).score }
    }

    var coverage: CoverageScore {
        model.items.indices.reduce(CoverageScore()) { $0 + score(ofItem: $1) }
    }

    var objective: PlanObjective { PlanObjective(coverage: coverage, sumOfSquares: sumOfSquares) }

    /// Every assignment, in item then person then direction order.
    var triples: [(item: Int, person: Int, pair: PairCode)] {
        var result: [(Int, Int, PairCode)] = []
        for (j, people) in staff.enumerated() {
            for i in people.keys.sorted() { for pair in people[i]!.sorted() { result.append((j, i, pair)) } }
        }
        return result
    }
}
