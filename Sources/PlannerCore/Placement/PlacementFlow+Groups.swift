/// Reading and holding groups (units of size > 1) in the flow, for branch and bound and its
/// heuristics.
extension PlacementFlow {
    /// A unit is whole when one arc (or the bypass) carries all of it.
    @inline(__always)
    func isWhole(unit u: Int) -> Bool {
        let s = size[u]
        if bypass[u] == s { return true }
        if bypass[u] > 0 { return false }
        for a in Int(unitStart[u])..<Int(unitStart[u + 1]) where flow[a] > 0 {
            return flow[a] == s
        }
        return false
    }

    /// Switches off every open arc of unit `u` except `keep` (-1: all of them); returns them so
    /// the caller can switch them back on.
    @discardableResult
    func holdWhole(unit u: Int, on keep: Int) -> [Int] {
        var switched: [Int] = []
        for a in Int(unitStart[u])..<Int(unitStart[u + 1]) where a != keep && arcOff[a] == 0 {
            switchOff(arc: a)
            switched.append(a)
        }
        return switched
    }
}
