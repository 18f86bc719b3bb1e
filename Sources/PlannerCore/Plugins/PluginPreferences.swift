import Foundation

/// The plugins the user disabled, remembered in `$XDG_CONFIG_HOME/visitplanner/plugins.conf`
/// (a key file: `[Plugins]` `Disabled=id;id;`).
public struct PluginPreferences: Sendable {
    public let file: URL

    public init(file: URL = PluginPreferences.defaultFile()) { self.file = file }

    public static func defaultFile(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let configHome = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        return URL(fileURLWithPath: configHome).appendingPathComponent("visitplanner/plugins.conf")
    }

    /// The disabled ids (none when the file is missing or unreadable).
    public func disabled() -> Set<String> {
        guard let text = try? String(contentsOf: file, encoding: .utf8), let keys = try? KeyFile(text: text) else { return [] }
        return Set(keys.list("Disabled", in: "Plugins") ?? [])
    }

    /// Stores the disabled ids (written to a temporary file, then renamed).
    public func setDisabled(_ ids: Set<String>) throws {
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        let list = ids.sorted().map { $0.replacingOccurrences(of: ";", with: "\\;") + ";" }.joined()
        let text = "# VisitPlanner: plugins switched off in the Plugins window or by `plugins disable`\n[Plugins]\nDisabled=\(list)\n"
        let temporary = file.deletingLastPathComponent().appendingPathComponent(".plugins.conf.\(getpid()).tmp")
        try Data(text.utf8).write(to: temporary)
        guard rename(temporary.path, file.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw ExportError(String(cString: strerror(errno)))
        }
    }
}
