import Foundation
import PlannerCore
import Synchronization

/// What the plugins offer, as the window learns it: from a child `visitplanner plugins list
/// --json`, so that no plugin code is ever loaded into the window's process (a plugin that
/// crashes while registering takes only the child down).
struct PluginCatalog: Sendable {
    struct Plugin: Sendable {
        let id: String
        /// Localized; the id when the metadata could not be read.
        let name: String
        let description: String
        let version: String
        /// `loaded`, `available`, `disabled` or `refused`; `unchecked` when only the metadata
        /// could be read (see `fromMetadata`).
        let status: String
        let reason: String?
        /// The ids its metadata lists (the formats are known only once loaded).
        let formatIds: [String]
        let formats: [ExportFormat]

        var isRefused: Bool { status == "refused" }
        var isDisabled: Bool { status == "disabled" }
    }

    let searchPath: [String]
    let plugins: [Plugin]

    /// Every format of the usable plugins, sorted by name.
    var formats: [ExportFormat] {
        plugins.filter { !$0.isRefused && !$0.isDisabled }.flatMap(\.formats)
            .sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
    }

    /// Runs the child and calls `done` on the main thread with the catalog, or a translated
    /// one-line reason. A child that has not answered after `timeout` seconds is stopped.
    @MainActor
    static func load(timeout: TimeInterval = 30, then done: @escaping @MainActor (Result<PluginCatalog, CatalogError>) -> Void) {
        let child = ChildProcess(executable: PluginSearchPath.currentExecutable, arguments: ["plugins", "list", "--json"])
        let timedOut = Mutex(false)
        do {
            try child.start { termination in
                let result = Self.outcome(termination, timedOut: timedOut.withLock { $0 })
                DispatchQueue.main.async {
                    MainActor.assumeIsolated { done(result) }
                }
            }
        } catch {
            done(.failure(CatalogError(message: tr("Cannot look for plugins: {reason}", ["reason": error.localizedDescription]))))
            return
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout) {
            guard child.isRunning else { return }
            timedOut.withLock { $0 = true }
            child.terminate()
        }
    }

    private static func outcome(_ termination: ChildProcess.Termination, timedOut: Bool) -> Result<PluginCatalog, CatalogError> {
        if timedOut {
            return .failure(CatalogError(message: tr("Looking for plugins took too long and was stopped (a plugin may hang while loading).")))
        }
        if termination.signalled {
            return .failure(CatalogError(message: tr("Looking for plugins failed: a plugin crashed while loading (signal {signal}).", ["signal": ExportSupervisor.signalName(termination.status)])))
        }
        guard termination.status == 0 else {
            let line = String(decoding: termination.stderr, as: UTF8.self).split(separator: "\n").first.map(String.init)
                ?? tr("status {status}", ["status": String(termination.status)])
            return .failure(CatalogError(message: tr("Looking for plugins failed: {reason}", ["reason": line])))
        }
        do {
            return .success(try decode(termination.stdout))
        } catch {
            return .failure(CatalogError(message: tr("Looking for plugins failed: unreadable answer ({reason}).", ["reason": String(describing: error)])))
        }
    }

    /// What the metadata files alone say, read in this process (PluginManager reads the `.plugin`
    /// files and checks permissions; it loads no library): the fallback when the child failed, so
    /// the user can still see the plugins and switch off the one that breaks the list.
    @MainActor
    static func fromMetadata() -> PluginCatalog {
        let manager = PluginManager()
        return PluginCatalog(searchPath: manager.searchPath.map(\.path), plugins: manager.entries.map { entry in
            Plugin(id: entry.id, name: entry.metadata?.names.current ?? entry.id,
                   description: entry.metadata?.descriptions.current ?? "", version: entry.metadata?.version ?? "",
                   status: entry.status == .available ? "unchecked" : entry.status.keyword, reason: entry.status.reason,
                   formatIds: entry.metadata?.formats ?? [], formats: [])
        })
    }

    /// Reads `plugins list --json` (the CLI's own document types, Sources/VisitPlanner/CLI/JSON/PluginJSON.swift).
    static func decode(_ data: Data) throws -> PluginCatalog {
        let list = try JSONDecoder().decode(PluginListJSON.self, from: data)
        return PluginCatalog(searchPath: list.searchPath, plugins: list.plugins.map { plugin in
            Plugin(id: plugin.id, name: plugin.name ?? plugin.id, description: plugin.description ?? "",
                   version: plugin.version ?? "", status: plugin.status, reason: plugin.reason,
                   formatIds: plugin.formatIds, formats: plugin.formats.map(\.format))
        })
    }
}

/// Why the plugin list could not be read; the message is translated.
struct CatalogError: Error, Sendable {
    let message: String
}
