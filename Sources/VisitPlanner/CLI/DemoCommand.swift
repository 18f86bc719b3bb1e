import ArgumentParser
import PlannerCore

/// `visitplanner demo`: installs the sample visit (once) and prints its id.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: Localization.tr("Create the sample visit (once) and print its id."))

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let store = try global.openStore()
        // Idempotent by contract: a second run finds the first copy and returns its id.
        let id = try SampleVisit.install(in: store)
        if global.json {
            let title = try store.visit(id: id)?.visit.title ?? SampleVisit.title
            try JSONOutput.print(DemoJSON(id: id, title: title))
        } else {
            Console.out(String(id))
        }
    }
}
