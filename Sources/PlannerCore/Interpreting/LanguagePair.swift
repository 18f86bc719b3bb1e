/// A direction of interpretation: from the language spoken into the language listened to.
public struct LanguagePair: Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
    /// ISO 639-1 codes, lower case.
    public var from: String
    public var to: String

    public init(_ from: String, _ to: String) {
        self.from = from.lowercased()
        self.to = to.lowercased()
    }

    /// "cs→de".
    public var description: String { "\(from)→\(to)" }
    public var reversed: LanguagePair { LanguagePair(to, from) }

    public static func < (a: LanguagePair, b: LanguagePair) -> Bool { (a.from, a.to) < (b.from, b.to) }

    /// Reads "cs→de", "cs->de", "cs>de" or "cs-de".
    public init?(text: String) {
        for separator in ["→", "->", ">", "-"] where text.contains(separator) {
            let parts = text.components(separatedBy: separator).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, parts.allSatisfy(LanguagePair.isCode) else { return nil }
            self.init(parts[0], parts[1])
            return
        }
        return nil
    }

    static func isCode(_ text: String) -> Bool {
        (2...3).contains(text.count) && text.allSatisfy { $0.isASCII && $0.isLetter }
    }
}

import Foundation
