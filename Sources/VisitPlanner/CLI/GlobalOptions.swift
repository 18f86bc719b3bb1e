import ArgumentParser
import PlannerCore

/// Options every command accepts, before or after the subcommand's name.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        tr("The SQLite file (default: $XDG_DATA_HOME/visitplanner/planner.sqlite3)."),
        valueName: "path"))
    var database: String?

    @Flag(name: .long, help: ArgumentHelp(tr("Print one JSON document instead of text.")))
    var json = false

    /// The database file this run uses.
    var databasePath: String { database ?? PlannerStore.defaultPath }

    /// Opens (creating on first use, mode 0600) the database.
    func openStore() throws(PlannerError) -> PlannerStore {
        NewDatabaseGuard.noteOpening(databasePath)
        return try PlannerStore(path: databasePath)
    }
}
