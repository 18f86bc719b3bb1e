import CGtk
import PlannerCore

/// "Erase Personal Data…" of the Participants page: the confirmation lists what the core's
/// `ErasurePlan` says will go; Erase runs `PlannerStore.erase` (never recorded for Undo).
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
        let store = context.store, name = participant.fullName
        ErasureConfirmationDialog.present(
            parent: parent, context: context, title: tr("Erase Personal Data"), question: plan.question,
            lines: plan.lines(includingUndoHistory: true), failureTitle: tr("Cannot erase {name}", ["name": name]),
            leftoverTitle: tr("Some files still hold data of {name}", ["name": name])) { () throws(PlannerError) in
            let report = try store.erase(plan)
            return .init(summary: report.summary, problems: report.problemLines)
        }
    }
}
