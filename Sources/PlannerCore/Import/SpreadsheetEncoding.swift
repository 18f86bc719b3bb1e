/// A text encoding the reader understands. Exports from Excel and LibreOffice come as UTF-8
/// (with or without BOM), UTF-16 ("Unicode text"), or a Windows code page.
public enum SpreadsheetEncoding: String, Sendable, Hashable, Codable, CaseIterable {
    case utf8 = "utf-8"
    case utf16LittleEndian = "utf-16le"
    case utf16BigEndian = "utf-16be"
    case windows1250 = "windows-1250"
    case windows1252 = "windows-1252"
    case iso88592 = "iso-8859-2"

    /// Reads a name as users and the CLI write it: `utf-8`, `UTF8`, `utf-16` (little endian
    /// unless a BOM says otherwise), `cp1250`, `windows-1252`, `latin2`, `iso-8859-2`…
    public init?(name: String) {
        let key = name.lowercased().filter { $0.isLetter || $0.isNumber }
        switch key {
        case "utf8": self = .utf8
        case "utf16", "utf16le", "unicode": self = .utf16LittleEndian
        case "utf16be": self = .utf16BigEndian
        case "windows1250", "cp1250", "win1250": self = .windows1250
        case "windows1252", "cp1252", "win1252", "latin1", "iso88591": self = .windows1252
        case "iso88592", "latin2": self = .iso88592
        default: return nil
        }
    }

    /// "Windows-1250 (Central Europe)", for the encoding chooser.
    public var displayName: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf16LittleEndian: "UTF-16 LE"
        case .utf16BigEndian: "UTF-16 BE"
        case .windows1250: tr("Windows-1250 (Central Europe)")
        case .windows1252: tr("Windows-1252 (Western Europe)")
        case .iso88592: tr("ISO-8859-2 (Central Europe)")
        }
    }

    /// The choices the GUI offers (UTF-16 by byte order is detected, not chosen).
    public static var choices: [SpreadsheetEncoding] { [.utf8, .windows1250, .windows1252, .iso88592, .utf16LittleEndian] }

    /// Whether this is a one-byte-per-character code page.
    public var isSingleByte: Bool { self == .windows1250 || self == .windows1252 || self == .iso88592 }

    /// Decodes `bytes` (without BOM). Single-byte code pages always succeed; UTF-8 and
    /// UTF-16 return nil on invalid input.
    func decode(_ bytes: some Collection<UInt8>) -> String? {
        switch self {
        case .utf8:
            return String(validating: bytes, as: UTF8.self)
        case .utf16LittleEndian, .utf16BigEndian:
            guard bytes.count % 2 == 0 else { return nil }
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var iterator = bytes.makeIterator()
            while let a = iterator.next(), let b = iterator.next() {
                units.append(self == .utf16LittleEndian ? UInt16(a) | UInt16(b) << 8 : UInt16(a) << 8 | UInt16(b))
            }
            return String(validating: units, as: UTF16.self)
        case .windows1250, .windows1252, .iso88592:
            let table = self == .windows1250 ? CodePageTables.windows1250
                : self == .windows1252 ? CodePageTables.windows1252 : CodePageTables.iso88592
            var scalars = String.UnicodeScalarView()
            for byte in bytes {
                let value = byte < 0x80 ? UInt16(byte) : table[Int(byte) - 0x80]
                scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            }
            return String(scalars)
        }
    }
}
