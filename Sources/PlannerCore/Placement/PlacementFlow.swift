/// The LP relaxation of the placement problem as a min-cost flow, solved by successive shortest
/// paths (Dijkstra on reduced costs, stopped at the first deficit node, potentials updated on the
/// settled nodes only) and kept optimal while branch and bound switches arcs off and on.
///
/// Nodes: units `0..<U`, hosts `U..<U+H`, the sink `T = U+H`. Arcs: unit → host (capacity the
/// unit's size, cost −profit per guest), host → T (capacity the free beds, cost 0) and a bypass
/// unit → T (capacity the size, cost 0: the guest stays unplaced). Every unit supplies its size,
/// T absorbs everything. An optimal flow maximises the total profit; a group may come out split
/// (or partly unplaced): that is what branch and bound repairs.
///
/// Flat buffers, no per-arc objects, no bounds checks in the inner loops.
final class PlacementFlow {
    let unitCount: Int
    let hostCount: Int
    let nodeCount: Int
    let sink: Int
    let arcCount: Int

    // Static data.
    let size: UnsafeMutablePointer<Int32>        // per unit
    let capacity: UnsafeMutablePointer<Int32>    // per host
    let unitStart: UnsafeMutablePointer<Int32>   // CSR by unit, U + 1
    let arcHost: UnsafeMutablePointer<Int32>     // host index (0..<H)
    let arcUnit: UnsafeMutablePointer<Int32>
    let arcCost: UnsafeMutablePointer<Int64>     // −profit per guest (< 0)
    let hostSlotStart: UnsafeMutablePointer<Int32> // per host, H + 1: room for the arcs carrying flow

    // Flow state.
    let flow: UnsafeMutablePointer<Int32>        // per arc
    let bypass: UnsafeMutablePointer<Int32>      // per unit
    let load: UnsafeMutablePointer<Int32>        // per host: flow host → T
    let excess: UnsafeMutablePointer<Int64>      // per node
    let potential: UnsafeMutablePointer<Int64>   // per node
    let hostSlots: UnsafeMutablePointer<Int32>   // arcs with positive flow, grouped by host
    let hostSlotCount: UnsafeMutablePointer<Int32>
    let arcSlot: UnsafeMutablePointer<Int32>     // where an arc sits in hostSlots
    let arcOff: UnsafeMutablePointer<UInt16>     // how many branching decisions switch an arc off
    let bypassOff: UnsafeMutablePointer<UInt16>
    let unitFlowArcs: UnsafeMutablePointer<Int32> // per unit: arcs with positive flow

    // Dijkstra scratch.
    private let dist: UnsafeMutablePointer<Int64>
    private let seen: UnsafeMutablePointer<UInt32>
    private let settled: UnsafeMutablePointer<UInt32>
    private let predNode: UnsafeMutablePointer<Int32>
    private let predArc: UnsafeMutablePointer<Int32>
    private let heap: UnsafeMutablePointer<Int32>
    private let heapPos: UnsafeMutablePointer<Int32>
    private let settledList: UnsafeMutablePointer<Int32>
    private var heapCount = 0
    private var run: UInt32 = 0

    /// Nodes that may hold excess.
    private var pending: [Int32] = []

    /// An open trial's journal of arc-level writes (the node-level state is copied whole: it is
    /// small) and that copy; see `beginTrial()`.
    private var journal: [JournalEntry] = []
    private var trialOpen = false
    private var trialNodes: Snapshot?

    /// Counters for the report.
    private(set) var augmentations = 0
    private(set) var settledNodes = 0

