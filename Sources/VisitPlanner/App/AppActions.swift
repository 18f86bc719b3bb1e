import CGtk
import PlannerCore

/// The application's actions, in one place (as in gnome-text-editor); their accelerators come
/// from the `Shortcuts` table, which the shortcuts window shows too.
@MainActor
enum AppActions {
    static func install(on application: Application) {
        let app = application.gtkApplication
        let actions = ActionGroup(map: app)
        actions.add("new-visit") { [weak application] in application?.mainWindow?.newVisit() }
        actions.add("open-sample") { [weak application] in application?.mainWindow?.openSample() }
        actions.add("restore-backup") { [weak application] in application?.mainWindow?.showBackups() }
        actions.add("plugins") { [weak application] in application?.mainWindow?.showPlugins() }
        actions.add("shortcuts") { [weak application] in application?.mainWindow?.showShortcuts() }
        actions.add("about") { [weak application] in application?.mainWindow?.showAbout() }
        actions.add("quit") { [weak application] in application?.quit() }

        // The pages' Alt+1… come with the main window's pages (MainWindow.pages).
        Shortcuts.install(Shortcuts.fixed, on: app)
    }
}
