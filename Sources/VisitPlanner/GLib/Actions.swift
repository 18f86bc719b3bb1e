import CGtk

/// GActions with Swift handlers; their accelerators are set by the application.
@MainActor
final class ActionGroup {
    private let map: GPointer
    private var actions: [String: GPointer] = [:]

    /// `map` is a GtkApplication or a GtkApplicationWindow.
    init(map: GPointer) { self.map = map }

    func add(_ name: String, _ handler: @escaping @MainActor () -> Void) {
        let action = GPointer(g_simple_action_new(name, nil)!)
        onAction(action, handler)
        g_action_map_add_action(vp_action_map(map), c(action))
        actions[name] = action
        g_object_unref(action)
    }

    func setEnabled(_ name: String, _ enabled: Bool) {
        guard let action = actions[name] else { return }
        g_simple_action_set_enabled(c(action), enabled ? 1 : 0)
    }
}

/// Sets the keyboard accelerators of a detailed action name ("app.quit").
@MainActor
func setAccelerators(_ application: GPointer, _ action: String, _ accels: [String]) {
    var cStrings: [UnsafeMutablePointer<CChar>?] = accels.map { strdup($0) }
    cStrings.append(nil)
    cStrings.withUnsafeBufferPointer { buffer in
        buffer.baseAddress!.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: buffer.count) {
            gtk_application_set_accels_for_action(c(application), action, $0)
        }
    }
    for pointer in cStrings { free(pointer) }
}
