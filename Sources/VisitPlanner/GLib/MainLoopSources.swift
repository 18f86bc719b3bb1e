import CGtk

// Idle and timeout callbacks with the same box-and-destroy-notify ownership as signals.

private let releaseSourceBox: GDestroyNotify = { data in
    guard let data else { return }
    Unmanaged<ClosureBox<@MainActor () -> Bool>>.fromOpaque(data).release()
}

private let sourceTrampoline: GSourceFunc = { data in
    let box = Unmanaged<ClosureBox<@MainActor () -> Bool>>.fromOpaque(data!).takeUnretainedValue()
    return MainActor.assumeIsolated { box.body() } ? 1 : 0
}

/// Runs `body` when the main loop is idle; it runs again while it returns true.
@discardableResult @MainActor
func idleAdd(priority: Int32 = G_PRIORITY_DEFAULT_IDLE, _ body: @escaping @MainActor () -> Bool) -> UInt32 {
    let box = Unmanaged.passRetained(ClosureBox(body)).toOpaque()
    return g_idle_add_full(priority, sourceTrampoline, box, releaseSourceBox)
}

/// Runs `body` after `milliseconds`; again every period while it returns true.
@discardableResult @MainActor
func timeoutAdd(milliseconds: UInt32, _ body: @escaping @MainActor () -> Bool) -> UInt32 {
    let box = Unmanaged.passRetained(ClosureBox(body)).toOpaque()
    return g_timeout_add_full(G_PRIORITY_DEFAULT, milliseconds, sourceTrampoline, box, releaseSourceBox)
}
