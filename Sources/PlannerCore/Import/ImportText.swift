import Foundation

/// Small text helpers shared by the column guesser and the value parsers.
enum ImportText {
    /// Lower case without diacritics, like `SearchKey.fold` ("Příjmení" → "prijmeni", "ß" → "ss",
    /// "ł" → "l"), but in pure Swift for ASCII and Latin letters: an import folds every cell
    /// several times, and Foundation's folding costs ~10 µs a call.
    static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                out.append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(UInt8(value + 32)) : scalar)
            } else if value >= 0xC0 && value <= 0x17F {
                out.append(contentsOf: latinFolds[Int(value - 0xC0)].unicodeScalars)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else {
                out.append(contentsOf: SearchKey.fold(String(scalar)).unicodeScalars)
            }
        }
        return String(out)
    }

    /// U+00C0…U+017F folded once by `SearchKey.fold`.
    private static let latinFolds: [String] = (0xC0...0x17F).map { SearchKey.fold(String(Unicode.Scalar(UInt32($0))!)) }

    /// Folded words: "Je souhaite être logé(e) avec" → ["je", "souhaite", "etre", "loge", "e", "avec"].
    static func words(_ text: String) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in fold(text).unicodeScalars {
            let isWordScalar = scalar.isASCII
                ? (scalar.value >= 0x61 && scalar.value <= 0x7A) || (scalar.value >= 0x30 && scalar.value <= 0x39)
                : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if isWordScalar {
                current.append(scalar)
            } else if !current.isEmpty {
                result.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { result.append(String(current)) }
        return result
    }

    /// Folded text with runs of non-letters made one space, trimmed.
    static func folded(_ text: String) -> String { words(text).joined(separator: " ") }

    /// A cell as it was typed, without what spreadsheet-safe CSV writers (ours: `CSVDocument`)
    /// put in front: the invisible word joiner before a phone number, the apostrophe before a
    /// neutralised formula (`'=1+1`). A name such as "'s-Hertogenbosch" keeps its apostrophe.
    static func unprotected(_ text: String) -> String {
        var value = Substring(text)
        while value.hasPrefix(CSVDocument.textMarker) { value = value.dropFirst() }
        if value.hasPrefix("'"), let next = value.dropFirst().first, "=+-@\t\r".contains(next) { value = value.dropFirst() }
        return String(value)
    }

    /// Trimmed of spaces, tabs and line breaks (also no-break spaces). Pure Swift: Foundation's
    /// `trimmingCharacters` bridges through NSString and was a fifth of an import's time.
    static func trim(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last,
              first.properties.isWhitespace || last.properties.isWhitespace else { return text }
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[start...end])
    }
}
