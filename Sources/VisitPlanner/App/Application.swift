import CGtk
import Foundation
import PlannerCore

/// The GtkApplication: one instance per user session (a second launch activates the first),
/// the application-wide actions, the style sheet, and the database the window works on.
@MainActor
final class Application {
    static let id = "io.github.visitplanner.VisitPlanner"

    let gtkApplication: GPointer
    let databasePath: String
    private var window: MainWindow?
    private(set) var actions: ActionGroup!

    init(databasePath: String) {
        self.databasePath = databasePath
        gtkApplication = raw(gtk_application_new(Application.id, G_APPLICATION_DEFAULT_FLAGS))
        g_set_application_name(L("VisitPlanner"))
        onSignal(gtkApplication, "startup") { [weak self] in self?.startup() }
        onSignal(gtkApplication, "activate") { [weak self] in self?.activate() }
    }

    func run() -> Int32 {
        // GTK's own options are not offered: the CLI owns the command line.
        let status = g_application_run(vp_gapplication(gtkApplication), 0, nil)
        g_object_unref(gtkApplication)
        return status
    }

    private func startup() {
        // Run from the build tree, the app's own icon is not in any installed theme yet.
        if let display = gdk_display_get_default() {
            gtk_icon_theme_add_search_path(gtk_icon_theme_get_for_display(display), Resources.shared.iconDirectory)
        }
        gtk_window_set_default_icon_name(Application.id)
        let css = gtk_css_provider_new()!
        gtk_css_provider_load_from_path(css, Resources.shared.styleSheet)
        gtk_style_context_add_provider_for_display(gdk_display_get_default(), OpaquePointer(css),
                                                   UInt32(GTK_STYLE_PROVIDER_PRIORITY_APPLICATION))
        AppActions.install(on: self)
    }

    private func activate() {
        if let window {
            window.present()
            return
        }
        let store: PlannerStore
        do {
            store = try PlannerStore(path: databasePath)
        } catch {
            showFatal(error.message)
            return
        }
        let window = MainWindow(application: self, context: AppContext(store: store))
        self.window = window
        onSignal(window.window, "destroy") { [weak self] in self?.window = nil }
        window.present()
        MainQueueSelfCheck.runIfRequested()
        BenchMode.startIfRequested(window: window) { [weak self] in self?.quit() }
    }

    /// A database that cannot be opened: say why, change nothing, quit when acknowledged.
    private func showFatal(_ message: String) {
        let dialog = vp_message_dialog_new(nil, GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE, L("Cannot open the database"))!
        vp_message_dialog_set_secondary(dialog, message)
        gtk_window_set_application(c(raw(dialog)), c(gtkApplication))
        gtk_window_set_title(c(raw(dialog)), L("VisitPlanner"))
        onSignalInt(raw(dialog), "response") { _ in gtk_window_destroy(c(raw(dialog))) }
        gtk_window_present(c(raw(dialog)))
        FileHandle.standardError.write(Data("visitplanner: \(message)\n".utf8))
    }

    var mainWindow: MainWindow? { window }

    func quit() {
        window?.closeDialogs()
        g_application_quit(vp_gapplication(gtkApplication))
    }
}
