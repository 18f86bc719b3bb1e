/// What applying a retention did, for the window's notification and the command's output.
public struct RetentionReport: Sendable, Hashable {
    public let plan: RetentionPlan
    /// What became of each copy of the database.
    public let copies: CopiesCleaning
    /// Files of the open database whose bytes still hold an erased value.
    public let residue: [String]

    /// Whether no file VisitPlanner knows of still holds what was erased (damaged copies aside).
    public var isComplete: Bool { copies.failed.isEmpty && residue.isEmpty }

    /// "Retention applied: the records of 47 participants erased… 3 backups cleaned."
    public var summary: String {
        let first = plan.erasesEvidence
            ? trn("Retention applied: the records of {count} participant erased, counted anonymously for reports.", "Retention applied: the records of {count} participants erased, counted anonymously for reports.", plan.people)
            : tr("Retention applied: health and contact data erased.")
        return first + copies.summarySuffix
    }

    /// Every line of the outcome, for the command line.
    public var lines: [String] { plan.healthItems.map(\.label) + plan.evidenceItems.map(\.label) + copies.lines + problemLines }

    /// The files that still hold erased data, each with what to do.
    public var problemLines: [String] {
        copies.failed.map { tr("Could not be cleaned nor deleted, still holds erased data: {path}", ["path": $0]) }
            + plan.notCleaned.map(CopiesCleaning.notCleanedLine) + residue.map(CopiesCleaning.residueLine)
    }
}
