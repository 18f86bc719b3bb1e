/// A visit's rules for planning the programme and its interpreters.
public struct ItinerarySettings: Hashable, Codable, Sendable {
    /// Time kept free between two items at different locations (default 30 minutes).
    public var travelBufferMinutes: Int
    /// Items longer than this need two interpreters per language pair (default 2 hours).
    public var pairInterpretersAfterMinutes: Int

    public init(travelBufferMinutes: Int = 30, pairInterpretersAfterMinutes: Int = 120) {
        self.travelBufferMinutes = travelBufferMinutes
        self.pairInterpretersAfterMinutes = pairInterpretersAfterMinutes
    }
}
