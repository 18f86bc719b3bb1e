#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Accent- and case-insensitive matching for search-as-you-type: "dvorak" finds "Dvořák",
/// "elodie" finds "Élodie". Rows fold their text once; each keystroke folds only the query.
public struct SearchKey: Sendable, Hashable {
    public let folded: String
    /// The folded text as UTF-8: matching is a byte search (UTF-8 is self-synchronising, so a
    /// byte match of a whole folded word is a character match), ten times faster than String's.
    private let bytes: [UInt8]

    public init(_ parts: [String]) {
        folded = SearchKey.fold(parts.joined(separator: " "))
        bytes = Array(folded.utf8)
    }

    /// Every word of the query occurs somewhere in the row.
    public func matches(_ query: SearchQuery) -> Bool {
        bytes.withUnsafeBytes { haystack in
            query.words.allSatisfy { word in
                word.withUnsafeBytes { needle in SearchKey.contains(haystack, needle) }
            }
        }
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

    /// Byte substring search: first byte, then memcmp. Glibc's memmem is not visible to Swift
    /// (it needs _GNU_SOURCE); for row texts of a few dozen bytes this loop is as fast.
    static func contains(_ haystack: UnsafeRawBufferPointer, _ needle: UnsafeRawBufferPointer) -> Bool {
        let n = haystack.count, m = needle.count
        guard m > 0 else { return true }
        guard m <= n, let h = haystack.baseAddress, let p = needle.baseAddress else { return false }
        let first = needle[0]
        var i = 0
        while i <= n - m {
            if haystack[i] == first && memcmp(h + i, p, m) == 0 { return true }
            i += 1
        }
        return false
    }

    /// Splits and folds a query once per keystroke (see `SearchQuery` for the fast path).
    public static func queryWords(_ query: String) -> [Substring] {
        fold(query).split(whereSeparator: \.isWhitespace)
    }
}

/// A folded search query, ready to match many rows.
public struct SearchQuery: Sendable, Hashable {
    let words: [[UInt8]]
    public let text: String

    public init(_ text: String) {
        self.text = text
        words = SearchKey.queryWords(text).map { Array($0.utf8) }
    }

    public var isEmpty: Bool { words.isEmpty }

    /// Whether every row this query matches is also matched by `other` (so narrowing a search
    /// only needs to re-check the rows still shown).
    public func isNarrowing(_ other: SearchQuery) -> Bool {
        other.words.allSatisfy { old in words.contains { new in new.count >= old.count && String(decoding: new, as: UTF8.self).contains(String(decoding: old, as: UTF8.self)) } }
    }
}
