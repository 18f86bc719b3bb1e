/// Depth-first branch and bound over the groups that the flow relaxation splits.
///
/// A node is the set of arcs switched off in `PlacementFlow`; moving between nodes switches arcs
/// off and on and re-solves incrementally (a few shortest paths). Each node is bounded by the
/// flow relaxation, then by the Lagrangian bound (every host integral, `LagrangianBound`),
/// warm-started from its parent's multipliers. Branching: the split group of largest size (then
/// input order), first "entirely on the host carrying most of it", then "not on that host".
/// Incumbents: rounding, fix and flow at the root (each split group tried on its hosts, the
/// rest re-optimised), and the hosts' Lagrangian choices completed by the flow (groups fixed,
/// everyone else re-optimised).
struct BranchAndBound {
    let problem: PlacementProblem
    let flow: PlacementFlow
    let limits: AssignmentSolver.Limits
    private let deadline: ContinuousClock.Instant
    private let groups: [Int32]
    private var lagrange: LagrangianBound?

    /// Best placement found: the arc of each flow unit, or -1.
    private(set) var incumbent: [Int32]
    /// Its weighted value W·guests + score.
    private(set) var incumbentValue: Int64 = 0
    private(set) var nodes = 0
    private(set) var proven = false
    /// Root relaxation: profit (scaled), guests placed, and the best root bound (weighted, unscaled).
    private(set) var rootProfit: Int64 = 0
    private(set) var rootPlaced = 0
    private(set) var rootBound: Int64 = .max
    private(set) var splitAtRoot = 0
    private var aborted = false

    /// Subgradient steps and first step factor at the root and at other nodes (measured on the
    /// bench instances: 150 steps from θ = 2 took the 500-unit proof from 15 s to 3 s; θ = 1 or 4
    /// was several times slower — the method is sensitive, see the report).
    static let rootSteps = 400
    static let nodeSteps = 150
    static let rootTheta = 2.0
    static let nodeTheta = 2.0
    /// Arcs per unit in the core flow besides those carrying flow (measured on the bench
    /// instances, see Sources/PlannerCore/README.md).
    static let coreArcsPerUnit = 24

    init(problem: PlacementProblem, limits: AssignmentSolver.Limits) {
        self.problem = problem
        self.limits = limits
        deadline = ContinuousClock.now + limits.timeLimit
        flow = PlacementFlow(sizes: problem.sizes, capacities: problem.capacities,
                             arcUnits: problem.arcUnit, arcHosts: problem.arcHost, arcCosts: problem.arcCosts())
        var groups: [Int32] = []
        for u in 0..<problem.units.count where problem.sizes[u] > 1 && problem.unitStart[u] < problem.unitStart[u + 1] {
            groups.append(Int32(u))
        }
        let sizes = problem.sizes
        groups.sort { (a: Int32, b: Int32) -> Bool in
            let sa = sizes[Int(a)], sb = sizes[Int(b)]
            return sa != sb ? sa > sb : a < b
        }
        self.groups = groups
        incumbent = [Int32](repeating: -1, count: problem.units.count)
    }

    mutating func run() {
        explore(root: true, lambda: nil)
        proven = !aborted
    }

    private var outOfBudget: Bool { nodes >= limits.nodeLimit || ContinuousClock.now >= deadline }

    private func firstSplitGroup() -> Int {
        for g in groups where !flow.isWhole(unit: Int(g)) { return Int(g) }
        return -1
    }

