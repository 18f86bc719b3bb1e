import ArgumentParser
import PlannerCore

/// `visitplanner people …`: the group of participant commands (`list` by default).
struct PeopleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: tr("Work with the participants of a visit."),
        subcommands: [PeopleListCommand.self, PeopleDataCommand.self, PeopleEraseCommand.self],
        defaultSubcommand: PeopleListCommand.self)

    @OptionGroup var global: GlobalOptions
}
