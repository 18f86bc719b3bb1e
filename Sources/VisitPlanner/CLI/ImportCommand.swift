import ArgumentParser
import Foundation
import PlannerCore

/// `visitplanner import participants|households|partner-file …`.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: tr("Import participants or host households from a spreadsheet, or a partner town's exchange file."),
        discussion: tr("""
            Spreadsheets: CSV with , ; tab or | (encoding and delimiter are detected; see --encoding, --delimiter). \
            Columns are mapped to fields from their names (English, Czech, German, French, Polish); a mapping is \
            remembered for files with the same columns. A real import is all-or-nothing: if any row has an error, \
            nothing is written and the exit status is 1. Warnings are printed and accepted (--strict refuses them). \
            Participants: --town is required when the file has no town column; when the rows look as if they came \
            from another country than their town's (header language, phone codes, native languages), nothing is \
            imported until --confirm-town says the town is right. Rows that match stored records are updated, \
            skipped or added as new (--duplicates); the preview lists every field an update would change.
            """),
        subcommands: [ImportParticipantsCommand.self, ImportHouseholdsCommand.self, ImportPartnerFileCommand.self]
    )
}

/// Options shared by `import participants` and `import households`.
struct SpreadsheetImportOptions: ParsableArguments {
    @Option(help: ArgumentHelp(tr("The visit: its id or exact title."), valueName: "visit"))
    var visit: String

    @Argument(help: ArgumentHelp(tr("The CSV file."), valueName: "file"))
    var file: String

    @Flag(name: .customLong("dry-run"), help: ArgumentHelp(tr("Report every row's outcome and problems; write nothing.")))
    var dryRun = false

    @Option(help: ArgumentHelp(tr("utf-8, utf-16, windows-1250, windows-1252 or iso-8859-2 (default: detected)."),
                               valueName: "encoding"))
    var encoding: String?

    @Option(help: ArgumentHelp(tr(", ; tab or | (default: detected)."), valueName: "delimiter"))
    var delimiter: String?

    @Option(help: ArgumentHelp(tr("A JSON file mapping columns to fields: {\"Nom\": \"familyName\"} or one field per column."),
                               valueName: "file"))
    var mapping: String?

    @Option(help: ArgumentHelp(tr("How dates like 03/04/2011 are read: day-first or month-first (default: decided from the file)."),
                               valueName: "order"))
    var dateOrder: String?

    @Flag(help: ArgumentHelp(tr("Refuse the import when a row has warnings.")))
    var strict = false

    @Option(help: ArgumentHelp(tr("Rows that match stored records: update, skip or new (add them as other records; default: update)."),
                               valueName: "choice"))
    var duplicates: String = "update"

    /// `--duplicates` as a choice (`add` is the older spelling of `new`).
    func duplicateChoice() throws -> DuplicateChoice {
        if duplicates == "add" { return .add }
        guard let choice = DuplicateChoice(rawValue: duplicates) else {
            throw ValidationError(tr("--duplicates is update, skip or new"))
        }
        return choice
    }
}

