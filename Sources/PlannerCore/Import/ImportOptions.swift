/// Choices that apply to a whole import.
public struct ImportOptions: Sendable, Hashable {
    /// The visit the participants belong to, or the visit the households offer beds for.
    public var visitId: Int64
    /// Participants: the town they come from. Never guessed: nil needs a town column (rows
    /// without a known town are then errors), else the preview has a file error.
    public var townId: Int64?
    /// How dates with slashes are read (nil: decided per column, see `ImportValueParsers.dateOrder`).
    public var dateOrder: DateOrder?
    /// What happens to a row that matches a stored record (a participant with the same name and
    /// birth date, a household with the same name and address) until the user chooses per row.
    public var duplicateChoice: DuplicateChoice

    public init(visitId: Int64, townId: Int64? = nil, dateOrder: DateOrder? = nil, duplicateChoice: DuplicateChoice = .update) {
        self.visitId = visitId
        self.townId = townId
        self.dateOrder = dateOrder
        self.duplicateChoice = duplicateChoice
    }
}

/// What to do with a row that matches a record already stored.
public enum DuplicateChoice: String, Sendable, Hashable, Codable, CaseIterable {
    /// Overwrite the existing record with the file's values (the mapped columns only).
    case update
    /// Leave the existing record alone; the row is not imported.
    case skip
    /// Import the row as another record (`new` on the command line).
    case add = "new"

    public var displayName: String {
        switch self {
        case .update: tr("Update")
        case .skip: tr("Skip")
        case .add: tr("Add as new")
        }
    }
}

/// What importing a row will do.
public enum ImportOutcome: String, Sendable, Hashable, Codable {
    /// A new record.
    case new
    /// Updates the record it matched (household by name and address, exchange file by UUID).
    case update
    /// Looks like someone already in the visit (same name and birth date): the row's
    /// `duplicateChoice` decides.
    case duplicate
    /// Cannot be imported as it is.
    case error

    public var displayName: String {
        switch self {
        case .new: tr("New")
        case .update: tr("Update")
        case .duplicate: tr("Duplicate")
        case .error: tr("Error")
        }
    }
}
