import ArgumentParser
import Foundation
import PlannerCore

/// `visitplanner import participants|households|partner-file …`.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: Localization.tr("Import participants or host households from a spreadsheet, or a partner town's exchange file."),
        discussion: Localization.tr("""
            Spreadsheets: CSV with , ; tab or | (encoding and delimiter are detected; see --encoding, --delimiter). \
            Columns are mapped to fields from their names (English, Czech, German, French, Polish); a mapping is \
            remembered for files with the same columns. A real import is all-or-nothing: if any row has an error, \
            nothing is written and the exit status is 1. Warnings are printed and accepted (--strict refuses them).
            """),
        subcommands: [ImportParticipantsCommand.self, ImportHouseholdsCommand.self, ImportPartnerFileCommand.self]
    )
}

/// Options shared by `import participants` and `import households`.
struct SpreadsheetImportOptions: ParsableArguments {
    @Option(help: ArgumentHelp(Localization.tr("The visit: its id or exact title."), valueName: "visit"))
    var visit: String

    @Argument(help: ArgumentHelp(Localization.tr("The CSV file."), valueName: "file"))
    var file: String

    @Flag(name: .customLong("dry-run"), help: ArgumentHelp(Localization.tr("Report every row's outcome and problems; write nothing.")))
    var dryRun = false

    @Option(help: ArgumentHelp(Localization.tr("utf-8, utf-16, windows-1250, windows-1252 or iso-8859-2 (default: detected)."),
                               valueName: "encoding"))
    var encoding: String?

    @Option(help: ArgumentHelp(Localization.tr(", ; tab or | (default: detected)."), valueName: "delimiter"))
    var delimiter: String?

    @Option(help: ArgumentHelp(Localization.tr("A JSON file mapping columns to fields: {\"Nom\": \"familyName\"} or one field per column."),
                               valueName: "file"))
    var mapping: String?

    @Option(help: ArgumentHelp(Localization.tr("How dates like 03/04/2011 are read: day-first or month-first (default: decided from the file)."),
                               valueName: "order"))
    var dateOrder: String?

    @Flag(help: ArgumentHelp(Localization.tr("Refuse the import when a row has warnings.")))
    var strict = false
}

/// The work of `import participants` and `import households`.
enum SpreadsheetImport {
    static func run(kind: ImportKind, options: SpreadsheetImportOptions, global: GlobalOptions, town: String?,
                    duplicates: DuplicateChoice) throws {
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
            default: throw ValidationError(CLIText.tr("--date-order is day-first or month-first"))
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
                throw CLIFailure(message: ImportError.cannotRead(path: path, reason: CLIText.tr("no such file")).message)
            }
            do { mapping = try ImportMapping.fromJSON([UInt8](data), base: mapping) } catch { throw CLIFailure(message: error.message) }
        }
        let townId = try town.map { key throws -> Int64 in
            let fold = { (s: String) in s.lowercased() }
            guard let match = details.towns.first(where: { String($0.id!) == key || fold($0.name) == fold(key) }) else {
                throw PlannerError.notFound(what: CLIText.tr("town"), key: key)
            }
            return match.id!
        }
        var preview = try store.previewImport(table, mapping: mapping,
                                              options: ImportOptions(visitId: details.id, townId: townId, dateOrder: order,
                                                                     duplicateChoice: duplicates))
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
            try JSONOutput.print(ImportJSON(preview, visit: VisitJSON(details, participants: participants), file: file,
                                            dryRun: dryRun, receipt: receipt, failure: failure))
        } else {
            printText(preview, file: file, dryRun: dryRun, receipt: receipt)
        }
        if let failure { throw CLIFailure(message: failure.message) }
        if dryRun && !preview.canImport && (preview.errorCount > 0 || preview.fileProblems.contains { $0.severity == .error }) {
            // A dry run reports; it fails only as the real import would.
            throw ExitCode(CLIExitStatus.failure)
        }
    }

    private static func printText(_ preview: ImportPreview, file: String, dryRun: Bool, receipt: ImportReceipt?) {
        if case .spreadsheet(let encoding, let guess, let delimiter) = preview.source {
            Console.out(CLIText.tr("{file}: {encoding}{guess}, delimiter {delimiter}", [
                "file": file, "encoding": encoding.rawValue, "guess": guess ? " (" + CLIText.tr("guessed") + ")" : "",
                "delimiter": delimiter.name]))
            let mapped = zip(preview.mapping.header, preview.mapping.fields).map { "\($0) → \($1.rawValue)" }
            Console.out(CLIText.tr("Columns: {columns}", ["columns": mapped.joined(separator: ", ")]))
        }
        for problem in preview.fileProblems { Console.out("\(problem.severity.rawValue): \(problem.message)") }
        for row in preview.rows {
            Console.out(CLIText.tr("Row {row}: {outcome} {name}", ["row": String(row.number), "outcome": row.outcome.rawValue,
                                                                   "name": row.label]))
            for problem in row.problems {
                Console.out("    \(problem.severity.rawValue): \(problem.description)")
            }
        }
        Console.out(CLIText.tr("{new} new, {update} updates, {duplicate} duplicates, {error} with errors", [
            "new": String(preview.count(.new)), "update": String(preview.count(.update)),
            "duplicate": String(preview.count(.duplicate)), "error": String(preview.count(.error))]))
        if dryRun { Console.out(CLIText.tr("Dry run: nothing was written.")) }
        if let receipt {
            Console.out(CLIText.tr("Imported: {inserted} added, {updated} updated.", [
                "inserted": String(receipt.insertedCount), "updated": String(receipt.updatedCount)]))
        }
    }
}

