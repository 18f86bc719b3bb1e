/// One row of a file in the preview: what it will become, and its problems.
public struct ImportRow: Sendable, Hashable, Identifiable {
    /// Row number as in the file (header = 1).
    public var number: Int
    public var id: Int { number }
    /// The cells as read.
    public var cells: [String]
    public var problems: [ImportProblem]
    /// A name for the row in lists ("Léa Bonnet", "Hana a Václav Novák").
    public var label: String
    /// Participants: the record as it will be stored (with the existing id when it updates one;
    /// `stayTogetherWith` holds only people already in the visit, see `togetherWithRows`).
    public var participant: Participant?
    /// Households: the record as it will be stored (with its id when it updates one).
    public var household: Household?
    /// Households: the nights offered for the visit.
    public var availability: Availability?
    /// The record this row matched (duplicate or update), if any.
    public var existingId: Int64?
    /// Whether the match is a possible duplicate (to choose) or the same record (an update).
    public var isPossibleDuplicate: Bool
    /// The user's choice for a duplicate (ignored otherwise).
    public var duplicateChoice: DuplicateChoice
    /// The user leaves this row out (any row can be skipped, errors too).
    public var isSkipped: Bool
    /// The user accepted this row's warnings.
    public var warningsAccepted: Bool
    /// Participants: indexes (into `ImportPreview.rows`) of the rows this one stays together with.
    public var togetherWithRows: [Int]

    /// new, update, duplicate or error.
    public var outcome: ImportOutcome {
        if hasErrors { return .error }
        if existingId != nil { return isPossibleDuplicate ? .duplicate : .update }
        return .new
    }

    public var hasErrors: Bool { problems.contains { $0.severity == .error } }
    public var hasWarnings: Bool { problems.contains { $0.severity == .warning } }
    public var errors: [ImportProblem] { problems.filter { $0.severity == .error } }
    public var warnings: [ImportProblem] { problems.filter { $0.severity == .warning } }

    /// Whether the import will write this row.
    public var willBeWritten: Bool {
        !isSkipped && !hasErrors && !(outcome == .duplicate && duplicateChoice == .skip)
    }

    /// Whether this row keeps the import from running: an error, or warnings not accepted.
    public var blocksImport: Bool { !isSkipped && (hasErrors || (hasWarnings && !warningsAccepted)) }
}
