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

    /// State holding `assignments` as they are (rules unchecked): for judging a stored plan.
    init(loading assignments: [InterpretingAssignment], model: InterpretingModel) {
        self.init(model: model, withFixed: false)
        for a in assignments {
            guard let j = model.itemIndex[a.itemId], let i = model.personIndex[a.interpreterId], let pair = model.code(a.pair),
                  pair.from != pair.to else { continue }
            add(i, j, pair)
        }
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
