import CGtk
import PlannerCore

/// The confirmation before an irreversible erasure (Erase Personal Data…, Apply Retention…):
/// the question, "This erases:" with the core's lines, the warning, Cancel (the default) and a
/// red Erase.
@MainActor
enum ErasureConfirmationDialog {
    /// `lines` indented by two spaces are details of the line before them.
    static func present(parent: GPointer, title: String, question: String, lines: [String], onErase: @escaping @MainActor () -> Void) {
        let window = gtk_widget_get_root(c(parent)).map { raw($0) }
        let dialog = raw(vp_message_dialog_new(window.map { c($0) }, GTK_MESSAGE_WARNING, GTK_BUTTONS_NONE, question)!)
        gtk_window_set_title(c(dialog), title)
        let list = lines.map { $0.hasPrefix("  ") ? "    ◦ " + $0.dropFirst(2) : "• " + $0 }.joined(separator: "\n")
        vp_message_dialog_set_secondary(c(dialog), tr("This erases:") + "\n" + list + "\n\n" + ErasurePlan.warning)
        gtk_dialog_add_button(c(dialog), tr("Cancel"), Int32(GTK_RESPONSE_CANCEL.rawValue))
        let erase = gtk_dialog_add_button(c(dialog), tr("Erase"), Int32(GTK_RESPONSE_ACCEPT.rawValue))!
        gtk_widget_add_css_class(erase, "destructive-action")
        gtk_dialog_set_default_response(c(dialog), Int32(GTK_RESPONSE_CANCEL.rawValue))
        onSignalInt(dialog, "response") { response in
            gtk_window_destroy(c(dialog))
            if response == Int32(GTK_RESPONSE_ACCEPT.rawValue) { onErase() }
        }
        gtk_window_present(c(dialog))
    }
}
