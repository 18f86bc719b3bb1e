import CGtk
import Foundation
import PlannerCore

/// Adds a source of money or edits one: a flat sum or an amount per person (a participant
/// fee); an empty amount means "not known yet" (a grant still to be calculated).
@MainActor
final class FundingForm {
    private let form: FormWindow
    private let context: AppContext
    private let snapshot: VisitSnapshot
    private let editing: Funding?
    private let filters: [ParticipantFilter]
    /// nil: no particular town.
    private let towns: [Int64?]

    init(context: AppContext, parent: GPointer, snapshot: VisitSnapshot, editing: Funding?) {
        self.context = context
        self.snapshot = snapshot
        self.editing = editing
        let details = snapshot.details
        filters = ParticipantFilter.choices(for: details)
        towns = [nil] + details.towns.map(\.id)
        form = FormWindow(ui: "funding-form", parent: parent,
                          title: editing == nil ? tr("Add Funding") : tr("Edit {source}", ["source": editing!.source]),
                          saveLabel: editing == nil ? tr("Add") : tr("Save"))
        for (field, id) in [(ValidationIssue.Field.source, "source_entry"), (.amount, "amount_entry"), (.currency, "currency_entry")] {
            form.bind(field, to: id)
        }
        let ui = form.ui
        DropDown.fill(ui["kind_dropdown"], FundingKind.allCases.map(\.displayName))
        DropDown.fill(ui["town_dropdown"], [tr("None")] + details.towns.map(\.name))
        DropDown.fill(ui["filter_dropdown"], filters.map { $0.displayName(in: details) })
        DropDown.fill(ui["status_dropdown"], FundingStatus.allCases.map(\.displayName))
        let draft = editing.map { FundingDraft($0) } ?? FundingDraft(currency: snapshot.visit.currency)
        Editable.set(ui["source_entry"], draft.source)
        DropDown.select(ui["kind_dropdown"], FundingKind.allCases.firstIndex(of: draft.kind) ?? 0)
        DropDown.select(ui["town_dropdown"], towns.firstIndex(of: draft.townId) ?? 0)
        Editable.set(ui["amount_entry"], draft.amount)
        Editable.set(ui["currency_entry"], draft.currency)
        Check.set(ui["per_person_check"], draft.perPerson)
        DropDown.select(ui["filter_dropdown"], filters.firstIndex(of: draft.filter) ?? 0)
        DropDown.select(ui["status_dropdown"], FundingStatus.allCases.firstIndex(of: draft.status) ?? 0)
        TextView.set(ui["notes_view"], draft.notes)
        for id in ["amount_entry", "currency_entry"] { onSignal(ui[id], "changed") { [weak self] in self?.updatePreview() } }
        onSignal(ui["per_person_check"], "toggled") { [weak self] in self?.updatePreview() }
        onSignal(ui["filter_dropdown"], "notify::selected") { [weak self] (_: GPointer?) in self?.updatePreview() }
        updatePreview()
        form.onSave = { [weak self] in self?.save() ?? .saved }
        form.owner = self
    }

    func present() {
        form.present()
        Widget.grabFocus(form.ui["source_entry"])
    }

    private func draft() -> FundingDraft {
        let ui = form.ui
        return FundingDraft(kind: FundingKind.allCases[DropDown.selected(ui["kind_dropdown"])],
                            source: Editable.value(ui["source_entry"]),
                            townId: towns[min(DropDown.selected(ui["town_dropdown"]), towns.count - 1)],
                            amount: Editable.value(ui["amount_entry"]), currency: Editable.value(ui["currency_entry"]),
                            perPerson: Check.isActive(ui["per_person_check"]),
                            filter: filters[min(DropDown.selected(ui["filter_dropdown"]), filters.count - 1)],
                            status: FundingStatus.allCases[DropDown.selected(ui["status_dropdown"])],
                            notes: TextView.text(ui["notes_view"]))
    }

    private func updatePreview() {
        let ui = form.ui
        var current = draft()
        Widget.setSensitive(ui["filter_dropdown"], current.perPerson)
        current.source = current.source.isEmpty ? "-" : current.source
        guard case .success(let funding) = current.funding(visitId: snapshot.visit.id!), let amount = funding.amount else {
            Label.set(ui["total_preview"], tr("Without an amount the source is listed as “not known yet” and left out of the totals."))
            return
        }
        guard funding.perPerson else {
            Label.set(ui["total_preview"], "")
            return
        }
        let people = snapshot.participants.filter { funding.filter.includes($0, in: snapshot.details) }.count
        Label.set(ui["total_preview"], tr("{amount} × {count} people = {total}", ["amount": Format.money(amount), "count": String(people), "total": Format.money(amount * Decimal(people))]))
    }

    private func save() -> SaveOutcome {
        let draft = draft()
        let store = context.store
        let visitId = snapshot.visit.id!
        if let old = editing {
            return context.outcome(of: context.perform(tr("Edit {source}", ["source": old.source]),
                                                       do: { try store.saveFunding(draft, visitId: visitId, id: old.id) }))
        }
        return context.outcome(of: context.perform(tr("Add {source}", ["source": draft.source]),
                                                   notify: tr("“{source}” added", ["source": draft.source]),
                                                   do: { _ = try store.saveFunding(draft, visitId: visitId) }))
    }
}
