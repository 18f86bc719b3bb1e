import Foundation

/// How well somebody speaks a language: a CEFR level, or native.
public enum LanguageLevel: String, Codable, Sendable, CaseIterable, Comparable {
    case a1 = "A1", a2 = "A2", b1 = "B1", b2 = "B2", c1 = "C1", c2 = "C2", native

    var rank: Int { LanguageLevel.allCases.firstIndex(of: self)! }
    public static func < (a: LanguageLevel, b: LanguageLevel) -> Bool { a.rank < b.rank }

    /// "B1", or the translated word for native.
    public var displayName: String { self == .native ? tr("native") : rawValue }
}

/// One language a person speaks, by ISO 639-1 code, with a level.
public struct LanguageSkill: Hashable, Codable, Sendable, CustomStringConvertible {
    public var code: String
    public var level: LanguageLevel

    public init(code: String, level: LanguageLevel) {
        self.code = code.lowercased()
        self.level = level
    }

    /// `fr native`, `en B1`.
    public var description: String { "\(code) \(level == .native ? "native" : level.rawValue)" }

    /// `fr native` in the reader's language.
    public var displayName: String { "\(code) \(level.displayName)" }

    /// Parses a list such as `fr native, en B1, de (A2)`; a code without a level means B1.
    /// Throws a message naming the part it could not read.
    public static func parseList(_ text: String) throws(ValidationIssue.Problem) -> [LanguageSkill] {
        var result: [LanguageSkill] = []
        for rawPart in text.split(whereSeparator: { $0 == "," || $0 == ";" }) {
            let cleaned = rawPart.replacingOccurrences(of: "(", with: " ").replacingOccurrences(of: ")", with: " ")
            let words = cleaned.split(whereSeparator: \.isWhitespace).map(String.init)
            guard let first = words.first else { continue }
            guard first.count == 2 || first.count == 3, first.allSatisfy({ $0.isASCII && $0.isLetter }) else {
                throw .unreadableLanguage(String(rawPart).trimmingCharacters(in: .whitespaces))
            }
            var level = LanguageLevel.b1
            if words.count >= 2 {
                let word = words[1].lowercased()
                if ["native", "mother", "l1", "rodilý", "muttersprache", "maternelle"].contains(word) {
                    level = .native
                } else if let cefr = LanguageLevel(rawValue: word.uppercased()) {
                    level = cefr
                } else {
                    throw .unreadableLanguage(String(rawPart).trimmingCharacters(in: .whitespaces))
                }
            }
            if words.count > 2 { throw .unreadableLanguage(String(rawPart).trimmingCharacters(in: .whitespaces)) }
            let code = first.lowercased()
            if let index = result.firstIndex(where: { $0.code == code }) {
                result[index].level = max(result[index].level, level)
            } else {
                result.append(LanguageSkill(code: code, level: level))
            }
        }
        return result
    }

    /// `fr native, en B1`: the form that `parseList` reads back.
    public static func format(_ skills: [LanguageSkill]) -> String {
        skills.map(\.description).joined(separator: ", ")
    }
}
