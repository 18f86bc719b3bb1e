import Foundation

/// The Assign button: books interpreters for every need of the programme.
///
/// Hard rules: an interpreter works only pairs of their profile, in the item's mode, inside their
/// availability, never at two items at once (with the travel buffer between different places),
/// between one couple of languages per item (cs→de with de→cs is fine, cs→de with cs→fr is not),
/// and within their daily maximum (minutes per local day in the visit's zone; an item spanning
/// midnight counts its minutes on each day it touches, as far as it touches it). Items longer
/// than the threshold need two interpreters per direction.
///
/// The objective, lexicographic: most needs fully covered; then most needs half covered (one of
/// two, a warning rather than an error); then fewest relays (a relay through a bridge language is
/// only used when the pair cannot be covered directly without losing coverage elsewhere); then
/// the most even load, as the least sum of squared working minutes.
///
/// Hand-made (`manual`) assignments are kept as they are, even against a rule (the problem list
/// says so), and the plan works around them; other stored assignments are replaced.
///
/// The search: a heuristic (greedy by scarcity, repair, local search; see
/// `HeuristicAssignmentSearch`) always runs; on visits with few items with needs, a branch and
/// bound (`ExactAssignmentSearch`) then starts from its plan and either proves it optimal or
/// replaces it by an optimal one. On larger visits, or when the node limit is hit, the plan is
/// the heuristic's and `stats.provenOptimal` is false.
public enum InterpreterAssigner {
    public struct Limits: Hashable, Sendable {
        /// Branch-and-bound nodes at most; past it the best plan found stands, unproven.
        public var exactNodeLimit: Int
        /// The most staffing combinations the exact search enumerates for one item.
        public var exactConfigurationLimit: Int
        /// The most items with needs for which the exact search is tried at all.
        public var exactItemLimit: Int
        /// A guard on the heuristic's repair and balance phases (they normally end far sooner).
        public var timeLimit: Duration

        public init(exactNodeLimit: Int = 200_000, exactConfigurationLimit: Int = 4_096, exactItemLimit: Int = 60,
                    timeLimit: Duration = .seconds(20)) {
            self.exactNodeLimit = exactNodeLimit
            self.exactConfigurationLimit = exactConfigurationLimit
            self.exactItemLimit = exactItemLimit
            self.timeLimit = timeLimit
        }
    }

    /// Plans the interpreters of `snapshot`'s programme. A pure function of the snapshot.
    public static func assign(_ snapshot: VisitSnapshot, limits: Limits = Limits()) -> AssignmentPlan {
        let clock = ContinuousClock()
        let start = clock.now
        let model = InterpretingModel(snapshot)
        let base = AssignmentState(model: model)
        var heuristic = HeuristicAssignmentSearch(model: model, base: base, deadline: start + limits.timeLimit)
        heuristic.run()
        var state = heuristic.state
        var method = AssignmentStats.Method.heuristic
        var nodes = 0
        let itemsWithNeeds = model.items.filter { !$0.needs.isEmpty }.count
        if itemsWithNeeds <= limits.exactItemLimit,
           let result = ExactAssignmentSearch(model: model).run(base: base, incumbent: state.objective,
                                                                nodeLimit: limits.exactNodeLimit,
                                                                configurationLimit: limits.exactConfigurationLimit) {
            nodes = result.nodes
            if let additions = result.additions {
                var exact = base
                for a in additions { exact.add(a.person, a.item, a.pair) }
                state = exact
            }
            if result.proven { method = .exact }
        }
        return plan(from: state, snapshot: snapshot, method: method, nodes: nodes,
                    milliseconds: Double((clock.now - start) / .microseconds(1)) / 1000)
    }

    static func plan(from state: AssignmentState, snapshot: VisitSnapshot, method: AssignmentStats.Method, nodes: Int,
                     milliseconds: Double) -> AssignmentPlan {
        let model = state.model
        var assignments: [InterpretingAssignment] = []
        var explanations: [InterpretingAssignment: String] = [:]
        for a in snapshot.assignments where a.manual {
            assignments.append(a)
            explanations[a] = tr("set by hand")
        }
        for (j, i, pair) in state.triples where !state.isFixed(i, j, pair) {
            let a = InterpretingAssignment(itemId: model.items[j].id, interpreterId: model.people[i].id, pair: model.pair(pair))
            assignments.append(a)
            explanations[a] = why(i, j, pair, in: state)
        }
        let position = Dictionary(snapshot.programme.enumerated().compactMap { index, item in item.id.map { ($0, index) } },
                                  uniquingKeysWith: { a, _ in a })
        assignments.sort {
            (position[$0.itemId] ?? Int.max, $0.itemId, $0.interpreterId, $0.pair) < (position[$1.itemId] ?? Int.max, $1.itemId, $1.interpreterId, $1.pair)
        }
        let coverage = NeedCoverage.all(in: state)
        let uncovered = coverage.filter { !$0.isCovered }.map {
            UncoveredNeed(need: $0.need, itemTitle: $0.itemTitle, isPartial: { if case .partial = $0.status { true } else { false } }($0),
                          reasons: $0.reasons)
        }
        let impossible = model.needs.indices.filter { n in
            !coverage[n].isCovered && !isCoverableAlone(model.needs[n], in: model)
        }.count
        let stats = AssignmentStats(needs: coverage.count, covered: coverage.filter(\.isCovered).count,
                                    partial: uncovered.filter(\.isPartial).count, relayed: coverage.filter(\.isRelay).count,
                                    impossible: impossible, assignments: assignments.count,
                                    interpretersUsed: Set(assignments.map(\.interpreterId)).count,
                                    maxMinutes: state.load.max() ?? 0, sumOfSquaredMinutes: state.sumOfSquares,
                                    method: method, provenOptimal: method == .exact, nodes: nodes, milliseconds: milliseconds)
        return AssignmentPlan(assignments: assignments, explanations: explanations, coverage: coverage, uncovered: uncovered, stats: stats)
    }

