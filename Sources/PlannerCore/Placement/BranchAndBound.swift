import Foundation
/// Depth-first branch and bound over the groups that the flow relaxation splits.
///
/// A node is the set of arcs switched off in `PlacementFlow`; moving between nodes switches arcs
/// off and on and re-solves incrementally (a few shortest paths), so a node costs little more
/// than the repair it needs. Branch on the split group of largest size (then input order):
/// first "entirely on the host carrying most of it", then "not on that host".
struct BranchAndBound {
    let problem: PlacementProblem
    let flow: PlacementFlow
    let limits: AssignmentSolver.Limits
    private let deadline: ContinuousClock.Instant
    private let groups: [Int32]

    /// Best placement found: the arc of each flow unit, or -1.
    private(set) var incumbent: [Int32]
    /// Its weighted value W·guests + score.
    private(set) var incumbentValue: Int64 = 0
    private(set) var nodes = 0
    private(set) var proven = false
    private(set) var rootProfit: Int64 = 0
    private(set) var rootPlaced = 0
    private(set) var splitAtRoot = 0
    private var aborted = false
    private var lagrange: LagrangianBound?

    init(problem: PlacementProblem, limits: AssignmentSolver.Limits) {
        self.problem = problem
        self.limits = limits
        deadline = ContinuousClock.now + limits.timeLimit
        flow = PlacementFlow(sizes: problem.sizes, capacities: problem.capacities,
                             arcUnits: problem.arcUnit, arcHosts: problem.arcHost, arcCosts: problem.arcCosts())
        // Groups in branching order: larger first, then input order.
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
        explore(root: true)
        proven = !aborted
    }

    private let debug = ProcessInfo.processInfo.environment["VP_DEBUG"] != nil
    private var depth = 0
    private mutating func explore(root: Bool) {
        nodes += 1
        guard flow.resolve() else { return }
        let profit = flow.profit()
        let bound = floorDivide(profit, problem.scale)
        var split = -1
        var splitCount = 0
        for g in groups where !isWhole(Int(g)) {
            if split < 0 { split = Int(g) }
            splitCount += 1
            if !root { break }
        }
        if root && debug {
            let lagrange = LagrangianBound(flow: flow)
            let clock = ContinuousClock.now
            let lam = lagrange.multipliersFromFlow()
            let first = lagrange.evaluate(lam)
            let t1 = ContinuousClock.now - clock
            round()
            dive()
            _ = flow.resolve()
            let improved = lagrange.improve(from: lam, target: incumbentValue * problem.scale, steps: 200)
            print("root LP \(bound) lagr0 \(floorDivide(first, problem.scale)) (\(t1)) lagr200 \(floorDivide(improved, problem.scale)) (\(ContinuousClock.now - clock)) inc \(incumbentValue)")
        }
        if root {
            rootProfit = profit
            rootPlaced = (0..<flow.hostCount).reduce(0) { $0 + Int(flow.load[$1]) }
            splitAtRoot = splitCount
        }
        if debug { print("node \(nodes) depth \(depth) bound \(bound) inc \(incumbentValue) split \(split) count \(splitCount)") }
        if bound <= incumbentValue { return }
        if split < 0 {
            // Integral: this flow is the best placement under this node's constraints.
            takeFlow(value: bound)
            return
        }
        round()
        if root || nodes % 16 == 0 {
            dive()
            // Back to this node's optimum (the dive switched arcs off and on again).
            guard flow.resolve() else { return }
            split = -1
            for g in groups where !isWhole(Int(g)) { split = Int(g); break }
            if split < 0 { return }
        }
        if bound <= incumbentValue { return }
        // The Lagrangian bound (every host integral) prunes what the flow bound cannot.
        let lagrangeSteps = Int(ProcessInfo.processInfo.environment["VP_LSTEPS"] ?? "30") ?? 30
        if lagrangeSteps > 0 {
            if lagrange == nil { lagrange = LagrangianBound(flow: flow) }
            let lb = lagrange!.improve(from: lagrange!.multipliersFromFlow(), target: incumbentValue * problem.scale, steps: lagrangeSteps)
            if debug { print("   lagrangian \(floorDivide(lb, problem.scale))") }
            if floorDivide(lb, problem.scale) <= incumbentValue { return }
        }
        if nodes >= limits.nodeLimit || ContinuousClock.now >= deadline {
            aborted = true
            return
        }

        let u = split
        let start = Int(flow.unitStart[u]), end = Int(flow.unitStart[u + 1])
        var best = -1
        for a in start..<end where flow.flow[a] > 0 && (best < 0 || flow.flow[a] > flow.flow[best]) { best = a }
        if best < 0 {
            // Partly unplaced but nowhere placed: the group can only be whole on the bypass or
            // on some host; branch "unplaced" vs "placed" through its first open arc.
            for a in start..<end where flow.arcOff[a] == 0 { best = a; break }
            if best < 0 { return }
        }

        // Child 1: the group entirely on `best`'s host.
        for a in start..<end where a != best { flow.switchOff(arc: a) }
        flow.switchOffBypass(unit: u)
        depth += 1
        explore(root: false)
        depth -= 1
        flow.switchOnBypass(unit: u)
        for a in start..<end where a != best { flow.switchOn(arc: a) }
        if aborted { return }

        // Child 2: the group not on `best`'s host.
        flow.switchOff(arc: best)
        depth += 1
        explore(root: false)
        depth -= 1
        flow.switchOn(arc: best)
    }

