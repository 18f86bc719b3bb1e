import Foundation

/// Where money for a visit comes from.
public enum FundingKind: String, Codable, Sendable, CaseIterable {
    case municipality, partnerContribution = "partner-contribution", participantFees = "participant-fees"
    case sponsor, grant, other

    public var displayName: String {
        switch self {
        case .municipality: tr("Municipality")
        case .partnerContribution: tr("Partner contribution")
        case .participantFees: tr("Participant fees")
        case .sponsor: tr("Sponsor")
        case .grant: tr("Grant")
        case .other: tr("Other income")
        }
    }
}

/// How sure a source of money is.
public enum FundingStatus: String, Codable, Sendable, CaseIterable {
    case expected, confirmed, received

    public var displayName: String {
        switch self {
        case .expected: tr("Expected")
        case .confirmed: tr("Confirmed")
        case .received: tr("Received")
        }
    }
}

/// One source of money: a flat sum, or an amount per person (a participant fee).
public struct Funding: Hashable, Sendable, Codable, Identifiable {
    public var id: Int64?
    public var visitId: Int64
    public var kind: FundingKind
    /// Who gives it ("Town of Horní Lhota", "EU town-twinning grant").
    public var source: String
    /// The partner town that contributes, for partner contributions.
    public var townId: Int64?
    /// The sum, or the amount per person when `perPerson`; nil while not known yet (a grant
    /// still to be calculated): shown as such and left out of every total.
    public var amount: Money? { didSet { if let amount { currency = amount.currency } } }
    /// The currency of the amount, kept while the amount is not known yet (a grant in EUR).
    public private(set) var currency: String
    public var perPerson: Bool
    /// Whom a per-person amount counts.
    public var filter: ParticipantFilter
    public var status: FundingStatus
    public var notes: String

    public init(id: Int64? = nil, visitId: Int64, kind: FundingKind, source: String, townId: Int64? = nil,
                amount: Money?, currency: String? = nil, perPerson: Bool = false, filter: ParticipantFilter = .everyone,
                status: FundingStatus = .expected, notes: String = "") {
        self.currency = amount?.currency ?? currency ?? "EUR"
        self.id = id
        self.visitId = visitId
        self.kind = kind
        self.source = source
        self.townId = townId
        self.amount = amount
        self.perPerson = perPerson
        self.filter = filter
        self.status = status
        self.notes = notes
    }
}
