import CGtk
import Foundation
import PlannerCore

/// Adds an exchange rate: "1 EUR is worth 25.08 CZK on 2027-04-30". Offline by design: the
/// committee enters the rate its bank or its grant rules prescribe.
@MainActor
final class ExchangeRateForm {
    private let form: FormWindow
    private let context: AppContext
    private let snapshot: VisitSnapshot

    init(context: AppContext, parent: GPointer, snapshot: VisitSnapshot) {
        self.context = context
        self.snapshot = snapshot
        form = FormWindow(ui: "exchange-rate-form", parent: parent, title: tr("Add Exchange Rate"), saveLabel: tr("Add"))
        for (field, id) in [(ValidationIssue.Field.fromCurrency, "from_entry"), (.rate, "rate_entry"), (.currency, "to_entry"),
                            (.rateDate, "date_entry")] {
            form.bind(field, to: id)
        }
        let ui = form.ui
        let report = BudgetReport(snapshot)
        // Propose the first currency that still lacks a rate.
        Editable.set(ui["from_entry"], report.missingRates.first ?? "")
        Editable.set(ui["to_entry"], snapshot.visit.currency)
        Editable.set(ui["date_entry"], CalendarDate.today().description)
        Label.set(ui["rule_hint"], tr("Enter the rate your bank or the grant rules use. Planned amounts convert at the latest rate dated on or before the visit’s first day."))
        form.onSave = { [weak self] in self?.save() ?? .saved }
        form.owner = self
    }

    func present() {
        form.present()
        Widget.grabFocus(form.ui[Editable.value(form.ui["from_entry"]).isEmpty ? "from_entry" : "rate_entry"])
    }

    private func save() -> SaveOutcome {
        let ui = form.ui
        let draft = ExchangeRateDraft(from: Editable.value(ui["from_entry"]), to: Editable.value(ui["to_entry"]),
                                      rate: Editable.value(ui["rate_entry"]), date: Editable.value(ui["date_entry"]))
        let visitId = snapshot.visit.id!
        let store = context.store
        return context.outcome(of: context.perform(tr("Add the rate {from} → {to}", ["from": draft.from.uppercased(), "to": draft.to.uppercased()]),
                                                   do: { _ = try store.saveExchangeRate(draft, visitId: visitId) }))
    }
}
