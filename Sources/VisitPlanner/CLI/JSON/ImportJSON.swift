import PlannerCore

/// `import … --json`: what was detected, the mapping, every row's outcome and problems.
struct ImportJSON: Encodable {
    struct Problem: Encodable {
        @ExplicitNull var row: Int?
        @ExplicitNull var column: String?
        @ExplicitNull var value: String?
        let message: String
        /// error or warning.
        let severity: String

        init(_ problem: ImportProblem) {
            row = problem.row
            column = problem.column
            value = problem.value
            message = problem.message
            severity = problem.severity.rawValue
        }
    }

    struct Row: Encodable {
        let row: Int
        /// new, update, duplicate or error.
        let outcome: String
        let name: String
        @ExplicitNull var existingId: Int64?
        /// For duplicates: update, skip or add.
        @ExplicitNull var duplicateChoice: String?
        let problems: [Problem]
    }

    struct Column: Encodable {
        let column: String
        let field: String
    }

    struct Summary: Encodable {
        let rows: Int
        let new: Int
        let update: Int
        let duplicate: Int
        let error: Int
        let warnings: Int
    }

    let visit: VisitJSON
    let file: String
    let kind: String
    let dryRun: Bool
    /// Whether anything was written.
    let imported: Bool
    @ExplicitNull var encoding: String?
    @ExplicitNull var encodingGuessed: Bool?
    @ExplicitNull var delimiter: String?
    @ExplicitNull var fileLanguage: String?
    @ExplicitNull var townId: Int64?
    let mapping: [Column]
    let fileProblems: [Problem]
    let rows: [Row]
    let summary: Summary
    let insertedIds: [Int64]
    let updatedIds: [Int64]
    @ExplicitNull var error: String?

    init(_ preview: ImportPreview, visit: VisitJSON, file: String, dryRun: Bool, receipt: ImportReceipt?, failure: ImportError?) {
        self.visit = visit
        self.file = file
        kind = preview.kind.rawValue
        self.dryRun = dryRun
        imported = receipt != nil
        if case .spreadsheet(let encoding, let guess, let delimiter) = preview.source {
            self.encoding = encoding.rawValue
            encodingGuessed = guess
            self.delimiter = delimiter.name
        }
        fileLanguage = preview.fileLanguage
        townId = preview.townId
        mapping = zip(preview.mapping.header, preview.mapping.fields).map { Column(column: $0, field: $1.rawValue) }
        fileProblems = preview.fileProblems.map(Problem.init)
        rows = preview.rows.map { row in
            Row(row: row.number, outcome: row.isSkipped ? "skipped" : row.outcome.rawValue, name: row.label, existingId: row.existingId,
                duplicateChoice: row.outcome == .duplicate ? row.duplicateChoice.rawValue : nil,
                problems: row.problems.map(Problem.init))
        }
        summary = Summary(rows: preview.rows.count, new: preview.count(.new), update: preview.count(.update),
                          duplicate: preview.count(.duplicate), error: preview.count(.error),
                          warnings: preview.rows.reduce(0) { $0 + $1.warnings.count })
        insertedIds = (receipt?.insertedParticipantIds ?? []) + (receipt?.insertedHouseholdIds ?? [])
        updatedIds = (receipt?.previousParticipants.compactMap(\.id) ?? []) + (receipt?.previousHouseholds.compactMap(\.id) ?? [])
        error = failure?.message
    }
}
