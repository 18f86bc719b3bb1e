import CGtk

// Signal handlers are Swift closures in a retained box handed to GLib as user data; GLib
// releases the box through the destroy-notify when the handler is disconnected or the object
// dies, so nothing leaks and nothing dangles. Every trampoline runs its body inside
// `MainActor.assumeIsolated`: GTK calls it on the main thread, and the check is made at run time.

/// Holds a closure for GLib.
final class ClosureBox<F>: @unchecked Sendable {  // only touched on the main thread
    let body: F
    init(_ body: F) { self.body = body }
}

private let releaseBox: GClosureNotify = { data, _ in
    guard let data else { return }
    Unmanaged<AnyObject>.fromOpaque(data).release()
}

private func connect<F>(_ instance: GPointer, _ signal: String, _ body: F, _ trampoline: GCallback) -> UInt {
    let box = Unmanaged.passRetained(ClosureBox(body) as AnyObject).toOpaque()
    return UInt(vp_signal_connect(instance, signal, trampoline, box, releaseBox))
}

/// `void handler(GObject *self, gpointer data)`: clicked, changed, activate, destroy…
@discardableResult @MainActor
func onSignal(_ instance: GPointer, _ signal: String, _ body: @escaping @MainActor () -> Void) -> UInt {
    let trampoline: @convention(c) (GPointer?, GPointer?) -> Void = { _, data in
        let box = Unmanaged<ClosureBox<@MainActor () -> Void>>.fromOpaque(data!).takeUnretainedValue()
        MainActor.assumeIsolated { box.body() }
    }
    return connect(instance, signal, body, unsafeBitCast(trampoline, to: GCallback.self))
}

/// `void handler(GObject *self, gpointer arg, gpointer data)`: list item factories, notify::prop.
@discardableResult @MainActor
func onSignal(_ instance: GPointer, _ signal: String, _ body: @escaping @MainActor (GPointer?) -> Void) -> UInt {
    let trampoline: @convention(c) (GPointer?, GPointer?, GPointer?) -> Void = { _, arg, data in
        let box = Unmanaged<ClosureBox<@MainActor (GPointer?) -> Void>>.fromOpaque(data!).takeUnretainedValue()
        MainActor.assumeIsolated { box.body(arg) }
    }
    return connect(instance, signal, body, unsafeBitCast(trampoline, to: GCallback.self))
}

/// `void handler(GObject *self, guint arg, gpointer data)`: GtkColumnView::activate.
@discardableResult @MainActor
func onSignalUInt(_ instance: GPointer, _ signal: String, _ body: @escaping @MainActor (UInt32) -> Void) -> UInt {
    let trampoline: @convention(c) (GPointer?, UInt32, GPointer?) -> Void = { _, arg, data in
        let box = Unmanaged<ClosureBox<@MainActor (UInt32) -> Void>>.fromOpaque(data!).takeUnretainedValue()
        MainActor.assumeIsolated { box.body(arg) }
    }
    return connect(instance, signal, body, unsafeBitCast(trampoline, to: GCallback.self))
}

/// `void handler(GObject *self, guint a, guint b, gpointer data)`: GtkSelectionModel::selection-changed.
@discardableResult @MainActor
func onSignalUIntPair(_ instance: GPointer, _ signal: String, _ body: @escaping @MainActor (UInt32, UInt32) -> Void) -> UInt {
    let trampoline: @convention(c) (GPointer?, UInt32, UInt32, GPointer?) -> Void = { _, a, b, data in
        let box = Unmanaged<ClosureBox<@MainActor (UInt32, UInt32) -> Void>>.fromOpaque(data!).takeUnretainedValue()
        MainActor.assumeIsolated { box.body(a, b) }
    }
    return connect(instance, signal, body, unsafeBitCast(trampoline, to: GCallback.self))
}

