import CGtk
import PlannerCore

/// "Change Dates…" of the Overview's Data Protection section: until when the visit keeps its
/// health and contact data and its grant evidence, and why.
@MainActor
final class RetentionForm {
    private let form: FormWindow
    private let context: AppContext
    private let visit: Visit

    init(context: AppContext, parent: GPointer, snapshot: VisitSnapshot) {
        self.context = context
        visit = snapshot.visit
        form = FormWindow(ui: "retention-form", parent: parent, title: tr("Data Retention"), saveLabel: tr("Save"))
        form.bind(.healthDataUntil, to: "health_entry")
        form.bind(.evidenceUntil, to: "evidence_entry")
        form.bind(.evidenceReason, to: "reason_entry")
        let ui = form.ui
        let draft = RetentionDraft(snapshot.retention, visit: visit)
        Editable.set(ui["health_entry"], draft.healthDataUntil?.description ?? "")
        Editable.set(ui["evidence_entry"], draft.evidenceUntil?.description ?? "")
        Editable.set(ui["reason_entry"], draft.evidenceReason)
        Label.set(ui["health_hint"], trn("Default: {count} day after the visit, {date}.", "Default: {count} days after the visit, {date}.", RetentionPolicy.defaultHealthDataDays, ["date": RetentionPolicy.defaultHealthDataDate(for: visit).description]))
        Label.set(ui["evidence_hint"], trn("Default: {count} year after the visit, {date}. Grants over 60,000 EUR: five years after the balance is paid.", "Default: {count} years after the visit, {date}. Grants over 60,000 EUR: five years after the balance is paid.", RetentionPolicy.defaultEvidenceYears, ["date": RetentionPolicy.defaultEvidenceDate(for: visit).description]))
        form.onSave = { [weak self] in self?.save() ?? .saved }
        form.owner = self
    }

    func present() {
        form.present()
        Widget.grabFocus(form.ui["health_entry"])
    }

    private func save() -> SaveOutcome {
        let ui = form.ui
        var unreadable: [ValidationIssue] = []
        // An empty entry means the default; an unreadable one is shown beside it.
        func date(_ id: String, _ field: ValidationIssue.Field) -> CalendarDate? {
            let text = Editable.value(ui[id])
            guard !text.isEmpty else { return nil }
            guard let date = CalendarDate(userInput: text) else {
                unreadable.append(.init(field, .unreadableDate(text)))
                return nil
            }
            return date
        }
        let reason = Editable.value(ui["reason_entry"])
        let draft = RetentionDraft(healthDataUntil: date("health_entry", .healthDataUntil),
                                   evidenceUntil: date("evidence_entry", .evidenceUntil),
                                   evidenceReason: reason.isEmpty ? RetentionPolicy.defaultEvidenceReason : reason)
        guard unreadable.isEmpty else { return .problems(unreadable) }
        let store = context.store, visitId = visit.id!
        return context.outcome(of: context.perform(tr("Change the data retention dates"),
                                                   do: { _ = try store.setRetention(draft, forVisit: visitId) }))
    }
}
