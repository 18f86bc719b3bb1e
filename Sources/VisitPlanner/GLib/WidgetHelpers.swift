import CGtk

// Thin, typed calls for what views do over and over. They only forward to GTK.

@MainActor enum Widget {
    static func setVisible(_ w: GPointer, _ visible: Bool) { gtk_widget_set_visible(c(w), visible ? 1 : 0) }
    static func setSensitive(_ w: GPointer, _ sensitive: Bool) { gtk_widget_set_sensitive(c(w), sensitive ? 1 : 0) }
    static func addClass(_ w: GPointer, _ name: String) { gtk_widget_add_css_class(c(w), name) }
    static func removeClass(_ w: GPointer, _ name: String) { gtk_widget_remove_css_class(c(w), name) }
    static func grabFocus(_ w: GPointer) { _ = gtk_widget_grab_focus(c(w)) }
    static func setAccessibleLabel(_ w: GPointer, _ label: String) { vp_accessible_set_label(c(w), label) }
    static func setTooltip(_ w: GPointer, _ text: String?) { gtk_widget_set_tooltip_text(c(w), text) }

    /// Marks a form field as wrong (or right again): red style, AT-SPI "invalid" state, and the
    /// message as the field's accessible description so screen readers say why.
    static func setError(_ field: GPointer, _ message: String?) {
        if message != nil { addClass(field, "error") } else { removeClass(field, "error") }
        vp_accessible_set_invalid(c(field), message != nil ? 1 : 0)
        vp_accessible_set_description(c(field), message ?? "")
    }

    /// Keeps a window's controller alive while the window is up, then lets both go: the one way
    /// every window's controller is tied to its window.
    ///
    /// GtkBuilder holds a reference to every object it built, and the controller owns its
    /// builder: a builder-made window is therefore never disposed while its controller lives, so
    /// its "destroy" signal never comes. `gtk_window_destroy` (also what closing does) unrealizes
    /// the window, so the controller is released on "unrealize" instead, from an idle callback
    /// (GTK has finished with the window by then); the builder goes with it and the window is
    /// finally disposed (and "destroy" is emitted).
    static func keepAlive(_ owner: AnyObject, while window: GPointer, onClose: @escaping @MainActor () -> Void = {}) {
        let retained = Unmanaged.passRetained(owner)
        LiveObjects.follow(owner, window: window)
        var released = false
        onSignal(window, "unrealize") {
            guard !released else { return }
            released = true
            onClose()
            idleAdd {
                retained.release()
                LiveObjects.report()
                return false
            }
        }
    }

    /// Escape closes the window (its "window.close" action), as in every GNOME dialog.
    static func closeOnEscape(_ window: GPointer) {
        let controller = gtk_shortcut_controller_new()!
        let action = gtk_named_action_new("window.close")
        gtk_shortcut_controller_add_shortcut(c(raw(controller)), gtk_shortcut_new(gtk_shortcut_trigger_parse_string("Escape"), action))
        gtk_widget_add_controller(c(window), c(raw(controller)))
    }

    /// Removes every child of a GtkBox.
    static func removeAllChildren(ofBox box: GPointer) {
        while let child = gtk_widget_get_first_child(c(box)) { gtk_box_remove(c(box), child) }
    }

    /// Removes every row of a GtkListBox.
    static func removeAllRows(ofListBox list: GPointer) {
        while let child = gtk_widget_get_first_child(c(list)) { gtk_list_box_remove(c(list), child) }
    }
}

@MainActor enum Label {
    static func make(_ text: String, classes: [String] = [], xalign: Float = 0, wrap: Bool = false) -> GPointer {
        let label = raw(gtk_label_new(text))
        gtk_label_set_xalign(c(label), xalign)
        if wrap { gtk_label_set_wrap(c(label), 1) } else { gtk_label_set_ellipsize(c(label), PANGO_ELLIPSIZE_END) }
        for name in classes { Widget.addClass(label, name) }
        return label
    }
    static func set(_ label: GPointer, _ text: String) { gtk_label_set_text(c(label), text) }
}

@MainActor enum Editable {
    static func text(_ w: GPointer) -> String { String(cString: gtk_editable_get_text(vp_editable(w))) }
    static func set(_ w: GPointer, _ text: String) { gtk_editable_set_text(vp_editable(w), text) }
    /// Trimmed text.
    static func value(_ w: GPointer) -> String { text(w).trimmingCharacters(in: .whitespacesAndNewlines) }
}

@MainActor enum Check {
    static func isActive(_ w: GPointer) -> Bool { gtk_check_button_get_active(c(w)) != 0 }
    static func set(_ w: GPointer, _ on: Bool) { gtk_check_button_set_active(c(w), on ? 1 : 0) }
}

@MainActor enum DropDown {
    /// Fills a GtkDropDown with translated choices.
    static func fill(_ w: GPointer, _ items: [String]) {
        let list = gtk_string_list_new(nil)!
        for item in items { gtk_string_list_append(list, item) }
        gtk_drop_down_set_model(c(w), vp_list_model(GPointer(list)))
        g_object_unref(GPointer(list))
    }
    static func selected(_ w: GPointer) -> Int { Int(gtk_drop_down_get_selected(c(w))) }
    static func select(_ w: GPointer, _ index: Int) { gtk_drop_down_set_selected(c(w), UInt32(max(index, 0))) }
}

@MainActor enum TextView {
    static func text(_ w: GPointer) -> String {
        let buffer = gtk_text_view_get_buffer(c(w))
        var start = GtkTextIter(), end = GtkTextIter()
        gtk_text_buffer_get_bounds(buffer, &start, &end)
        let chars = gtk_text_buffer_get_text(buffer, &start, &end, 0)!
        defer { g_free(chars) }
        return String(cString: chars)
    }
    static func set(_ w: GPointer, _ text: String) {
        gtk_text_buffer_set_text(gtk_text_view_get_buffer(c(w)), text, -1)
    }
}
