/// Branch and bound over the items, proving the optimum of `PlanObjective` on small visits.
///
/// Each item with needs gets the list of its *minimal* staffings ("configurations"): who takes
/// which directions there, such that dropping any one assignment would lower the item's coverage.
/// Some optimal plan uses only minimal staffings (dropping a useless assignment never breaks a
/// rule, never lowers coverage and never adds minutes), so searching them is exact. The search
/// walks the items in time order and prunes with two bounds:
/// - coverage: what is covered so far plus, for every item left, the best its configurations
///   reach on their own (a lexicographic sum of per-item maxima bounds every achievable sum);
/// - load, when that coverage bound only ties the best plan: every item left must then reach its
///   best, so it adds at least its cheapest such configuration's minutes, and spreading those
///   minutes as evenly as possible over everybody ("water filling") bounds the sum of squares.
///
/// It is exact when it finishes within its node limit; the assigner only calls it on small
/// visits, and otherwise keeps the heuristic plan.
struct ExactAssignmentSearch {
    struct Configuration {
        /// Person → directions added at the item (beyond hand-made ones).
        let additions: [(person: Int, pairs: [PairCode])]
        let score: CoverageScore
        /// Minutes added to people who did not work at the item yet.
        let newMinutes: Int
    }

    struct Result {
        /// Assignments to add to the hand-made ones, when the search found a plan better than the incumbent.
        var additions: [(item: Int, person: Int, pair: PairCode)]?
        var objective: PlanObjective
        /// False when the node limit stopped the search.
        var proven: Bool
        var nodes: Int
    }

    let model: InterpretingModel

    /// The minimal configurations of item j over `base` (hand-made assignments only), best
    /// first; nil when there would be more than `limit` combinations to look at.
    func configurations(of j: Int, base: AssignmentState, limit: Int) -> [Configuration]? {
        let item = model.items[j]
        // Directions worth staffing: the needs' pairs and every possible relay leg.
        var relevant = Set<PairCode>()
        for n in item.needs {
            let pair = model.needs[n].pair
            relevant.insert(pair)
            for b in model.languages.indices where b != pair.from && b != pair.to {
                relevant.insert(PairCode(from: pair.from, to: b))
                relevant.insert(PairCode(from: b, to: pair.to))
            }
        }
        var options: [(person: Int, choices: [[PairCode]])] = []
        let people = Set(relevant.flatMap { model.eligible[j][$0] ?? [] }).sorted()
        for i in people {
            let fixedPairs = base.staff[j][i] ?? []
            let usable = relevant.filter { model.isEligible(i, j, $0) && !fixedPairs.contains($0) }
            var byCouple: [Couple: [PairCode]] = [:]
            for pair in usable where fixedPairs.isEmpty || fixedPairs[0].couple == pair.couple {
                byCouple[pair.couple, default: []].append(pair)
            }
            var choices: [[PairCode]] = [[]]
            for couple in byCouple.keys.sorted(by: { ($0.a, $0.b) < ($1.a, $1.b) }) {
                let pairs = byCouple[couple]!.sorted()
                for pair in pairs { choices.append([pair]) }
                if pairs.count == 2 { choices.append(pairs) }
            }
            if choices.count > 1 { options.append((i, choices)) }
        }
        var combinations = 1
        for option in options {
            combinations *= option.choices.count
            if combinations > limit { return nil }
        }

        func score(_ staff: [Int: [PairCode]]) -> CoverageScore {
            item.needs.reduce(CoverageScore()) { $0 + CoverageLevel.of(model.needs[$1], staff: staff, required: item.required).score }
        }
        var result: [Configuration] = []
        var chosen = [Int](repeating: 0, count: options.count)
        for _ in 0..<combinations {
            var staff = base.staff[j]
            var additions: [(person: Int, pairs: [PairCode])] = []
            var newMinutes = 0
            for (index, option) in options.enumerated() where chosen[index] > 0 {
                let pairs = option.choices[chosen[index]]
                if staff[option.person] == nil { newMinutes += item.minutes }
                staff[option.person, default: []] += pairs
                additions.append((option.person, pairs))
            }
            let total = score(staff)
            // Minimal: dropping any single added direction must make the item worse.
            var minimal = true
            check: for addition in additions {
                for pair in addition.pairs {
                    var fewer = staff
                    fewer[addition.person]!.removeAll { $0 == pair }
                    if fewer[addition.person]!.isEmpty { fewer[addition.person] = nil }
                    if !(score(fewer) < total) {
                        minimal = false
                        break check
                    }
                }
            }
            if minimal { result.append(Configuration(additions: additions, score: total, newMinutes: newMinutes)) }
            // Next combination (odometer).
            var digit = 0
            while digit < options.count {
                chosen[digit] += 1
                if chosen[digit] < options[digit].choices.count { break }
                chosen[digit] = 0
                digit += 1
            }
        }
        return result.sorted { a, b in a.score != b.score ? b.score < a.score : a.newMinutes < b.newMinutes }
    }

