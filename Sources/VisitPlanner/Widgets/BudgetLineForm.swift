import CGtk
import Foundation
import PlannerCore

/// Adds a cost line or edits one. The core parses every amount and says what is wrong; the
/// form shows the planned amount as the user types ("43 participants × 650,00 CZK = …").
@MainActor
final class BudgetLineForm {
    private let form: FormWindow
    private let context: AppContext
    private let snapshot: VisitSnapshot
    private let editing: BudgetLine?
    private let filters: [ParticipantFilter]
    /// nil: the host town.
    private let payers: [Int64?]

    init(context: AppContext, parent: GPointer, snapshot: VisitSnapshot, editing: BudgetLine?) {
        self.context = context
        self.snapshot = snapshot
        self.editing = editing
        let details = snapshot.details
        filters = ParticipantFilter.choices(for: details)
        payers = [nil] + details.partnerTowns.map(\.id)
        form = FormWindow(ui: "budget-line-form", parent: parent,
                          title: editing == nil ? tr("Add Cost") : tr("Edit {line}", ["line": editing!.description]),
                          saveLabel: editing == nil ? tr("Add") : tr("Save"))
        for (field, id) in [(ValidationIssue.Field.lineDescription, "description_entry"), (.quantity, "quantity_entry"),
                            (.unitPrice, "unit_price_entry"), (.currency, "currency_entry"), (.actualAmount, "actual_entry"),
                            (.actualDate, "actual_date_entry"), (.attachment, "attachment_entry"),
                            (.payer, "payer_dropdown")] {
            form.bind(field, to: id)
        }
        let ui = form.ui
        DropDown.fill(ui["category_dropdown"], BudgetCategory.allCases.map(\.displayName))
        DropDown.fill(ui["basis_dropdown"], CostBasis.allCases.map(\.displayName))
        DropDown.fill(ui["filter_dropdown"], filters.map { $0.displayName(in: details) })
        DropDown.fill(ui["payer_dropdown"], [details.hostTown.name] + details.partnerTowns.map(\.name)
                      + [tr("Each town for its own people")])
        fill(editing.map(BudgetLineDraft.init) ?? BudgetLineDraft(currency: snapshot.visit.currency))
        for id in ["quantity_entry", "unit_price_entry", "currency_entry"] {
            onSignal(ui[id], "changed") { [weak self] in self?.updatePreview() }
        }
        for id in ["basis_dropdown", "filter_dropdown"] {
            onSignal(ui[id], "notify::selected") { [weak self] (_: GPointer?) in self?.updatePreview() }
        }
        onSignal(ui["attachment_button"], "clicked") { [weak self] in self?.chooseAttachment() }
        updatePreview()
        form.onSave = { [weak self] in self?.save() ?? .saved }
        form.owner = self
    }

    func present() {
        form.present()
        Widget.grabFocus(form.ui["description_entry"])
    }

    private func fill(_ draft: BudgetLineDraft) {
        let ui = form.ui
        Editable.set(ui["description_entry"], draft.description)
        DropDown.select(ui["category_dropdown"], BudgetCategory.allCases.firstIndex(of: draft.category) ?? 0)
        DropDown.select(ui["basis_dropdown"], CostBasis.allCases.firstIndex(of: draft.basis) ?? 0)
        DropDown.select(ui["filter_dropdown"], filters.firstIndex(of: draft.filter) ?? 0)
        DropDown.select(ui["payer_dropdown"], draft.splitByTown ? payers.count : payers.firstIndex(of: draft.payerTownId) ?? 0)
        Editable.set(ui["quantity_entry"], draft.quantity)
        Editable.set(ui["unit_price_entry"], draft.unitPrice)
        Editable.set(ui["currency_entry"], draft.currency)
        Editable.set(ui["actual_entry"], draft.actualAmount)
        Editable.set(ui["actual_date_entry"], draft.actualDate)
        Editable.set(ui["paid_by_entry"], draft.paidBy)
        Editable.set(ui["receipt_entry"], draft.receiptNumber)
        Editable.set(ui["attachment_entry"], draft.attachmentPath)
        TextView.set(ui["notes_view"], draft.notes)
    }

