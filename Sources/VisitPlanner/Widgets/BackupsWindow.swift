import CGtk
import Foundation
import PlannerCore

/// Restore from Backup (main menu): the open database's rolling backups, newest first, with
/// date and size. Restore asks first, then has the store replace the database's content in
/// place (`PlannerStore.restore`, which keeps the current content aside), clears the undo
/// history (its recorded changes are of data that is gone) and closes; the window's
/// observations re-render what was restored. A failure is shown here and changes nothing.
@MainActor
final class BackupsWindow {
    private let ui: Builder
    let window: GPointer
    private let context: AppContext
    private var rowBackups: [GPointer: DatabaseBackup] = [:]
    /// Runs once a backup was restored, before the window closes (the main window notifies).
    var onRestored: (DatabaseBackup) -> Void = { _ in }

    /// `onClose` runs when the window is closed.
    init(context: AppContext, parent: GPointer, onClose: @escaping @MainActor () -> Void = {}) {
        self.context = context
        ui = Builder("backups-window")
        window = ui["window"]
        if let root = gtk_widget_get_root(c(parent)) { gtk_window_set_transient_for(c(window), c(raw(root))) }
        onSignal(ui["list"], "row-selected") { [weak self] (_: GPointer?) in self?.selectionChanged() }
        onSignal(ui["list"], "row-activated") { [weak self] (_: GPointer?) in self?.confirmRestore() }
        onSignal(ui["restore_button"], "clicked") { [weak self] in self?.confirmRestore() }
        Widget.closeOnEscape(window)
        Widget.keepAlive(self, while: window, onClose: onClose)
    }

    func present() {
        reload()
        gtk_window_present(c(window))
    }

    /// Lists the backup folder again (a directory listing: no database is opened for it).
    private func reload() {
        let shelf = context.store.backups
        let backups = shelf.list()
        let list = ui["list"]
        Widget.removeAllRows(ofListBox: list)
        rowBackups = [:]
        // Backups taken by hand the same minute would read alike: those also show their id.
        let repeated = Dictionary(grouping: backups, by: \.dateText).filter { $0.value.count > 1 }.keys
        for backup in backups {
            gtk_list_box_append(c(list), c(row(backup, showingId: repeated.contains(backup.dateText))))
            guard let appended = gtk_widget_get_last_child(c(list)) else { continue }
            rowBackups[raw(appended)] = backup
            Widget.setAccessibleLabel(raw(appended), tr("Backup of {date}, {size}", ["date": backup.dateText, "size": backup.sizeText]))
        }
        gtk_stack_set_visible_child_name(c(ui["stack"]), backups.isEmpty ? "empty" : "list")
        // The newest is the usual choice; selecting it also keeps the focus (which selects the
        // row it lands on) from choosing for the user.
        if let newest = gtk_list_box_get_row_at_index(c(list), 0) { gtk_list_box_select_row(c(list), newest) }
        Label.set(ui["folder_label"], tr("Kept in {folder}", ["folder": shelf.folder]))
        Widget.setTooltip(ui["folder_label"], shelf.folder)
        selectionChanged()
    }

    private func row(_ backup: DatabaseBackup, showingId: Bool) -> GPointer {
        let box = raw(gtk_box_new(GTK_ORIENTATION_HORIZONTAL, 12))
        Widget.addClass(box, "plugin-row")
        let text = raw(gtk_box_new(GTK_ORIENTATION_VERTICAL, 2))
        gtk_widget_set_hexpand(c(text), 1)
        gtk_box_append(c(text), c(Label.make(backup.dateText, classes: ["heading", "numeric"])))
        if showingId { gtk_box_append(c(text), c(Label.make(backup.id, classes: ["dim-label", "caption", "numeric"]))) }
        gtk_box_append(c(box), c(text))
        gtk_box_append(c(box), c(Label.make(backup.sizeText, classes: ["dim-label", "numeric"], xalign: 1)))
        return box
    }

    private var selected: DatabaseBackup? {
        guard let row = gtk_list_box_get_selected_row(c(ui["list"])) else { return nil }
        return rowBackups[raw(row)]
    }

    private func selectionChanged() {
        Widget.setSensitive(ui["restore_button"], selected != nil)
    }

    private func showError(_ message: String?) {
        Label.set(ui["error_label"], message ?? "")
        Widget.setVisible(ui["error_label"], message != nil)
    }

    private func confirmRestore() {
        guard let backup = selected else { return }
        // The time that names the copy of the current data is fixed now, so the dialog can
        // name the very file the store will write.
        let now = Date()
        let dialog = raw(vp_message_dialog_new(c(window), GTK_MESSAGE_WARNING, GTK_BUTTONS_NONE,
                                               tr("Replace all current data with the backup of {date}?", ["date": backup.dateText]))!)
        gtk_window_set_title(c(dialog), tr("Restore from Backup"))
        // The file name alone (it is beside the database, as the window says): a whole path
        // has no place to wrap and would stretch the dialog past a small screen.
        let kept = (context.store.pathKeptBeforeRestore(at: now) as NSString).lastPathComponent
        vp_message_dialog_set_secondary(c(dialog), tr("The current data is kept as {file}.", ["file": kept]))
        gtk_dialog_add_button(c(dialog), tr("Cancel"), Int32(GTK_RESPONSE_CANCEL.rawValue))
        let restore = gtk_dialog_add_button(c(dialog), tr("Restore"), Int32(GTK_RESPONSE_ACCEPT.rawValue))!
        gtk_widget_add_css_class(restore, "destructive-action")
        gtk_dialog_set_default_response(c(dialog), Int32(GTK_RESPONSE_CANCEL.rawValue))
        onSignalInt(dialog, "response") { [weak self] response in
            gtk_window_destroy(c(dialog))
            if response == Int32(GTK_RESPONSE_ACCEPT.rawValue) { self?.restore(backup, at: now) }
        }
        gtk_window_present(c(dialog))
    }

    private func restore(_ backup: DatabaseBackup, at now: Date) {
        do {
            try context.store.restore(backup, now: now)
        } catch {
            showError(tr("Cannot restore the backup of {date}: {reason}", ["date": backup.dateText, "reason": error.message]))
            reload()
            return
        }
        context.undo.clear()
        onRestored(backup)
        gtk_window_destroy(c(window))
    }
}
