import CGtk

/// The GResource bundle of the interface files and the style sheet, registered once before the
/// first window: GtkBuilder and the CSS provider then read them by resource path.
enum ResourceBundle {
    /// Loads and registers `Resources.shared.bundle`. A missing bundle is a build or packaging
    /// bug (`make` compiles it): the app stops and says how to make it.
    static func register() {
        let path = Resources.shared.bundle
        var error: UnsafeMutablePointer<GError>?
        guard let resource = g_resource_load(path, &error) else {
            let reason = error.map { String(cString: $0.pointee.message) } ?? "unknown error"
            fatalError("Cannot load the interface bundle \(path): \(reason). Build it with `make` (meson-helpers/compile-resources.sh).")
        }
        g_resources_register(resource)
    }
}
