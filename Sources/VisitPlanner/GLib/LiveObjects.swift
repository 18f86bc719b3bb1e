import CGtk
import Foundation
import Synchronization

/// What of the GUI is alive: window controllers (held weakly), builders (counted by init and
/// deinit) and their windows (GObject weak references). With VISITPLANNER_LIVE_OBJECTS=FILE in
/// the environment, every window that comes or goes writes the counts to FILE as JSON, so the lifetime
/// tests can tell a controller, builder or window that stays after its window closed.
enum LiveObjects {
    private static let builders = Atomic<Int>(0)
    private static let windows = Atomic<Int>(0)
    nonisolated(unsafe) private static var controllers: [(type: String, object: () -> AnyObject?)] = []
    private static let file = ProcessInfo.processInfo.environment["VISITPLANNER_LIVE_OBJECTS"]

    static func builderCreated() { builders.add(1, ordering: .relaxed) }
    static func builderGone() { builders.subtract(1, ordering: .relaxed) }

    /// Follows a window's controller and the window itself until they go.
    @MainActor
    static func follow(_ controller: AnyObject, window: GPointer) {
        guard file != nil else { return }
        weak var weakController = controller
        controllers.append((String(describing: type(of: controller)), { weakController }))
        windows.add(1, ordering: .relaxed)
        g_object_weak_ref(c(window), { _, _ in LiveObjects.windows.subtract(1, ordering: .relaxed) }, nil)
        // Written at once too: a window whose release never comes leaves these counts behind.
        report()
    }

    /// Writes the counts (only with VISITPLANNER_LIVE_OBJECTS set).
    @MainActor
    static func report() {
        guard let file else { return }
        controllers.removeAll { $0.object() == nil }
        var byType: [String: Int] = [:]
        for entry in controllers { byType[entry.type, default: 0] += 1 }
        let counts: [String: Any] = ["builders": builders.load(ordering: .relaxed), "windows": windows.load(ordering: .relaxed),
                                     "controllers": byType]
        guard let data = try? JSONSerialization.data(withJSONObject: counts, options: [.sortedKeys]) else { return }
        try? data.write(to: URL(fileURLWithPath: file), options: .atomic)
    }
}