    /// `arcs` are (unit, host, cost per guest) sorted by unit.
    init(sizes: [Int32], capacities: [Int32], arcUnits: [Int32], arcHosts: [Int32], arcCosts: [Int64]) {
        unitCount = sizes.count
        hostCount = capacities.count
        nodeCount = unitCount + hostCount + 1
        sink = unitCount + hostCount
        arcCount = arcUnits.count

        func buffer<T>(_ count: Int, _ value: T) -> UnsafeMutablePointer<T> {
            let pointer = UnsafeMutablePointer<T>.allocate(capacity: max(count, 1))
            pointer.initialize(repeating: value, count: max(count, 1))
            return pointer
        }
        size = buffer(unitCount, 0)
        capacity = buffer(hostCount, 0)
        unitStart = buffer(unitCount + 1, 0)
        arcHost = buffer(arcCount, 0)
        arcUnit = buffer(arcCount, 0)
        arcCost = buffer(arcCount, 0)
        hostSlotStart = buffer(hostCount + 1, 0)
        flow = buffer(arcCount, 0)
        bypass = buffer(unitCount, 0)
        load = buffer(hostCount, 0)
        excess = buffer(nodeCount, 0)
        potential = buffer(nodeCount, 0)
        hostSlots = buffer(arcCount, -1)
        hostSlotCount = buffer(hostCount, 0)
        arcSlot = buffer(arcCount, -1)
        arcOff = buffer(arcCount, 0)
        bypassOff = buffer(unitCount, 0)
        unitFlowArcs = buffer(unitCount, 0)
        dist = buffer(nodeCount, 0)
        seen = buffer(nodeCount, 0)
        settled = buffer(nodeCount, 0)
        predNode = buffer(nodeCount, -1)
        predArc = buffer(nodeCount, -1)
        heap = buffer(nodeCount, 0)
        heapPos = buffer(nodeCount, -1)
        settledList = buffer(nodeCount, 0)

        for u in 0..<unitCount { size[u] = sizes[u] }
        for h in 0..<hostCount { capacity[h] = capacities[h] }
        for a in 0..<arcCount {
            arcUnit[a] = arcUnits[a]
            arcHost[a] = arcHosts[a]
            arcCost[a] = arcCosts[a]
            unitStart[Int(arcUnits[a]) + 1] += 1
            hostSlotStart[Int(arcHosts[a]) + 1] += 1
        }
        for u in 0..<unitCount { unitStart[u + 1] += unitStart[u] }
        for h in 0..<hostCount { hostSlotStart[h + 1] += hostSlotStart[h] }

        // Zero flow; potentials make every residual arc's reduced cost ≥ 0:
        // π(host) = π(T) = 0, π(unit) = its best profit per guest.
        var total: Int64 = 0
        for u in 0..<unitCount {
            var best: Int64 = 0
            for a in Int(unitStart[u])..<Int(unitStart[u + 1]) where -arcCost[a] > best { best = -arcCost[a] }
            potential[u] = best
            excess[u] = Int64(size[u])
            total += Int64(size[u])
            pending.append(Int32(u))
        }
        excess[sink] = -total
    }

    deinit {
        size.deallocate()
        capacity.deallocate()
        unitStart.deallocate()
        arcHost.deallocate()
        arcUnit.deallocate()
        arcCost.deallocate()
        hostSlotStart.deallocate()
        flow.deallocate()
        bypass.deallocate()
        load.deallocate()
        excess.deallocate()
        potential.deallocate()
        hostSlots.deallocate()
        hostSlotCount.deallocate()
        arcSlot.deallocate()
        arcOff.deallocate()
        bypassOff.deallocate()
        unitFlowArcs.deallocate()
        dist.deallocate()
        seen.deallocate()
        settled.deallocate()
        predNode.deallocate()
        predArc.deallocate()
        heap.deallocate()
        heapPos.deallocate()
        settledList.deallocate()
    }

    // MARK: Solving

    /// Routes every excess to a deficit along shortest paths. False if some excess cannot be
    /// routed (the branch's constraints are infeasible); the state then stays consistent and a
    /// later call (after arcs come back) finishes the job.
    /// With a `deadline`, false also when it passes; the rest then stays pending.
    func resolve(deadline: ContinuousClock.Instant? = nil) -> Bool {
        var i = 0
        while i < pending.count {
            let v = Int(pending[i])
            while excess[v] > 0 {
                if let deadline, ContinuousClock.now >= deadline {
                    pending.removeFirst(i)
                    return false
                }
                if !augment(from: v) {
                    pending.removeFirst(i)
                    return false
                }
            }
            i += 1
        }
        pending.removeAll(keepingCapacity: true)
        return true
    }