/// `void handler(GFileMonitor *self, GFile *file, GFile *other, GFileMonitorEvent event, gpointer data)`:
/// GFileMonitor::changed.
@discardableResult @MainActor
func onFileChanged(_ monitor: GPointer, _ body: @escaping @MainActor (GFileMonitorEvent) -> Void) -> UInt {
    let trampoline: @convention(c) (GPointer?, GPointer?, GPointer?, GFileMonitorEvent, GPointer?) -> Void = { _, _, _, event, data in
        let box = Unmanaged<ClosureBox<@MainActor (GFileMonitorEvent) -> Void>>.fromOpaque(data!).takeUnretainedValue()
        MainActor.assumeIsolated { box.body(event) }
    }
    return connect(monitor, "changed", body, unsafeBitCast(trampoline, to: GCallback.self))
}

/// `void handler(GObject *self, gint arg, gpointer data)`: GtkDialog::response.
@discardableResult @MainActor
func onSignalInt(_ instance: GPointer, _ signal: String, _ body: @escaping @MainActor (Int32) -> Void) -> UInt {
    let trampoline: @convention(c) (GPointer?, Int32, GPointer?) -> Void = { _, arg, data in
        let box = Unmanaged<ClosureBox<@MainActor (Int32) -> Void>>.fromOpaque(data!).takeUnretainedValue()
        MainActor.assumeIsolated { box.body(arg) }
    }
    return connect(instance, signal, body, unsafeBitCast(trampoline, to: GCallback.self))
}

/// `gboolean handler(GObject *self, gpointer data)`: close-request (return true to keep open).
@discardableResult @MainActor
func onSignalReturningBool(_ instance: GPointer, _ signal: String, _ body: @escaping @MainActor () -> Bool) -> UInt {
    let trampoline: @convention(c) (GPointer?, GPointer?) -> gboolean = { _, data in
        let box = Unmanaged<ClosureBox<@MainActor () -> Bool>>.fromOpaque(data!).takeUnretainedValue()
        return MainActor.assumeIsolated { box.body() } ? 1 : 0
    }
    return connect(instance, signal, body, unsafeBitCast(trampoline, to: GCallback.self))
}

/// `void handler(GSimpleAction *action, GVariant *parameter, gpointer data)`: GAction::activate.
@discardableResult @MainActor
func onAction(_ action: GPointer, _ body: @escaping @MainActor () -> Void) -> UInt {
    onSignal(action, "activate") { (_: GPointer?) in body() }
}

/// `void handler(GtkGestureClick *self, gint n_press, gdouble x, gdouble y, gpointer data)`: pressed.
@discardableResult @MainActor
func onPressed(_ gesture: GPointer, _ body: @escaping @MainActor (Int32, Double, Double) -> Void) -> UInt {
    let trampoline: @convention(c) (GPointer?, Int32, Double, Double, GPointer?) -> Void = { _, presses, x, y, data in
        let box = Unmanaged<ClosureBox<@MainActor (Int32, Double, Double) -> Void>>.fromOpaque(data!).takeUnretainedValue()
        MainActor.assumeIsolated { box.body(presses, x, y) }
    }
    return connect(gesture, "pressed", body, unsafeBitCast(trampoline, to: GCallback.self))
}

/// `gboolean handler(GtkEventControllerKey *self, guint keyval, guint keycode, GdkModifierType state,
/// gpointer data)`: key-pressed; return true when the key was handled.
@discardableResult @MainActor
func onSignalKeyPressed(_ controller: GPointer, _ body: @escaping @MainActor (UInt32) -> Bool) -> UInt {
    let trampoline: @convention(c) (GPointer?, UInt32, UInt32, UInt32, GPointer?) -> gboolean = { _, keyval, _, _, data in
        let box = Unmanaged<ClosureBox<@MainActor (UInt32) -> Bool>>.fromOpaque(data!).takeUnretainedValue()
        return MainActor.assumeIsolated { box.body(keyval) } ? 1 : 0
    }
    return connect(controller, "key-pressed", body, unsafeBitCast(trampoline, to: GCallback.self))
}
