/// One direction an interpreter works in at an item, with the colleagues assigned to the same
/// direction there (two interpreters take turns on a long item).
public struct InterpretingDuty: Hashable, Sendable {
    public let pair: LanguagePair
    /// The other interpreters assigned to the same item and direction, in the snapshot's order.
    public let partners: [Participant]

    public init(pair: LanguagePair, partners: [Participant]) {
        self.pair = pair
        self.partners = partners
    }

    /// "cs→de", or "cs→de with Tomáš Král".
    public var summary: String {
        guard !partners.isEmpty else { return pair.description }
        return tr("{pair} with {partners}", ["pair": pair.description, "partners": ListFormat.and(partners.map(\.fullName))])
    }
}
