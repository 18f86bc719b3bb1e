import CGtk
import Foundation
import PlannerCore

/// Edits the visit's interpreting rules: the travel time kept free between items at different
/// places, and the length after which an item needs two interpreters per pair.
@MainActor
final class ItinerarySettingsForm {
    private let form: FormWindow
    private let context: AppContext
    private let visitId: Int64
    private let current: ItinerarySettings
    var onSaved: (() -> Void)?

    init(context: AppContext, parent: GPointer, visitId: Int64, current: ItinerarySettings) {
        self.context = context
        self.visitId = visitId
        self.current = current
        form = FormWindow(ui: "itinerary-settings-form", parent: parent, title: tr("Interpreting Rules"), saveLabel: tr("Save"))
        form.bind(.travelBuffer, to: "buffer_entry")
        form.bind(.pairThreshold, to: "pair_entry")
        Editable.set(form.ui["buffer_entry"], String(current.travelBufferMinutes))
        Editable.set(form.ui["pair_entry"], String(current.pairInterpretersAfterMinutes))
        form.onSave = { [weak self] in self?.save() ?? .saved }
        form.owner = self
    }

    func present() {
        form.present()
        Widget.grabFocus(form.ui["buffer_entry"])
    }

    private func save() -> SaveOutcome {
        switch ItinerarySettings.parse(travelBuffer: Editable.value(form.ui["buffer_entry"]), pairAfter: Editable.value(form.ui["pair_entry"])) {
        case .failure(let failure):
            return .problems(failure.issues)
        case .success(let settings):
            let store = context.store
            let visitId = visitId
            let outcome = context.outcome(of: context.perform(tr("Change the interpreting rules"),
                                                              do: { try store.saveItinerarySettings(settings, visitId: visitId) }))
            if case .saved = outcome { onSaved?() }
            return outcome
        }
    }
}
