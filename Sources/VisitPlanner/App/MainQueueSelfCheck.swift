import Dispatch
import Foundation

/// Proof, for the GUI tests, that Swift concurrency runs inside GTK's main loop: with
/// `VISITPLANNER_SELF_CHECK=main-queue` the app schedules a `Task { @MainActor }` and a
/// `DispatchQueue.main.async` block once its window is up and prints a line when each runs.
/// Without the MainQueueBridge neither line ever appears.
@MainActor
enum MainQueueSelfCheck {
    /// Unbuffered, so the test reading the pipe sees the line at once.
    private static func say(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }

    static func runIfRequested() {
        guard ProcessInfo.processInfo.environment["VISITPLANNER_SELF_CHECK"] == "main-queue" else { return }
        Task { @MainActor in
            say("self-check: Task on the main actor ran inside the GTK main loop")
        }
        DispatchQueue.main.async {
            say("self-check: DispatchQueue.main block ran inside the GTK main loop")
        }
    }
}