    /// One shortest path from `source` to the nearest deficit, and one augmentation.
    private func augment(from source: Int) -> Bool {
        run &+= 1
        if run == 0 {
            for v in 0..<nodeCount { seen[v] = 0; settled[v] = 0 }
            run = 1
        }
        let run = self.run
        let unitCount = self.unitCount, sink = self.sink
        heapCount = 0
        dist[source] = 0
        seen[source] = run
        predNode[source] = -1
        heapPush(source)
        var settledCount = 0
        var target = -1
        while heapCount > 0 {
            let v = heapPop()
            settled[v] = run
            settledList[settledCount] = Int32(v)
            settledCount += 1
            if v != source && excess[v] < 0 { target = v; break }
            let dv = dist[v]
            let pv = potential[v]
            if v < unitCount {
                let s = size[v]
                for a in Int(unitStart[v])..<Int(unitStart[v + 1]) where arcOff[a] == 0 && flow[a] < s {
                    let w = unitCount + Int(arcHost[a])
                    if settled[w] == run { continue }
                    relax(w, dv + arcCost[a] + pv - potential[w], from: v, arc: Int32(a), run: run)
                }
                if bypassOff[v] == 0 && bypass[v] < s && settled[sink] != run {
                    relax(sink, dv + pv - potential[sink], from: v, arc: -1, run: run)
                }
            } else if v < sink {
                let h = v - unitCount
                let slots = Int(hostSlotStart[h])
                for k in slots..<(slots + Int(hostSlotCount[h])) {
                    let a = Int(hostSlots[k])
                    let w = Int(arcUnit[a])
                    if settled[w] == run { continue }
                    relax(w, dv - arcCost[a] + pv - potential[w], from: v, arc: Int32(a), run: run)
                }
                if load[h] < capacity[h] && settled[sink] != run {
                    relax(sink, dv + pv - potential[sink], from: v, arc: -1, run: run)
                }
            } else {
                // The sink: back along loaded host → T arcs and used bypasses.
                for h in 0..<hostCount where load[h] > 0 {
                    let w = unitCount + h
                    if settled[w] == run { continue }
                    relax(w, dv + pv - potential[w], from: v, arc: -1, run: run)
                }
                for u in 0..<unitCount where bypass[u] > 0 && settled[u] != run {
                    relax(u, dv + pv - potential[u], from: v, arc: -1, run: run)
                }
            }
        }
        // Clear what is left in the heap.
        for k in 0..<heapCount { heapPos[Int(heap[k])] = -1 }
        heapCount = 0
        settledNodes += settledCount
        guard target >= 0 else { return false }

        // Potentials: settled nodes move by their distance below the target's.
        let dt = dist[target]
        for k in 0..<settledCount {
            let v = Int(settledList[k])
            potential[v] += dist[v] - dt
        }

        // Bottleneck.
        var delta = min(excess[source], -excess[target])
        var w = target
        while w != source {
            let v = Int(predNode[w])
            delta = min(delta, residual(from: v, to: w, arc: Int(predArc[w])))
            w = v
        }
        precondition(delta > 0, "zero augmentation")
        w = target
        let d32 = Int32(delta)
        while w != source {
            let v = Int(predNode[w])
            push(from: v, to: w, arc: Int(predArc[w]), amount: d32)
            w = v
        }
        excess[source] -= delta
        excess[target] += delta
        augmentations += 1
        return true
    }

    @inline(__always)
    private func relax(_ w: Int, _ d: Int64, from v: Int, arc: Int32, run: UInt32) {
        if seen[w] != run {
            seen[w] = run
            dist[w] = d
            predNode[w] = Int32(v)
            predArc[w] = arc
            heapPush(w)
        } else if d < dist[w] {
            dist[w] = d
            predNode[w] = Int32(v)
            predArc[w] = arc
            heapUp(Int(heapPos[w]))
        }
    }

