/// What a person does at a programme item.
public enum Involvement: Hashable, Sendable {
    /// In the item's audience.
    case attends
    /// A group leader at an item with young people of their town (youth or minors): in charge of
    /// them there. Not at items with the host families, where the families are.
    case leads(youngPeople: Int)
    /// Assigned to interpret there, in one or more directions.
    case interprets([InterpretingDuty])

    /// Raw value for the CLI's JSON: `attends`, `leads`, `interprets`.
    public var key: String {
        switch self {
        case .attends: "attends"
        case .leads: "leads"
        case .interprets: "interprets"
        }
    }

    /// "Attends", "Leads 12 young people", "Interprets cs→de with Tomáš Král; de→cs".
    public var summary: String {
        switch self {
        case .attends:
            tr("Attends")
        case .leads(let count):
            trn("Leads {count} young person", "Leads {count} young people", count)
        case .interprets(let duties):
            tr("Interprets {duties}", ["duties": duties.map(\.summary).joined(separator: "; ")])
        }
    }
}
