import ArgumentParser
import PlannerCore

/// `visitplanner households data --household H`: everything held about one host household
/// (every field, availability per visit, guests placed with it, hosting history) and where
/// the record came from: the answer to a GDPR Art. 15 request.
struct HouseholdsDataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: tr("Show everything held about one host household, with where it came from."))

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(tr("The household: its id or exact name."), valueName: "household"))
    var household: String

    func run() throws {
        let store = try global.openStore()
        let found = try store.findHousehold(household)
        let report = try store.householdDataReport(householdId: found.id!)
        if global.json { return try JSONOutput.print(report) }
        Console.out(String(report.text.dropLast()))
    }
}