    private func residual(from v: Int, to w: Int, arc: Int) -> Int64 {
        if v < unitCount {
            if w == sink { return Int64(size[v] - bypass[v]) }
            return Int64(size[v] - flow[arc])
        } else if v < sink {
            let h = v - unitCount
            if w == sink { return Int64(capacity[h] - load[h]) }
            return Int64(flow[arc])
        } else {
            if w < unitCount { return Int64(bypass[w]) }
            return Int64(load[w - unitCount])
        }
    }

    private func push(from v: Int, to w: Int, arc: Int, amount: Int32) {
        if v < unitCount {
            if w == sink { bypass[v] += amount } else { addFlow(arc, amount) }
        } else if v < sink {
            let h = v - unitCount
            if w == sink { load[h] += amount } else { addFlow(arc, -amount) }
        } else {
            if w < unitCount { bypass[w] -= amount } else { load[w - unitCount] -= amount }
        }
    }

    /// Changes an arc's flow, keeping its host's list of flow-carrying arcs.
    @inline(__always)
    private func addFlow(_ a: Int, _ amount: Int32) {
        let before = flow[a]
        let after = before + amount
        if trialOpen { note(.flow, a, before) }
        flow[a] = after
        let h = Int(arcHost[a])
        if before == 0 && after > 0 {
            let k = Int(hostSlotStart[h] + hostSlotCount[h])
            if trialOpen {
                note(.hostSlot, k, hostSlots[k])
                note(.arcSlot, a, arcSlot[a])
            }
            hostSlots[k] = Int32(a)
            arcSlot[a] = Int32(k)
            hostSlotCount[h] += 1
            unitFlowArcs[Int(arcUnit[a])] += 1
        } else if before > 0 && after == 0 {
            unitFlowArcs[Int(arcUnit[a])] -= 1
            let k = Int(arcSlot[a])
            let last = Int(hostSlotStart[h] + hostSlotCount[h]) - 1
            let moved = hostSlots[last]
            if trialOpen {
                note(.hostSlot, k, hostSlots[k])
                note(.arcSlot, Int(moved), arcSlot[Int(moved)])
                note(.hostSlot, last, hostSlots[last])
                note(.arcSlot, a, arcSlot[a])
            }
            hostSlots[k] = moved
            arcSlot[Int(moved)] = Int32(k)
            hostSlots[last] = -1
            arcSlot[a] = -1
            hostSlotCount[h] -= 1
        }
    }

    // MARK: Branching

    /// Switches a unit → host arc off (one more decision); its flow goes back to the unit.
    func switchOff(arc a: Int) {
        if trialOpen { note(.arcOff, a, Int32(arcOff[a])) }
        arcOff[a] += 1
        let f = flow[a]
        if f > 0 {
            addFlow(a, -f)
            let u = Int(arcUnit[a])
            excess[u] += Int64(f)
            excess[unitCount + Int(arcHost[a])] -= Int64(f)
            pending.append(Int32(u))
        }
    }

    /// Undoes one `switchOff`. The arc may come back with a negative reduced cost: then the
    /// unit starts over (its flow back as excess, its potential raised over all its arcs).
    func switchOn(arc a: Int) {
        if trialOpen { note(.arcOff, a, Int32(arcOff[a])) }
        arcOff[a] -= 1
        guard arcOff[a] == 0 else { return }
        let u = Int(arcUnit[a])
        let w = unitCount + Int(arcHost[a])
        if arcCost[a] + potential[u] - potential[w] < 0 {
            if unitHasFlow(u) {
                restart(unit: u)
            } else {
                // No flow: nothing enters the unit in the residual graph, its potential may rise.
                potential[u] = potential[w] - arcCost[a]
            }
        }
    }

    func switchOffBypass(unit u: Int) {
        bypassOff[u] += 1
        let f = bypass[u]
        if f > 0 {
            bypass[u] = 0
            excess[u] += Int64(f)
            excess[sink] -= Int64(f)
            pending.append(Int32(u))
        }
    }

    func switchOnBypass(unit u: Int) {
        bypassOff[u] -= 1
        guard bypassOff[u] == 0 else { return }
        if potential[u] - potential[sink] < 0 {
            if unitHasFlow(u) { restart(unit: u) } else { potential[u] = potential[sink] }
        }
    }

