import CGtk
import Foundation
import PlannerCore

/// The Plugins window: every plugin found on the search path with its version, description,
/// status (loaded, disabled, or refused and why) and formats, a switch to turn each on or off,
/// and the folders searched. The list comes from a child `visitplanner plugins list --json`
/// (PluginCatalog), so no plugin code runs in the window. Switching only writes the preferences
/// file (PluginManager.setEnabled reads metadata, it loads no library), then the list is read again.
@MainActor
final class PluginsWindow {
    private let ui: Builder
    let window: GPointer
    /// Each load gets a number; only the answer to the latest is shown.
    private var generation = 0
    private var hasList = false
    /// A failed switch: shown above the list once it has been read again.
    private var switchError: String?
    /// The plugin whose switch was just used: its new switch gets the keyboard focus back.
    private var focusedPlugin: String?
    private var switches: [String: GPointer] = [:]

    /// `onClose` runs when the window is closed.
    init(parent: GPointer, onClose: @escaping @MainActor () -> Void = {}) {
        ui = Builder("plugins-window")
        window = ui["window"]
        if let root = gtk_widget_get_root(c(parent)) { gtk_window_set_transient_for(c(window), c(raw(root))) }
        onSignal(ui["refresh_button"], "clicked") { [weak self] in self?.reload() }
        Widget.closeOnEscape(window)
        Widget.keepAlive(self, while: window, onClose: onClose)
    }

    func present() {
        reload()
        gtk_window_present(c(window))
    }

    /// Reads the plugin list again (in a child process); the spinner turns meanwhile.
    func reload() {
        generation += 1
        let mine = generation
        setBusy(true)
        PluginCatalog.load { [weak self] result in
            guard let self, self.generation == mine else { return }
            self.setBusy(false)
            switch result {
            case .success(let catalog):
                self.show(catalog)
            case .failure(let error):
                // Show what the metadata says (no plugin code is loaded for that), so the
                // faulty plugin can be switched off; then say what went wrong.
                self.show(PluginCatalog.fromMetadata())
                self.showError(error.message + " " + tr("Switch off the plugin you added last, then look again."))
            }
        }
    }

    private func setBusy(_ busy: Bool) {
        let spinner = ui["busy_spinner"]
        if busy {
            // The first load shows the big "Looking for plugins…" page; later ones keep the list.
            if !hasList { gtk_stack_set_visible_child_name(c(ui["stack"]), "loading") }
            Widget.setVisible(spinner, hasList)
            gtk_spinner_start(c(spinner))
            gtk_spinner_start(c(ui["loading_spinner"]))
        } else {
            Widget.setVisible(spinner, false)
            gtk_spinner_stop(c(spinner))
            gtk_spinner_stop(c(ui["loading_spinner"]))
        }
        Widget.setSensitive(ui["refresh_button"], !busy)
    }

    private func showError(_ message: String?) {
        Label.set(ui["error_label"], message ?? "")
        Widget.setVisible(ui["error_label"], message != nil)
    }

    private func show(_ catalog: PluginCatalog) {
        showError(switchError)
        switchError = nil
        hasList = true
        let list = ui["list"]
        Widget.removeAllRows(ofListBox: list)
        switches = [:]
        for plugin in catalog.plugins {
            gtk_list_box_append(c(list), c(row(plugin)))
            if let appended = gtk_widget_get_last_child(c(list)) {
                Widget.setAccessibleLabel(raw(appended), tr("{name} {version}: {status}", ["name": plugin.name, "version": plugin.version, "status": statusText(plugin)]))
            }
        }
        gtk_stack_set_visible_child_name(c(ui["stack"]), catalog.plugins.isEmpty ? "empty" : "list")
        if let id = focusedPlugin, let toggle = switches[id] { Widget.grabFocus(toggle) }
        focusedPlugin = nil
        let folders = ui["folders_box"]
        Widget.removeAllChildren(ofBox: folders)
        for (index, folder) in catalog.searchPath.enumerated() {
            let label = Label.make("\(index + 1). \(folder)", classes: ["caption", "folder-path"])
            gtk_label_set_selectable(c(label), 1)
            gtk_label_set_ellipsize(c(label), PANGO_ELLIPSIZE_MIDDLE)
            Widget.setTooltip(label, folder)
            gtk_box_append(c(folders), c(label))
        }
    }

