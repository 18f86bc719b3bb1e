import ArgumentParser
import PlannerCore

/// `visitplanner backup create`: takes a backup now (the oldest beyond seven goes).
struct BackupCreateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: tr("Take a backup of the database now."))

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let store = try global.openStore()
        let backup = try store.backups.take(of: store)
        if global.json {
            try JSONOutput.print(BackupJSON(backup))
        } else {
            Console.out(tr("Backup {id} saved to {path}.", ["id": backup.id, "path": backup.path]))
        }
    }
}