    /// Whether enough people could take the need if nothing else were planned.
    static func isCoverableAlone(_ need: InterpretingModel.Need, in model: InterpretingModel) -> Bool {
        let required = model.items[need.item].required
        if need.direct.count >= required { return true }
        return need.bridges.contains { bridge in
            let first = model.eligible[need.item][bridge.first] ?? [], second = model.eligible[need.item][bridge.second] ?? []
            return first.count >= required && second.count >= required && Set(first).union(second).count >= 2 * required
        }
    }

    /// Why person i took `pair` at item j, judged on the finished plan.
    static func why(_ i: Int, _ j: Int, _ pair: PairCode, in state: AssignmentState) -> String {
        let model = state.model, item = model.items[j], pairText = model.pair(pair).description
        var parts: [String] = []
        // Whether the direction is a need of its own here (then a relay it carries is a bonus).
        let servesDirectly = item.needs.contains { n in
            switch state.level(of: n) {
            case .direct(let people), .partialDirect(let people): model.needs[n].pair == pair && people.contains(i)
            default: false
            }
        }
        // A relay leg says which need it carries and why that need is not interpreted directly.
        for n in item.needs {
            let need = model.needs[n]
            switch state.level(of: n) {
            case .relay(let bridge, let first, let second), .partialRelay(let bridge, let first, let second):
                let isLeg = (pair == PairCode(from: need.pair.from, to: bridge) && first.contains(i))
                    || (pair == PairCode(from: bridge, to: need.pair.to) && second.contains(i))
                guard isLeg else { continue }
                let values = ["need": model.pair(need.pair).description, "bridge": model.languages[bridge]]
                switch (servesDirectly, need.direct.isEmpty) {
                case (false, true): parts.append(tr("relay for {need} through {bridge}: nobody can interpret {need} here").filled(values))
                case (false, false): parts.append(tr("relay for {need} through {bridge}: its interpreters are needed elsewhere").filled(values))
                case (true, true): parts.append(tr("also the relay for {need} through {bridge}: nobody can interpret {need} here").filled(values))
                case (true, false): parts.append(tr("also the relay for {need} through {bridge}: its interpreters are needed elsewhere").filled(values))
                }
            default:
                continue
            }
        }
        if item.required > 1 {
            parts.append(tr("one of two for {pair}: the item lasts more than {duration}", ["pair": pairText, "duration": InterpretingModel.duration(model.settings.pairInterpretersAfterMinutes)]))
        }
        let others = model.people.indices.filter { k in
            guard k != i, model.isEligible(k, j, pair) else { return false }
            if let pairs = state.staff[j][k] { return !pairs.contains(pair) && pairs[0].couple == pair.couple }
            return state.fitsTime(k, j)
        }
        if others.isEmpty {
            let able = model.eligible[j][pair]?.count ?? 0
            let anyone = model.people.filter { $0.pairs.contains(pair) }.count
            if able > 1 {
                parts.append(tr("the only one free for {pair}: the others are busy or at their daily maximum", ["pair": pairText]))
            } else if anyone > 1 {
                // Others interpret the pair, but not then, not in this mode or not for so long in a day.
                parts.append(tr("only interpreter for {pair} who can take this item", ["pair": pairText]))
            } else {
                parts.append(tr("only interpreter for {pair}", ["pair": pairText]))
            }
        } else {
            let otherItems = { (k: Int) in state.load[k] - (state.works(k, at: j) ? item.minutes : 0) }
            let mine = otherItems(i)
            let values = ["count": String(others.count + 1), "duration": InterpretingModel.duration(mine)]
            parts.append(others.allSatisfy { otherItems($0) >= mine }
                ? tr("least loaded of {count} candidates ({duration} on other items)").filled(values)
                : tr("one of {count} candidates, chosen to keep the workload even ({duration} on other items)").filled(values))
        }
        return parts.joined(separator: "; ")
    }
}
