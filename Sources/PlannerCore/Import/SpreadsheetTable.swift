/// The column separator of a CSV file.
public enum SpreadsheetDelimiter: String, Sendable, Hashable, Codable, CaseIterable {
    case comma = ","
    case semicolon = ";"
    case tab = "\t"
    case pipe = "|"

    /// Reads `,` `;` `|`, `tab`, `\t` or a literal tab, `comma`, `semicolon`, `pipe`.
    public init?(name: String) {
        switch name.lowercased() {
        case ",", "comma": self = .comma
        case ";", "semicolon": self = .semicolon
        case "\t", "\\t", "tab": self = .tab
        case "|", "pipe": self = .pipe
        default: return nil
        }
    }

    /// "Semicolon (;)", for the delimiter chooser.
    public var displayName: String {
        switch self {
        case .comma: tr("Comma (,)")
        case .semicolon: tr("Semicolon (;)")
        case .tab: tr("Tab")
        case .pipe: tr("Vertical bar (|)")
        }
    }

    /// `tab` for the tab, the character otherwise (for JSON and text output).
    public var name: String { self == .tab ? "tab" : rawValue }

    var byte: UInt8 { rawValue.utf8.first! }
}

/// One data row of a spreadsheet, as read.
public struct SpreadsheetRow: Sendable, Hashable {
    /// The row number a spreadsheet program shows: the header is row 1, the first data row 2
    /// (a cell with line breaks still counts as one row).
    public var number: Int
    /// The text line where the row starts (differs from `number` after cells with line breaks).
    public var line: Int
    /// One cell per header column: short rows are padded with "", extra cells are in `extra`.
    public var cells: [String]
    /// Non-empty cells beyond the header's columns (they are ignored, with a warning).
    public var extra: [String]
    /// Set when the row could not be read cleanly (an unterminated quote).
    public var readProblem: ReadProblem?

    public struct ReadProblem: Sendable, Hashable {
        /// Column index (0-based) where the problem starts.
        public var column: Int
        /// Translated explanation.
        public var message: String
    }
}

/// A spreadsheet file read into a header and rows, with what the reader detected so the user
/// can check it (and read again with another choice).
public struct SpreadsheetTable: Sendable, Hashable {
    /// Column names from the first row (blank names become "Column 3").
    public var header: [String]
    public var rows: [SpreadsheetRow]
    /// The encoding used: detected, or as asked.
    public var encoding: SpreadsheetEncoding
    /// True when the encoding is a guess (a Windows code page): the GUI should show it prominently.
    public var encodingIsGuess: Bool
    /// The delimiter used: detected, or as asked.
    public var delimiter: SpreadsheetDelimiter
    /// Whether the file started with a byte order mark.
    public var hadByteOrderMark: Bool
    /// The name of the file it was read from (no folder), when read from a file: the imported
    /// records keep it as their source.
    public var fileName: String? = nil

    public init(header: [String], rows: [SpreadsheetRow], encoding: SpreadsheetEncoding = .utf8,
                encodingIsGuess: Bool = false, delimiter: SpreadsheetDelimiter = .comma, hadByteOrderMark: Bool = false) {
        self.header = header
        self.rows = rows
        self.encoding = encoding
        self.encodingIsGuess = encodingIsGuess
        self.delimiter = delimiter
        self.hadByteOrderMark = hadByteOrderMark
    }

    /// Up to `count` example values of a column (non-empty), for the mapping form.
    public func samples(ofColumn column: Int, count: Int = 3) -> [String] {
        var result: [String] = []
        for row in rows where column < row.cells.count && !row.cells[column].isEmpty {
            result.append(row.cells[column])
            if result.count == count { break }
        }
        return result
    }
}
