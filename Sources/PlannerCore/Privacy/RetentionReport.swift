/// What applying a retention did, for the window's notification and the command's output.
public struct RetentionReport: Sendable, Hashable {
    public let plan: RetentionPlan
    /// Copies rewritten without the erased data.
    public let cleaned: [String]
    /// Copies that never held it, left as they were.
    public let untouched: [String]
    /// Copies that could not be cleaned and were deleted instead.
    public let deleted: [String]
    /// Copies that could neither be cleaned nor deleted.
    public let failed: [String]
    /// Files of the open database whose bytes still hold an erased value.
    public let residue: [String]

    /// Whether no file VisitPlanner knows of still holds what was erased (damaged copies aside).
    public var isComplete: Bool { failed.isEmpty && residue.isEmpty }

    /// "Retention applied: the grant evidence of 47 participants erased. 3 backups cleaned."
    public var summary: String {
        var text = plan.erasesEvidence
            ? trn("Retention applied: the records of {count} participant erased, counted anonymously for reports.",
                  "Retention applied: the records of {count} participants erased, counted anonymously for reports.",
                  plan.people).filled(["count": String(plan.people)])
            : tr("Retention applied: health and contact data erased.")
        if !cleaned.isEmpty {
            text += " " + trn("{count} backup cleaned.", "{count} backups cleaned.", cleaned.count).filled(["count": String(cleaned.count)])
        }
        if !deleted.isEmpty {
            text += " " + trn("{count} backup could not be cleaned and was deleted.",
                              "{count} backups could not be cleaned and were deleted.", deleted.count).filled(["count": String(deleted.count)])
        }
        return text
    }

    /// Every line of the outcome, for the command line.
    public var lines: [String] {
        plan.healthItems.map(\.label) + plan.evidenceItems.map(\.label)
            + cleaned.map { tr("Cleaned: {path}").filled(["path": $0]) }
            + deleted.map { tr("Could not be cleaned, deleted: {path}").filled(["path": $0]) }
            + problemLines
    }

    /// The files that still hold erased data, each with what to do.
    public var problemLines: [String] {
        failed.map { tr("Could not be cleaned nor deleted, still holds erased data: {path}").filled(["path": $0]) }
            + plan.notCleaned.map { tr("Not cleaned (a damaged copy: delete it by hand): {path}").filled(["path": $0]) }
            + residue.map { tr("Still holds a trace (close other windows on this database and erase again): {path}").filled(["path": $0]) }
    }
}
