import ArgumentParser
import PlannerCore

/// `visitplanner households …`: the group of host-household commands (`list` by default).
struct HouseholdsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "households",
        abstract: tr("Work with host households."),
        subcommands: [HouseholdsListCommand.self, HouseholdsDataCommand.self],
        defaultSubcommand: HouseholdsListCommand.self)

    @OptionGroup var global: GlobalOptions
}
