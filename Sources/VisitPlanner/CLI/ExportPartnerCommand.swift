import ArgumentParser
import Foundation
import PlannerCore

/// `visitplanner export-partner --visit V --town T --output PATH`: one partner town's people as
/// an exchange file for that town's committee (read back with `import partner-file`).
struct ExportPartnerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-partner",
        abstract: tr("Write one partner town's participants of a visit as an exchange file (JSON with stable UUIDs)."))

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(tr("The visit: its id or exact title."), valueName: "visit"))
    var visit: String

    @Option(help: ArgumentHelp(tr("The partner town: its id or name."), valueName: "town"))
    var town: String

    @Option(help: ArgumentHelp(tr("The file to write (replaced atomically)."), valueName: "path"))
    var output: String

    func run() throws {
        let store = try global.openStore()
        let details = try store.findVisit(visit)
        guard let match = details.towns.first(where: { String($0.id!) == town || $0.name.lowercased() == town.lowercased() }) else {
            throw PlannerError.notFound(.town, key: town)
        }
        let file = try store.partnerExchangeFile(visitId: details.id, townId: match.id!)
        do {
            try file.encoded().write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw CLIFailure(message: tr("Cannot write “{path}”: {reason}", ["path": output, "reason": error.localizedDescription]))
        }
        if global.json {
            try JSONOutput.print(["output": output, "town": match.name, "participants": String(file.participants.count)])
        } else {
            Console.out(tr("{count} participants of {town} written to {path}", ["count": String(file.participants.count), "town": match.name, "path": output]))
        }
    }
}
