/// One item of a visit's programme: a welcome, a workshop, an excursion, a dinner.
public struct ProgrammeItem: Hashable, Codable, Sendable, Identifiable {
    public var id: Int64?
    public var visitId: Int64
    /// Title per visit language (ISO 639-1 code → text); the host town's language is required.
    public var titles: [String: String]
    public var descriptions: [String: String]
    public var timing: ItemTiming
    public var location: ItemLocation
    public var audience: Audience
    public var meals: [ProvidedMeal]
    /// How people get there ("bus from the square").
    public var transport: String
    /// The language spoken at the item (ISO 639-1).
    public var workingLanguage: String
    public var status: ItemStatus
    public var interpretation: InterpretationPlan
    /// For the organizers only; never printed for guests.
    public var notes: String
    /// How many times the stored item has changed since it was created (the store counts):
    /// calendars use it as iCalendar's SEQUENCE, so a re-imported file updates the event.
    public var revision: Int

    public init(id: Int64? = nil, visitId: Int64, titles: [String: String], descriptions: [String: String] = [:],
                timing: ItemTiming, location: ItemLocation = ItemLocation(), audience: Audience = .everyone,
                meals: [ProvidedMeal] = [], transport: String = "", workingLanguage: String,
                status: ItemStatus = .planned, interpretation: InterpretationPlan = InterpretationPlan(), notes: String = "",
                revision: Int = 0) {
        self.id = id
        self.visitId = visitId
        self.titles = titles
        self.descriptions = descriptions
        self.timing = timing
        self.location = location
        self.audience = audience
        self.meals = meals
        self.transport = transport
        self.workingLanguage = workingLanguage.lowercased()
        self.status = status
        self.interpretation = interpretation
        self.notes = notes
        self.revision = revision
    }

    /// The title in the first of `languages` that has one, else any title.
    public func title(in languages: [String]) -> String {
        for code in languages { if let text = titles[code], !text.isEmpty { return text } }
        return titles.sorted { $0.key < $1.key }.first { !$0.value.isEmpty }?.value ?? ""
    }

    /// The language of `title(in: languages)`, nil when the item has no title at all.
    public func titleLanguage(in languages: [String]) -> String? {
        for code in languages { if let text = titles[code], !text.isEmpty { return code } }
        return titles.sorted { $0.key < $1.key }.first { !$0.value.isEmpty }?.key
    }

    /// The description in the first of `languages` that has one.
    public func description(in languages: [String]) -> String {
        for code in languages { if let text = descriptions[code], !text.isEmpty { return text } }
        return descriptions.sorted { $0.key < $1.key }.first { !$0.value.isEmpty }?.value ?? ""
    }

    /// Visit languages without a title.
    public func missingTranslations(of languages: [String]) -> [String] {
        languages.filter { (titles[$0] ?? "").isEmpty }
    }

    /// Cancelled items stay in the programme (struck through) but count for nothing.
    public var isActive: Bool { status != .cancelled }
}
