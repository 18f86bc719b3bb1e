/// The assigner for visits of any size: greedy by scarcity, then repair and local search. It is a
/// heuristic: it reaches the optimum on most instances (the tests compare it with brute force
/// through the exact search) but proves nothing.
///
/// 1. **Greedy**: needs with the fewest possible interpreters first (relay-only needs last, so
///    they can reuse legs already staffed); each takes the interpreters whose load grows the sum
///    of squares least, directly if it can, through a bridge language otherwise.
/// 2. **Repair**: for a need still open, take a possible interpreter away from the items that
///    block them (a clash or the daily maximum), give those items to others, and keep the change
///    only if coverage improves (an ejection chain of depth one). The same move upgrades relays
///    to direct interpretation.
/// 3. **Ruin and recreate**: for a need still open, take some of the people who could serve it
///    off the items that block them, cover the need, then cover those items again (greedily, in
///    a seeded random order); keep the result when coverage is at least as good. Accepting equal
///    results lets the plan drift, which reaches longer ejection chains; the number of rounds is
///    fixed (by the number of open needs), so the plan depends on the snapshot only.
/// 4. **Half cover**: items over the length threshold that still lack a pair get one interpreter.
/// 5. **Balance**: move one person's work at an item to somebody less loaded, or swap two
///    people's items, while the sum of squared minutes drops.
/// 6. **Prune**: drop assignments that serve nothing (relay legs made useless by an upgrade).
struct HeuristicAssignmentSearch {
    let model: InterpretingModel
    private(set) var state: AssignmentState
    let deadline: ContinuousClock.Instant
    /// How many needs could use each person: the scarcer choice is kept for later.
    private let demand: [Int]
    /// Changes since the last commit, to roll a failed move back.
    private var journal: [(added: Bool, person: Int, item: Int, pair: PairCode)] = []

    init(model: InterpretingModel, base: AssignmentState, deadline: ContinuousClock.Instant) {
        self.model = model
        state = base
        self.deadline = deadline
        var demand = [Int](repeating: 0, count: model.people.count)
        for need in model.needs {
            for i in need.direct { demand[i] += 1 }
        }
        self.demand = demand
    }

    private var timeLeft: Bool { ContinuousClock.now < deadline }

    mutating func run() {
        construct()
        repair()
        ruinAndRecreate()
        repair()
        halfCover()
        balance()
        prune()
    }

    // MARK: Journal

    private mutating func put(_ i: Int, _ j: Int, _ pair: PairCode) {
        state.add(i, j, pair)
        journal.append((true, i, j, pair))
    }

    private mutating func take(_ i: Int, _ j: Int, _ pair: PairCode) {
        state.remove(i, j, pair)
        journal.append((false, i, j, pair))
    }

    private mutating func rollback(to mark: Int) {
        while journal.count > mark {
            let change = journal.removeLast()
            if change.added { state.remove(change.person, change.item, change.pair) } else { state.add(change.person, change.item, change.pair) }
        }
    }

    /// What adding person i at item j costs the sum of squares (nothing if they already work there).
    private func cost(_ i: Int, _ j: Int) -> Int {
        guard !state.works(i, at: j) else { return 0 }
        let m = model.items[j].minutes, load = state.load[i]
        return 2 * load * m + m * m
    }

    private func cheapest(_ candidates: [Int], at j: Int) -> [Int] {
        candidates.map { (person: $0, cost: cost($0, j)) }
            .sorted { ($0.cost, demand[$0.person], $0.person) < ($1.cost, demand[$1.person], $1.person) }
            .map(\.person)
    }

    // MARK: Covering one need

    /// Staffs the need's pair up to the required count, or changes nothing.
    private mutating func tryDirect(_ n: Int) -> Bool {
        let need = model.needs[n], j = need.item
        let on = state.staff(on: need.pair, at: j)
        let missing = model.items[j].required - on.count
        guard missing > 0 else { return true }
        let candidates = need.direct.filter { !on.contains($0) && state.canAdd($0, j, need.pair) }
        guard candidates.count >= missing else { return false }
        for i in cheapest(candidates, at: j).prefix(missing) { put(i, j, need.pair) }
        return true
    }

