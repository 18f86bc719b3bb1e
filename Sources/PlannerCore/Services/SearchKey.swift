import Foundation

/// Accent- and case-insensitive matching for search-as-you-type: "dvorak" finds "Dvořák",
/// "elodie" finds "Élodie". Rows fold their text once; each keystroke folds only the query.
public struct SearchKey: Sendable, Hashable {
    public let folded: String

    public init(_ parts: [String]) {
        folded = SearchKey.fold(parts.joined(separator: " "))
    }

    /// Lower case, no diacritics; ß→ss, ł→l, ø→o, which decomposition does not reach.
    public static func fold(_ text: String) -> String {
        let base = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        guard base.contains(where: { "ßłŁøØđĐæœ".contains($0) }) else { return base }
        return base.replacingOccurrences(of: "ß", with: "ss").replacingOccurrences(of: "ł", with: "l")
            .replacingOccurrences(of: "Ł", with: "l").replacingOccurrences(of: "ø", with: "o")
            .replacingOccurrences(of: "Ø", with: "o").replacingOccurrences(of: "đ", with: "d")
            .replacingOccurrences(of: "Đ", with: "d").replacingOccurrences(of: "æ", with: "ae")
            .replacingOccurrences(of: "œ", with: "oe")
    }

    /// Every word of the (already folded) query occurs somewhere in the row.
    public func matches(foldedQueryWords words: [Substring]) -> Bool {
        words.allSatisfy { folded.contains($0) }
    }

    /// Splits and folds a query once per keystroke.
    public static func queryWords(_ query: String) -> [Substring] {
        fold(query).split(whereSeparator: \.isWhitespace)
    }
}
