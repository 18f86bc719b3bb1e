import PlannerCore

/// Small formatting rules shared by the text tables.
enum TextFormat {
    /// Shown in a cell that has no value.
    static let none = "—"

    /// `2027-05-13 – 2027-05-17`: ISO dates read the same in every language.
    static func dateRange(_ visit: Visit) -> String {
        "\(visit.startDate) – \(visit.endDate)"
    }

    /// `fr native, en B1`, with “native” translated.
    static func languages(_ skills: [LanguageSkill]) -> String {
        skills.isEmpty ? none : skills.map(\.displayName).joined(separator: ", ")
    }

    /// The line above a per-visit table: `Ascension meeting 2027 (id 1), 2027-05-13 – 2027-05-17`.
    static func visitHeading(_ details: VisitDetails) -> String {
        tr("{title} (id {id}), {dates}", ["title": details.visit.title, "id": String(details.id), "dates": dateRange(details.visit)])
    }
}
