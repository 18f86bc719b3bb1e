/// What an erasure did, for the window's notification and the command's output.
public struct ErasureReport: Sendable, Hashable {
    public let plan: ErasurePlan
    /// What was erased from the open database, per kind (in `ErasureKind` order).
    public let items: [ErasurePlan.Item]
    /// Copies rewritten without the person.
    public let cleaned: [String]
    /// Copies that never held the person, left as they were.
    public let untouched: [String]
    /// Copies that could not be cleaned and were deleted instead.
    public let deleted: [String]
    /// Copies that could neither be cleaned nor deleted: they still hold the person.
    public let failed: [String]
    /// Files of the open database whose bytes still hold a trace (a reader kept the
    /// write-ahead log from being folded back); empty when the erasure is complete.
    public let residue: [String]

    /// Whether no file VisitPlanner knows of still holds the person (damaged copies aside).
    public var isComplete: Bool { failed.isEmpty && residue.isEmpty }

    /// "Léo Dubois erased. 3 backups cleaned."
    public var summary: String {
        var text = tr("{name} erased.").filled(["name": plan.person.fullName])
        if !cleaned.isEmpty {
            text += " " + trn("{count} backup cleaned.", "{count} backups cleaned.", cleaned.count).filled(["count": String(cleaned.count)])
        }
        if !deleted.isEmpty {
            text += " " + trn("{count} backup could not be cleaned and was deleted.",
                              "{count} backups could not be cleaned and were deleted.", deleted.count).filled(["count": String(deleted.count)])
        }
        return text
    }

    /// Every line of the outcome, for the command line: what went, then each copy.
    public var lines: [String] {
        items.map(\.label)
            + cleaned.map { tr("Cleaned: {path}").filled(["path": $0]) }
            + deleted.map { tr("Could not be cleaned, deleted: {path}").filled(["path": $0]) }
            + problemLines
    }

    /// The files that still hold the person, each with what to do; empty when none does.
    public var problemLines: [String] {
        failed.map { tr("Could not be cleaned nor deleted, still holds the person: {path}").filled(["path": $0]) }
            + plan.notCleaned.map { tr("Not cleaned (a damaged copy: delete it by hand): {path}").filled(["path": $0]) }
            + residue.map { tr("Still holds a trace (close other windows on this database and erase again): {path}").filled(["path": $0]) }
    }
}
