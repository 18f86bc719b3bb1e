import Foundation

/// A byte-level reader for exactly the instance format (JSONDecoder needs seconds for 1.5 M
/// pairs). Whitespace and key order are free, unknown keys are skipped; every error is one line
/// naming the problem and, for syntax, the line and column.
struct InstanceReader: ~Copyable {
    private let base: UnsafePointer<UInt8>
    private let count: Int
    private var position = 0

    private var units: [AssignmentInstance.Unit] = []
    private var hosts: [AssignmentInstance.Host] = []
    private var unitTable = IDTable()
    private var hostTable = IDTable()
    private var pairs: [AssignmentInstance.Pair] = []
    private var pairUnit: [Int32] = []
    private var pairHost: [Int32] = []
    private var pairScore: [Int32] = []

    private init(base: UnsafePointer<UInt8>, count: Int) {
        self.base = base
        self.count = count
    }

    static func read(_ data: Data) throws(AssignmentInstanceError) -> AssignmentInstance {
        let result: Result<AssignmentInstance, AssignmentInstanceError> = data.withUnsafeBytes { raw in
            guard let pointer = raw.baseAddress?.assumingMemoryBound(to: UInt8.self), raw.count > 0 else {
                return .failure(AssignmentInstanceError("not JSON: the file is empty"))
            }
            var reader = InstanceReader(base: pointer, count: raw.count)
            do throws(AssignmentInstanceError) {
                return .success(try reader.document())
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    // MARK: Document

    private mutating func document() throws(AssignmentInstanceError) -> AssignmentInstance {
        // A UTF-8 byte order mark is tolerated.
        if count >= 3, base[0] == 0xEF, base[1] == 0xBB, base[2] == 0xBF { position = 3 }
        skipSpace()
        try expect(UInt8(ascii: "{"), "an object ({) at the top level")
        var seenUnits = false, seenHosts = false, seenPairs = false
        var deferredPairs: Int?
        skipSpace()
        if peek() == UInt8(ascii: "}") {
            position += 1
        } else {
            while true {
                skipSpace()
                let key = try stringValue("a key")
                skipSpace()
                try expect(UInt8(ascii: ":"), "':' after the key \(quoted(key))")
                skipSpace()
                switch key {
                case "units":
                    if seenUnits { throw AssignmentInstanceError("the key \"units\" appears twice") }
                    seenUnits = true
                    try unitList()
                case "hosts":
                    if seenHosts { throw AssignmentInstanceError("the key \"hosts\" appears twice") }
                    seenHosts = true
                    try hostList()
                case "pairs":
                    if seenPairs { throw AssignmentInstanceError("the key \"pairs\" appears twice") }
                    seenPairs = true
                    if seenUnits && seenHosts {
                        try pairList()
                    } else {
                        // Ids are resolved against units and hosts: read the pairs after them.
                        deferredPairs = position
                        try skipValue()
                    }
                default:
                    try skipValue()
                }
                skipSpace()
                if peek() == UInt8(ascii: ",") { position += 1; continue }
                try expect(UInt8(ascii: "}"), "',' or '}' in the top-level object")
                break
            }
        }
        skipSpace()
        if position < count { throw syntax("unexpected text after the top-level object") }
        if !seenUnits { throw AssignmentInstanceError("the instance has no \"units\" key") }
        if !seenHosts { throw AssignmentInstanceError("the instance has no \"hosts\" key") }
        if !seenPairs { throw AssignmentInstanceError("the instance has no \"pairs\" key") }
        if let deferredPairs {
            position = deferredPairs
            try pairList()
        }
        let indexed = try IndexedInstance(units: units, hosts: hosts, pairUnit: pairUnit,
                                          pairHost: pairHost, pairScore: pairScore)
        var instance = AssignmentInstance(units: units, hosts: hosts, pairs: pairs)
        instance.indexed = indexed
        return instance
    }

    private mutating func unitList() throws(AssignmentInstanceError) {
        try expect(UInt8(ascii: "["), "an array for \"units\"")
        try elements { (reader: inout InstanceReader, index: Int) throws(AssignmentInstanceError) in
            let (id, size) = try reader.record(kind: "units", index: index, numberKey: "size")
            let unit = AssignmentInstance.Unit(id: id, size: size)
            try IndexedInstance.check(unit: unit)
            let added = reader.unitTable.insert(Array(id.utf8), index: Int32(reader.units.count))
            if !added { throw AssignmentInstanceError("duplicate unit id \(quoted(id))") }
            reader.units.append(unit)
        }
    }

    private mutating func hostList() throws(AssignmentInstanceError) {
        try expect(UInt8(ascii: "["), "an array for \"hosts\"")
        try elements { (reader: inout InstanceReader, index: Int) throws(AssignmentInstanceError) in
            let (id, capacity) = try reader.record(kind: "hosts", index: index, numberKey: "capacity")
            let host = AssignmentInstance.Host(id: id, capacity: capacity)
            try IndexedInstance.check(host: host)
            let added = reader.hostTable.insert(Array(id.utf8), index: Int32(reader.hosts.count))
            if !added { throw AssignmentInstanceError("duplicate host id \(quoted(id))") }
            reader.hosts.append(host)
        }
    }

    /// `{"id": "…", "<numberKey>": n}` with the keys in any order.
    private mutating func record(kind: String, index: Int, numberKey: String) throws(AssignmentInstanceError) -> (String, Int) {
        skipSpace()
        guard peek() == UInt8(ascii: "{") else { throw syntax("expected an object in \"\(kind)\"[\(index)]") }
        position += 1
        var id: String?
        var number: Int?
        skipSpace()
        if peek() == UInt8(ascii: "}") {
            position += 1
        } else {
            while true {
                skipSpace()
                let key = try stringValue("a key in \"\(kind)\"[\(index)]")
                skipSpace()
                try expect(UInt8(ascii: ":"), "':' after \(quoted(key))")
                skipSpace()
                if key == "id" {
                    guard peek() == UInt8(ascii: "\"") else {
                        throw syntax("\"\(kind)\"[\(index)]: \"id\" must be a string")
                    }
                    id = try stringValue("an id")
                } else if key == numberKey {
                    number = try integer("\"\(kind)\"[\(index)]: \"\(numberKey)\"")
                } else {
                    try skipValue()
                }
                skipSpace()
                if peek() == UInt8(ascii: ",") { position += 1; continue }
                try expect(UInt8(ascii: "}"), "',' or '}' in \"\(kind)\"[\(index)]")
                break
            }
        }
        guard let id else { throw AssignmentInstanceError("\"\(kind)\"[\(index)] has no \"id\"") }
        guard let number else { throw AssignmentInstanceError("\"\(kind)\"[\(index)] (\(quoted(id))) has no \"\(numberKey)\"") }
        return (id, number)
    }

    private mutating func pairList() throws(AssignmentInstanceError) {
        try expect(UInt8(ascii: "["), "an array for \"pairs\"")
        let estimate = max(16, (count - position) / 24)
        pairs.reserveCapacity(estimate)
        pairUnit.reserveCapacity(estimate)
        pairHost.reserveCapacity(estimate)
        pairScore.reserveCapacity(estimate)
        var scratch: [UInt8] = []
        try elements { (reader: inout InstanceReader, index: Int) throws(AssignmentInstanceError) in
            reader.skipSpace()
            guard reader.peek() == UInt8(ascii: "[") else {
                throw reader.syntax("expected a [unit, host, score] array in \"pairs\"[\(index)]")
            }
            reader.position += 1
            reader.skipSpace()
            let u = try reader.lookUp(in: reader.unitTable, scratch: &scratch, what: "unit", pair: index)
            reader.skipSpace()
            try reader.expect(UInt8(ascii: ","), "',' after the unit in \"pairs\"[\(index)]")
            reader.skipSpace()
            let h = try reader.lookUp(in: reader.hostTable, scratch: &scratch, what: "host", pair: index)
            reader.skipSpace()
            try reader.expect(UInt8(ascii: ","), "',' after the host in \"pairs\"[\(index)]")
            reader.skipSpace()
            let score = try reader.integer("\"pairs\"[\(index)]: the score")
            reader.skipSpace()
            try reader.expect(UInt8(ascii: "]"), "']' closing \"pairs\"[\(index)] (a pair is [unit, host, score])")
            let unitID = reader.units[Int(u)].id, hostID = reader.hosts[Int(h)].id
            try IndexedInstance.check(score: score, pair: index, unit: unitID, host: hostID)
            reader.pairs.append(AssignmentInstance.Pair(unit: unitID, host: hostID, score: score))
            reader.pairUnit.append(u)
            reader.pairHost.append(h)
            reader.pairScore.append(Int32(score))
        }
    }

    /// A string naming a known unit or host, looked up by its bytes (no String is made).
    private mutating func lookUp(in table: IDTable, scratch: inout [UInt8], what: String,
                                 pair: Int) throws(AssignmentInstanceError) -> Int32 {
        guard peek() == UInt8(ascii: "\"") else {
            throw syntax("\"pairs\"[\(pair)]: the \(what) must be a string id")
        }
        let (start, end, escaped) = try scanString()
        let found: Int32
        if escaped {
            scratch.removeAll(keepingCapacity: true)
            try decode(start, end, into: &scratch)
            found = scratch.withUnsafeBufferPointer { table.find($0.baseAddress!, $0.count) }
        } else {
            found = table.find(base + start, end - start)
        }
        if found < 0 {
            var bytes: [UInt8] = []
            if escaped { bytes = scratch } else { bytes = Array(UnsafeBufferPointer(start: base + start, count: end - start)) }
            throw AssignmentInstanceError("\"pairs\"[\(pair)] names an unknown \(what) \(quoted(String(decoding: bytes, as: UTF8.self)))")
        }
        return found
    }

    /// Reads `[ e, e, … ]` after the opening bracket, calling `body` for each element.
    private mutating func elements(_ body: (inout InstanceReader, Int) throws(AssignmentInstanceError) -> Void) throws(AssignmentInstanceError) {
        skipSpace()
        if peek() == UInt8(ascii: "]") { position += 1; return }
        var index = 0
        while true {
            try body(&self, index)
            index += 1
            skipSpace()
            let byte = peek()
            if byte == UInt8(ascii: ",") { position += 1; continue }
            if byte == UInt8(ascii: "]") { position += 1; return }
            throw syntax("expected ',' or ']' in an array")
        }
    }

    // MARK: Scalars

    @inline(__always)
    private func peek() -> UInt8 { position < count ? base[position] : 0 }

    @inline(__always)
    private mutating func skipSpace() {
        while position < count {
            let byte = base[position]
            if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { position += 1 } else { return }
        }
    }

    private mutating func expect(_ byte: UInt8, _ what: @autoclosure () -> String) throws(AssignmentInstanceError) {
        guard position < count, base[position] == byte else { throw syntax("expected \(what())") }
        position += 1
    }

    /// An integer (a number with a zero fraction, like 3.0, is accepted as that integer).
    private mutating func integer(_ what: @autoclosure () -> String) throws(AssignmentInstanceError) -> Int {
        var negative = false
        if peek() == UInt8(ascii: "-") { negative = true; position += 1 }
        let start = position
        var value = 0
        while position < count {
            let digit = base[position] &- 48
            if digit > 9 { break }
            if position - start >= 18 { throw AssignmentInstanceError("\(what()) is too large a number") }
            value = value &* 10 &+ Int(digit)
            position += 1
        }
        if position == start { throw syntax("\(what()) must be an integer") }
        if peek() == UInt8(ascii: ".") {
            position += 1
            let fractionStart = position
            while position < count, base[position] == UInt8(ascii: "0") { position += 1 }
            let digit = peek() &- 48
            if position == fractionStart || digit <= 9 { throw syntax("\(what()) must be an integer") }
        }
        let next = peek()
        if next == UInt8(ascii: "e") || next == UInt8(ascii: "E") { throw syntax("\(what()) must be an integer without exponent") }
        return negative ? -value : value
    }

    /// Scans a string at `position` (on its opening quote); returns the raw byte range.
    private mutating func scanString() throws(AssignmentInstanceError) -> (Int, Int, Bool) {
        position += 1
        let start = position
        var escaped = false
        while position < count {
            let byte = base[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return (start, position - 1, escaped)
            }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                position += 2
                continue
            }
            if byte < 0x20 { throw syntax("control character inside a string") }
            position += 1
        }
        throw syntax("unterminated string")
    }

    private func decode(_ start: Int, _ end: Int, into out: inout [UInt8]) throws(AssignmentInstanceError) {
        var i = start
        while i < end {
            let byte = base[i]
            if byte != UInt8(ascii: "\\") { out.append(byte); i += 1; continue }
            guard i + 1 < end else { throw syntaxAt(i, "bad escape in a string") }
            let code = base[i + 1]
            i += 2
            switch code {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(code)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4(at: i, end: end)
                i += 4
                if scalar >= 0xD800 && scalar < 0xDC00 {
                    guard i + 6 <= end, base[i] == UInt8(ascii: "\\"), base[i + 1] == UInt8(ascii: "u") else {
                        throw syntaxAt(i, "unpaired surrogate in a string")
                    }
                    let low = try hex4(at: i + 2, end: end)
                    guard low >= 0xDC00 && low < 0xE000 else { throw syntaxAt(i, "unpaired surrogate in a string") }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                } else if scalar >= 0xDC00 && scalar < 0xE000 {
                    throw syntaxAt(i, "unpaired surrogate in a string")
                }
                out.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar)!)).utf8))
            default:
                throw syntaxAt(i - 2, "bad escape in a string")
            }
        }
    }

    private func hex4(at i: Int, end: Int) throws(AssignmentInstanceError) -> UInt32 {
        guard i + 4 <= end else { throw syntaxAt(i, "bad \\u escape in a string") }
        var value: UInt32 = 0
        for k in 0..<4 {
            let c = base[i + k]
            let digit: UInt32
            switch c {
            case 48...57: digit = UInt32(c - 48)
            case 65...70: digit = UInt32(c - 55)
            case 97...102: digit = UInt32(c - 87)
            default: throw syntaxAt(i, "bad \\u escape in a string")
            }
            value = value << 4 | digit
        }
        return value
    }

    /// A whole string value as a Swift String (keys and unit/host ids).
    private mutating func stringValue(_ what: @autoclosure () -> String) throws(AssignmentInstanceError) -> String {
        guard peek() == UInt8(ascii: "\"") else { throw syntax("expected \(what()) (a string)") }
        let (start, end, escaped) = try scanString()
        var bytes: [UInt8] = []
        if escaped {
            try decode(start, end, into: &bytes)
        } else {
            bytes = Array(UnsafeBufferPointer(start: base + start, count: end - start))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw syntaxAt(start, "a string is not valid UTF-8")
        }
        return text
    }

    /// Skips any JSON value (unknown keys; pairs read later).
    private mutating func skipValue() throws(AssignmentInstanceError) {
        skipSpace()
        let byte = peek()
        switch byte {
        case UInt8(ascii: "\""):
            _ = try scanString()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            while position < count {
                let c = base[position]
                if c == UInt8(ascii: "\"") { _ = try scanString(); continue }
                if c == UInt8(ascii: "{") || c == UInt8(ascii: "[") { depth += 1 }
                if c == UInt8(ascii: "}") || c == UInt8(ascii: "]") {
                    depth -= 1
                    if depth == 0 { position += 1; return }
                }
                position += 1
            }
            throw syntax("unterminated array or object")
        case UInt8(ascii: "-"), 48...57:
            position += 1
            while position < count, let c = Optional(base[position]),
                  (c >= 48 && c <= 57) || c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E")
                    || c == UInt8(ascii: "+") || c == UInt8(ascii: "-") {
                position += 1
            }
        default:
            for word in ["true", "false", "null"] where matches(word) {
                position += word.utf8.count
                return
            }
            throw syntax(position < count ? "unexpected character" : "unexpected end of the file")
        }
    }

    private func matches(_ word: String) -> Bool {
        let bytes = Array(word.utf8)
        guard position + bytes.count <= count else { return false }
        for k in 0..<bytes.count where base[position + k] != bytes[k] { return false }
        return true
    }

    // MARK: Errors

    private func syntax(_ message: String) -> AssignmentInstanceError { syntaxAt(position, message) }

    private func syntaxAt(_ offset: Int, _ message: String) -> AssignmentInstanceError {
        var line = 1, column = 1
        var i = 0
        let end = min(offset, count)
        while i < end {
            if base[i] == 0x0A { line += 1; column = 1 } else if base[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        let found: String
        if offset >= count {
            found = "end of file"
        } else {
            let c = base[offset]
            found = c >= 0x20 && c < 0x7F ? "'\(Character(Unicode.Scalar(c)))'" : String(format: "byte 0x%02X", c)
        }
        return AssignmentInstanceError("not valid instance JSON at line \(line), column \(column): \(message) (found \(found))")
    }
}

/// Open addressing over the ids' UTF-8 bytes: the pairs' 3 M lookups never build a String.
struct IDTable {
    private var bytes: [UInt8] = []
    private var offsets: [Int] = [0]
    private var slots: [Int32] = [Int32](repeating: -1, count: 16)
    private var used = 0

    @inline(__always)
    private static func hash(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for k in 0..<n { h = (h ^ UInt64(p[k])) &* 0x100000001b3 }
        return h ^ (h >> 29)
    }

    /// Adds an id; false if it is already there.
    mutating func insert(_ id: [UInt8], index: Int32) -> Bool {
        let exists = id.withUnsafeBufferPointer { find($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, $0.count) >= 0 }
        if exists { return false }
        if (used + 1) * 2 > slots.count { grow() }
        bytes.append(contentsOf: id)
        offsets.append(bytes.count)
        precondition(Int(index) == used)
        place(index)
        used += 1
        return true
    }

    private mutating func place(_ index: Int32) {
        let start = offsets[Int(index)], end = offsets[Int(index) + 1]
        let mask = slots.count - 1
        var slot = bytes.withUnsafeBufferPointer {
            Int(truncatingIfNeeded: Self.hash(($0.baseAddress ?? UnsafePointer(bitPattern: 1)!) + start, end - start)) & mask
        }
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = index
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        for index in 0..<used { place(Int32(index)) }
    }

    /// The index of the id with these bytes, or -1.
    func find(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int32 {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: Self.hash(p, n)) & mask
        return bytes.withUnsafeBufferPointer { stored in
            offsets.withUnsafeBufferPointer { offsets in
                slots.withUnsafeBufferPointer { slots in
                    while true {
                        let index = slots[slot]
                        if index < 0 { return -1 }
                        let start = offsets[Int(index)], end = offsets[Int(index) + 1]
                        if end - start == n && (n == 0 || memcmp(stored.baseAddress! + start, p, n) == 0) { return index }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }
}
