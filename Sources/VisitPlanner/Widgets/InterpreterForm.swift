import CGtk
import Foundation
import PlannerCore

/// Edits what an interpreter can do: language pairs with direction, ways of working, when they
/// are available, their daily maximum and their rate. The core reads the text fields.
@MainActor
final class InterpreterForm {
    private let form: FormWindow
    private let context: AppContext
    private let person: Participant
    private let visit: Visit
    private let existing: Interpreter?
    private var modeChecks: [(InterpretingMode, GPointer)] = []
    /// Called after a successful save (the list window refreshes).
    var onSaved: (() -> Void)?

    init(context: AppContext, parent: GPointer, visit: Visit, person: Participant, existing: Interpreter?) {
        self.context = context
        self.person = person
        self.visit = visit
        self.existing = existing
        form = FormWindow(ui: "interpreter-form", parent: parent,
                          title: tr("Interpreter: {name}", ["name": person.fullName]),
                          saveLabel: tr("Save"))
        let ui = form.ui
        for (field, id) in [(ValidationIssue.Field.languagePairs, "pairs_entry"), (.availability, "availability_view"),
                            (.maxHours, "max_hours_entry"), (.rate, "rate_entry"), (.currency, "currency_entry")] {
            form.bind(field, to: id)
        }
        Label.set(ui["person_label"], "\(person.fullName) · \(Format.languages(person.languages))")
        Label.set(ui["pairs_hint"], tr("“cs<>de” for both directions, “en>de” for one; separate pairs with commas."))
        Label.set(ui["availability_hint"], tr("One period per line, in the visit’s time zone, e.g. “2027-05-14 08:00 – 2027-05-17 12:00”. Empty: the whole visit."))
        modeChecks = form.addChecks(to: "modes_box", InterpretingMode.allCases.map { ($0, $0.displayName) }, selected: [])
        DropDown.fill(ui["rate_unit_dropdown"], RateUnit.allCases.map(\.displayName))
        let draft = existing.map { InterpreterDraft($0, currency: visit.currency) } ?? InterpreterDraft(currency: visit.currency)
        Editable.set(ui["pairs_entry"], draft.pairs)
        for (mode, check) in modeChecks { Check.set(check, draft.modes.contains(mode)) }
        TextView.set(ui["availability_view"], draft.availability)
        Editable.set(ui["max_hours_entry"], draft.maxHoursPerDay)
        Editable.set(ui["rate_entry"], draft.rate)
        Editable.set(ui["currency_entry"], draft.currency)
        DropDown.select(ui["rate_unit_dropdown"], RateUnit.allCases.firstIndex(of: draft.rateUnit) ?? 0)
        form.onSave = { [weak self] in self?.save() ?? .saved }
        form.owner = self
    }

    func present() {
        form.present()
        Widget.grabFocus(form.ui["pairs_entry"])
    }

    private func save() -> SaveOutcome {
        let ui = form.ui
        let draft = InterpreterDraft(pairs: Editable.value(ui["pairs_entry"]), modes: modeChecks.filter { Check.isActive($0.1) }.map(\.0),
                                     availability: TextView.text(ui["availability_view"]),
                                     maxHoursPerDay: Editable.value(ui["max_hours_entry"]), rate: Editable.value(ui["rate_entry"]),
                                     currency: Editable.value(ui["currency_entry"]),
                                     rateUnit: RateUnit.allCases[min(DropDown.selected(ui["rate_unit_dropdown"]), RateUnit.allCases.count - 1)])
        let store = context.store
        let personId = person.id!, visitId = visit.id!
        let outcome = context.outcome(of: context.perform(
            tr("Edit interpreter {name}", ["name": person.fullName]),
            do: { try store.saveInterpreter(draft, participantId: personId, visitId: visitId) }))
        if case .saved = outcome { onSaved?() }
        return outcome
    }
}
