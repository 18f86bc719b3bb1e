import CGtk
import PlannerCore

/// The application's actions and their standard accelerators, in one place (as in
/// gnome-text-editor): the menu, the header bar and the shortcuts window all refer to these.
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

        setAccelerators(app, "app.new-visit", ["<Control>n"])
        setAccelerators(app, "app.shortcuts", ["F1", "<Control>question"])
        setAccelerators(app, "app.quit", ["<Control>q"])
        setAccelerators(app, "win.undo", ["<Control>z"])
        setAccelerators(app, "win.redo", ["<Control><Shift>z", "<Control>y"])
        setAccelerators(app, "win.search", ["<Control>f"])
        setAccelerators(app, "win.export", ["<Control>e"])
        setAccelerators(app, "win.add-item", ["<Control><Shift>n"])
        setAccelerators(app, "win.show-overview", ["<Alt>1"])
        setAccelerators(app, "win.show-participants", ["<Alt>2"])
        setAccelerators(app, "win.show-households", ["<Alt>3"])
        setAccelerators(app, "win.show-placement", ["<Alt>4"])
        setAccelerators(app, "win.show-itinerary", ["<Alt>5"])
        setAccelerators(app, "win.show-budget", ["<Alt>6"])
    }
}
