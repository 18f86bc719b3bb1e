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

    /// One field an update would change.
    struct Change: Encodable {
        /// The field's mapping name (`birthDate`).
        let field: String
        /// The field's label in the reader's language.
        let label: String
        let old: String
        let new: String
    }

    struct Row: Encodable {
        let row: Int
        /// new, update, duplicate or error.
        let outcome: String
        /// What the import does with it: add, update or skip.
        let action: String
        let name: String
        /// Participants: the town the row is stored under.
        @ExplicitNull var townId: Int64?
        @ExplicitNull var town: String?
        @ExplicitNull var existingId: Int64?
        /// For rows that match a stored record: update, skip or new.
        @ExplicitNull var duplicateChoice: String?
        /// For rows that match a stored record: every field an update changes, old → new.
        let changes: [Change]
        /// Signs that the row comes from elsewhere than its town ("phone:+49", "native:de").
        let originSigns: [String]
        let problems: [Problem]
    }

    /// Rows that look as if they came from another country than their town's.
    struct OriginWarning: Encodable {
        let townId: Int64
        @ExplicitNull var country: String?
        let rows: [Int]
        let signs: [String]
        let message: String
    }

    /// What the import does, after the choices.
    struct Planned: Encodable {
        let add: Int
        let update: Int
        let skip: Int
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
    /// "The file looks like people from Germany (…).", when the file gives signs.
    @ExplicitNull var origin: String?
    let originWarnings: [OriginWarning]
    /// Whether the town was confirmed despite the origin warnings (`--confirm-town`).
    let townConfirmed: Bool
    let rows: [Row]
    let summary: Summary
    /// What the import does with the rows after the choices (`--duplicates`).
    let planned: Planned
    let insertedIds: [Int64]
    let updatedIds: [Int64]
    @ExplicitNull var error: String?

    init(_ preview: ImportPreview, visit: VisitJSON, towns: [Town], file: String, dryRun: Bool, receipt: ImportReceipt?, failure: ImportError?) {
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
        origin = preview.origin?.summary
        originWarnings = preview.originWarnings.map {
            OriginWarning(townId: $0.townId, country: $0.country, rows: $0.rows, signs: $0.signs.map(\.key), message: $0.message)
        }
        townConfirmed = preview.townConfirmed
        rows = preview.rows.map { row in
            Row(row: row.number, outcome: row.isSkipped ? "skipped" : row.outcome.rawValue, action: row.action.rawValue, name: row.label,
                townId: row.townId, town: row.townId.flatMap { id in towns.first { $0.id == id }?.name },
                existingId: row.existingId, duplicateChoice: row.existingId != nil ? row.duplicateChoice.rawValue : nil,
                changes: row.changes.map { Change(field: $0.field.rawValue, label: $0.field.displayName, old: $0.old, new: $0.new) },
                originSigns: row.originSigns.map(\.key), problems: row.problems.map(Problem.init))
        }
        summary = Summary(rows: preview.rows.count, new: preview.count(.new), update: preview.count(.update),
                          duplicate: preview.count(.duplicate), error: preview.count(.error),
                          warnings: preview.rows.reduce(0) { $0 + $1.warnings.count })
        planned = Planned(add: preview.planned(.add), update: preview.planned(.update), skip: preview.planned(.skip))
        insertedIds = (receipt?.insertedParticipantIds ?? []) + (receipt?.insertedHouseholdIds ?? [])
        updatedIds = (receipt?.previousParticipants.compactMap(\.id) ?? []) + (receipt?.previousHouseholds.compactMap(\.id) ?? [])
        error = failure?.message
    }
}
