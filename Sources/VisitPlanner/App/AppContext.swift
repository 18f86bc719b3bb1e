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

    /// Does an edit and records how to reverse it. A failure is shown in a dialog and
    /// returned (nothing changed); forms use the returned error to mark their fields.
    @discardableResult
    func perform(_ title: String, notify text: String? = nil,
                 do action: @escaping @MainActor () throws -> Void,
                 undo reverse: @escaping @MainActor () throws -> Void) -> PlannerError? {
        do {
            try action()
        } catch {
            let failure = (error as? PlannerError) ?? .storage(String(describing: error))
            if case .invalid = failure {} else { showError(title, failure.message) }
            return failure
        }
        undo.push(.init(title: title, undo: reverse, redo: action))
        if let text { notify(text, true) }
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
