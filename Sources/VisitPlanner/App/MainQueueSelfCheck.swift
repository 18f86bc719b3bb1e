import Dispatch
import Foundation

/// Proof, for the GUI tests, that Swift concurrency runs inside GTK's main loop: with
/// `VISITPLANNER_SELF_CHECK=main-queue` the app schedules a `Task { @MainActor }` and a
/// `DispatchQueue.main.async` block once its window is up and prints a line when each runs.
/// Without the MainQueueBridge neither line ever appears.
@MainActor
enum MainQueueSelfCheck {
    static func runIfRequested() {
        guard ProcessInfo.processInfo.environment["VISITPLANNER_SELF_CHECK"] == "main-queue" else { return }
        Task { @MainActor in
            print("self-check: Task on the main actor ran inside the GTK main loop")
            fflush(stdout)
        }
        DispatchQueue.main.async {
            print("self-check: DispatchQueue.main block ran inside the GTK main loop")
            fflush(stdout)
        }
    }
}
