import ArgumentParser
import PlannerCore

/// `visitplanner privacy …`: a visit's data retention (`show` by default, `set`, `apply`).
struct PrivacyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "privacy",
        abstract: tr("Show and apply how long a visit keeps its personal data."),
        subcommands: [PrivacyShowCommand.self, PrivacySetCommand.self, PrivacyApplyCommand.self],
        defaultSubcommand: PrivacyShowCommand.self)

    @OptionGroup var global: GlobalOptions
}
