import Foundation

/// Finds plugins, refuses the unsafe or broken ones with a reason, loads the others on first
/// use, and remembers which the user switched off. Modelled on libpeas's engine.
///
/// Not thread-safe: the app uses it from the main thread, the CLI from its only thread.
public final class PluginManager {
    public let searchPath: [URL]
    public let preferences: PluginPreferences
    public private(set) var entries: [PluginEntry] = []
    private var exporters: [String: any Exporter] = [:]
    private var reports: [String: any PluginReport] = [:]

    public init(searchPath: [URL] = PluginSearchPath.standard(), preferences: PluginPreferences = PluginPreferences()) {
        self.searchPath = searchPath
        self.preferences = preferences
        discover()
    }

    /// Reads every `.plugin` file on the search path (no code is loaded).
    public func discover() {
        let disabled = preferences.disabled()
        var found: [PluginEntry] = []
        var firstFile: [String: URL] = [:]
        for folder in searchPath {
            for file in PluginSearchPath.metadataFiles(in: folder) {
                let id = file.deletingPathExtension().lastPathComponent
                let metadata: PluginMetadata?
                var status = PluginStatus.available
                do {
                    metadata = try PluginMetadata(file: file)
                } catch {
                    metadata = nil
                    status = .refused(error.message)
                }
                if let earlier = firstFile[id] {
                    status = .refused(Localization.tr("another plugin with the id {id} was found first ({path})")
                        .filled(["id": id, "path": earlier.path]))
                } else {
                    firstFile[id] = file
                }
                if case .available = status, let metadata {
                    status = Self.check(metadata, disabled: disabled.contains(id))
                }
                found.append(PluginEntry(id: id, file: file, metadata: metadata, status: status))
            }
        }
        entries = found
        exporters = [:]
        reports = [:]
    }

    static func check(_ metadata: PluginMetadata, disabled: Bool) -> PluginStatus {
        if metadata.apiVersion != PluginAPI.version {
            return .refused(Localization.tr("it was built for plugin API {theirs}, this VisitPlanner has {ours}")
                .filled(["theirs": String(metadata.apiVersion), "ours": String(PluginAPI.version)]))
        }
        for url in [metadata.folder, metadata.file, metadata.library] {
            if let problem = PluginFilePermissions.problem(at: url) { return .refused(problem) }
        }
        return disabled ? .disabled : .available
    }

    /// Loads every plugin that is neither disabled nor refused (for `plugins list`).
    public func loadAll() {
        for index in entries.indices { load(at: index) }
    }

    private func load(at index: Int) {
        guard case .available = entries[index].status, let metadata = entries[index].metadata else { return }
        let registrar = PluginRegistrar()
        switch PluginLibrary.load(metadata.library) {
        case .failure(let error):
            entries[index].status = .refused(error.message)
            return
        case .success(let plugin):
            plugin.register(in: registrar)
        }
        let registered = registrar.exporters.map(\.format.id)
        if let stray = registered.first(where: { !metadata.formats.contains($0) }) {
            entries[index].status = .refused(Localization.tr("it registers the format {format} that its X-Formats does not list")
                .filled(["format": stray]))
            return
        }
        if let missing = metadata.formats.first(where: { !registered.contains($0) }) {
            entries[index].status = .refused(Localization.tr("it lists the format {format} in X-Formats but does not provide it")
                .filled(["format": missing]))
            return
        }
        if let taken = registered.first(where: { exporters[$0] != nil }) {
            entries[index].status = .refused(Localization.tr("another plugin already provides the format {format}")
                .filled(["format": taken]))
            return
        }
        for exporter in registrar.exporters { exporters[exporter.format.id] = exporter }
        for report in registrar.reports where reports[report.id] == nil { reports[report.id] = report }
        entries[index].formats = registrar.exporters.map(\.format)
        entries[index].reports = registrar.reports.map { PluginReportInfo(id: $0.id, name: $0.name) }
        entries[index].status = .loaded
    }

    /// The exporter of `formatId`, loading the plugin whose metadata lists it; or a translated
    /// reason (unknown format, plugin disabled or refused).
    public func exporter(for formatId: String) throws(ExportError) -> any Exporter {
        if let exporter = exporters[formatId] { return exporter }
        guard let index = entries.firstIndex(where: { $0.metadata?.formats.contains(formatId) == true && $0.status != .loaded }) else {
            let known = entries.compactMap(\.metadata).flatMap(\.formats).sorted()
            throw ExportError(Localization.tr("No plugin provides the format “{format}”. Known formats: {formats}.")
                .filled(["format": formatId, "formats": known.isEmpty ? "–" : known.joined(separator: ", ")]))
        }
        load(at: index)
        if let exporter = exporters[formatId] { return exporter }
        let entry = entries[index]
        switch entry.status {
        case .disabled:
            throw ExportError(Localization.tr("The plugin “{plugin}” that provides “{format}” is disabled.")
                .filled(["plugin": entry.id, "format": formatId]))
        default:
            throw ExportError(Localization.tr("The plugin “{plugin}” that provides “{format}” was refused: {reason}.")
                .filled(["plugin": entry.id, "format": formatId, "reason": entry.status.reason ?? ""]))
        }
    }

    /// Every format of every usable plugin (loading them), sorted by name.
    public func availableFormats() -> [ExportFormat] {
        loadAll()
        return entries.flatMap(\.formats).sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
    }

    /// The report `id`, loading the plugins; or a translated reason.
    public func report(_ id: String) throws(ExportError) -> any PluginReport {
        loadAll()
        guard let report = reports[id] else {
            let known = reports.keys.sorted()
            throw ExportError(Localization.tr("No plugin provides the report “{report}”. Known reports: {reports}.")
                .filled(["report": id, "reports": known.isEmpty ? "–" : known.joined(separator: ", ")]))
        }
        return report
    }

    /// Every report of every usable plugin.
    public func availableReports() -> [any PluginReport] {
        loadAll()
        return reports.values.sorted { $0.id < $1.id }
    }

    /// Switches plugin `id` on or off and remembers it. Switching off unregisters its formats in
    /// this process (its library stays loaded: Swift code is never unloaded).
    public func setEnabled(_ enabled: Bool, plugin id: String) throws {
        guard entries.contains(where: { $0.id == id }) else {
            throw ExportError(Localization.tr("No plugin has the id “{id}”.").filled(["id": id]))
        }
        var disabled = preferences.disabled()
        if enabled { disabled.remove(id) } else { disabled.insert(id) }
        try preferences.setDisabled(disabled)
        discover()
    }
}
