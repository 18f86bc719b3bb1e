/// One eligibility rule checked against a visit's participant list: what it asks, what the list
/// has, and a sentence that says so.
public struct GrantCheck: Hashable, Sendable, Identifiable {
    /// The rules, in the order they are shown.
    public enum Rule: String, Hashable, Sendable, CaseIterable {
        case participants
        case invitedParticipants = "invited-participants"
        case countries
        case euMemberState = "eu-member-state"
    }

    public let id: Rule
    /// "At least 50 participants".
    public let title: String
    /// What the participant list has (participants, invited participants, countries, member states).
    public let count: Int
    /// What the rule asks for at least.
    public let required: Int
    /// "43 participants: 7 more are needed."
    public let detail: String

    /// Every rule is "at least so many".
    public var isMet: Bool { count >= required }

    public init(id: Rule, title: String, count: Int, required: Int, detail: String) {
        self.id = id
        self.title = title
        self.count = count
        self.required = required
        self.detail = detail
    }
}
