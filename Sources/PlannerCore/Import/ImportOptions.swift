/// Choices that apply to a whole import.
public struct ImportOptions: Sendable, Hashable {
    /// The visit the participants belong to, or the visit the households offer beds for.
    public var visitId: Int64
    /// Participants: the partner town they come from (nil: a "town" column, else guessed from
    /// the file's language among the visit's partner towns; the preview reports the guess).
    public var townId: Int64?
    /// How dates with slashes are read (nil: decided per column, see `ImportValueParsers.dateOrder`).
    public var dateOrder: DateOrder?
    /// What happens to a participant who is already in the visit (same name and birth date)
    /// until the user chooses per row.
    public var duplicateChoice: DuplicateChoice

    public init(visitId: Int64, townId: Int64? = nil, dateOrder: DateOrder? = nil, duplicateChoice: DuplicateChoice = .update) {
        self.visitId = visitId
        self.townId = townId
        self.dateOrder = dateOrder
        self.duplicateChoice = duplicateChoice
    }
}

/// What to do with a row that matches a participant already in the visit.
public enum DuplicateChoice: String, Sendable, Hashable, Codable, CaseIterable {
    /// Overwrite the existing record with the file's values (the mapped columns only).
    case update
    /// Leave the existing record alone; the row is not imported.
    case skip
    /// Import the row as another person.
    case add

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
