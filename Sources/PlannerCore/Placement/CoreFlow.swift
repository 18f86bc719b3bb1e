/// A smaller flow over the same units and hosts that keeps only each unit's most promising
/// arcs: those carrying flow in the full optimum, and the `arcsPerUnit` of lowest reduced cost
/// at its potentials (the arcs an optimal re-routing is most likely to use). Heuristics run on
/// it an order of magnitude faster than on the full flow, and whatever integral placement they
/// find is feasible in the full problem, since its arcs are a subset.
struct CoreFlow {
    let flow: PlacementFlow
    /// The full flow's arc of each core arc.
    let fullArc: [Int32]

    /// `full` must be solved (its potentials give the reduced costs).
    init(full: PlacementFlow, arcsPerUnit: Int) {
        var sizes: [Int32] = [], capacities: [Int32] = []
        for u in 0..<full.unitCount { sizes.append(full.size[u]) }
        for h in 0..<full.hostCount { capacities.append(full.capacity[h]) }
        var arcUnits: [Int32] = [], arcHosts: [Int32] = [], arcCosts: [Int64] = [], fullArc: [Int32] = []
        let estimate = full.unitCount * (arcsPerUnit + 2)
        arcUnits.reserveCapacity(estimate); arcHosts.reserveCapacity(estimate)
        arcCosts.reserveCapacity(estimate); fullArc.reserveCapacity(estimate)
        var ranked: [(reducedCost: Int64, arc: Int32)] = []
        for u in 0..<full.unitCount {
            ranked.removeAll(keepingCapacity: true)
            let pu = full.potential[u]
            for a in Int(full.unitStart[u])..<Int(full.unitStart[u + 1]) where full.arcOff[a] == 0 {
                // Arcs with flow always stay: the core starts from the same optimum.
                let reduced = full.flow[a] > 0
                    ? Int64.min
                    : full.arcCost[a] + pu - full.potential[full.unitCount + Int(full.arcHost[a])]
                ranked.append((reduced, Int32(a)))
            }
            if ranked.count > arcsPerUnit {
                ranked.sort { $0.reducedCost != $1.reducedCost ? $0.reducedCost < $1.reducedCost : $0.arc < $1.arc }
                let keep = max(arcsPerUnit, ranked.lastIndex { $0.reducedCost == .min }.map { $0 + 1 } ?? 0)
                ranked.removeLast(ranked.count - keep)
                // Back to input order, which breaks ties in the flow.
                ranked.sort { $0.arc < $1.arc }
            }
            for (_, a) in ranked {
                arcUnits.append(Int32(u))
                arcHosts.append(full.arcHost[Int(a)])
                arcCosts.append(full.arcCost[Int(a)])
                fullArc.append(a)
            }
        }
        flow = PlacementFlow(sizes: sizes, capacities: capacities,
                             arcUnits: arcUnits, arcHosts: arcHosts, arcCosts: arcCosts)
        self.fullArc = fullArc
    }

    /// The full arc carrying each unit whole in the core flow, or -1 (unplaced or split).
    func wholePlacements() -> [Int32] {
        var chosen = [Int32](repeating: -1, count: flow.unitCount)
        for u in 0..<flow.unitCount {
            for a in Int(flow.unitStart[u])..<Int(flow.unitStart[u + 1]) where flow.flow[a] > 0 {
                if flow.flow[a] == flow.size[u] { chosen[u] = fullArc[a] }
                break
            }
        }
        return chosen
    }
}
