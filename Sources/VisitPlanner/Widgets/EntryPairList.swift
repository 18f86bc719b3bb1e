import CGtk

/// A growing list of rows with two entries and a Remove button, plus "Add": partner towns
/// (name, country) and a household's adults (name, check valid until).
@MainActor
final class EntryPairList {
    private let container: GPointer
    private let rowsBox: GPointer
    private var rows: [(box: GPointer, first: GPointer, second: GPointer)] = []
    private let accessibleNames: (Int) -> (String, String)
    private let placeholders: (String, String)
    private let secondWidth: Int32

    init(in container: GPointer, addLabel: String, placeholders: (String, String), secondWidth: Int32 = 4,
         accessibleNames: @escaping (Int) -> (String, String)) {
        self.container = container
        self.accessibleNames = accessibleNames
        self.placeholders = placeholders
        self.secondWidth = secondWidth
        gtk_orientable_set_orientation(c(container), GTK_ORIENTATION_VERTICAL)
        rowsBox = raw(gtk_box_new(GTK_ORIENTATION_VERTICAL, 6))
        gtk_box_append(c(container), c(rowsBox))
        // Icon and text: GtkButton shows one or the other unless given a box (GTK 4.8).
        let add = raw(gtk_button_new())
        let content = raw(gtk_box_new(GTK_ORIENTATION_HORIZONTAL, 6))
        gtk_box_append(c(content), gtk_image_new_from_icon_name("list-add-symbolic"))
        gtk_box_append(c(content), gtk_label_new(addLabel))
        gtk_button_set_child(c(add), c(content))
        gtk_widget_set_halign(c(add), GTK_ALIGN_START)
        Widget.addClass(add, "flat")
        Widget.setAccessibleLabel(add, addLabel)
        onSignal(add, "clicked") { [weak self] in
            guard let self else { return }
            self.append("", "")
            Widget.grabFocus(self.rows.last!.first)
        }
        gtk_box_append(c(container), c(add))
    }

    /// The first entry of every row (for error marking).
    var firstEntries: [GPointer] { rows.map(\.first) }

    func append(_ first: String, _ second: String) {
        let box = raw(gtk_box_new(GTK_ORIENTATION_HORIZONTAL, 6))
        let a = raw(gtk_entry_new())
        let b = raw(gtk_entry_new())
        gtk_widget_set_hexpand(c(a), 1)
        gtk_editable_set_width_chars(vp_editable(b), secondWidth)
        vp_object_set_string(a, "placeholder-text", placeholders.0)
        vp_object_set_string(b, "placeholder-text", placeholders.1)
        Editable.set(a, first)
        Editable.set(b, second)
        let remove = raw(gtk_button_new_from_icon_name("list-remove-symbolic"))
        Widget.addClass(remove, "flat")
        gtk_box_append(c(box), c(a))
        gtk_box_append(c(box), c(b))
        gtk_box_append(c(box), c(remove))
        gtk_box_append(c(rowsBox), c(box))
        rows.append((box, a, b))
        onSignal(remove, "clicked") { [weak self] in
            guard let self, let index = self.rows.firstIndex(where: { $0.box == box }) else { return }
            gtk_box_remove(c(self.rowsBox), c(box))
            self.rows.remove(at: index)
            self.relabel()
        }
        relabel()
    }

    private func relabel() {
        for (index, row) in rows.enumerated() {
            let (first, second) = accessibleNames(index + 1)
            Widget.setAccessibleLabel(row.first, first)
            Widget.setAccessibleLabel(row.second, second)
        }
        for (index, row) in rows.enumerated() {
            if let remove = gtk_widget_get_last_child(c(row.box)) {
                Widget.setAccessibleLabel(raw(remove), tr("Remove row {n}", ["n": String(index + 1)]))
            }
        }
    }

    /// The non-empty rows, trimmed.
    var values: [(String, String)] {
        rows.map { (Editable.value($0.first), Editable.value($0.second)) }.filter { !$0.0.isEmpty || !$0.1.isEmpty }
    }
}