    /// Staffs both legs of the cheapest workable bridge, or changes nothing.
    private mutating func tryRelay(_ n: Int) -> Bool {
        let need = model.needs[n], j = need.item, required = model.items[j].required
        var best: (cost: Int, first: [Int], second: [Int], bridge: InterpretingModel.Bridge)?
        for bridge in need.bridges {
            let onFirst = state.staff(on: bridge.first, at: j), onSecond = state.staff(on: bridge.second, at: j)
            let firstCandidates = (model.eligible[j][bridge.first] ?? []).filter { !onFirst.contains($0) && state.canAdd($0, j, bridge.first) }
            let first = Array(cheapest(firstCandidates, at: j).prefix(max(0, required - onFirst.count)))
            guard onFirst.count + first.count >= required else { continue }
            let secondCandidates = (model.eligible[j][bridge.second] ?? [])
                .filter { !onSecond.contains($0) && !first.contains($0) && !onFirst.contains($0) && state.canAdd($0, j, bridge.second) }
            let second = Array(cheapest(secondCandidates, at: j).prefix(max(0, required - onSecond.count)))
            guard onSecond.count + second.count >= required else { continue }
            let total = (first + second).reduce(0) { $0 + cost($1, j) }
            if best == nil || total < best!.cost { best = (total, first, second, bridge) }
        }
        guard let best else { return false }
        let mark = journal.count
        for i in best.first { put(i, j, best.bridge.first) }
        for i in best.second { put(i, j, best.bridge.second) }
        // Overlapping legs of a hand-made plan could still fall short: then undo.
        if !state.level(of: n).isCovered {
            rollback(to: mark)
            return false
        }
        return true
    }

    private mutating func ensure(_ n: Int) {
        if state.level(of: n).isCovered { return }
        if tryDirect(n) { return }
        _ = tryRelay(n)
    }

    // MARK: Phases

    private mutating func construct() {
        let order = model.needs.indices.sorted { a, b in
            let x = model.needs[a], y = model.needs[b]
            let kx = (x.direct.isEmpty ? 1 : 0, x.direct.count * 2 / model.items[x.item].required, model.items[x.item].start, a)
            let ky = (y.direct.isEmpty ? 1 : 0, y.direct.count * 2 / model.items[y.item].required, model.items[y.item].start, b)
            return kx < ky
        }
        for n in order { ensure(n) }
        journal.removeAll()
    }

    /// Runs `move`, keeping it only when the coverage of the items it touched improves.
    private mutating func attempt(touching items: [Int], _ move: (inout HeuristicAssignmentSearch) -> Bool) -> Bool {
        let mark = journal.count
        let before = items.reduce(CoverageScore()) { $0 + state.score(ofItem: $1) }
        guard move(&self) else {
            rollback(to: mark)
            return false
        }
        let after = items.reduce(CoverageScore()) { $0 + state.score(ofItem: $1) }
        if before < after {
            journal.removeAll()
            return true
        }
        rollback(to: mark)
        return false
    }

    /// Frees person i for item j by taking them off whatever blocks it, then gives those items
    /// to others. Returns the items touched, or nil when i cannot be freed.
    private mutating func free(_ i: Int, for j: Int) -> [Int]? {
        var blocking = state.itemsOf[i].filter { model.conflict(j, $0) }
        // The daily maximum: also their shortest other items on the same days, at most two.
        let days = Set(model.items[j].days.map(\.day))
        let sameDay = state.itemsOf[i].filter { k in !blocking.contains(k) && model.items[k].days.contains { days.contains($0.day) } }
            .sorted { (model.items[$0].minutes, $0) < (model.items[$1].minutes, $1) }
        for k in blocking where state.fixed[k]?[i] != nil { return nil }
        for k in blocking { for pair in state.staff[k][i] ?? [] { take(i, k, pair) } }
        var extra = 0
        while !state.fitsTime(i, j) {
            guard extra < 2, extra < sameDay.count, state.fixed[sameDay[extra]]?[i] == nil else { return nil }
            let k = sameDay[extra]
            for pair in state.staff[k][i] ?? [] { take(i, k, pair) }
            blocking.append(k)
            extra += 1
        }
        return blocking
    }

    /// Puts one more possible interpreter on need n's pair, freeing them if needed.
    private mutating func coverByEjection(_ n: Int) -> Bool {
        let need = model.needs[n], j = need.item
        let on = state.staff(on: need.pair, at: j)
        for i in cheapest(need.direct.filter { !on.contains($0) && !state.works($0, at: j) }, at: j) {
            guard timeLeft else { return false }
            var touched = [j]
            let blocking = state.itemsOf[i].filter { model.conflict(j, $0) }
            touched += blocking
            let sameDay = state.itemsOf[i].filter { k in model.items[k].days.contains { s in model.items[j].days.contains { $0.day == s.day } } }
            touched += sameDay
            let accepted = attempt(touching: Array(Set(touched))) { search in
                guard let freed = search.free(i, for: j) else { return false }
                search.put(i, j, need.pair)
                _ = search.tryDirect(n)
                // Give the freed items to others (never back to i: i is busy at j now).
                for k in freed { for m in search.model.items[k].needs { search.ensure(m) } }
                return true
            }
            if accepted { return true }
        }
        return false
    }

