import Foundation

/// Small text helpers shared by the column guesser and the value parsers.
enum ImportText {
    /// Folded (lower case, no accents) words: "Je souhaite être logé(e) avec" →
    /// ["je", "souhaite", "etre", "loge", "e", "avec"].
    static func words(_ text: String) -> [String] {
        SearchKey.fold(text).split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// Folded text with runs of non-letters made one space, trimmed.
    static func folded(_ text: String) -> String { words(text).joined(separator: " ") }

    /// Trimmed of spaces, tabs and line breaks (also no-break spaces).
    static func trim(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
