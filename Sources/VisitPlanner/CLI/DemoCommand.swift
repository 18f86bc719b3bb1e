import ArgumentParser
import PlannerCore

/// `visitplanner demo`: installs the sample visit (once) and prints its id.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: tr("Create the sample visit (once) and print its id."))

    @OptionGroup var global: GlobalOptions

    @Option(name: .customLong("generated"),
            help: ArgumentHelp(tr("Instead of the sample, create a synthetic visit with this many participants (for benchmarks)."),
                               valueName: "N"))
    var generatedParticipants: Int?

    func validate() throws {
        if let n = generatedParticipants, !(1...1_000_000).contains(n) {
            throw ValidationError(tr("--generated takes a number from 1 to 1000000."))
        }
    }

    func run() throws {
        let store = try global.openStore()
        // Idempotent by contract: a second run finds the first copy and returns its id.
        let id = try generatedParticipants.map { n throws(PlannerError) in try GeneratedVisit.install(participants: n, in: store) }
            ?? SampleVisit.install(in: store)
        if global.json {
            let title = try store.visit(id: id)?.visit.title ?? ""
            try JSONOutput.print(DemoJSON(id: id, title: title))
        } else {
            Console.out(String(id))
        }
    }
}
