import Foundation

/// Finds the interface files, the style sheet and the translations: in the source tree when
/// run from the build folder, under the install prefix when installed.
struct Resources: Sendable {
    /// Holds `ui/`, `style.css`.
    let dataDirectory: String
    /// Holds `<lang>/LC_MESSAGES/visitplanner.mo`.
    let localeDirectory: String

    static let shared = Resources.locate()

    func uiFile(_ name: String) -> String { "\(dataDirectory)/ui/\(name).ui" }
    var styleSheet: String { "\(dataDirectory)/style.css" }
    /// The icon theme folder of the source tree (holds hicolor/…); installed icons are found
    /// by GTK in the usual share/icons.
    var iconDirectory: String { "\(dataDirectory)/icons" }

    private static func locate() -> Resources {
        let fm = FileManager.default
        let env = ProcessInfo.processInfo.environment
        if let dir = env["VISITPLANNER_DATADIR"] {
            return Resources(dataDirectory: dir, localeDirectory: env["VISITPLANNER_LOCALEDIR"] ?? dir + "/../locale")
        }
        // /proc/self/exe is the real file even when started through PATH or a symlink.
        let selfPath = (try? fm.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let executable = URL(fileURLWithPath: selfPath).resolvingSymlinksInPath()
        let exeDir = executable.deletingLastPathComponent()
        // Build tree: <repo>/.build/<triple>/debug/visitplanner → <repo>/resources.
        var folder = exeDir
        for _ in 0..<5 {
            let candidate = folder.appendingPathComponent("resources")
            if fm.fileExists(atPath: candidate.appendingPathComponent("ui/main-window.ui").path) {
                return Resources(dataDirectory: candidate.path,
                                 localeDirectory: folder.appendingPathComponent(".build/locale").path)
            }
            folder = folder.deletingLastPathComponent()
        }
        // Installed: <prefix>/lib/visitplanner/visitplanner or <prefix>/bin/visitplanner.
        for prefix in [exeDir.deletingLastPathComponent().deletingLastPathComponent(), exeDir.deletingLastPathComponent()] {
            let share = prefix.appendingPathComponent("share")
            if fm.fileExists(atPath: share.appendingPathComponent("visitplanner/ui/main-window.ui").path) {
                return Resources(dataDirectory: share.appendingPathComponent("visitplanner").path,
                                 localeDirectory: share.appendingPathComponent("locale").path)
            }
        }
        return Resources(dataDirectory: "/usr/share/visitplanner", localeDirectory: "/usr/share/locale")
    }
}
