import CGtk
import PlannerCore

/// "Apply Retention…" of the Overview's Data Protection section: the confirmation lists what
/// the core's `RetentionPlan` says will go; Erase runs `PlannerStore.applyRetention` (never
/// recorded for Undo).
@MainActor
enum ApplyRetentionDialog {
    static func present(context: AppContext, parent: GPointer, visitId: Int64) {
        let plan: RetentionPlan
        do {
            plan = try context.store.retentionPlan(forVisit: visitId)
        } catch {
            context.showError(tr("Cannot apply the data retention"), error.message)
            return
        }
        guard !plan.isEmpty else {
            // The button is off when nothing is due; the date may have been moved meanwhile.
            context.showError(tr("Nothing to erase yet"), plan.nothingDue)
            return
        }
        let store = context.store
        ErasureConfirmationDialog.present(
            parent: parent, context: context, title: tr("Apply Data Retention"), question: plan.question,
            lines: plan.lines(includingUndoHistory: true), failureTitle: tr("Cannot apply the data retention"),
            leftoverTitle: tr("Some files still hold erased data")) { () throws(PlannerError) in
            let report = try store.applyRetention(plan)
            return .init(summary: report.summary, problems: report.problemLines)
        }
    }
}
