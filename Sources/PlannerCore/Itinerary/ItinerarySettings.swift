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

extension ItinerarySettings {
    /// The settings the form's two fields give (whole minutes), or every problem with them.
    public static func parse(travelBuffer: String, pairAfter: String) -> Result<ItinerarySettings, ValidationFailure> {
        var issues: [ValidationIssue] = []
        func minutes(_ text: String, _ field: ValidationIssue.Field, allowZero: Bool) -> Int? {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { issues.append(.init(field, .required)); return nil }
            guard let value = Int(trimmed) else { issues.append(.init(field, .unreadableNumber(trimmed))); return nil }
            if value < 0 || (!allowZero && value == 0) { issues.append(.init(field, allowZero ? .negative : .notPositive)); return nil }
            return value
        }
        let buffer = minutes(travelBuffer, .travelBuffer, allowZero: true)
        let threshold = minutes(pairAfter, .pairThreshold, allowZero: false)
        guard let buffer, let threshold else { return .failure(ValidationFailure(issues)) }
        return .success(ItinerarySettings(travelBufferMinutes: buffer, pairInterpretersAfterMinutes: threshold))
    }
}
