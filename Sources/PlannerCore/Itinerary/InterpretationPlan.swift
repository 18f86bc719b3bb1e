/// What an item asks of interpreters. The needs themselves are derived from the audience's
/// languages (see `InterpretationNeeds`); the user may add needs and dismiss derived ones.
public struct InterpretationPlan: Hashable, Codable, Sendable {
    /// False for items where nobody needs to understand words (a concert, a football match).
    public var wanted: Bool
    public var mode: InterpretingMode
    /// Needs the user added (e.g. de→cs at a discussion, where the guests speak too).
    public var addedNeeds: [LanguagePair]
    /// Derived needs the user dismissed.
    public var dismissedNeeds: [LanguagePair]

    public init(wanted: Bool = true, mode: InterpretingMode = .consecutive, addedNeeds: [LanguagePair] = [],
                dismissedNeeds: [LanguagePair] = []) {
        self.wanted = wanted
        self.mode = mode
        self.addedNeeds = addedNeeds
        self.dismissedNeeds = dismissedNeeds
    }
}
