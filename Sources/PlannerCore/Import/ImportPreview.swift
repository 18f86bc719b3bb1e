/// Everything an import would do, row by row, before anything is written. The GUI shows it,
/// lets the user change choices (duplicates, skipped rows, accepted warnings) and hands it to
/// `PlannerStore.runImport(_:)`; the CLI prints it (`--dry-run`).
public struct ImportPreview: Sendable, Hashable {
    public var kind: ImportKind
    public var visitId: Int64
    /// Where the rows came from (for messages and the receipt).
    public var source: ImportSource
    public var mapping: ImportMapping
    /// The language the file's header is written in (ISO 639-1), if recognised.
    public var fileLanguage: String?
    /// Participants: the town the user chose for the import (nil: each row's town column).
    public var townId: Int64?
    /// The order used for dates with slashes.
    public var dateOrder: DateOrder
    public var rows: [ImportRow]
    /// Problems of the whole file (no name column, town unknown…).
    public var fileProblems: [ImportProblem]
    /// Participants from a spreadsheet: what the file says about where its people come from.
    public var origin: ImportOrigin? = nil
    /// Rows that look as if they came from another country than their town's: the import
    /// needs `confirmTown()` first.
    public var originWarnings: [ImportOriginWarning] = []
    /// The user confirmed the town despite `originWarnings`.
    public var townConfirmed = false
    /// The imported file's name (no folder), when known: the records keep it as their source.
    public var fileName: String? = nil

    /// What the records this import writes keep as their source (or last update) when run on `date`.
    public func recordSource(on date: CalendarDate) -> RecordSource {
        switch source {
        case .spreadsheet: RecordSource(kind: .spreadsheetImport, fileName: fileName, date: date)
        case .partnerFile(let town): RecordSource(kind: .partnerExchange, fileName: fileName, date: date, townName: town)
        }
    }

    /// Whether the town still needs the user's confirmation.
    public var needsTownConfirmation: Bool { !originWarnings.isEmpty && !townConfirmed }

    /// Rows that will be written.
    public var rowsToWrite: [ImportRow] { rows.filter(\.willBeWritten) }
    /// Rows with errors that are not skipped.
    public var errorCount: Int { rows.filter { $0.action != .skip && $0.hasErrors }.count }
    /// Rows whose warnings still need accepting (or skipping).
    public var unacceptedWarningCount: Int {
        rows.filter { $0.action != .skip && !$0.hasErrors && $0.hasWarnings && !$0.warningsAccepted }.count
    }
    /// Whether `runImport` will accept this preview.
    public var canImport: Bool {
        errorCount == 0 && unacceptedWarningCount == 0 && !fileProblems.contains { $0.severity == .error } && !rowsToWrite.isEmpty
            && !needsTownConfirmation
    }

    /// Rows the import will add, update or leave out (rows with errors not counted).
    public func planned(_ action: ImportAction) -> Int { rows.filter { !$0.hasErrors && $0.action == action }.count }

    /// Rows that match a stored record (where a choice applies).
    public var matchedCount: Int { rows.filter { $0.existingId != nil }.count }

    /// Counts by outcome, for the summary line.
    public func count(_ outcome: ImportOutcome) -> Int { rows.filter { !$0.isSkipped && $0.outcome == outcome }.count }

    /// Accepts the warnings of the row numbered `number` (as in the file).
    public mutating func acceptWarnings(ofRow number: Int, _ accepted: Bool = true) {
        if let index = rows.firstIndex(where: { $0.number == number }) { rows[index].warningsAccepted = accepted }
    }

    /// Accepts every row's warnings (the CLI does this; it prints them).
    public mutating func acceptAllWarnings() {
        for index in rows.indices { rows[index].warningsAccepted = true }
    }

    /// Leaves the row out of the import, or puts it back.
    public mutating func skip(row number: Int, _ skipped: Bool = true) {
        if let index = rows.firstIndex(where: { $0.number == number }) { rows[index].isSkipped = skipped }
    }

    /// What to do with a row that matches a stored record.
    public mutating func choose(_ choice: DuplicateChoice, forRow number: Int) {
        if let index = rows.firstIndex(where: { $0.number == number }) { rows[index].duplicateChoice = choice }
    }

    /// The same choice for every row that matches a stored record.
    public mutating func chooseForAll(_ choice: DuplicateChoice) {
        for index in rows.indices where rows[index].existingId != nil { rows[index].duplicateChoice = choice }
    }

    /// The user says the rows do come from their town, despite `originWarnings`.
    public mutating func confirmTown(_ confirmed: Bool = true) { townConfirmed = confirmed }
}

/// Where imported rows came from.
public enum ImportSource: Sendable, Hashable {
    /// A spreadsheet, with what the reader used.
    case spreadsheet(encoding: SpreadsheetEncoding, encodingIsGuess: Bool, delimiter: SpreadsheetDelimiter)
    /// A partner exchange file (JSON) from the named town.
    case partnerFile(townName: String)
}
