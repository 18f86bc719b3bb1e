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
            context.showError(tr("Cannot erase {name}", ["name": participant.fullName]), error.message)
            return
        }
        ErasureConfirmationDialog.present(parent: parent, title: tr("Erase Personal Data"), question: plan.question,
                                          lines: plan.lines(includingUndoHistory: true)) { run(plan, context: context) }
    }

    private static func run(_ plan: ErasurePlan, context: AppContext) {
        let report: ErasureReport
        do {
            report = try context.store.erase(plan)
        } catch {
            context.showError(tr("Cannot erase {name}", ["name": plan.person.fullName]), error.message)
            return
        }
        context.undo.clear()
        context.notify(report.summary, false)
        if !report.problemLines.isEmpty {
            context.showError(tr("Some files still hold data of {name}", ["name": plan.person.fullName]),
                              report.problemLines.joined(separator: "\n"))
        }
    }
}
