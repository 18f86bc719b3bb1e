import ArgumentParser
import PlannerCore

/// `visitplanner visits …`: the group of visit commands (`list` by default, `create`).
struct VisitsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "visits",
        abstract: tr("Work with visits."),
        subcommands: [VisitsListCommand.self, VisitsCreateCommand.self],
        defaultSubcommand: VisitsListCommand.self)

    @OptionGroup var global: GlobalOptions
}