    private mutating func explore(root: Bool, lambda parentLambda: [Int64]?) {
        nodes += 1
        guard flow.resolve() else { return }
        let profit = flow.profit()
        var bound = floorDivide(profit, problem.scale)
        let split = firstSplitGroup()
        if root {
            rootProfit = profit
            rootPlaced = (0..<flow.hostCount).reduce(0) { $0 + Int(flow.load[$1]) }
            rootBound = bound
            splitAtRoot = groups.reduce(0) { $0 + (flow.isWhole(unit: Int($1)) ? 0 : 1) }
        }
        if bound <= incumbentValue { return }
        if split < 0 {
            // Integral: this flow is the best placement under this node's constraints.
            takeFlow(value: bound)
            return
        }
        round()
        if root {
            let start = ContinuousClock.now
            fixAndFlowOnCore()
            // On the full flow it takes about five times as long as on the core (measured on
            // the 5,000-unit bench instance); when that does not fit, the time goes to the bound.
            if deadline - ContinuousClock.now > (ContinuousClock.now - start) * 5 { fixAndFlow() }
        }
        if bound <= incumbentValue { return }
        if outOfBudget {
            // Not even the Lagrangian bound: it would overrun the time limit.
            aborted = true
            return
        }

        // The Lagrangian bound: every host integral.
        if lagrange == nil { lagrange = LagrangianBound(flow: flow) }
        let lagrange = self.lagrange!
        var lambda = lagrange.multipliersFromFlow()
        if let parentLambda {
            // The parent's tightened multipliers are usually better than this node's duals.
            var warm = parentLambda
            for u in 0..<flow.unitCount where flow.bypassOff[u] == 0 && warm[u] < 0 { warm[u] = 0 }
            if lagrange.evaluate(warm) < lagrange.evaluate(lambda) { lambda = warm }
        }
        let steps = root ? Self.rootSteps : Self.nodeSteps
        var heuristicRuns: [[Int32]] = []
        // Completing the Lagrangian choices re-routes much of the flow: worth it on small instances.
        let small = flow.arcCount <= 400_000
        let lagrangianBound = lagrange.descend(&lambda, target: incumbentValue * problem.scale, steps: steps, deadline: deadline,
                                               theta: root ? Self.rootTheta : Self.nodeTheta) { bound, step in
            if root && small && [5, 20, 50, 100].contains(step) { heuristicRuns.append(bound.chosen) }
        }
        for chosen in heuristicRuns { placeGroups(byArcs: chosen) }
        bound = min(bound, floorDivide(lagrangianBound, problem.scale))
        if root { rootBound = bound }
        if bound <= incumbentValue { return }
        if outOfBudget {
            aborted = true
            return
        }

        let u = split
        let start = Int(flow.unitStart[u]), end = Int(flow.unitStart[u + 1])
        var best = -1
        for a in start..<end where flow.flow[a] > 0 && (best < 0 || flow.flow[a] > flow.flow[best]) { best = a }
        if best < 0 { return }  // cannot happen: a split group carries flow on some arc

        // Child 1: the group entirely on `best`'s host.
        for a in start..<end where a != best { flow.switchOff(arc: a) }
        flow.switchOffBypass(unit: u)
        explore(root: false, lambda: lambda)
        flow.switchOnBypass(unit: u)
        for a in start..<end where a != best { flow.switchOn(arc: a) }
        if aborted { return }

        // Child 2: the group not on `best`'s host.
        flow.switchOff(arc: best)
        explore(root: false, lambda: lambda)
        flow.switchOn(arc: best)
    }

    private mutating func takeFlow(value: Int64) {
        var chosen = [Int32](repeating: -1, count: problem.units.count)
        var check: Int64 = 0
        for u in 0..<problem.units.count {
            for a in Int(flow.unitStart[u])..<Int(flow.unitStart[u + 1]) where flow.flow[a] > 0 {
                // Only whole placements (callers make sure no group is split).
                guard flow.flow[a] == flow.size[u], chosen[u] < 0 else {
                    assertionFailure("takeFlow on a split unit")
                    return
                }
                chosen[u] = Int32(a)
                check += problem.value(arc: a)
            }
        }
        assert(check == value, "integral flow value mismatch \(check) vs \(value)")
        // The placement's own value counts (equal to the flow's when all is well).
        if check > incumbentValue {
            incumbent = chosen
            incumbentValue = check
        }
    }

    // MARK: Heuristics

    /// Fix and flow (`FixAndFlow`) on the core flow first: on the 5,000-unit bench instance it
    /// finishes there in a fraction of the time the full flow needs (see
    /// Sources/PlannerCore/README.md). Its placement is feasible as it is; then the groups are
    /// held on their core hosts and the full flow re-places everyone else, when time allows.
    private mutating func fixAndFlowOnCore() {
        let core = CoreFlow(full: flow, arcsPerUnit: Self.coreArcsPerUnit)
        guard core.flow.resolve() else { return }
        let finished = FixAndFlow.run(on: core.flow, groups: groups, deadline: deadline)
        let chosen = core.wholePlacements()
        if finished {
            var value: Int64 = 0
            for a in chosen where a >= 0 { value += problem.value(arc: Int(a)) }
            if value > incumbentValue {
                incumbent = chosen
                incumbentValue = value
            }
        }
        guard !outOfBudget else { return }
        // Polish: the groups stay where the core put them, everyone else may use every arc.
        var arcOf: [Int32: Int32] = [:]
        for g in groups { arcOf[g] = chosen[Int(g)] }
        placeGroups(arcOf)
    }

