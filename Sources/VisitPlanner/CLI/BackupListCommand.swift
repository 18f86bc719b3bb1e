import ArgumentParser
import PlannerCore

/// `visitplanner backup list`: the backups of the database, newest first, with date and size.
struct BackupListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: tr("List the backups of the database, newest first: id, date, size."))

    @OptionGroup var global: GlobalOptions

    struct Document: Encodable {
        let database: String
        let folder: String
        let backups: [BackupJSON]
    }

    func run() throws {
        // Only the folder is read: a damaged database can still list what may replace it.
        let shelf = BackupShelf(databasePath: global.databasePath)
        let backups = shelf.list()
        if global.json {
            try JSONOutput.print(Document(database: shelf.databasePath, folder: shelf.folder, backups: backups.map(BackupJSON.init)))
            return
        }
        guard !backups.isEmpty else {
            Console.out(tr("No backups of {database} yet. The window takes one a day when it opens; “visitplanner backup create” takes one now.", ["database": shelf.databasePath]))
            return
        }
        var table = TextTable([
            .init(title: tr("ID")),
            .init(title: tr("DATE")),
            .init(title: tr("SIZE"), alignment: .right),
        ])
        for backup in backups { table.append([backup.id, backup.dateText, backup.sizeText]) }
        Console.out(table.render())
    }
}
