import Foundation

/// What the retention form (and `privacy set`) edits: the two dates and the reason. A date
/// equal to its default is stored as "the default", so it follows the visit if its dates move.
public struct RetentionDraft: Hashable, Sendable {
    public var healthDataUntil: CalendarDate?
    public var evidenceUntil: CalendarDate?
    public var evidenceReason: String

    public init(healthDataUntil: CalendarDate? = nil, evidenceUntil: CalendarDate? = nil, evidenceReason: String = "") {
        self.healthDataUntil = healthDataUntil
        self.evidenceUntil = evidenceUntil
        self.evidenceReason = evidenceReason
    }

    /// The draft that edits `policy`, with its dates resolved.
    public init(_ policy: RetentionPolicy, visit: Visit) {
        self.init(healthDataUntil: policy.healthDataDate(for: visit), evidenceUntil: policy.evidenceDate(for: visit),
                  evidenceReason: policy.reason)
    }

    /// Problems that keep the draft from being stored. Neither date may come before the visit's
    /// last day, and the evidence outlasts the health and contact data.
    public func validate(for visit: Visit) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        let health = healthDataUntil ?? RetentionPolicy.defaultHealthDataDate(for: visit)
        let evidence = evidenceUntil ?? RetentionPolicy.defaultEvidenceDate(for: visit)
        if health < visit.endDate { issues.append(.init(.healthDataUntil, .beforeVisitEnd(visit.endDate))) }
        if evidence < visit.endDate { issues.append(.init(.evidenceUntil, .beforeVisitEnd(visit.endDate))) }
        else if evidence < health { issues.append(.init(.evidenceUntil, .evidenceBeforeHealthData)) }
        if evidenceReason.count > 1000 { issues.append(.init(.evidenceReason, .tooLong(1000))) }
        return issues
    }

    /// The policy with this draft's dates and reason; the erasure record stays.
    func applied(to policy: RetentionPolicy, visit: Visit) -> RetentionPolicy {
        var updated = policy
        let health = healthDataUntil ?? RetentionPolicy.defaultHealthDataDate(for: visit)
        let evidence = evidenceUntil ?? RetentionPolicy.defaultEvidenceDate(for: visit)
        updated.healthDataUntil = health == RetentionPolicy.defaultHealthDataDate(for: visit) ? nil : health
        updated.evidenceUntil = evidence == RetentionPolicy.defaultEvidenceDate(for: visit) ? nil : evidence
        let reason = evidenceReason.trimmingCharacters(in: .whitespacesAndNewlines)
        updated.evidenceReason = reason == RetentionPolicy.defaultEvidenceReason ? "" : reason
        return updated
    }
}
