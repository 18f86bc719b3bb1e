/// How a budget line's quantity is found. Only `flat` takes a quantity from the user; the
/// others count the live participant list, so a line follows every registration and
/// cancellation without being edited.
public enum CostBasis: String, Codable, Sendable, CaseIterable {
    /// A fixed quantity entered by the user (1 bus, 6 half days of interpreting).
    case flat
    /// One unit per participant the line's filter selects.
    case perParticipant = "per-participant"
    /// One unit per participant and day of their stay, arrival and departure days included.
    case perParticipantDay = "per-participant-day"
    /// One unit per participant and night of their stay (a hostel bed, a night's insurance).
    case perNight = "per-night"

    public var displayName: String {
        switch self {
        case .flat: tr("Flat")
        case .perParticipant: tr("Per participant")
        case .perParticipantDay: tr("Per participant per day")
        case .perNight: tr("Per participant per night")
        }
    }

    /// Whether the quantity comes from the participant list.
    public var countsPeople: Bool { self != .flat }
}