    private mutating func repair() {
        var improved = true
        while improved && timeLeft {
            improved = false
            for n in model.needs.indices where timeLeft {
                let level = state.level(of: n)
                switch level {
                case .direct: continue
                case .relay:
                    // Direct interpretation is better than a relay when somebody can be freed.
                    if attempt(touching: [model.needs[n].item], { $0.tryDirect(n) }) || coverByEjection(n) { improved = true }
                default:
                    if attempt(touching: [model.needs[n].item], { search in
                        search.ensure(n)
                        return true
                    }) {
                        improved = true
                    } else if coverByEjection(n) {
                        improved = true
                    }
                }
            }
        }
    }

    /// Rounds of ruin and recreate per open need.
    static let roundsPerOpenNeed = 200

    private mutating func ruinAndRecreate() {
        var random = SeededRandom(seed: 0x1D_2027)
        // Needs that could be covered if nothing else were planned: the others stay open anyway.
        let hopeful = model.needs.indices.filter { InterpreterAssigner.isCoverableAlone(model.needs[$0], in: model) }
        var open = hopeful.filter { !state.level(of: $0).isCovered }
        var rounds = open.count * Self.roundsPerOpenNeed
        while rounds > 0 && !open.isEmpty && timeLeft {
            rounds -= 1
            let n = open[random.below(open.count)]
            let need = model.needs[n], j = need.item
            // Who could serve it: the pair's people and the legs' people, in a random few.
            var people = Set(need.direct)
            for bridge in need.bridges {
                people.formUnion(model.eligible[j][bridge.first] ?? [])
                people.formUnion(model.eligible[j][bridge.second] ?? [])
            }
            let blocked = people.sorted().filter { !state.works($0, at: j) }
            guard !blocked.isEmpty else { continue }
            var chosen = Set<Int>()
            for _ in 0..<(1 + random.below(min(3, blocked.count))) { chosen.insert(blocked[random.below(blocked.count)]) }
            // The items standing in their way: clashes, and one item on the same day for the daily maximum.
            var ruined = Set<Int>()
            for i in chosen.sorted() {
                for k in state.itemsOf[i] where state.fixed[k]?[i] == nil {
                    if model.conflict(j, k) { ruined.insert(k) }
                }
                let sameDay = state.itemsOf[i].filter { k in
                    state.fixed[k]?[i] == nil && !model.conflict(j, k)
                        && model.items[k].days.contains { s in model.items[j].days.contains { $0.day == s.day } }
                }
                if !sameDay.isEmpty && random.percent(50) { ruined.insert(sameDay[random.below(sameDay.count)]) }
            }
            let touched = Array(ruined.union([j])).sorted()
            let before = touched.reduce(CoverageScore()) { $0 + state.score(ofItem: $1) }
            let mark = journal.count
            for k in ruined.sorted() {
                for i in chosen.sorted() { for pair in state.staff[k][i] ?? [] { take(i, k, pair) } }
            }
            ensure(n)
            var again = ruined.sorted().flatMap { model.items[$0].needs }
            // Scarce needs first, ties in random order.
            let keys = Dictionary(uniqueKeysWithValues: again.map { ($0, (model.needs[$0].direct.count, random.next())) })
            again.sort { keys[$0]! < keys[$1]! }
            for m in again { ensure(m) }
            let after = touched.reduce(CoverageScore()) { $0 + state.score(ofItem: $1) }
            if after < before {
                rollback(to: mark)
                continue
            }
            journal.removeAll()
            if before < after { open = hopeful.filter { !state.level(of: $0).isCovered } }
        }
        journal.removeAll()
    }