/// The work of `import participants` and `import households`.
enum SpreadsheetImport {
    static func run(kind: ImportKind, options: SpreadsheetImportOptions, global: GlobalOptions, town: String? = nil,
                    confirmTown: Bool = false) throws {
        let duplicates = try options.duplicateChoice()
        let encoding = try options.encoding.map { name throws -> SpreadsheetEncoding in
            guard let value = SpreadsheetEncoding(name: name) else { throw ValidationError(ImportError.unknownEncoding(name).message) }
            return value
        }
        let delimiter = try options.delimiter.map { name throws -> SpreadsheetDelimiter in
            guard let value = SpreadsheetDelimiter(name: name) else { throw ValidationError(ImportError.unknownDelimiter(name).message) }
            return value
        }
        let order = try options.dateOrder.map { name throws -> DateOrder in
            switch name.lowercased() {
            case "day-first", "dmy": return .dayFirst
            case "month-first", "mdy": return .monthFirst
            default: throw ValidationError(tr("--date-order is day-first or month-first"))
            }
        }
        let table: SpreadsheetTable
        do { table = try SpreadsheetReader.read(contentsOf: options.file, encoding: encoding, delimiter: delimiter) } catch {
            throw CLIFailure(message: error.message)
        }
        let store = try global.openStore()
        let details = try store.findVisit(options.visit)
        var mapping = try store.suggestedMapping(for: table, kind: kind)
        if let path = options.mapping {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CLIFailure(message: ImportError.cannotRead(path: path, reason: tr("no such file")).message)
            }
            do { mapping = try ImportMapping.fromJSON([UInt8](data), base: mapping) } catch { throw CLIFailure(message: error.message) }
        }
        let towns = details.partnerTowns + [details.hostTown]
        let townId = try town.map { key throws -> Int64 in
            let fold = { (s: String) in s.lowercased() }
            guard let match = details.towns.first(where: { String($0.id!) == key || fold($0.name) == fold(key) }) else {
                throw ValidationError(tr("“{town}” is not a town of this visit (towns: {towns})", ["town": key, "towns": towns.map(\.name).joined(separator: ", ")]))
            }
            return match.id!
        }
        let importOptions = ImportOptions(visitId: details.id, townId: townId, dateOrder: order, duplicateChoice: duplicates)
        var preview = try store.previewImport(table, mapping: mapping, options: importOptions)
        // The town is never guessed: a file without a town column needs --town.
        if kind == .participants && townId == nil && mapping.column(of: .town) == nil {
            var message = tr("--town is required: the file has no town column. Towns of this visit: {towns}.", ["towns": towns.map(\.name).joined(separator: ", ")])
            if let summary = preview.origin?.summary { message += " " + summary }
            throw ValidationError(message)
        }
        if confirmTown { preview.confirmTown() }
        if !options.strict { preview.acceptAllWarnings() }
        try finish(preview, store: store, details: details, file: options.file, dryRun: options.dryRun, global: global)
    }

    /// Prints the preview (and writes it unless a dry run); exit 1 when it cannot be imported.
    static func finish(_ preview: ImportPreview, store: PlannerStore, details: VisitDetails, file: String, dryRun: Bool,
                       global: GlobalOptions) throws {
        var receipt: ImportReceipt?
        var failure: ImportError?
        if !dryRun {
            do { receipt = try store.runImport(preview) } catch { failure = error }
        }
        let participants = try store.participantCount(ofVisit: details.id)
        if global.json {
            try JSONOutput.print(ImportJSON(preview, visit: VisitJSON(details, participants: participants), towns: details.towns, file: file,
                                            dryRun: dryRun, receipt: receipt, failure: failure))
        } else {
            printText(preview, towns: details.towns, file: file, dryRun: dryRun, receipt: receipt)
        }
        if let failure {
            if case .townNotConfirmed = failure {
                throw CLIFailure(message: failure.message + " " + tr("If the town is right, run again with --confirm-town; else choose it with --town."))
            }
            throw CLIFailure(message: failure.message)
        }
        if dryRun && !preview.canImport
            && (preview.errorCount > 0 || preview.fileProblems.contains { $0.severity == .error } || preview.needsTownConfirmation) {
            // A dry run reports; it fails only as the real import would.
            throw ExitCode(CLIExitStatus.failure)
        }
    }

    private static func printText(_ preview: ImportPreview, towns visitTowns: [Town], file: String, dryRun: Bool, receipt: ImportReceipt?) {
        if case .spreadsheet(let encoding, let guess, let delimiter) = preview.source {
            Console.out(tr("{file}: {encoding}{guess}, delimiter {delimiter}", ["file": file, "encoding": encoding.rawValue, "guess": guess ? " (" + tr("guessed") + ")" : "", "delimiter": delimiter.name]))
            let mapped = zip(preview.mapping.header, preview.mapping.fields).map { "\($0) → \($1.rawValue)" }
            Console.out(tr("Columns: {columns}", ["columns": mapped.joined(separator: ", ")]))
        }
        for problem in preview.fileProblems { Console.out("\(problem.severity.rawValue): \(problem.message)") }
        for warning in preview.originWarnings {
            Console.out("\(ImportSeverity.warning.rawValue): \(warning.message)"
                        + (preview.townConfirmed ? " " + tr("(town confirmed)") : ""))
        }
        let towns = Dictionary(visitTowns.compactMap { town in town.id.map { ($0, town) } }, uniquingKeysWith: { a, _ in a })
        for row in preview.rows {
            var line = tr("Row {row}: {outcome} {name}", ["row": String(row.number), "outcome": row.outcome.rawValue, "name": row.label])
            if let id = row.townId, let town = towns[id] { line += " — " + town.label }
            if row.existingId != nil { line += " → " + row.action.rawValue }
            Console.out(line)
            if !row.originSigns.isEmpty {
                Console.out("    " + tr("looks like elsewhere: {signs}", ["signs": row.originSigns.map(\.description).joined(separator: ", ")]))
            }
            for change in row.changes { Console.out("    " + change.description) }
            for problem in row.problems {
                Console.out("    \(problem.severity.rawValue): \(problem.description)")
            }
        }
        Console.out(tr("{new} new, {update} updates, {duplicate} duplicates, {error} with errors", ["new": String(preview.count(.new)), "update": String(preview.count(.update)), "duplicate": String(preview.count(.duplicate)), "error": String(preview.count(.error))]))
        Console.out(tr("To add: {add}, to update: {update}, to skip: {skip}.", ["add": String(preview.planned(.add)), "update": String(preview.planned(.update)), "skip": String(preview.planned(.skip))]))
        if dryRun { Console.out(tr("Dry run: nothing was written.")) }
        if let receipt {
            Console.out(tr("Imported: {inserted} added, {updated} updated.", ["inserted": String(receipt.insertedCount), "updated": String(receipt.updatedCount)]))
        }
    }
}

