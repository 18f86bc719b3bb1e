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
    /// Households matched to one already stored: the row as a household of its own (the file's
    /// values alone), stored when the user chooses `DuplicateChoice.add`.
    public var householdAsNew: Household? = nil
    /// Households: the nights offered for the visit; nil when the file's dates are not applied
    /// (an update then keeps what is stored).
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
    /// Rows that match a stored record: every field an update would change, old → new.
    public var changes: [ImportFieldChange] = []
    /// Participants: the signs that this row's people come from elsewhere than its town
    /// (empty when nothing contradicts the town; see `ImportOriginCheck`).
    public var originSigns: [OriginSign] = []

    /// Participants: the town the row will be stored under.
    public var townId: Int64? { participant?.townId }

    /// What the import will do with the row, after the user's choices.
    public var action: ImportAction {
        if isSkipped || (existingId != nil && duplicateChoice == .skip) { return .skip }
        return existingId != nil && duplicateChoice == .update ? .update : .add
    }

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
        !hasErrors && action != .skip
    }

    /// Whether this row keeps the import from running: an error, or warnings not accepted.
    public var blocksImport: Bool { !isSkipped && (hasErrors || (hasWarnings && !warningsAccepted)) }
}

/// What the import does with one row.
public enum ImportAction: String, Sendable, Hashable, Codable, CaseIterable {
    /// Stores a new record.
    case add
    /// Changes the stored record it matched (`ImportRow.changes`).
    case update
    /// Leaves the row out.
    case skip
}
