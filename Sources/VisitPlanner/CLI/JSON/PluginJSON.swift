import PlannerCore

/// `plugins list --json`: the search path and every plugin with its formats (what the Export
/// dialog offers; the window decodes this from a child process so no plugin code runs in it).
struct PluginListJSON: Codable {
    let searchPath: [String]
    let plugins: [PluginJSON]

    init(_ manager: PluginManager) {
        searchPath = manager.searchPath.map(\.path)
        plugins = manager.entries.map(PluginJSON.init)
    }
}

struct PluginJSON: Codable {
    let id: String
    let file: String
    @ExplicitNull var name: String?
    @ExplicitNull var description: String?
    @ExplicitNull var version: String?
    let authors: [String]
    @ExplicitNull var website: String?
    /// `loaded`, `available`, `disabled` or `refused`.
    let status: String
    @ExplicitNull var reason: String?
    /// The ids its metadata lists.
    let formatIds: [String]
    /// The formats it registered (loaded plugins only).
    let formats: [ExportFormatJSON]
    /// The reports it registered (loaded plugins only).
    let reports: [ReportInfoJSON]

    init(_ entry: PluginEntry) {
        id = entry.id
        file = entry.file.path
        name = entry.metadata?.names.current
        description = entry.metadata?.descriptions.current
        version = entry.metadata?.version
        authors = entry.metadata?.authors ?? []
        website = entry.metadata?.website
        status = entry.status.keyword
        reason = entry.status.reason
        formatIds = entry.metadata?.formats ?? []
        formats = entry.formats.map(ExportFormatJSON.init)
        reports = entry.reports.map { ReportInfoJSON(id: $0.id, name: $0.name) }
    }
}

struct ExportFormatJSON: Codable {
    let id: String
    let name: String
    let fileExtension: String
    let mimeType: String
    /// In `ExportScope.allCases` order.
    let scopes: [String]
    let usesLanguages: Bool
    let batchesGuestsOnly: Bool
    let options: [ExportOptionJSON]

    init(_ format: ExportFormat) {
        id = format.id
        name = format.name
        fileExtension = format.fileExtension
        mimeType = format.mimeType
        scopes = ExportScope.allCases.filter(format.scopes.contains).map(\.rawValue)
        usesLanguages = format.usesLanguages
        batchesGuestsOnly = format.batchesGuestsOnly
        options = format.options.map(ExportOptionJSON.init)
    }

    /// The format again, as the window uses it.
    var format: ExportFormat {
        ExportFormat(id: id, name: name, fileExtension: fileExtension, mimeType: mimeType,
                     scopes: Set(scopes.compactMap(ExportScope.init(rawValue:))),
                     options: options.map(\.option), usesLanguages: usesLanguages, batchesGuestsOnly: batchesGuestsOnly)
    }
}

struct ExportOptionJSON: Codable {
    struct Choice: Codable {
        let value: String
        let label: String
    }

    let key: String
    let label: String
    /// `choice` or `flag`.
    let kind: String
    let choices: [Choice]
    let defaultValue: String

    init(_ option: ExportOption) {
        key = option.key
        label = option.label
        defaultValue = option.defaultValue
        switch option.kind {
        case .choice(let choices):
            kind = "choice"
            self.choices = choices.map { Choice(value: $0.value, label: $0.label) }
        case .flag:
            kind = "flag"
            choices = []
        }
    }

    /// The option again, as the window uses it.
    var option: ExportOption {
        ExportOption(key: key, label: label,
                     kind: kind == "choice" ? .choice(choices.map { .init($0.value, label: $0.label) }) : .flag,
                     defaultValue: defaultValue)
    }
}

struct ReportInfoJSON: Codable {
    let id: String
    let name: String
}

/// `report --json`: the table a plugin's report computed.
struct ReportTableJSON: Encodable {
    let id: String
    let title: String
    let columns: [String]
    let rows: [[String]]
}