/// `visitplanner import participants --visit V FILE …`.
struct ImportParticipantsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "participants",
        abstract: Localization.tr("Import a partner town's registration list (CSV) into a visit."))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: SpreadsheetImportOptions

    @Option(help: ArgumentHelp(Localization.tr("The partner town the people come from (default: guessed from the file's language)."),
                               valueName: "town"))
    var town: String?

    @Option(help: ArgumentHelp(Localization.tr("People already in the visit (same name and birth date): update, skip or add (default: update)."),
                               valueName: "choice"))
    var duplicates: String = "update"

    func run() throws {
        guard let choice = DuplicateChoice(rawValue: duplicates) else {
            throw ValidationError(CLIText.tr("--duplicates is update, skip or add"))
        }
        try SpreadsheetImport.run(kind: .participants, options: options, global: global, town: town, duplicates: choice)
    }
}

/// `visitplanner import households --visit V FILE …`.
struct ImportHouseholdsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "households",
        abstract: Localization.tr("Import host households (CSV) and their availability for a visit; known households are updated."))

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: SpreadsheetImportOptions

    func run() throws {
        try SpreadsheetImport.run(kind: .households, options: options, global: global, town: nil, duplicates: .update)
    }
}

/// `visitplanner import partner-file --visit V FILE [--dry-run]`.
struct ImportPartnerFileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partner-file",
        abstract: Localization.tr("Import a partner town's exchange file (JSON, from export-partner); people are updated by their UUID."))

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(Localization.tr("The visit: its id or exact title."), valueName: "visit"))
    var visit: String

    @Argument(help: ArgumentHelp(Localization.tr("The exchange file."), valueName: "file"))
    var file: String

    @Flag(name: .customLong("dry-run"), help: ArgumentHelp(Localization.tr("Report every person's outcome and problems; write nothing.")))
    var dryRun = false

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CLIFailure(message: ImportError.cannotRead(path: file, reason: CLIText.tr("no such file")).message)
        }
        let exchange: PartnerExchangeFile
        do { exchange = try PartnerExchangeFile.decode(data) } catch { throw CLIFailure(message: error.message) }
        let store = try global.openStore()
        let details = try store.findVisit(visit)
        var preview = try store.previewPartnerImport(exchange, visitId: details.id)
        preview.acceptAllWarnings()
        try SpreadsheetImport.finish(preview, store: store, details: details, file: file, dryRun: dryRun, global: global)
    }
}
