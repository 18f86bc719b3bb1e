import ArgumentParser
import PlannerCore

/// `visitplanner backup restore [ID]`: puts a backup (the newest good one by default) in place
/// of the database; the current file is kept aside, never deleted.
struct BackupRestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: tr("Replace the database with a backup (by default the newest that passes SQLite’s integrity check). The current file is kept aside."))

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(tr("The backup’s id, as “backup list” shows it."), valueName: "id"))
    var id: String?

    struct Document: Encodable {
        let restored: BackupJSON
        let keptAside: String
    }

    func run() throws {
        let shelf = BackupShelf(databasePath: global.databasePath)
        let backup = try shelf.find(id)
        let aside: String
        do {
            // A healthy database is restored in place through SQLite (a window that has it
            // open sees the change); one that cannot be opened is moved aside as a file.
            aside = try global.openStore().restore(backup)
        } catch PlannerError.corrupt {
            aside = try shelf.replaceDamagedFile(with: backup)
        }
        if global.json {
            try JSONOutput.print(Document(restored: BackupJSON(backup), keptAside: aside))
        } else {
            Console.out(tr("Restored the backup of {date}. The previous file is kept as {path}.", ["date": backup.dateText, "path": aside]))
        }
    }
}