    @inline(__always)
    private func unitHasFlow(_ u: Int) -> Bool {
        bypass[u] > 0 || unitFlowArcs[u] > 0
    }

    /// Takes all of a unit's flow back (the unit has no other incoming residual arcs), so its
    /// potential can rise until every arc out of it has a reduced cost ≥ 0.
    private func restart(unit u: Int) {
        for a in Int(unitStart[u])..<Int(unitStart[u + 1]) where flow[a] > 0 {
            let f = flow[a]
            addFlow(a, -f)
            excess[u] += Int64(f)
            excess[unitCount + Int(arcHost[a])] -= Int64(f)
        }
        if bypass[u] > 0 {
            excess[u] += Int64(bypass[u])
            excess[sink] -= Int64(bypass[u])
            bypass[u] = 0
        }
        var p = potential[u]
        if bypassOff[u] == 0 { p = max(p, potential[sink]) }
        for a in Int(unitStart[u])..<Int(unitStart[u + 1]) where arcOff[a] == 0 {
            p = max(p, potential[unitCount + Int(arcHost[a])] - arcCost[a])
        }
        potential[u] = p
        pending.append(Int32(u))
    }

    // MARK: Snapshots

    /// The whole mutable state, for heuristics that switch many arcs and want the node back
    /// as it was (copying is much cheaper than re-solving).
    struct Snapshot {
        fileprivate var flow: [Int32], bypass: [Int32], load: [Int32], excess: [Int64], potential: [Int64]
        fileprivate var hostSlots: [Int32], hostSlotCount: [Int32], arcSlot: [Int32], unitFlowArcs: [Int32]
        fileprivate var arcOff: [UInt16], bypassOff: [UInt16], pending: [Int32]
    }

    func snapshot() -> Snapshot {
        func copy<T>(_ p: UnsafeMutablePointer<T>, _ n: Int) -> [T] { Array(UnsafeBufferPointer(start: p, count: n)) }
        return Snapshot(flow: copy(flow, arcCount), bypass: copy(bypass, unitCount), load: copy(load, hostCount),
                        excess: copy(excess, nodeCount), potential: copy(potential, nodeCount),
                        hostSlots: copy(hostSlots, arcCount), hostSlotCount: copy(hostSlotCount, hostCount),
                        arcSlot: copy(arcSlot, arcCount), unitFlowArcs: copy(unitFlowArcs, unitCount),
                        arcOff: copy(arcOff, arcCount), bypassOff: copy(bypassOff, unitCount), pending: pending)
    }

    func restore(_ s: Snapshot) {
        func put<T>(_ a: [T], _ p: UnsafeMutablePointer<T>) {
            a.withUnsafeBufferPointer { if let base = $0.baseAddress { p.update(from: base, count: $0.count) } }
        }
        put(s.flow, flow); put(s.bypass, bypass); put(s.load, load); put(s.excess, excess)
        put(s.potential, potential); put(s.hostSlots, hostSlots); put(s.hostSlotCount, hostSlotCount)
        put(s.arcSlot, arcSlot); put(s.unitFlowArcs, unitFlowArcs); put(s.arcOff, arcOff); put(s.bypassOff, bypassOff)
        pending = s.pending
    }

    // MARK: Trials

    private enum JournalField: UInt8 { case flow, hostSlot, arcSlot, arcOff }
    private struct JournalEntry {
        var field: JournalField
        var index: Int32
        var old: Int32
    }

    @inline(__always)
    private func note(_ field: JournalField, _ index: Int, _ old: Int32) {
        journal.append(JournalEntry(field: field, index: Int32(index), old: old))
    }