    private func draft() -> BudgetLineDraft {
        let ui = form.ui
        return BudgetLineDraft(description: Editable.value(ui["description_entry"]),
                               category: BudgetCategory.allCases[DropDown.selected(ui["category_dropdown"])],
                               basis: CostBasis.allCases[DropDown.selected(ui["basis_dropdown"])],
                               filter: filters[min(DropDown.selected(ui["filter_dropdown"]), filters.count - 1)],
                               quantity: Editable.value(ui["quantity_entry"]), unitPrice: Editable.value(ui["unit_price_entry"]),
                               currency: Editable.value(ui["currency_entry"]),
                               payerTownId: payers[min(DropDown.selected(ui["payer_dropdown"]), payers.count - 1)],
                               splitByTown: DropDown.selected(ui["payer_dropdown"]) == payers.count,
                               actualAmount: Editable.value(ui["actual_entry"]), actualDate: Editable.value(ui["actual_date_entry"]),
                               paidBy: Editable.value(ui["paid_by_entry"]), receiptNumber: Editable.value(ui["receipt_entry"]),
                               attachmentPath: Editable.value(ui["attachment_entry"]), notes: TextView.text(ui["notes_view"]))
    }

    /// Flat lines take a quantity, the others count people; the preview says what it comes to.
    private func updatePreview() {
        let ui = form.ui
        let current = draft()
        Widget.setSensitive(ui["quantity_entry"], current.basis == .flat)
        Widget.setSensitive(ui["filter_dropdown"], current.basis.countsPeople)
        var preview = current
        preview.description = preview.description.isEmpty ? "-" : preview.description
        preview.actualAmount = ""
        preview.actualDate = ""
        preview.receiptNumber = ""
        preview.attachmentPath = ""
        guard case .success(let line) = preview.line(visitId: snapshot.visit.id!) else {
            Label.set(ui["planned_preview"], tr("Planned: enter a unit price and a currency"))
            return
        }
        let figures = BudgetReport.preview(line, in: snapshot)
        var text = tr("Planned: {quantity} × {price} = {total}", ["quantity": figures.quantityDescription, "price": Format.money(line.unitPrice), "total": Format.money(figures.planned)])
        if line.unitPrice.currency != snapshot.visit.currency {
            text += " " + (figures.plannedConverted.map { "(\(Format.money($0.result)))" }
                           ?? tr("(no exchange rate to {code} yet)", ["code": snapshot.visit.currency]))
        }
        Label.set(ui["planned_preview"], text)
    }

    private func chooseAttachment() {
        FileChooser.open(parent: form.window, title: tr("Attach a Receipt"),
                         patterns: ["*.pdf", "*.PDF", "*.png", "*.PNG", "*.jpg", "*.JPG", "*.jpeg", "*.JPEG", "*.odt", "*.docx"],
                         filterName: tr("Receipts (PDF, images, documents)")) { [weak self] path in
            guard let self else { return }
            Editable.set(self.form.ui["attachment_entry"], path)
        }
    }

    private func save() -> SaveOutcome {
        let draft = draft()
        let store = context.store
        let visitId = snapshot.visit.id!
        if let old = editing {
            return context.outcome(of: context.perform(tr("Edit {line}", ["line": old.description]),
                                                       do: { try store.saveBudgetLine(draft, visitId: visitId, id: old.id) }))
        }
        return context.outcome(of: context.perform(tr("Add {line}", ["line": draft.description]),
                                                   notify: tr("“{line}” added", ["line": draft.description]),
                                                   do: { _ = try store.saveBudgetLine(draft, visitId: visitId) }))
    }
}