    /// One interpreter where two are required beats none (a warning instead of an error).
    private mutating func halfCover() {
        for n in model.needs.indices where state.level(of: n) == .none && model.items[model.needs[n].item].required > 1 {
            let need = model.needs[n], j = need.item
            _ = attempt(touching: [j]) { search in
                let candidates = need.direct.filter { search.state.canAdd($0, j, need.pair) }
                if let i = search.cheapest(candidates, at: j).first {
                    search.put(i, j, need.pair)
                    return true
                }
                // Or one person per leg of a bridge.
                for bridge in need.bridges {
                    let first = (search.model.eligible[j][bridge.first] ?? []).filter { search.state.canAdd($0, j, bridge.first) }
                    guard let a = search.cheapest(first, at: j).first else { continue }
                    search.put(a, j, bridge.first)
                    let second = (search.model.eligible[j][bridge.second] ?? []).filter { $0 != a && search.state.canAdd($0, j, bridge.second) }
                    if let b = search.cheapest(second, at: j).first {
                        search.put(b, j, bridge.second)
                        return true
                    }
                    search.take(a, j, bridge.first)
                }
                return false
            }
        }
        journal.removeAll()
    }

    /// The change in the sum of squares when person i's load changes by `delta` minutes.
    private func squaresChange(_ i: Int, _ delta: Int) -> Int {
        let load = state.load[i]
        return (load + delta) * (load + delta) - load * load
    }

    /// Moves and swaps while the sum of squares drops (each accepted step lowers it, so it ends).
    private mutating func balance() {
        var improved = true
        while improved && timeLeft {
            improved = false
            for j in model.items.indices where !state.staff[j].isEmpty {
                for i in state.staff[j].keys.sorted() where timeLeft {
                    guard let pairs = state.staff[j][i], state.fixed[j]?[i] == nil else { continue }
                    if move(i, from: j, pairs: pairs) || swap(i, at: j, pairs: pairs) { improved = true }
                }
            }
        }
        journal.removeAll()
    }

    /// Whether k interprets all of `pairs` at j (their timetable aside).
    private func canTake(_ k: Int, _ j: Int, _ pairs: [PairCode]) -> Bool {
        pairs.allSatisfy { model.isEligible(k, j, $0) }
    }

    private mutating func move(_ i: Int, from j: Int, pairs: [PairCode]) -> Bool {
        let m = model.items[j].minutes
        let candidates = Set(pairs.flatMap { model.eligible[j][$0] ?? [] })
        var best: (gain: Int, person: Int)?
        for k in candidates.sorted() where k != i && !state.works(k, at: j) && canTake(k, j, pairs) && state.fitsTime(k, j) {
            let change = squaresChange(k, m) + squaresChange(i, -m)
            if change < 0 && (best == nil || change < best!.gain) { best = (change, k) }
        }
        guard let best else { return false }
        for pair in pairs {
            take(i, j, pair)
            put(best.person, j, pair)
        }
        return true
    }

    /// Exchanges i's work at j with k's work at another item that clashes with j, when each can
    /// do the other's and the loads get more even.
    private mutating func swap(_ i: Int, at j: Int, pairs: [PairCode]) -> Bool {
        let m = model.items[j].minutes
        let candidates = Set(pairs.flatMap { model.eligible[j][$0] ?? [] })
        for k in candidates.sorted() where k != i && !state.works(k, at: j) && canTake(k, j, pairs) {
            // k's one item in the way, which i would take over.
            let inWay = state.itemsOf[k].filter { model.conflict(j, $0) }
            guard inWay.count == 1, let other = inWay.first, !state.works(i, at: other), state.fixed[other]?[k] == nil,
                  let otherPairs = state.staff[other][k], canTake(i, other, otherPairs) else { continue }
            let m2 = model.items[other].minutes
            guard squaresChange(k, m - m2) + squaresChange(i, m2 - m) < 0 else { continue }
            let mark = journal.count
            for pair in pairs { take(i, j, pair) }
            for pair in otherPairs { take(k, other, pair) }
            if state.fitsTime(k, j) && state.fitsTime(i, other) {
                for pair in pairs { put(k, j, pair) }
                for pair in otherPairs { put(i, other, pair) }
                return true
            }
            rollback(to: mark)
        }
        return false
    }

    /// Drops assignments whose removal leaves their item's coverage as good.
    private mutating func prune() {
        for j in model.items.indices where !state.staff[j].isEmpty {
            for i in state.staff[j].keys.sorted() {
                for pair in (state.staff[j][i] ?? []).sorted() where !state.isFixed(i, j, pair) {
                    let before = state.score(ofItem: j)
                    state.remove(i, j, pair)
                    if state.score(ofItem: j) < before { state.add(i, j, pair) }
                }
            }
        }
        journal.removeAll()
    }
}
