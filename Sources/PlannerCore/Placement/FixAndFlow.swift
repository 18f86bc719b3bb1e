/// Fix and flow, the incumbent heuristic at the root of branch and bound: one split group at a
/// time (in the given order), try each host that carries part of it with the group held there
/// whole and everyone else re-optimised by the flow; keep the best host for good, then the next
/// split group. Unlike fixing all groups at once, every try sees how the choice moves the others.
///
/// Each try is a few incremental shortest paths, undone by a trial roll-back rather than by
/// re-solving. On the full 5,000-unit bench instance a path still settles most of the graph, so
/// `BranchAndBound` runs this first on a `CoreFlow` (the few best arcs of each unit), where the
/// same work is several times cheaper (numbers in Sources/PlannerCore/README.md).
enum FixAndFlow {
    /// Runs on `flow` in place (the caller snapshots it if it wants it back). True when every
    /// group ended whole (or unplaced) before `deadline`; false when time ran out or the flow
    /// became infeasible, with the groups decided so far held.
    static func run(on flow: PlacementFlow, groups: [Int32], deadline: ContinuousClock.Instant) -> Bool {
        while let g = groups.first(where: { !flow.isWhole(unit: Int($0)) }) {
            if ContinuousClock.now >= deadline { return false }
            let u = Int(g)
            let start = Int(flow.unitStart[u]), end = Int(flow.unitStart[u + 1])
            let candidates = (start..<end).filter { flow.flow[$0] > 0 }
            var best = -1
            var bestProfit = Int64.min
            var kept = false
            for c in candidates {
                flow.beginTrial()
                flow.holdWhole(unit: u, on: c)
                if flow.resolve() && flow.isWhole(unit: u) {
                    let profit = flow.profit()
                    if profit > bestProfit {
                        bestProfit = profit
                        best = c
                        // The last try is the best: keep it rather than undo and redo it.
                        if c == candidates.last {
                            flow.commitTrial()
                            kept = true
                            break
                        }
                    }
                }
                flow.rollBack()
            }
            if kept { continue }
            // Keep the best host for good, or leave the group out when no host takes it whole.
            flow.holdWhole(unit: u, on: best)
            guard flow.resolve() else { return false }
            if !flow.isWhole(unit: u) {
                if best >= 0 && flow.arcOff[best] == 0 { flow.switchOff(arc: best) }
                guard flow.resolve() else { return false }
            }
        }
        return true
    }
}