    /// Opens a trial: what follows (switching arcs, re-solving) can be undone by `rollBack()`
    /// in time proportional to the nodes and the arcs it touched, where `restore` copies every
    /// arc (measured: fix and flow tries a move and undoes it thousands of times).
    func beginTrial() {
        precondition(!trialOpen, "trials do not nest")
        func copy<T>(_ p: UnsafeMutablePointer<T>, _ n: Int) -> [T] { Array(UnsafeBufferPointer(start: p, count: n)) }
        trialNodes = Snapshot(flow: [], bypass: copy(bypass, unitCount), load: copy(load, hostCount),
                              excess: copy(excess, nodeCount), potential: copy(potential, nodeCount),
                              hostSlots: [], hostSlotCount: copy(hostSlotCount, hostCount), arcSlot: [],
                              unitFlowArcs: copy(unitFlowArcs, unitCount), arcOff: [],
                              bypassOff: copy(bypassOff, unitCount), pending: pending)
        journal.removeAll(keepingCapacity: true)
        trialOpen = true
    }

    /// Keeps everything since `beginTrial()` and closes the trial.
    func commitTrial() {
        precondition(trialOpen, "no open trial")
        trialOpen = false
        journal.removeAll(keepingCapacity: true)
        trialNodes = nil
    }

    /// Undoes everything since `beginTrial()`.
    func rollBack() {
        precondition(trialOpen, "no open trial")
        trialOpen = false
        for entry in journal.reversed() {
            let i = Int(entry.index)
            switch entry.field {
            case .flow: flow[i] = entry.old
            case .hostSlot: hostSlots[i] = entry.old
            case .arcSlot: arcSlot[i] = entry.old
            case .arcOff: arcOff[i] = UInt16(entry.old)
            }
        }
        journal.removeAll(keepingCapacity: true)
        if let s = trialNodes {
            func put<T>(_ a: [T], _ p: UnsafeMutablePointer<T>) {
                a.withUnsafeBufferPointer { if let base = $0.baseAddress { p.update(from: base, count: $0.count) } }
            }
            put(s.bypass, bypass); put(s.load, load); put(s.excess, excess); put(s.potential, potential)
            put(s.hostSlotCount, hostSlotCount); put(s.unitFlowArcs, unitFlowArcs); put(s.bypassOff, bypassOff)
            pending = s.pending
        }
        trialNodes = nil
    }

    // MARK: Reading the flow

    /// Total profit of the current flow (the LP value, scaled).
    func profit() -> Int64 {
        var total: Int64 = 0
        for h in 0..<hostCount {
            let start = Int(hostSlotStart[h])
            for k in start..<(start + Int(hostSlotCount[h])) {
                let a = Int(hostSlots[k])
                total -= Int64(flow[a]) * arcCost[a]
            }
        }
        return total
    }

    // MARK: Heap (binary, indexed by node, keyed by dist)

    @inline(__always)
    private func heapPush(_ v: Int) {
        heap[heapCount] = Int32(v)
        heapPos[v] = Int32(heapCount)
        heapCount += 1
        heapUp(heapCount - 1)
    }

    @inline(__always)
    private func heapUp(_ start: Int) {
        var i = start
        let v = heap[i]
        let key = dist[Int(v)]
        while i > 0 {
            let parent = (i - 1) >> 1
            let p = heap[parent]
            // Ties: the smaller node id first (deterministic and input-ordered).
            let pk = dist[Int(p)]
            if pk < key || (pk == key && p < v) { break }
            heap[i] = p
            heapPos[Int(p)] = Int32(i)
            i = parent
        }
        heap[i] = v
        heapPos[Int(v)] = Int32(i)
    }

    @inline(__always)
    private func heapPop() -> Int {
        let top = Int(heap[0])
        heapPos[top] = -1
        heapCount -= 1
        if heapCount > 0 {
            let v = heap[heapCount]
            let key = dist[Int(v)]
            var i = 0
            while true {
                let left = 2 * i + 1
                if left >= heapCount { break }
                var child = left
                var ck = dist[Int(heap[left])]
                let right = left + 1
                if right < heapCount {
                    let rk = dist[Int(heap[right])]
                    if rk < ck || (rk == ck && heap[right] < heap[left]) { child = right; ck = rk }
                }
                let c = heap[child]
                if key < ck || (key == ck && v < c) { break }
                heap[i] = c
                heapPos[Int(c)] = Int32(i)
                i = child
            }
            heap[i] = v
            heapPos[Int(v)] = Int32(i)
        }
        return top
    }
}
