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
            context.showError(tr("Cannot apply the data retention"), error.message)
            return
        }
        guard !plan.isEmpty else {
            // The button is off when nothing is due; the date may have been moved meanwhile.
            context.showError(tr("Nothing to erase yet"), plan.nothingDue)
            return
        }
        ErasureConfirmationDialog.present(parent: parent, title: tr("Apply Data Retention"), question: plan.question,
                                          lines: plan.lines(includingUndoHistory: true)) { run(plan, context: context) }
    }

    private static func run(_ plan: RetentionPlan, context: AppContext) {
        let report: RetentionReport
        do {
            report = try context.store.applyRetention(plan)
        } catch {
            context.showError(tr("Cannot apply the data retention"), error.message)
            return
        }
        context.undo.clear()
        context.notify(report.summary, false)
        if !report.problemLines.isEmpty {
            context.showError(tr("Some files still hold erased data"), report.problemLines.joined(separator: "\n"))
        }
    }
}
