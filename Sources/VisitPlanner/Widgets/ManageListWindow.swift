import CGtk
import Foundation
import PlannerCore

/// A small window that lists things to manage (the interpreters, the groups): one row each with
/// a summary and Edit / Delete buttons, an Add button in the header. It rebuilds its rows from
/// the store after each change, so it always shows what is saved.
@MainActor
final class ManageListWindow {
    struct Row {
        var title: String
        var subtitle: String
        var editLabel: String
        var onEdit: () -> Void
        var onDelete: (() -> Void)?
    }

    private let ui: Builder
    let window: GPointer
    /// Rebuilds the rows (called now and after every change).
    var rows: () -> [Row] = { [] }

    init(parent: GPointer, title: String, hint: String, addLabel: String?, onAdd: (() -> Void)?) {
        ui = Builder("manage-list-window")
        window = ui["window"]
        gtk_window_set_title(c(window), title)
        if let root = gtk_widget_get_root(c(parent)) { gtk_window_set_transient_for(c(window), c(raw(root))) }
        Label.set(ui["hint_label"], hint)
        if let onAdd, let addLabel {
            Widget.setAccessibleLabel(ui["add_button"], addLabel)
            Widget.setTooltip(ui["add_button"], addLabel)
            onSignal(ui["add_button"], "clicked") { onAdd() }
        } else {
            Widget.setVisible(ui["add_button"], false)
        }
        Widget.keepAlive(self, while: window)
    }

    func present() {
        refresh()
        gtk_window_present(c(window))
    }

    func refresh() {
        let list = ui["list"]
        Widget.removeAllRows(ofListBox: list)
        let rows = rows()
        if rows.isEmpty {
            gtk_list_box_append(c(list), c(Label.make(tr("Nothing here yet."), classes: ["dim-label", "need-row"])))
        }
        for row in rows {
            let box = raw(gtk_box_new(GTK_ORIENTATION_HORIZONTAL, 8))
            Widget.addClass(box, "need-row")
            let text = raw(gtk_box_new(GTK_ORIENTATION_VERTICAL, 2))
            gtk_widget_set_hexpand(c(text), 1)
            gtk_box_append(c(text), c(Label.make(row.title, classes: ["heading"], wrap: true)))
            gtk_box_append(c(text), c(Label.make(row.subtitle, classes: ["dim-label", "caption"], wrap: true)))
            gtk_box_append(c(box), c(text))
            let edit = raw(gtk_button_new_with_label(row.editLabel))
            gtk_widget_set_valign(c(edit), GTK_ALIGN_CENTER)
            Widget.setAccessibleLabel(edit, "\(row.editLabel) \(row.title)")
            let onEdit = row.onEdit
            onSignal(edit, "clicked") { onEdit() }
            gtk_box_append(c(box), c(edit))
            if let onDelete = row.onDelete {
                let delete = raw(gtk_button_new_from_icon_name("user-trash-symbolic"))
                gtk_widget_set_valign(c(delete), GTK_ALIGN_CENTER)
                Widget.setAccessibleLabel(delete, tr("Delete {name}", ["name": row.title]))
                Widget.setTooltip(delete, tr("Delete"))
                onSignal(delete, "clicked") { onDelete() }
                gtk_box_append(c(box), c(delete))
            }
            gtk_list_box_append(c(list), c(box))
        }
    }
}
