import ArgumentParser
import Foundation
import PlannerCore

/// `visitplanner plugins …`: list the plugins (default), switch one on or off.
struct PluginsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugins",
        abstract: tr("List the export plugins, or switch one on or off."),
        subcommands: [PluginsListCommand.self, PluginsEnableCommand.self, PluginsDisableCommand.self],
        defaultSubcommand: PluginsListCommand.self)

    @OptionGroup var global: GlobalOptions
}

/// `visitplanner plugins list`: every plugin found, with its status and the reason of a refusal.
struct PluginsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: tr("Every plugin found: id, name, version, status (loaded, disabled, refused) and why a plugin was refused."))

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let manager = PluginManager()
        manager.loadAll()
        if global.json { return try JSONOutput.print(PluginListJSON(manager)) }
        guard !manager.entries.isEmpty else {
            Console.out(tr("No plugins found. Looked in: {folders}", ["folders": manager.searchPath.map(\.path).joined(separator: ", ")]))
            return
        }
        var table = TextTable([.init(title: tr("ID")), .init(title: tr("NAME")), .init(title: tr("VERSION")),
                               .init(title: tr("STATUS")), .init(title: tr("FORMATS OR REASON"))])
        for entry in manager.entries {
            let detail = entry.status.reason ?? (entry.metadata?.formats ?? []).joined(separator: ", ")
            table.append([entry.id, entry.metadata?.names.current ?? "", entry.metadata?.version ?? "",
                       PluginStatusText.word(entry.status), detail])
        }
        Console.out(table.render())
    }
}

/// `visitplanner plugins enable ID` (remembered in the user's configuration).
struct PluginsEnableCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "enable", abstract: tr("Switch a plugin on."))
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(tr("The plugin's id."), valueName: "id")) var id: String

    func run() throws {
        try PluginManager().setEnabled(true, plugin: id)
        Console.out(tr("Plugin {id} enabled.", ["id": id]))
    }
}

/// `visitplanner plugins disable ID` (remembered; its formats disappear from export).
struct PluginsDisableCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "disable", abstract: tr("Switch a plugin off."))
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(tr("The plugin's id."), valueName: "id")) var id: String

    func run() throws {
        try PluginManager().setEnabled(false, plugin: id)
        Console.out(tr("Plugin {id} disabled.", ["id": id]))
    }
}

/// The status words of the text output, translated (the JSON keeps the English keyword).
enum PluginStatusText {
    static func word(_ status: PluginStatus) -> String {
        switch status {
        case .available: tr("available")
        case .loaded: tr("loaded")
        case .disabled: tr("disabled")
        case .refused: tr("refused")
        }
    }
}
