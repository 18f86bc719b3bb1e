import CGtk
import Foundation

/// Measurements for `make bench`, taken inside the real app (no timed unit tests):
/// - `VISITPLANNER_BENCH=first-frame`: prints `first-frame <µs>` (GLib's monotonic clock, the
///   clock the harness starts from) when the window's first frame has been painted, then quits;
/// - `VISITPLANNER_BENCH=search`: on the Participants page, types queries one character at a
///   time and prints `keystroke <ms> <query> <rows shown>` from the keystroke to the painted frame.
@MainActor
enum BenchMode {
    static func startIfRequested(window: MainWindow, quit: @escaping @MainActor () -> Void) {
        guard let mode = ProcessInfo.processInfo.environment["VISITPLANNER_BENCH"] else { return }
        afterNextPaint(window.window) {
            say("first-frame \(g_get_monotonic_time())")
            if mode == "search" { runSearch(window, then: quit) } else { quit() }
        }
    }

    private static func say(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }

    /// Calls `body` once, after the next frame of `widget`'s window has been painted.
    private static func afterNextPaint(_ widget: GPointer, _ body: @escaping @MainActor () -> Void) {
        guard let clock = gtk_widget_get_frame_clock(c(widget)) else {
            idleAdd { afterNextPaint(widget, body); return false }
            return
        }
        var handler: UInt = 0
        var done = false
        handler = onSignal(GPointer(clock), "after-paint") {
            guard !done else { return }
            done = true
            g_signal_handler_disconnect(GPointer(clock), gulong(handler))
            body()
        }
        gtk_widget_queue_draw(c(widget))
    }

    private static func runSearch(_ window: MainWindow, then quit: @escaping @MainActor () -> Void) {
        window.showPage(window.participants)
        var queries: [String] = []
        // Typing three searches letter by letter, then erasing each with Backspace.
        for word in ["dvorak", "lea bonnet", "gunter"] {
            for length in 1...word.count { queries.append(String(word.prefix(length))) }
            for length in (0..<word.count).reversed() { queries.append(String(word.prefix(length))) }
        }
        var index = 0
        func step() {
            guard index < queries.count else {
                quit()
                return
            }
            let query = queries[index]
            index += 1
            let start = g_get_monotonic_time()
            window.participants.type(query)
            let filtered = Double(g_get_monotonic_time() - start) / 1000
            afterNextPaint(window.window) {
                let elapsed = Double(g_get_monotonic_time() - start) / 1000
                say(String(format: "keystroke %.2f %@ %d filter %.2f", elapsed, query.isEmpty ? "<clear>" : query.replacingOccurrences(of: " ", with: "_"), window.participants.shownCount, filtered))
                step()
            }
        }
        // Let the page switch settle before the first keystroke.
        afterNextPaint(window.window) { step() }
    }
}
