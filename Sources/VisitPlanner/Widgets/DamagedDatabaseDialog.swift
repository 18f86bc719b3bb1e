import CGtk
import PlannerCore

/// What the app shows instead of its window when the database file is damaged (the store's
/// check at open refused it, so nothing was written to it) and a good backup exists: the path,
/// and the choice between restoring the newest good backup and quitting.
@MainActor
enum DamagedDatabaseDialog {
    enum Choice { case restore, quit }

    /// Shows the dialog, owned by the application (no window exists yet). `onChoice` runs
    /// while the dialog is still up, so the application keeps a window while it opens the
    /// main one; `close` then takes the dialog down.
    static func present(application: GPointer, path: String, backup: DatabaseBackup,
                        onChoice: @escaping @MainActor (_ choice: Choice, _ close: @escaping @MainActor () -> Void) -> Void) {
        let dialog = raw(vp_message_dialog_new(nil, GTK_MESSAGE_ERROR, GTK_BUTTONS_NONE, tr("The database is damaged"))!)
        vp_message_dialog_set_secondary(c(dialog), tr("“{path}” is damaged. Nothing was written to it. Restoring the newest good backup, of {date}, keeps the damaged file aside, never deleted.", ["path": path, "date": backup.dateText]))
        gtk_window_set_application(c(dialog), c(application))
        gtk_window_set_title(c(dialog), tr("VisitPlanner"))
        gtk_dialog_add_button(c(dialog), tr("Quit"), Int32(GTK_RESPONSE_CLOSE.rawValue))
        let restore = gtk_dialog_add_button(c(dialog), tr("Restore the Backup of {date}", ["date": backup.dateText]),
                                            Int32(GTK_RESPONSE_ACCEPT.rawValue))!
        gtk_widget_add_css_class(restore, "suggested-action")
        gtk_dialog_set_default_response(c(dialog), Int32(GTK_RESPONSE_ACCEPT.rawValue))
        var answered = false
        onSignalInt(dialog, "response") { response in
            // Closing the dialog (Escape, the window's close button) is a Quit too.
            guard !answered else { return }
            answered = true
            let close: @MainActor () -> Void = { gtk_window_destroy(c(dialog)) }
            onChoice(response == Int32(GTK_RESPONSE_ACCEPT.rawValue) ? .restore : .quit, close)
        }
        gtk_window_present(c(dialog))
    }
}
