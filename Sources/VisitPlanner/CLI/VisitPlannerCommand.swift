import ArgumentParser
import PlannerCore

/// The root command: `visitplanner` alone opens the window; a subcommand runs headless.
///
/// The global options live in `GlobalOptions`, which this command and every subcommand include.
/// The root parses them wherever they stand on the line (ArgumentParser parses the root
/// leniently over all arguments) and the subcommands receive that same value, so
/// `visitplanner --json visits list` and `visitplanner visits list --json` mean the same.
struct VisitPlannerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "visitplanner",
        abstract: tr("Plans twinning visits: guests, host families, programme and budget."),
        discussion: tr("Without a subcommand, opens the window. With one, runs without a display."),
        version: "0.1.0",
        subcommands: [DemoCommand.self, VisitsCommand.self, PeopleCommand.self, HouseholdsCommand.self,
                      AssignCommand.self, SolveInstanceCommand.self, ItineraryCommand.self, ProblemsCommand.self,
                      AssignInterpretersCommand.self,
                      BudgetCommand.self,
                      ImportCommand.self, ExportPartnerCommand.self,
                      PluginsCommand.self, ExportCommand.self, ReportCommand.self,
                      PrivacyCommand.self, BackupCommand.self, BenchInterpretersCommand.self]
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        // The only path that reaches GTK; every subcommand stays headless.
        let status = GUILauncher.run(databasePath: global.database)
        if status != 0 { throw ExitCode(status) }
    }
}
