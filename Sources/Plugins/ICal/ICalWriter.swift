import Foundation
import PlannerCore

/// One content line of RFC 5545 before folding: `NAME;PARAM=value:VALUE`. The value is written
/// as given: text values are escaped by `ICalProperty.text`, structured ones (dates, GEO) are
/// already in their syntax.
struct ICalProperty: Sendable {
    let name: String
    let parameters: [(name: String, value: String)]
    let value: String

    init(_ name: String, _ value: String, parameters: [(name: String, value: String)] = []) {
        self.name = name
        self.value = value
        self.parameters = parameters
    }

    /// A TEXT property: the value escaped (backslash first, then `;`, `,` and line breaks).
    static func text(_ name: String, _ text: String, parameters: [(name: String, value: String)] = []) -> ICalProperty {
        ICalProperty(name, ICalText.escape(text), parameters: parameters)
    }

    /// The unfolded line, without its line break.
    var line: String {
        var line = name
        for parameter in parameters { line += ";\(parameter.name)=\(ICalText.parameterValue(parameter.value))" }
        return line + ":" + value
    }
}

/// A `BEGIN:NAME` … `END:NAME` block: VCALENDAR, VEVENT, VTIMEZONE, STANDARD, DAYLIGHT.
struct ICalComponent: Sendable {
    let name: String
    var properties: [ICalProperty] = []
    var components: [ICalComponent] = []

    init(_ name: String, properties: [ICalProperty] = [], components: [ICalComponent] = []) {
        self.name = name
        self.properties = properties
        self.components = components
    }

    mutating func add(_ property: ICalProperty) { properties.append(property) }
    mutating func add(_ name: String, _ value: String, parameters: [(name: String, value: String)] = []) {
        properties.append(ICalProperty(name, value, parameters: parameters))
    }
    mutating func addText(_ name: String, _ text: String) { properties.append(.text(name, text)) }

    /// The unfolded lines, nested components in place.
    var lines: [String] {
        ["BEGIN:\(name)"] + properties.map(\.line) + components.flatMap(\.lines) + ["END:\(name)"]
    }

    /// The file's bytes: every line folded at 75 octets and ended by CR LF.
    var bytes: [UInt8] { ICalText.serialize(lines) }
}

/// The byte-level rules of RFC 5545 (section 3.1 and 3.3.11).
enum ICalText {
    static let lineBreak: [UInt8] = [0x0D, 0x0A]
    /// Octets per physical line, not counting CR LF.
    static let lineLimit = 75

    /// TEXT escaping: backslash first (so the escapes added next are not escaped again), then
    /// `;` and `,`; a line break (CR LF, LF or CR) becomes `\n`. Other control characters,
    /// which RFC 5545 does not allow in a value, are dropped (a tab becomes a space).
    static func escape(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar {
            case "\\": result.append(contentsOf: "\\\\".unicodeScalars)
            case ";": result.append(contentsOf: "\\;".unicodeScalars)
            case ",": result.append(contentsOf: "\\,".unicodeScalars)
            case "\r":
                if pending == "\n" { pending = scalars.next() }
                result.append(contentsOf: "\\n".unicodeScalars)
            case "\n", "\u{2028}", "\u{2029}", "\u{85}": result.append(contentsOf: "\\n".unicodeScalars)
            case "\t": result.append(" ")
            default:
                if scalar.properties.generalCategory == .control { continue }
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// A parameter value: quoted when it holds `:`, `;` or `,`; double quotes and control
    /// characters, which a parameter value cannot hold, are dropped.
    static func parameterValue(_ value: String) -> String {
        let clean = String(String.UnicodeScalarView(value.unicodeScalars.filter {
            $0 != "\"" && $0.properties.generalCategory != .control
        }))
        return clean.contains(where: { $0 == ":" || $0 == ";" || $0 == "," }) ? "\"\(clean)\"" : clean
    }

    /// Lines as bytes: each folded, each ended by CR LF (also the last).
    static func serialize(_ lines: [String]) -> [UInt8] {
        var bytes: [UInt8] = []
        for line in lines { bytes += fold(Array(line.utf8)) }
        return bytes
    }

    /// One content line folded: at most 75 octets per physical line (a continuation line's
    /// leading space included), never cutting inside a UTF-8 sequence; every physical line
    /// ends with CR LF.
    static func fold(_ line: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(line.count + line.count / 70 * 3 + 2)
        var start = 0
        var limit = lineLimit
        while line.count - start > limit {
            var cut = start + limit
            // Back off to the first byte of a sequence (continuation bytes are 10xxxxxx).
            while cut > start, line[cut] & 0xC0 == 0x80 { cut -= 1 }
            out += line[start..<cut]
            out += lineBreak
            out.append(0x20)
            start = cut
            limit = lineLimit - 1
        }
        out += line[start...]
        out += lineBreak
        return out
    }
}

/// Value formats: DATE, DATE-TIME (local or UTC), UTC-OFFSET.
enum ICalValue {
    /// `20270515`.
    static func date(_ date: CalendarDate) -> String {
        pad(date.year, 4) + pad(date.month, 2) + pad(date.day, 2)
    }

    /// `20270513T170000`: a wall-clock time, to go with a TZID.
    static func local(_ time: LocalDateTime) -> String {
        date(time.date) + "T" + pad(time.time.hour, 2) + pad(time.time.minute, 2) + "00"
    }

    /// `20270513T150000Z`: an instant in UTC, to the second.
    static func utc(_ instant: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        return pad(c.year!, 4) + pad(c.month!, 2) + pad(c.day!, 2) + "T" + pad(c.hour!, 2) + pad(c.minute!, 2) + pad(c.second!, 2) + "Z"
    }

    /// `+0200`, `-0330`, `+053028` (seconds only when there are some).
    static func offset(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let magnitude = abs(seconds)
        let text = sign + pad(magnitude / 3600, 2) + pad(magnitude / 60 % 60, 2)
        return magnitude % 60 == 0 ? text : text + pad(magnitude % 60, 2)
    }

    /// A FLOAT for GEO: six decimals (about 10 cm), a dot whatever the locale, no exponent.
    static func float(_ value: Double) -> String {
        let micro = Int((value * 1_000_000).rounded())
        let sign = micro < 0 ? "-" : ""
        return sign + String(abs(micro) / 1_000_000) + "." + pad(abs(micro) % 1_000_000, 6)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