/// `visitplanner import participants --visit V FILE …`.
struct ImportParticipantsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "participants",
        abstract: tr("Import a partner town's registration list (CSV) into a visit."))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: SpreadsheetImportOptions

    @Option(help: ArgumentHelp(tr("The town the people come from: its name or id. Required when the file has no town column; never guessed."),
                               valueName: "town"))
    var town: String?

    @Flag(name: .customLong("confirm-town"),
          help: ArgumentHelp(tr("Import even though the rows look as if they came from another country than their town's.")))
    var confirmTown = false

    func run() throws {
        try SpreadsheetImport.run(kind: .participants, options: options, global: global, town: town, confirmTown: confirmTown)
    }
}

/// `visitplanner import households --visit V FILE …`.
struct ImportHouseholdsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "households",
        abstract: tr("Import host households (CSV) and their availability for a visit; known households are updated."))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: SpreadsheetImportOptions

    func run() throws {
        try SpreadsheetImport.run(kind: .households, options: options, global: global)
    }
}

/// `visitplanner import partner-file --visit V FILE [--dry-run]`.
struct ImportPartnerFileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partner-file",
        abstract: tr("Import a partner town's exchange file (JSON, from export-partner); people are updated by their UUID."))

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(tr("The visit: its id or exact title."), valueName: "visit"))
    var visit: String

    @Argument(help: ArgumentHelp(tr("The exchange file."), valueName: "file"))
    var file: String

    @Flag(name: .customLong("dry-run"), help: ArgumentHelp(tr("Report every person's outcome and problems; write nothing.")))
    var dryRun = false

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CLIFailure(message: ImportError.cannotRead(path: file, reason: tr("no such file")).message)
        }
        let exchange: PartnerExchangeFile
        do { exchange = try PartnerExchangeFile.decode(data) } catch { throw CLIFailure(message: error.message) }
        let store = try global.openStore()
        let details = try store.findVisit(visit)
        var preview = try store.previewPartnerImport(exchange, visitId: details.id,
                                                     fileName: URL(fileURLWithPath: file).lastPathComponent)
        preview.acceptAllWarnings()
        try SpreadsheetImport.finish(preview, store: store, details: details, file: file, dryRun: dryRun, global: global)
    }
}
