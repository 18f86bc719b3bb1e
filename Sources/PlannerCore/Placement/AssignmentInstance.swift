import Foundation

/// The core placement problem of docs/specs/assignment-instance.md: units (a guest, or a group that
/// stays together) of some size, hosts with free beds, and the allowed (unit, host) pairs with a
/// score. Every placement rule of a visit compiles down to this.
///
/// `parse(json:)` reads the spec's JSON with a dedicated byte-level reader (1.5 M pairs in a
/// fraction of a second) and validates it; an instance built with `init` is validated when it is
/// solved.
public struct AssignmentInstance: Sendable, Equatable {
    public struct Unit: Sendable, Hashable, Codable {
        public var id: String
        /// Beds needed, ≥ 1.
        public var size: Int
        public init(id: String, size: Int) { self.id = id; self.size = size }
    }

    public struct Host: Sendable, Hashable, Codable {
        public var id: String
        /// Free beds, ≥ 0.
        public var capacity: Int
        public init(id: String, capacity: Int) { self.id = id; self.capacity = capacity }
    }

    public struct Pair: Sendable, Hashable {
        public var unit: String
        public var host: String
        public var score: Int
        public init(unit: String, host: String, score: Int) {
            self.unit = unit; self.host = host; self.score = score
        }
    }

    public var units: [Unit] { didSet { indexed = nil } }
    public var hosts: [Host] { didSet { indexed = nil } }
    public var pairs: [Pair] { didSet { indexed = nil } }

    /// The validated, index-based form that `parse` builds on the way (cleared by any change),
    /// so that the solver does not look 1.5 M ids up a second time.
    var indexed: IndexedInstance?

    public init(units: [Unit], hosts: [Host], pairs: [Pair]) {
        self.units = units
        self.hosts = hosts
        self.pairs = pairs
        self.indexed = nil
    }

    public static func == (lhs: AssignmentInstance, rhs: AssignmentInstance) -> Bool {
        lhs.units == rhs.units && lhs.hosts == rhs.hosts && lhs.pairs == rhs.pairs
    }

    /// The largest |score| the spec allows.
    public static let maximumScoreMagnitude = 1_000_000

    /// Reads and validates an instance; the error names the problem in one line.
    public static func parse(json: Data) throws(AssignmentInstanceError) -> AssignmentInstance {
        try InstanceReader.read(json)
    }

    /// Checks the rules of the spec (ids, sizes, capacities, pairs, scores) and returns the
    /// index-based form.
    func validated() throws(AssignmentInstanceError) -> IndexedInstance {
        if let indexed { return indexed }
        var unitIndex: [String: Int32] = [:]
        unitIndex.reserveCapacity(units.count)
        for (i, unit) in units.enumerated() {
            try IndexedInstance.check(unit: unit)
            if unitIndex.updateValue(Int32(i), forKey: unit.id) != nil {
                throw AssignmentInstanceError("duplicate unit id \(quoted(unit.id))")
            }
        }
        var hostIndex: [String: Int32] = [:]
        hostIndex.reserveCapacity(hosts.count)
        for (i, host) in hosts.enumerated() {
            try IndexedInstance.check(host: host)
            if hostIndex.updateValue(Int32(i), forKey: host.id) != nil {
                throw AssignmentInstanceError("duplicate host id \(quoted(host.id))")
            }
        }
        var pairUnit = [Int32](repeating: 0, count: pairs.count)
        var pairHost = [Int32](repeating: 0, count: pairs.count)
        var pairScore = [Int32](repeating: 0, count: pairs.count)
        for (p, pair) in pairs.enumerated() {
            guard let u = unitIndex[pair.unit] else {
                throw AssignmentInstanceError("pairs[\(p)] names an unknown unit \(quoted(pair.unit))")
            }
            guard let h = hostIndex[pair.host] else {
                throw AssignmentInstanceError("pairs[\(p)] names an unknown host \(quoted(pair.host))")
            }
            try IndexedInstance.check(score: pair.score, pair: p, unit: pair.unit, host: pair.host)
            pairUnit[p] = u
            pairHost[p] = h
            pairScore[p] = Int32(pair.score)
        }
        return try IndexedInstance(units: units, hosts: hosts, pairUnit: pairUnit, pairHost: pairHost,
                                   pairScore: pairScore)
    }

    /// The instance in the spec's format (compact: one line per unit, host and pair).
    public func jsonData() -> Data {
        var out = JSONTextWriter()
        out.raw("{\n\"units\": [")
        for (i, unit) in units.enumerated() {
            out.raw(i == 0 ? "\n" : ",\n")
            out.raw("{\"id\": "); out.string(unit.id); out.raw(", \"size\": "); out.int(unit.size); out.raw("}")
        }
        out.raw("\n],\n\"hosts\": [")
        for (i, host) in hosts.enumerated() {
            out.raw(i == 0 ? "\n" : ",\n")
            out.raw("{\"id\": "); out.string(host.id); out.raw(", \"capacity\": "); out.int(host.capacity); out.raw("}")
        }
        out.raw("\n],\n\"pairs\": [")
        for (i, pair) in pairs.enumerated() {
            out.raw(i == 0 ? "\n" : ",\n")
            out.raw("["); out.string(pair.unit); out.raw(", "); out.string(pair.host); out.raw(", ")
            out.int(pair.score); out.raw("]")
        }
        out.raw("\n]\n}\n")
        return out.data
    }
}

/// A malformed instance or an impossible request; `message` is one line naming the problem.
public struct AssignmentInstanceError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// An id as it appears in a message: in quotes, control characters escaped, shortened if huge.
func quoted(_ id: String) -> String {
    var text = id.count > 60 ? String(id.prefix(57)) + "…" : id
    if text.contains(where: { $0.isNewline || $0 == "\"" || $0 == "\\" || ($0.asciiValue.map { $0 < 0x20 } ?? false) }) {
        text = text.unicodeScalars.map { scalar -> String in
            switch scalar {
            case "\"": return "\\\""
            case "\\": return "\\\\"
            case "\n": return "\\n"
            default: return scalar.value < 0x20 ? String(format: "\\u%04x", scalar.value) : String(scalar)
            }
        }.joined()
    }
    return "\"\(text)\""
}
