/// What an erasure did, for the window's notification and the command's output.
public struct ErasureReport: Sendable, Hashable {
    public let plan: ErasurePlan
    /// What was erased from the open database, per kind (in `ErasureKind` order).
    public let items: [ErasurePlan.Item]
    /// What became of each copy of the database.
    public let copies: CopiesCleaning
    /// Files of the open database whose bytes still hold a trace (a reader kept the
    /// write-ahead log from being folded back); empty when the erasure is complete.
    public let residue: [String]

    /// Whether no file VisitPlanner knows of still holds the person (damaged copies aside).
    public var isComplete: Bool { copies.failed.isEmpty && residue.isEmpty }

    /// "Léo Dubois erased. 3 backups cleaned."
    public var summary: String { tr("{name} erased.", ["name": plan.person.fullName]) + copies.summarySuffix }

    /// Every line of the outcome, for the command line: what went, then each copy.
    public var lines: [String] { items.map(\.label) + copies.lines + problemLines }

    /// The files that still hold the person, each with what to do; empty when none does.
    public var problemLines: [String] {
        copies.failed.map { tr("Could not be cleaned nor deleted, still holds the person: {path}", ["path": $0]) }
            + plan.notCleaned.map(CopiesCleaning.notCleanedLine) + residue.map(CopiesCleaning.residueLine)
    }
}
