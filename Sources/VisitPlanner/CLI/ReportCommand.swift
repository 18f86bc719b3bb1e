import ArgumentParser
import Foundation
import PlannerCore

/// `visitplanner report --visit V --id ID [--language xx[,yy]]`: a plugin's report as a table.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: tr("Show a report a plugin computes, e.g. diets."),
        discussion: tr("The reports come from the plugins: see `visitplanner plugins list --json`."))

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(tr("The visit: its id or exact title."), valueName: "visit"))
    var visit: String

    @Option(help: ArgumentHelp(tr("The report's id."), valueName: "id"))
    var id: String

    @Option(help: ArgumentHelp(tr("Languages for titles and texts, best first (ISO 639-1 codes: fr,de)."), valueName: "xx[,yy]"))
    var language: String?

    func validate() throws { _ = try LanguageCodes.parse(language) }

    func run() throws {
        let store = try global.openStore()
        let details = try store.findVisit(visit)
        guard let snapshot = try store.snapshot(ofVisit: details.id) else {
            throw PlannerError.notFound(.visit, key: visit)
        }
        let report = try PluginManager().report(id)
        let table: ReportTable
        do {
            table = try report.make(from: snapshot, languages: try LanguageCodes.parse(language))
        } catch let error as ExportError {
            throw error
        } catch {
            throw CLIFailure(message: tr("The report “{id}” failed: {reason}", ["id": id, "reason": "\(error)"]))
        }
        if global.json {
            return try JSONOutput.print(ReportTableJSON(id: id, title: table.title, columns: table.columns, rows: table.rows))
        }
        var text = TextTable(table.columns.map { TextTable.Column(title: $0) })
        for row in table.rows { text.append(row + Array(repeating: "", count: max(0, table.columns.count - row.count))) }
        Console.out(table.title + "\n\n" + text.render())
        if table.rows.isEmpty { Console.out(tr("(nobody)")) }
    }
}
