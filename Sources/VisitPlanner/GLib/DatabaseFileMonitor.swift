import CGtk
import Foundation

/// Tells the window when another process (the CLI, a script, a second window) may have written
/// the database: GFileMonitor (inotify on Linux) on the file and its write-ahead log, where a
/// commit lands first. A burst of events becomes one call, 100 ms after the first; the store
/// then asks SQLite (`PRAGMA data_version`) whether anything was really committed.
@MainActor
final class DatabaseFileMonitor {
    // Set once in init, read by deinit only (the window owns this object on the main thread).
    nonisolated(unsafe) private var monitors: [GPointer] = []
    private var pending = false

    init(databasePath path: String, onChange: @escaping @MainActor () -> Void) {
        for watched in [path, path + "-wal"] {
            let file = g_file_new_for_path(watched)!
            defer { g_object_unref(GPointer(file)) }
            var error: UnsafeMutablePointer<GError>?
            guard let monitor = g_file_monitor_file(file, G_FILE_MONITOR_NONE, nil, &error) else {
                // Without a monitor the window shows other processes' changes when it next writes.
                if let error { g_error_free(error) }
                continue
            }
            let pointer = GPointer(monitor)
            monitors.append(pointer)
            onFileChanged(pointer) { [weak self] event in
                guard let self, event == G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT || event == G_FILE_MONITOR_EVENT_CHANGED
                        || event == G_FILE_MONITOR_EVENT_CREATED, !self.pending else { return }
                self.pending = true
                timeoutAdd(milliseconds: 100) { [weak self] in
                    self?.pending = false
                    onChange()
                    return false
                }
            }
        }
    }

    deinit {
        for monitor in monitors {
            g_file_monitor_cancel(monitor.assumingMemoryBound(to: GFileMonitor.self))
            g_object_unref(monitor)
        }
    }
}
