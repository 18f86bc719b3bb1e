import CGtk
import Foundation
import PlannerCore

/// What every view of the window shares: the store, the undo history, and the way to tell the
/// user that something happened (the in-window notification) or went wrong (a dialog).
@MainActor
final class AppContext {
    let store: PlannerStore
    let undo = UndoStack()
    /// Shows a notification, optionally with an Undo button.
    var notify: (_ text: String, _ undoable: Bool) -> Void = { _, _ in }
    /// Shows an error that is not tied to a form field.
    var showError: (_ title: String, _ message: String) -> Void = { _, _ in }

    init(store: PlannerStore) { self.store = store }

    /// The date forms validate birth dates against.
    var today: CalendarDate { CalendarDate.today() }

    /// Does an edit and records every row it changes, so Undo restores exactly what it touched
    /// (cascades included) and Redo puts back the same rows. A failure is shown in a dialog and
    /// returned (nothing changed); forms use the returned error to mark their fields.
    @discardableResult
    func perform(_ title: String, notify text: String? = nil,
                 do action: @MainActor () throws -> Void) -> PlannerError? {
        let changes: RecordedChanges
        do {
            changes = try store.recordingChanges { try action() }.1
        } catch {
            let failure = (error as? PlannerError) ?? .storage(String(describing: error))
            if case .invalid = failure {} else { showError(title, failure.message) }
            return failure
        }
        // An edit that changed no row (a form saved unchanged) leaves nothing to undo.
        if !changes.isEmpty { undo.push(UndoStack.entry(title, changes: changes, in: store)) }
        if let text { notify(text, !changes.isEmpty) }
        return nil
    }

    /// What a form does after `perform`: close on success, show field problems, or stay open.
    func outcome(of failure: PlannerError?) -> SaveOutcome {
        switch failure {
        case nil: .saved
        case .invalid(let validation)?: .problems(validation.issues)
        case let other?: .failed(other.message)
        }
    }
}
