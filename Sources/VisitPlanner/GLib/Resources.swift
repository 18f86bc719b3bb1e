import Foundation

/// Finds the resource bundle (the interface files and the style sheet, compiled by
/// meson-helpers/compile-resources.sh), the icons and the translations: in the source tree when
/// run from the build folder, under the install prefix when installed.
struct Resources: Sendable {
    /// Holds `icons/` in the source tree, `visitplanner.gresource` when installed.
    let dataDirectory: String
    /// Holds `<lang>/LC_MESSAGES/visitplanner.mo`.
    let localeDirectory: String
    /// The GResource bundle file.
    let bundle: String

    static let shared = Resources.locate()

    /// Where the bundle's files live inside it.
    static let prefix = "/io/github/visitplanner/VisitPlanner"

    /// The bundle path of an interface file: `ui/<name>.ui`.
    func uiResource(_ name: String) -> String { "\(Self.prefix)/ui/\(name).ui" }
    var styleSheetResource: String { "\(Self.prefix)/style.css" }
    /// The icon theme folder of the source tree (holds hicolor/…); installed icons are found
    /// by GTK in the usual share/icons.
    var iconDirectory: String { "\(dataDirectory)/icons" }

    private static func locate() -> Resources {
        let fm = FileManager.default
        let env = ProcessInfo.processInfo.environment
        if let dir = env["VISITPLANNER_DATADIR"] {
            return Resources(dataDirectory: dir, localeDirectory: env["VISITPLANNER_LOCALEDIR"] ?? dir + "/../locale",
                             bundle: dir + "/visitplanner.gresource")
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
                                 localeDirectory: folder.appendingPathComponent(".build/locale").path,
                                 bundle: folder.appendingPathComponent(".build/visitplanner.gresource").path)
            }
            folder = folder.deletingLastPathComponent()
        }
        // Installed: <prefix>/lib/visitplanner/visitplanner or <prefix>/bin/visitplanner.
        for prefix in [exeDir.deletingLastPathComponent().deletingLastPathComponent(), exeDir.deletingLastPathComponent()] {
            let share = prefix.appendingPathComponent("share")
            if fm.fileExists(atPath: share.appendingPathComponent("visitplanner/visitplanner.gresource").path) {
                return Resources(dataDirectory: share.appendingPathComponent("visitplanner").path,
                                 localeDirectory: share.appendingPathComponent("locale").path,
                                 bundle: share.appendingPathComponent("visitplanner/visitplanner.gresource").path)
            }
        }
        return Resources(dataDirectory: "/usr/share/visitplanner", localeDirectory: "/usr/share/locale",
                         bundle: "/usr/share/visitplanner/visitplanner.gresource")
    }
}
