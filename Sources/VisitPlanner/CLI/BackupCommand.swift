import Foundation
import ArgumentParser
import PlannerCore

/// `visitplanner backup …`: the rolling backups of the database (`list` by default).
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: tr("The rolling backups of the database: the window takes one a day when it opens and keeps the last seven."),
        subcommands: [BackupListCommand.self, BackupCreateCommand.self, BackupRestoreCommand.self],
        defaultSubcommand: BackupListCommand.self)

    @OptionGroup var global: GlobalOptions
}

/// A backup as the JSON output shows it.
struct BackupJSON: Encodable {
    let id: String
    let date: String
    let size: Int64
    let path: String

    init(_ backup: DatabaseBackup) {
        id = backup.id
        date = ISO8601DateFormatter().string(from: backup.date)
        size = backup.size
        path = backup.path
    }
}