    /// A group is whole when one arc (or the bypass) carries all of it.
    @inline(__always)
    private func isWhole(_ u: Int) -> Bool {
        let s = flow.size[u]
        if flow.bypass[u] == s { return true }
        if flow.bypass[u] > 0 { return false }
        for a in Int(flow.unitStart[u])..<Int(flow.unitStart[u + 1]) where flow.flow[a] > 0 {
            return flow.flow[a] == s
        }
        return false
    }

    private mutating func takeFlow(value: Int64) {
        var chosen = [Int32](repeating: -1, count: problem.units.count)
        var check: Int64 = 0
        for u in 0..<problem.units.count {
            for a in Int(flow.unitStart[u])..<Int(flow.unitStart[u + 1]) where flow.flow[a] > 0 {
                chosen[u] = Int32(a)
                check += problem.value(arc: a)
            }
        }
        precondition(check == value, "integral flow value mismatch \(check) vs \(value)")
        if value > incumbentValue {
            incumbent = chosen
            incumbentValue = value
        }
    }

    /// Diving: every split group keeps only the host carrying most of it (it may still end up
    /// unplaced), the flow re-optimises everyone else around them; groups still partly placed
    /// are then left out. The flow is integral at the end: a placement. Everything is undone.
    private mutating func dive() {
        var switched: [Int] = []   // arcs switched off, in order
        for pass in 0..<3 {
            var any = false
            for g in groups where !isWhole(Int(g)) {
                let u = Int(g)
                any = true
                let start = Int(flow.unitStart[u]), end = Int(flow.unitStart[u + 1])
                var best = -1
                if pass == 0 {
                    for a in start..<end where flow.flow[a] > 0 && (best < 0 || flow.flow[a] > flow.flow[best]) { best = a }
                }
                for a in start..<end where a != best && flow.arcOff[a] == 0 {
                    flow.switchOff(arc: a)
                    switched.append(a)
                }
            }
            if !any { break }
            if !flow.resolve() { break }
        }
        if flow.resolve() && groups.allSatisfy({ isWhole(Int($0)) }) {
            let value = floorDivide(flow.profit(), problem.scale)
            if value > incumbentValue { takeFlow(value: value) }
        }
        for a in switched.reversed() { flow.switchOn(arc: a) }
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
