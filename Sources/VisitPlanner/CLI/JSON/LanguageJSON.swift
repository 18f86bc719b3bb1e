import PlannerCore

/// A spoken language in the CLI's JSON: ISO 639-1 code and CEFR level (or `native`).
struct LanguageJSON: Encodable {
    let code: String
    let level: String

    init(_ skill: LanguageSkill) {
        code = skill.code
        level = skill.level.rawValue
    }
}