    private func statusText(_ plugin: PluginCatalog.Plugin) -> String {
        switch plugin.status {
        case "loaded": tr("Loaded")
        case "disabled": tr("Disabled")
        case "refused": tr("Refused: {reason}", ["reason": plugin.reason ?? tr("unknown reason")])
        case "unchecked": tr("Not checked: the plugin list could not be read")
        default: tr("Available")
        }
    }

    private func row(_ plugin: PluginCatalog.Plugin) -> GPointer {
        let box = raw(gtk_box_new(GTK_ORIENTATION_HORIZONTAL, 12))
        Widget.addClass(box, "plugin-row")
        let text = raw(gtk_box_new(GTK_ORIENTATION_VERTICAL, 3))
        gtk_widget_set_hexpand(c(text), 1)
        let title = raw(gtk_box_new(GTK_ORIENTATION_HORIZONTAL, 8))
        gtk_box_append(c(title), c(Label.make(plugin.name, classes: ["heading"])))
        if !plugin.version.isEmpty {
            let version = Label.make(tr("version {version}", ["version": plugin.version]), classes: ["dim-label", "caption"])
            gtk_widget_set_valign(c(version), GTK_ALIGN_BASELINE)
            gtk_box_append(c(title), c(version))
        }
        gtk_box_append(c(text), c(title))
        if !plugin.description.isEmpty {
            gtk_box_append(c(text), c(Label.make(plugin.description, classes: ["dim-label"], wrap: true)))
        }
        let formats = plugin.formats.isEmpty ? plugin.formatIds : plugin.formats.map(\.name)
        if !formats.isEmpty {
            let line = tr("Formats: {formats}", ["formats": formats.joined(separator: ", ")])
            gtk_box_append(c(text), c(Label.make(line, classes: ["caption"], wrap: true)))
        }
        let statusClass: String
        switch plugin.status {
        case "loaded": statusClass = "success-text"
        case "refused": statusClass = "warning-text"
        default: statusClass = "dim-label"
        }
        let status = Label.make(statusText(plugin), classes: ["caption-heading", statusClass], wrap: true)
        gtk_label_set_selectable(c(status), plugin.isRefused ? 1 : 0)
        gtk_box_append(c(text), c(status))
        gtk_box_append(c(box), c(text))

        let toggle = raw(gtk_switch_new())
        gtk_widget_set_valign(c(toggle), GTK_ALIGN_CENTER)
        gtk_switch_set_active(c(toggle), plugin.isRefused || plugin.isDisabled ? 0 : 1)
        Widget.setSensitive(toggle, !plugin.isRefused)
        Widget.setAccessibleLabel(toggle, tr("Enable {name}", ["name": plugin.name]))
        Widget.setTooltip(toggle, plugin.isRefused ? tr("This plugin cannot be used; see why below its name.")
                                                   : tr("Switch the plugin on or off (remembered)"))
        let id = plugin.id
        onSignal(toggle, "notify::active") { [weak self] (_: GPointer?) in
            self?.setEnabled(gtk_switch_get_active(c(toggle)) != 0, plugin: id)
        }
        gtk_box_append(c(box), c(toggle))
        switches[plugin.id] = toggle
        return box
    }

    private func setEnabled(_ enabled: Bool, plugin id: String) {
        focusedPlugin = id
        do {
            try PluginManager().setEnabled(enabled, plugin: id)
        } catch {
            switchError = (tr("Cannot change the plugin {id}: {reason}", ["id": id, "reason": (error as? ExportError)?.message ?? error.localizedDescription]))
        }
        reload()
    }
}
