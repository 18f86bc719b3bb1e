import CGtk
import Dispatch

/// Lets Swift concurrency and `DispatchQueue.main` run inside GTK's main loop.
///
/// `g_application_run` never drains libdispatch's main queue, so `Task { @MainActor in }`,
/// `DispatchQueue.main.async` and GRDB's observations would silently never run. libdispatch
/// signals pending main-queue work on an eventfd; GLib watches that descriptor and, when it
/// fires, lets libdispatch drain the queue — what CoreFoundation's run loop does on Linux.
/// These two symbols are exported by libdispatch but are not public API: the toolchain is
/// pinned, and Tests/GUITests check the bridge.
enum MainQueueBridge {
    nonisolated(unsafe) private static var installed = false

    /// Call once, on the main thread, before the main loop runs.
    static func install() {
        guard !installed else { return }
        installed = true
        let fd = _dispatch_get_main_queue_handle_4CF()
        guard fd >= 0 else { return }
        let callback: GUnixFDSourceFunc = { fd, _, _ in
            // Reading the eventfd re-arms it; the drain below runs every queued block.
            var counter: UInt64 = 0
            _ = withUnsafeMutableBytes(of: &counter) { read(fd, $0.baseAddress, 8) }
            _dispatch_main_queue_callback_4CF(nil)
            return 1 // G_SOURCE_CONTINUE
        }
        g_unix_fd_add_full(G_PRIORITY_DEFAULT, fd, G_IO_IN, callback, nil, nil)
    }
}
