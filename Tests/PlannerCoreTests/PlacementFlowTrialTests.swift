import XCTest
@testable import PlannerCore

/// Trials on the placement flow (roll back, commit) and fix and flow on the core flow, which the
/// solver's heuristics build on.
final class PlacementFlowTrialTests: XCTestCase {
    private func flow(for problem: PlacementProblem) -> PlacementFlow {
        PlacementFlow(sizes: problem.sizes, capacities: problem.capacities,
                      arcUnits: problem.arcUnit, arcHosts: problem.arcHost, arcCosts: problem.arcCosts())
    }

    private func problems(seed: UInt64, count: Int) throws -> [PlacementProblem] {
        var rng = SplitMix64(seed: seed)
        return try (0..<count).map { _ in
            let instance = AssignmentSolverTests.randomInstance(&rng, unitsUpTo: 40, hostsUpTo: 20, bigScores: false)
            return try PlacementProblem(instance: instance, indexed: instance.validated(), fixed: [:])
        }
    }

    /// Everything a later solve depends on, as plain values.
    private func state(_ f: PlacementFlow) -> [Int64] {
        var values: [Int64] = [f.profit()]
        for a in 0..<f.arcCount { values.append(Int64(f.flow[a])); values.append(Int64(f.arcOff[a])) }
        for u in 0..<f.unitCount { values.append(Int64(f.bypass[u])); values.append(Int64(f.unitFlowArcs[u])) }
        for h in 0..<f.hostCount { values.append(Int64(f.load[h])); values.append(Int64(f.hostSlotCount[h])) }
        for v in 0..<f.nodeCount { values.append(f.excess[v]); values.append(f.potential[v]) }
        return values
    }

    /// The profit from the arcs themselves, which checks the per-host lists `profit()` walks.
    private func profitFromArcs(_ f: PlacementFlow) -> Int64 {
        (0..<f.arcCount).reduce(0) { $0 - Int64(f.flow[$1]) * f.arcCost[$1] }
    }

    /// Switches off every arc carrying flow of every second unit that has some.
    private func disturb(_ f: PlacementFlow) -> [Int] {
        var switched: [Int] = []
        var odd = false
        for u in 0..<f.unitCount where f.unitFlowArcs[u] > 0 {
            odd.toggle()
            guard odd else { continue }
            for a in Int(f.unitStart[u])..<Int(f.unitStart[u + 1]) where f.flow[a] > 0 {
                f.switchOff(arc: a)
                switched.append(a)
            }
        }
        return switched
    }

    func testRollBackRestoresTheFlowExactly() throws {
        var disturbed = 0
        for (i, problem) in try problems(seed: 11, count: 30).enumerated() {
            let f = flow(for: problem)
            XCTAssertTrue(f.resolve())
            let before = state(f)
            f.beginTrial()
            let switched = disturb(f)
            if !switched.isEmpty && f.resolve() && f.profit() != before[0] { disturbed += 1 }
            f.rollBack()
            XCTAssertEqual(state(f), before, "instance \(i)")
            XCTAssertEqual(f.profit(), profitFromArcs(f), "instance \(i)")

            // The rolled-back flow goes on exactly like one that never saw the trial.
            let fresh = flow(for: problem)
            XCTAssertTrue(fresh.resolve())
            for a in switched { f.switchOff(arc: a); fresh.switchOff(arc: a) }
            XCTAssertEqual(f.resolve(), fresh.resolve(), "instance \(i)")
            XCTAssertEqual(state(f), state(fresh), "instance \(i)")
        }
        // The trials really moved flow (the test would pass vacuously otherwise).
        XCTAssertGreaterThan(disturbed, 10)
    }

    func testCommitKeepsTheTrial() throws {
        for (i, problem) in try problems(seed: 12, count: 20).enumerated() {
            let f = flow(for: problem), plain = flow(for: problem)
            XCTAssertTrue(f.resolve())
            XCTAssertTrue(plain.resolve())
            f.beginTrial()
            let switched = disturb(f)
            let feasible = f.resolve()
            f.commitTrial()
            for a in switched { plain.switchOff(arc: a) }
            XCTAssertEqual(plain.resolve(), feasible, "instance \(i)")
            XCTAssertEqual(state(f), state(plain), "instance \(i)")
            XCTAssertEqual(f.profit(), profitFromArcs(f), "instance \(i)")
            // Another trial after the commit still rolls back to the committed state.
            let committed = state(f)
            f.beginTrial()
            for a in switched { f.switchOn(arc: a) }
            _ = f.resolve()
            f.rollBack()
            XCTAssertEqual(state(f), committed, "instance \(i)")
        }
    }

    func testFixAndFlowOnTheCoreGivesWholeFeasiblePlacements() throws {
        var placedGroups = 0
        for (i, problem) in try problems(seed: 13, count: 30).enumerated() {
            let full = flow(for: problem)
            XCTAssertTrue(full.resolve())
            let core = CoreFlow(full: full, arcsPerUnit: 2)
            // The core keeps every arc that carries flow in the full optimum, so it starts there.
            let kept = Set(core.fullArc)
            for a in 0..<full.arcCount where full.flow[a] > 0 { XCTAssertTrue(kept.contains(Int32(a)), "instance \(i) arc \(a)") }
            XCTAssertTrue(core.flow.resolve())
            XCTAssertEqual(core.flow.profit(), full.profit(), "instance \(i)")

            var groups: [Int32] = []
            for u in 0..<problem.sizes.count where problem.sizes[u] > 1 { groups.append(Int32(u)) }
            XCTAssertTrue(FixAndFlow.run(on: core.flow, groups: groups, deadline: .now + .seconds(60)))
            for u in 0..<core.flow.unitCount { XCTAssertTrue(core.flow.isWhole(unit: u), "instance \(i) unit \(u)") }

            // Whole placements map to the unit's own arcs and fit the beds.
            let chosen = core.wholePlacements()
            var load = [Int32](repeating: 0, count: problem.capacities.count)
            var placed: Int64 = 0
            for (u, a) in chosen.enumerated() where a >= 0 {
                XCTAssertEqual(Int(problem.arcUnit[Int(a)]), u, "instance \(i)")
                load[Int(problem.arcHost[Int(a)])] += problem.sizes[u]
                placed += Int64(problem.sizes[u])
                if problem.sizes[u] > 1 { placedGroups += 1 }
            }
            for h in 0..<load.count { XCTAssertLessThanOrEqual(load[h], problem.capacities[h], "instance \(i) host \(h)") }
            // Every unit the core flow carries is placed (nothing split, nothing lost).
            let carried = (0..<core.flow.hostCount).reduce(Int64(0)) { $0 + Int64(core.flow.load[$1]) }
            XCTAssertEqual(placed, carried, "instance \(i)")
        }
        XCTAssertGreaterThan(placedGroups, 50)
    }
}
