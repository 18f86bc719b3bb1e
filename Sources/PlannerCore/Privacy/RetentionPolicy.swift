import Foundation
import GRDB

/// How long a visit keeps its personal data (GDPR Art. 5(1)(e)), and what applying it has
/// done. Two periods: health and contact data goes soon after the visit; the grant evidence
/// (who came, from where, in which role) stays as long as the grant's rules ask.
public struct RetentionPolicy: Hashable, Codable, Sendable {
    /// Days after the visit's last day that health and contact data is kept by default.
    public static let defaultHealthDataDays = 30
    /// Years after the visit's last day that grant evidence is kept by default: the EU model
    /// grant agreement's period for grants up to 60,000 EUR (larger ones: five).
    public static let defaultEvidenceYears = 3

    public var visitId: Int64
    /// The last day health and contact data is kept; nil: the default after the visit.
    public var healthDataUntil: CalendarDate?
    /// The last day the grant evidence is kept; nil: the default after the visit.
    public var evidenceUntil: CalendarDate?
    /// Why the evidence is kept that long, as the organisers wrote it; empty: the default reason.
    public var evidenceReason: String
    /// When retention last erased health and contact data.
    public var healthDataErasedOn: CalendarDate?
    /// When retention last erased the grant evidence.
    public var evidenceErasedOn: CalendarDate?
    /// The people whose records the evidence erasure took away, counted anonymously.
    public var keptHeadcount: [Headcount]

    public init(visitId: Int64, healthDataUntil: CalendarDate? = nil, evidenceUntil: CalendarDate? = nil,
                evidenceReason: String = "", healthDataErasedOn: CalendarDate? = nil, evidenceErasedOn: CalendarDate? = nil,
                keptHeadcount: [Headcount] = []) {
        self.visitId = visitId
        self.healthDataUntil = healthDataUntil
        self.evidenceUntil = evidenceUntil
        self.evidenceReason = evidenceReason
        self.healthDataErasedOn = healthDataErasedOn
        self.evidenceErasedOn = evidenceErasedOn
        self.keptHeadcount = keptHeadcount
    }

    /// The default last day for health and contact data: 30 days after the visit.
    public static func defaultHealthDataDate(for visit: Visit) -> CalendarDate {
        visit.endDate.adding(days: defaultHealthDataDays)
    }

    /// The default last day for grant evidence: three years after the visit.
    public static func defaultEvidenceDate(for visit: Visit) -> CalendarDate {
        visit.endDate.adding(years: defaultEvidenceYears)
    }

    /// The reason written when the organisers give none.
    public static var defaultEvidenceReason: String {
        tr("EU grant: the supporting documents, attendance lists among them, are kept for three years after the balance is paid (five for grants over 60,000 EUR).")
    }

    /// The last day health and contact data is kept.
    public func healthDataDate(for visit: Visit) -> CalendarDate { healthDataUntil ?? Self.defaultHealthDataDate(for: visit) }

    /// The last day grant evidence is kept.
    public func evidenceDate(for visit: Visit) -> CalendarDate { evidenceUntil ?? Self.defaultEvidenceDate(for: visit) }

    /// The reason shown beside the evidence date.
    public var reason: String { evidenceReason.isEmpty ? Self.defaultEvidenceReason : evidenceReason }

    /// Whether the health and contact data's date has passed on `today`.
    public func healthDataExpired(for visit: Visit, today: CalendarDate) -> Bool { today > healthDataDate(for: visit) }

    /// Whether the evidence's date has passed on `today`.
    public func evidenceExpired(for visit: Visit, today: CalendarDate) -> Bool { today > evidenceDate(for: visit) }
}

extension RetentionPolicy: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "visitRetention"
}
