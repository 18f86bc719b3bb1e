import CGtk
import PlannerCore

/// "Apply Retention…" of the Overview's Data Protection section: the confirmation lists what
/// the core's `RetentionPlan` says will go; Erase runs `PlannerStore.applyRetention` (never
/// recorded for Undo), then clears the Undo history, whose entries hold the old rows.
@MainActor
enum ApplyRetentionDialog {
    static func present(context: AppContext, parent: GPointer, visitId: Int64) {
        let plan: RetentionPlan
        do {
            plan = try context.store.retentionPlan(forVisit: visitId)
        } catch {
            context.showError(L("Cannot apply the data retention"), error.message)
            return
        }
        let window = gtk_widget_get_root(c(parent)).map { raw($0) }
        let empty = plan.isEmpty
        let dialog = raw(vp_message_dialog_new(window.map { c($0) }, empty ? GTK_MESSAGE_INFO : GTK_MESSAGE_WARNING, GTK_BUTTONS_NONE,
                                               empty ? L("Nothing to erase yet") : plan.question)!)
        gtk_window_set_title(c(dialog), L("Apply Data Retention"))
        if empty {
            vp_message_dialog_set_secondary(c(dialog), plan.nothingDue)
            gtk_dialog_add_button(c(dialog), L("Close"), Int32(GTK_RESPONSE_CANCEL.rawValue))
        } else {
            let list = plan.lines(includingUndoHistory: true).map { $0.hasPrefix("  ") ? "    ◦ " + $0.dropFirst(2) : "• " + $0 }
            vp_message_dialog_set_secondary(c(dialog), L("This erases:") + "\n" + list.joined(separator: "\n") + "\n\n" + ErasurePlan.warning)
            gtk_dialog_add_button(c(dialog), L("Cancel"), Int32(GTK_RESPONSE_CANCEL.rawValue))
            let erase = gtk_dialog_add_button(c(dialog), L("Erase"), Int32(GTK_RESPONSE_ACCEPT.rawValue))!
            gtk_widget_add_css_class(erase, "destructive-action")
        }
        gtk_dialog_set_default_response(c(dialog), Int32(GTK_RESPONSE_CANCEL.rawValue))
        onSignalInt(dialog, "response") { response in
            gtk_window_destroy(c(dialog))
            if response == Int32(GTK_RESPONSE_ACCEPT.rawValue) { run(plan, context: context) }
        }
        gtk_window_present(c(dialog))
    }

    private static func run(_ plan: RetentionPlan, context: AppContext) {
        let report: RetentionReport
        do {
            report = try context.store.applyRetention(plan)
        } catch {
            context.showError(L("Cannot apply the data retention"), error.message)
            return
        }
        context.undo.clear()
        context.notify(report.summary, false)
        if !report.problemLines.isEmpty {
            context.showError(L("Some files still hold erased data"), report.problemLines.joined(separator: "\n"))
        }
    }
}
