import CGtk
import PlannerCore

/// The confirmation before an irreversible erasure (Erase Personal Data…, Apply Retention…):
/// the question, "This erases:" with the core's lines, the warning, Cancel (the default) and a
/// red Erase. Erase runs `erase`, clears the Undo history (its entries hold the old rows),
/// notifies its summary and names the files that still hold data, if any.
@MainActor
enum ErasureConfirmationDialog {
    /// What an erasure did, for the window.
    struct Outcome {
        let summary: String
        /// The files that still hold erased data, each with what to do.
        let problems: [String]
    }

    /// `lines` indented by two spaces are details of the line before them.
    static func present(parent: GPointer, context: AppContext, title: String, question: String, lines: [String],
                        failureTitle: String, leftoverTitle: String, erase: @escaping @MainActor () throws(PlannerError) -> Outcome) {
        let onErase = {
            do throws(PlannerError) {
                let outcome = try erase()
                context.undo.clear()
                context.notify(outcome.summary, false)
                if !outcome.problems.isEmpty { context.showError(leftoverTitle, outcome.problems.joined(separator: "\n")) }
            } catch {
                context.showError(failureTitle, error.message)
            }
        }
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
