/// The cells of one row seen through a mapping: the values of a field, and problems tied to
/// the right column.
struct RowCells {
    let row: SpreadsheetRow
    let mapping: ImportMapping
    var problems: [ImportProblem] = []

    init(row: SpreadsheetRow, mapping: ImportMapping) {
        self.row = row
        self.mapping = mapping
    }

    /// The first non-empty value of `field` (several columns: joined by "; " for notes and allergies).
    func value(_ field: ImportField) -> String? {
        let values = mapping.columns(of: field).compactMap { index -> String? in
            let text = ImportText.unprotected(ImportText.trim(index < row.cells.count ? row.cells[index] : ""))
            return text.isEmpty ? nil : text
        }
        guard !values.isEmpty else { return nil }
        return field.allowsSeveralColumns ? values.joined(separator: "; ") : values[0]
    }

    /// The header name of the first column of `field`.
    func columnName(_ field: ImportField) -> String? { mapping.column(of: field).map { mapping.header[$0] } }

    mutating func note(_ note: ParseNote?, _ field: ImportField, value: String?) {
        guard let note else { return }
        problems.append(ImportProblem(row: row.number, column: columnName(field), value: value, message: note.message,
                                      severity: note.severity))
    }

    mutating func problem(_ severity: ImportSeverity, _ message: String, field: ImportField? = nil, value: String? = nil) {
        problems.append(ImportProblem(row: row.number, column: field.flatMap(columnName), value: value, message: message,
                                      severity: severity))
    }

    /// Reader problems, extra cells and formula-looking cells: the same for every kind.
    mutating func checkCommon() {
        if let readProblem = row.readProblem {
            problems.append(ImportProblem(row: row.number, column: readProblem.column < mapping.header.count ? mapping.header[readProblem.column] : nil,
                                          value: nil, message: readProblem.message, severity: .error))
        }
        if !row.extra.isEmpty {
            problem(.warning, tr("The row has more cells than the header has columns; the extra cells are ignored"),
                    value: row.extra.joined(separator: " | "))
        }
        for (index, field) in mapping.fields.enumerated() where field != .ignore && index < row.cells.count {
            if ImportValueParsers.looksLikeFormula(row.cells[index], field: field) {
                problems.append(ImportProblem(row: row.number, column: mapping.header[index], value: row.cells[index],
                                              message: tr("Looks like a spreadsheet formula: kept as text, never calculated"),
                                              severity: .warning))
            }
        }
    }

    /// Turns a validation issue into a row error at the column of its field.
    mutating func add(_ issue: ValidationIssue, fields: [ImportField]) {
        let field = fields.first { mapping.column(of: $0) != nil }
        problem(.error, issue.message, field: field, value: field.flatMap { value($0) })
    }
}
