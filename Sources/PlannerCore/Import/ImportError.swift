/// Why a file cannot be read or imported at all. Problems of single rows are `ImportProblem`s;
/// these stop the whole import, and nothing is written.
public enum ImportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file is larger than `SpreadsheetReader.maximumFileSize`.
    case fileTooLarge(bytes: Int)
    /// One cell is larger than `SpreadsheetReader.maximumCellSize` (row as in the file, header = 1).
    case cellTooLarge(row: Int, column: Int)
    /// The file holds nothing (or only blank lines).
    case emptyFile
    /// The file has a header row but no rows of data.
    case noDataRows
    /// The file is not text (an image, a zipped .xlsx, a database…).
    case binaryFile
    /// `encoding:` named something the reader does not know.
    case unknownEncoding(String)
    /// `delimiter:` is not one of , ; tab |.
    case unknownDelimiter(String)
    /// The bytes are not valid in the encoding the user chose.
    case invalidText(encoding: String)
    /// The file could not be opened.
    case cannotRead(path: String, reason: String)
    /// A mapping file (CLI `--mapping`) could not be read.
    case invalidMapping(String)
    /// Some rows have errors: the import was refused as a whole.
    case rowsHaveErrors(count: Int)
    /// Some rows have warnings nobody accepted.
    case unacceptedWarnings(count: Int)
    /// Rows look as if they came from another country than their town's, and nobody
    /// confirmed the town (`ImportPreview.confirmTown()`); `detail` is the first warning.
    case townNotConfirmed(count: Int, detail: String)
    /// A partner exchange file that is not one, or of a newer version.
    case notAnExchangeFile(String)
    /// The database refused the import (nothing was written).
    case store(PlannerError)

    /// One translated sentence for a dialog or the CLI's error line.
    public var message: String {
        switch self {
        case .fileTooLarge(let bytes):
            tr("The file is too large to import ({size} MB; at most 20 MB).", ["size": String(format: "%.1f", Double(bytes) / 1_048_576)])
        case .cellTooLarge(let row, let column):
            tr("Row {row}, column {column}: the cell is larger than 1 MB; this is not a registration list.", ["row": String(row), "column": String(column)])
        case .emptyFile: tr("The file is empty.")
        case .noDataRows: tr("The file has a header row but no people or households in it.")
        case .binaryFile:
            tr("This is not a text file. Save the spreadsheet as CSV (comma- or semicolon-separated) and import that.")
        case .unknownEncoding(let name):
            tr("Unknown encoding “{name}” (use utf-8, utf-16, windows-1250, windows-1252 or iso-8859-2).", ["name": name])
        case .unknownDelimiter(let text):
            tr("Unknown delimiter “{text}” (use , ; tab or |).", ["text": text])
        case .invalidText(let encoding):
            tr("The file is not valid {encoding} text: choose another encoding.", ["encoding": encoding])
        case .cannotRead(let path, let reason):
            tr("Cannot read “{path}”: {reason}", ["path": path, "reason": reason])
        case .invalidMapping(let reason):
            tr("Cannot use the column mapping: {reason}", ["reason": reason])
        case .rowsHaveErrors(let count):
            tr("Nothing was imported: {count} rows have errors. Correct them or skip those rows.", ["count": String(count)])
        case .unacceptedWarnings(let count):
            tr("Nothing was imported: {count} rows have warnings to accept or skip first.", ["count": String(count)])
        case .townNotConfirmed(let count, let detail):
            trn("Nothing was imported: {count} row may not come from the town chosen for it. {detail}", "Nothing was imported: {count} rows may not come from the town chosen for them. {detail}", count, ["detail": detail])
        case .notAnExchangeFile(let reason):
            tr("This is not a VisitPlanner partner exchange file: {reason}", ["reason": reason])
        case .store(let error): error.message
        }
    }

    public var description: String { message }
}
