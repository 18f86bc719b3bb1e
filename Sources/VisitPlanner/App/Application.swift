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
    private var offeringBackup = false
    private(set) var actions: ActionGroup!

    init(databasePath: String) {
        self.databasePath = databasePath
        gtkApplication = raw(gtk_application_new(Application.id, G_APPLICATION_DEFAULT_FLAGS))
        g_set_application_name(tr("VisitPlanner"))
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
        ResourceBundle.register()
        // Run from the build tree, the app's own icon is not in any installed theme yet.
        if let display = gdk_display_get_default() {
            gtk_icon_theme_add_search_path(gtk_icon_theme_get_for_display(display), Resources.shared.iconDirectory)
        }
        gtk_window_set_default_icon_name(Application.id)
        let css = gtk_css_provider_new()!
        gtk_css_provider_load_from_resource(css, Resources.shared.styleSheetResource)
        gtk_style_context_add_provider_for_display(gdk_display_get_default(), OpaquePointer(css),
                                                   UInt32(GTK_STYLE_PROVIDER_PRIORITY_APPLICATION))
        AppActions.install(on: self)
    }

    private func activate() {
        if let window {
            window.present()
            return
        }
        // A second launch while the damaged dialog waits for an answer: that dialog is the answer.
        guard !offeringBackup else { return }
        do {
            open(try PlannerStore(path: databasePath))
        } catch {
            if case .corrupt = error { offerBackup(instead: error) } else { showFatal(error.message) }
        }
    }

    /// Opens the main window on the store; `notice` is shown in it once it is up.
    private func open(_ store: PlannerStore, notice: String? = nil) {
        let window = MainWindow(application: self, context: AppContext(store: store))
        self.window = window
        onSignal(window.window, "destroy") { [weak self] in self?.window = nil }
        window.present()
        if let notice { window.notify(notice, seconds: 30) }
        Self.takeDailyBackup(of: store)
        MainQueueSelfCheck.runIfRequested()
        BenchMode.startIfRequested(window: window) { [weak self] in self?.quit() }
    }

    /// Today's backup, on a background queue so the first frame never waits for it (it reads
    /// through its own pool connection). A failure costs one line on stderr and nothing else:
    /// the window works without it and tomorrow's start tries again.
    nonisolated private static func takeDailyBackup(of store: PlannerStore) {
        DispatchQueue.global(qos: .utility).async {
            do throws(PlannerError) {
                try store.takeDailyBackup()
            } catch {
                let line = tr("No backup was taken today: {reason}", ["reason": error.message])
                FileHandle.standardError.write(Data("visitplanner: \(line)\n".utf8))
            }
        }
    }

    /// The store refused a damaged file (nothing was written to it): offer the newest backup
    /// that passes SQLite's integrity check; without one, say why (`refusal`) and quit.
    private func offerBackup(instead refusal: PlannerError) {
        let shelf = BackupShelf(databasePath: databasePath)
        let backup: DatabaseBackup
        do {
            backup = try shelf.find(nil)
        } catch {
            showFatal(refusal.message)
            return
        }
        FileHandle.standardError.write(Data("visitplanner: \(refusal.message)\n".utf8))
        offeringBackup = true
        DamagedDatabaseDialog.present(application: gtkApplication, path: shelf.databasePath, backup: backup) { [weak self] choice, close in
            defer { close() }
            self?.offeringBackup = false
            guard let self, choice == .restore else { return }
            self.restoreDamaged(shelf, with: backup)
        }
    }

    /// Moves the damaged file aside (never deleted), copies the backup in and opens it.
    private func restoreDamaged(_ shelf: BackupShelf, with backup: DatabaseBackup) {
        let store: PlannerStore
        let aside: String
        do {
            aside = try shelf.replaceDamagedFile(with: backup)
            store = try PlannerStore(path: databasePath)
        } catch {
            showFatal(error.message)
            return
        }
        let notice = tr("Restored the backup of {date}. The damaged file is kept as {path}.", ["date": backup.dateText, "path": aside])
        FileHandle.standardError.write(Data("visitplanner: \(notice)\n".utf8))
        open(store, notice: notice)
    }

    /// A database that cannot be opened: say why, change nothing, quit when acknowledged.
    private func showFatal(_ message: String) {
        let dialog = vp_message_dialog_new(nil, GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE, tr("Cannot open the database"))!
        vp_message_dialog_set_secondary(dialog, message)
        gtk_window_set_application(c(raw(dialog)), c(gtkApplication))
        gtk_window_set_title(c(raw(dialog)), tr("VisitPlanner"))
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