    /// Fix and flow on the full flow, which sees every arc; out of time, the groups still split
    /// are rounded instead.
    private mutating func fixAndFlow() {
        let saved = flow.snapshot()
        defer { flow.restore(saved) }
        if FixAndFlow.run(on: flow, groups: groups, deadline: deadline) {
            let value = floorDivide(flow.profit(), problem.scale)
            if value > incumbentValue { takeFlow(value: value) }
        } else if outOfBudget {
            round()
        }
    }

    /// The hosts' Lagrangian choices for every group (each group on the best host that chose it
    /// and still has beds for it among the groups; unplaced if none), then `placeGroups`.
    private mutating func placeGroups(byArcs chosen: [Int32]) {
        var candidates: [Int32: Int32] = [:]
        for a in chosen {
            let u = flow.arcUnit[Int(a)]
            guard flow.size[Int(u)] > 1 else { continue }
            if let other = candidates[u], problem.arcScore[Int(other)] >= problem.arcScore[Int(a)] { continue }
            candidates[u] = a
        }
        var room = problem.capacities
        var arcOf: [Int32: Int32] = [:]
        for g in groups {
            arcOf[g] = -1
            guard let a = candidates[g] else { continue }
            let h = Int(flow.arcHost[Int(a)])
            if room[h] >= flow.size[Int(g)] {
                room[h] -= flow.size[Int(g)]
                arcOf[g] = a
            }
        }
        placeGroups(arcOf)
    }

    /// Fixes every group on the given arc (-1: unplaced), lets the flow place everyone else,
    /// drops groups it could only place in part, and takes the integral result. Undone after.
    private mutating func placeGroups(_ arcOf: [Int32: Int32]) {
        let saved = flow.snapshot()
        defer { flow.restore(saved) }
        for g in groups { flow.holdWhole(unit: Int(g), on: Int(arcOf[g] ?? -1)) }
        if flow.resolve(deadline: deadline) {
            for g in groups where !flow.isWhole(unit: Int(g)) { flow.holdWhole(unit: Int(g), on: -1) }
            if flow.resolve(deadline: deadline) && firstSplitGroup() < 0 {
                let value = floorDivide(flow.profit(), problem.scale)
                if value > incumbentValue { takeFlow(value: value) }
            }
        }
    }

    /// Rounding: keep the whole placements, then put each split group (largest first) on the
    /// allowed host with room that scores best.
    private mutating func round() {
        var remaining = problem.capacities
        var chosen = [Int32](repeating: -1, count: problem.units.count)
        var value: Int64 = 0
        var split: [Int] = []
        for u in 0..<problem.units.count {
            let s = flow.size[u]
            if flow.bypass[u] == s { continue }
            var whole = -1
            var any = false
            for a in Int(flow.unitStart[u])..<Int(flow.unitStart[u + 1]) where flow.flow[a] > 0 {
                any = true
                if flow.flow[a] == s { whole = a }
                break
            }
            if whole >= 0 {
                chosen[u] = Int32(whole)
                remaining[Int(flow.arcHost[whole])] -= s
                value += problem.value(arc: whole)
            } else if any || flow.bypass[u] > 0 {
                split.append(u)
            }
        }
        let size = flow.size
        split.sort { (a: Int, b: Int) -> Bool in size[a] != size[b] ? size[a] > size[b] : a < b }
        for u in split {
            let s = flow.size[u]
            var best = -1
            for a in Int(flow.unitStart[u])..<Int(flow.unitStart[u + 1]) where remaining[Int(flow.arcHost[a])] >= s {
                if best < 0 || problem.arcScore[a] > problem.arcScore[best] { best = a }
            }
            if best >= 0 {
                chosen[u] = Int32(best)
                remaining[Int(flow.arcHost[best])] -= s
                value += problem.value(arc: best)
            }
        }
        if value > incumbentValue {
            incumbent = chosen
            incumbentValue = value
        }
    }
}