    /// Searches plans over `base` (the hand-made assignments); `incumbent` is a plan already
    /// known (the heuristic's), which only a strictly better plan replaces.
    func run(base: AssignmentState, incumbent: PlanObjective?, nodeLimit: Int, configurationLimit: Int) -> Result? {
        let order = model.items.indices.filter { !model.items[$0].needs.isEmpty }
            .sorted { (model.items[$0].start, $0) < (model.items[$1].start, $1) }
        var configs: [[Configuration]] = []
        for j in order {
            guard let list = configurations(of: j, base: base, limit: configurationLimit) else { return nil }
            configs.append(list)
        }
        // Per-item best coverage, and the fewest new minutes reaching it; sums over the suffix.
        var suffixScore = [CoverageScore](repeating: CoverageScore(), count: order.count + 1)
        var suffixMinutes = [Int](repeating: 0, count: order.count + 1)
        for t in stride(from: order.count - 1, through: 0, by: -1) {
            let best = configs[t].first!.score
            suffixScore[t] = suffixScore[t + 1] + best
            suffixMinutes[t] = suffixMinutes[t + 1] + configs[t].filter { $0.score == best }.map(\.newMinutes).min()!
        }
        var state = base
        var best = incumbent ?? PlanObjective(coverage: CoverageScore(covered: -1), sumOfSquares: 0)
        var bestAdditions: [(item: Int, person: Int, pair: PairCode)]?
        var current: [(item: Int, person: Int, pair: PairCode)] = []
        var nodes = 0
        var aborted = false

        func search(_ t: Int, _ covered: CoverageScore) {
            nodes += 1
            if nodes > nodeLimit {
                aborted = true
                return
            }
            if t == order.count {
                let objective = PlanObjective(coverage: covered, sumOfSquares: state.sumOfSquares)
                if best < objective {
                    best = objective
                    bestAdditions = current
                }
                return
            }
            let bound = covered + suffixScore[t]
            if bound < best.coverage { return }
            if bound == best.coverage && Self.leastSquares(state.load, adding: suffixMinutes[t]) >= best.sumOfSquares { return }
            let j = order[t]
            for config in configs[t] {
                // Configurations come best first: once one cannot reach the incumbent, none can.
                if covered + config.score + suffixScore[t + 1] < best.coverage { break }
                guard config.additions.allSatisfy({ state.works($0.person, at: j) || state.fitsTime($0.person, j) }) else { continue }
                for addition in config.additions {
                    for pair in addition.pairs {
                        state.add(addition.person, j, pair)
                        current.append((j, addition.person, pair))
                    }
                }
                search(t + 1, covered + config.score)
                for addition in config.additions {
                    for pair in addition.pairs {
                        state.remove(addition.person, j, pair)
                        current.removeLast()
                    }
                }
                if aborted { return }
            }
        }
        // Items without needs contribute nothing; hand-made assignments there stay as they are.
        search(0, CoverageScore())
        return Result(additions: bestAdditions, objective: best, proven: !aborted, nodes: nodes)
    }

    /// The least sum of squares when `minutes` more are spread over people with `loads` in any
    /// (even fractional) way: fill the lowest loads up to a common level. Rounded down, so it
    /// never exceeds what whole assignments can reach.
    static func leastSquares(_ loads: [Int], adding minutes: Int) -> Int {
        guard minutes > 0, !loads.isEmpty else { return loads.reduce(0) { $0 + $1 * $1 } }
        let sorted = loads.sorted()
        var prefix = 0.0
        var level = 0.0
        var filled = sorted.count
        for k in 1...sorted.count {
            prefix += Double(sorted[k - 1])
            level = (Double(minutes) + prefix) / Double(k)
            if k == sorted.count || level <= Double(sorted[k]) {
                filled = k
                break
            }
        }
        var total = Double(filled) * level * level
        for load in sorted[filled...] { total += Double(load) * Double(load) }
        return Int((total - 1e-6).rounded(.down))
    }
}
