/// Where a placement stands in the committee's workflow: the solver proposes, the committee
/// asks the family (offered), the family answers, and the committee confirms.
public enum PlacementStatus: String, Codable, Sendable, CaseIterable {
    case proposed, offered, accepted, declined, confirmed

    public var displayName: String {
        switch self {
        case .proposed: tr("Proposed")
        case .offered: tr("Offered")
        case .accepted: tr("Accepted")
        case .declined: tr("Declined")
        case .confirmed: tr("Confirmed")
        }
    }

    /// A declined placement lodges nobody: the guest needs another family.
    public var lodges: Bool { self != .declined }
}

/// A guest lodged (or to be lodged) with a household during one visit.
public struct Placement: Hashable, Codable, Sendable, Identifiable {
    public var id: Int64?
    public var visitId: Int64
    public var participantId: Int64
    public var householdId: Int64
    public var status: PlacementStatus
    /// When and how the family was asked ("phone", "e-mail", "in person").
    public var offeredOn: CalendarDate?
    public var offeredHow: String
    /// The family's answer; the reason when declined.
    public var answerNote: String
    /// Set when the committee placed the guest against a hard rule: why. Such placements stay
    /// listed in Problems.
    public var overrideReason: String?

    public init(id: Int64? = nil, visitId: Int64, participantId: Int64, householdId: Int64,
                status: PlacementStatus = .proposed, offeredOn: CalendarDate? = nil, offeredHow: String = "",
                answerNote: String = "", overrideReason: String? = nil) {
        self.id = id
        self.visitId = visitId
        self.participantId = participantId
        self.householdId = householdId
        self.status = status
        self.offeredOn = offeredOn
        self.offeredHow = offeredHow
        self.answerNote = answerNote
        self.overrideReason = overrideReason
    }
}
