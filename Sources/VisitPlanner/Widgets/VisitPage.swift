import PlannerCore

/// One page of a visit in the main window's stack. `MainWindow.pages` lists them in order, and
/// that one list makes the stack and its switcher, the `win.show-<id>` actions, their Alt+1…
/// accelerators and the Pages section of the shortcuts window.
@MainActor
protocol VisitPage: AnyObject {
    /// The stack child's name and the action's suffix: "overview", "participants"…
    var id: String { get }
    /// The switcher's label, translated.
    var title: String { get }
    var root: GPointer { get }
    /// Shows the visit as it is now; called when the page comes into view after a change.
    func update(_ snapshot: VisitSnapshot)
}
