import CGtk
import PlannerCore

/// "Erase Personal Data…" of the Participants page: the confirmation lists what the core's
/// `ErasurePlan` says will go; Erase runs `PlannerStore.erase` (never recorded for Undo), then
/// clears the Undo history, whose entries hold the old rows.
@MainActor
enum EraseParticipantDialog {
    static func present(context: AppContext, parent: GPointer, participant: Participant) {
        let plan: ErasurePlan
        do {
            plan = try context.store.erasurePlan(forParticipant: participant.id!)
        } catch {
            context.showError(L("Cannot erase {name}").filling(["name": participant.fullName]), error.message)
            return
        }
        let window = gtk_widget_get_root(c(parent)).map { raw($0) }
        let dialog = raw(vp_message_dialog_new(window.map { c($0) }, GTK_MESSAGE_WARNING, GTK_BUTTONS_NONE, plan.question)!)
        gtk_window_set_title(c(dialog), L("Erase Personal Data"))
        let list = plan.lines(includingUndoHistory: true).map { "• " + $0 }.joined(separator: "\n")
        vp_message_dialog_set_secondary(c(dialog), L("This erases:") + "\n" + list + "\n\n" + ErasurePlan.warning)
        gtk_dialog_add_button(c(dialog), L("Cancel"), Int32(GTK_RESPONSE_CANCEL.rawValue))
        let erase = gtk_dialog_add_button(c(dialog), L("Erase"), Int32(GTK_RESPONSE_ACCEPT.rawValue))!
        gtk_widget_add_css_class(erase, "destructive-action")
        gtk_dialog_set_default_response(c(dialog), Int32(GTK_RESPONSE_CANCEL.rawValue))
        onSignalInt(dialog, "response") { response in
            gtk_window_destroy(c(dialog))
            if response == Int32(GTK_RESPONSE_ACCEPT.rawValue) { run(plan, context: context) }
        }
        gtk_window_present(c(dialog))
    }

    private static func run(_ plan: ErasurePlan, context: AppContext) {
        let report: ErasureReport
        do {
            report = try context.store.erase(plan)
        } catch {
            context.showError(L("Cannot erase {name}").filling(["name": plan.person.fullName]), error.message)
            return
        }
        context.undo.clear()
        context.notify(report.summary, false)
        if !report.problemLines.isEmpty {
            context.showError(L("Some files still hold data of {name}").filling(["name": plan.person.fullName]),
                              report.problemLines.joined(separator: "\n"))
        }
    }
}
