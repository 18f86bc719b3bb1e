/// A validated instance in flat arrays: pairs by unit and host index, in input order.
struct IndexedInstance: Sendable {
    var unitSize: [Int]
    var hostCapacity: [Int]
    var pairUnit: [Int32]
    var pairHost: [Int32]
    var pairScore: [Int32]

    /// Validates what `parse` and `validated()` cannot see pair by pair: duplicate pairs.
    init(units: [AssignmentInstance.Unit], hosts: [AssignmentInstance.Host],
         pairUnit: [Int32], pairHost: [Int32], pairScore: [Int32]) throws(AssignmentInstanceError) {
        unitSize = units.map(\.size)
        hostCapacity = hosts.map(\.capacity)
        self.pairUnit = pairUnit
        self.pairHost = pairHost
        self.pairScore = pairScore
        // Duplicate pairs: bucket the pairs by unit (counting sort), then mark hosts per unit.
        let unitCount = units.count
        var start = [Int32](repeating: 0, count: unitCount + 1)
        for u in pairUnit { start[Int(u) + 1] &+= 1 }
        for i in 0..<unitCount { start[i + 1] &+= start[i] }
        var fill = start
        var order = [Int32](repeating: 0, count: pairUnit.count)
        for p in 0..<pairUnit.count {
            let u = Int(pairUnit[p])
            order[Int(fill[u])] = Int32(p)
            fill[u] &+= 1
        }
        var mark = [Int32](repeating: -1, count: hosts.count)
        var firstPair = [Int32](repeating: 0, count: hosts.count)
        for u in 0..<unitCount {
            for k in Int(start[u])..<Int(start[u + 1]) {
                let p = Int(order[k])
                let h = Int(pairHost[p])
                if mark[h] == Int32(u) {
                    throw AssignmentInstanceError(
                        "duplicate pair (\(quoted(units[u].id)), \(quoted(hosts[h].id))) at pairs[\(firstPair[h])] and pairs[\(p)]")
                }
                mark[h] = Int32(u)
                firstPair[h] = Int32(p)
            }
        }
    }

    static func check(unit: AssignmentInstance.Unit) throws(AssignmentInstanceError) {
        if unit.size < 0 {
            throw AssignmentInstanceError("unit \(quoted(unit.id)) has a negative size (\(unit.size))")
        }
        if unit.size == 0 {
            throw AssignmentInstanceError("unit \(quoted(unit.id)) has size 0 (a unit needs at least 1 bed)")
        }
        if unit.size > 1_000_000 {
            throw AssignmentInstanceError("unit \(quoted(unit.id)) has an implausible size (\(unit.size))")
        }
    }

    static func check(host: AssignmentInstance.Host) throws(AssignmentInstanceError) {
        if host.capacity < 0 {
            throw AssignmentInstanceError("host \(quoted(host.id)) has a negative capacity (\(host.capacity))")
        }
        if host.capacity > 1_000_000_000 {
            throw AssignmentInstanceError("host \(quoted(host.id)) has an implausible capacity (\(host.capacity))")
        }
    }

    static func check(score: Int, pair: Int, unit: @autoclosure () -> String,
                      host: @autoclosure () -> String) throws(AssignmentInstanceError) {
        if score > AssignmentInstance.maximumScoreMagnitude || score < -AssignmentInstance.maximumScoreMagnitude {
            throw AssignmentInstanceError(
                "pairs[\(pair)] (\(quoted(unit())), \(quoted(host()))) has score \(score); |score| must be at most 1000000")
        }
    }
}
