/// How bad a row's problem is.
public enum ImportSeverity: String, Sendable, Hashable, Codable {
    /// The row cannot be imported as it is (skip it or correct the file).
    case error
    /// The row can be imported once the user accepts what the importer made of it.
    case warning
}

/// One problem of one row: where (row as in the file, column), what value, and why.
public struct ImportProblem: Sendable, Hashable {
    /// Row number as a spreadsheet program shows it (header = 1); nil for the whole file.
    public var row: Int?
    /// The column's header name; nil when the problem is about the whole row.
    public var column: String?
    /// The cell as it was in the file.
    public var value: String?
    /// Translated explanation.
    public var message: String
    public var severity: ImportSeverity

    public init(row: Int?, column: String?, value: String?, message: String, severity: ImportSeverity) {
        self.row = row
        self.column = column
        self.value = value
        self.message = message
        self.severity = severity
    }

    /// "Row 4, Date de naissance “31/02/2011”: …", for logs and the CLI.
    public var description: String {
        var place: [String] = []
        if let row { place.append(tr("Row {row}", ["row": String(row)])) }
        if let column { place.append(column) }
        var text = place.joined(separator: ", ")
        if let value, !value.isEmpty { text += " “\(value.count > 60 ? String(value.prefix(60)) + "…" : value)”" }
        return text.isEmpty ? message : "\(text): \(message)"
    }
}
