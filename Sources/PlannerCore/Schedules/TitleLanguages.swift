/// The languages a schedule's titles are taken from, best first: the reader's own, then the
/// visit's (host language first), so every item has a title in some language the reader may know.
public enum TitleLanguages {
    /// `preferred` (ISO 639-1 codes) then the visit's languages, lower-cased, each once.
    public static func list(preferred: [String], visit: Visit) -> [String] {
        var result: [String] = []
        for code in (preferred + visit.languages).map({ $0.lowercased() }) where !code.isEmpty && !result.contains(code) {
            result.append(code)
        }
        return result
    }

    /// The codes of `skills`, best spoken first (native, then C2 down to A1; ties keep their order).
    public static func spoken(_ skills: [LanguageSkill]) -> [String] {
        skills.enumerated().sorted { a, b in
            a.element.level != b.element.level ? a.element.level > b.element.level : a.offset < b.offset
        }.map(\.element.code)
    }
}
