import Foundation

/// Where plugins are looked for, in order (an id found twice is refused the second time):
/// the `plugins/` folder beside the executable (the build tree), `$libdir/visitplanner/plugins`
/// of an installed app, `$XDG_DATA_HOME/visitplanner/plugins`, then each folder of
/// `VISITPLANNER_PLUGIN_PATH` (colon-separated).
public enum PluginSearchPath {
    public static func standard(executable: URL = PluginSearchPath.currentExecutable,
                                environment: [String: String] = ProcessInfo.processInfo.environment) -> [URL] {
        let binFolder = executable.resolvingSymlinksInPath().deletingLastPathComponent()
        var folders = [binFolder.appendingPathComponent("plugins")]
        if binFolder.lastPathComponent == "bin" {
            folders.append(binFolder.deletingLastPathComponent().appendingPathComponent("lib/visitplanner/plugins"))
        }
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        folders.append(URL(fileURLWithPath: dataHome).appendingPathComponent("visitplanner/plugins"))
        for entry in (environment["VISITPLANNER_PLUGIN_PATH"] ?? "").split(separator: ":") where !entry.isEmpty {
            folders.append(URL(fileURLWithPath: String(entry)))
        }
        var seen = Set<String>()
        return folders.filter { seen.insert($0.standardizedFileURL.path).inserted }
    }

    /// The running program (`/proc/self/exe`, so a relative `argv[0]` does not matter).
    public static var currentExecutable: URL {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
    }

    /// The `.plugin` files of `folder` and of its immediate subfolders (one folder per plugin is
    /// the usual layout), sorted by path so discovery is deterministic.
    static func metadataFiles(in folder: URL) -> [URL] {
        let manager = FileManager.default
        guard let entries = try? manager.contentsOfDirectory(at: folder, includingPropertiesForKeys: [.isDirectoryKey]) else { return [] }
        var files: [URL] = []
        for entry in entries.sorted(by: { $0.path < $1.path }) {
            if entry.pathExtension == "plugin" {
                files.append(entry)
            } else if (try? entry.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true,
                      let inner = try? manager.contentsOfDirectory(at: entry, includingPropertiesForKeys: nil) {
                files += inner.filter { $0.pathExtension == "plugin" }.sorted { $0.path < $1.path }
            }
        }
        return files
    }
}
