import Foundation

/// What applying a visit's retention would erase today, computed before anything is written,
/// so the confirmation (window or command line) names exactly what will go.
public struct RetentionPlan: Sendable, Hashable {
    /// One kind of health or contact data and how many participants have it.
    public struct HealthItem: Sendable, Hashable {
        public let kind: HealthDataKind
        public let count: Int
        /// "Phone numbers of 40 participants".
        public var label: String { kind.label(count: count) }
    }

    public let visitId: Int64
    public let visitTitle: String
    public let today: CalendarDate
    public let healthDataDate: CalendarDate
    public let evidenceDate: CalendarDate
    /// Health and contact data whose date has passed; empty when none is due, or when the
    /// whole records go with the evidence.
    public let healthItems: [HealthItem]
    /// The records of the grant evidence, when its date has passed: what `people erase` takes
    /// for each participant, added up.
    public let evidenceItems: [ErasurePlan.Item]
    /// How many participants' records the evidence erasure takes away.
    public let people: Int
    /// Those people counted anonymously, kept for the budget and reports.
    public let headcount: [Headcount]
    /// Copies of the database cleaned the same way.
    public let copies: [DatabaseCopy]
    /// Damaged copies that cannot be cleaned: named for the user to delete.
    public let notCleaned: [String]

    /// Whether the health and contact data is cleared now.
    public var erasesHealthData: Bool { !healthItems.isEmpty }
    /// Whether the evidence records are erased now.
    public var erasesEvidence: Bool { people > 0 }
    /// Nothing is due: the dates have not passed, or what they cover is gone already.
    public var isEmpty: Bool { !erasesHealthData && !erasesEvidence }

    /// "Apply the retention of “Jugendbegegnung 2027”?"
    public var question: String { tr("Apply the data retention of “{visit}”?", ["visit": visitTitle]) }

    /// Why nothing will be erased.
    public var nothingDue: String {
        tr("Nothing is due for erasure: health and contact data is kept until {health}, grant evidence until {evidence}.", ["health": healthDataDate.description, "evidence": evidenceDate.description])
    }

    /// The lines of the confirmation: what goes, what stays, the copies.
    public func lines(includingUndoHistory: Bool) -> [String] {
        var lines: [String] = []
        if erasesHealthData {
            lines.append(tr("Health and contact data, kept until {date}:", ["date": healthDataDate.description]))
            lines += healthItems.map { "  " + $0.label }
        }
        if erasesEvidence {
            lines.append(tr("Grant evidence, kept until {date}:", ["date": evidenceDate.description]))
            lines += evidenceItems.map { "  " + $0.label }
            lines.append(trn("Kept for reports: {count} person counted by town, role and age band; the budget and the programme stay.", "Kept for reports: {count} people counted by town, role and age band; the budget and the programme stay.", headcount.count))
        } else if erasesHealthData {
            lines.append(tr("Kept: names, towns, roles, consents and placements, as grant evidence until {date}.", ["date": evidenceDate.description]))
        }
        lines += CopiesCleaning.confirmationLines(copies: copies, notCleaned: notCleaned, includingUndoHistory: includingUndoHistory)
        return lines
    }
}
