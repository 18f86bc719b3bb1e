/// The contract between the app and a plugin library.
///
/// A plugin is a dynamic library built against the same `libPlannerCore.so` (Swift has no ABI
/// stability on Linux, so the metadata's `X-Api-Version` must equal `PluginAPI.version` or the
/// plugin is refused). The library exports one C symbol, `visitplanner_plugin_entry`, that
/// returns a retained instance of a class conforming to `PlannerPlugin`:
///
/// ```swift
/// @_cdecl("visitplanner_plugin_entry")
/// public func entry() -> UnsafeMutableRawPointer {
///     Unmanaged.passRetained(MyPlugin() as AnyObject).toOpaque()
/// }
/// ```
public enum PluginAPI {
    /// Bumped whenever a type a plugin sees changes.
    public static let version = 2
    /// The C symbol every plugin library exports.
    public static let entrySymbol = "visitplanner_plugin_entry"
}

/// What a plugin library hands the app: it registers its exporters and reports.
public protocol PlannerPlugin: AnyObject {
    func register(in registrar: PluginRegistrar)
}

/// Collects what one plugin contributes. Given to `PlannerPlugin.register(in:)` once.
public final class PluginRegistrar {
    public private(set) var exporters: [any Exporter] = []
    public private(set) var reports: [any PluginReport] = []

    public init() {}

    /// Adds an exporter; its format id must be listed in the plugin's `X-Formats`.
    public func add(_ exporter: any Exporter) { exporters.append(exporter) }

    /// Adds a report (a table the app shows and prints as text).
    public func add(_ report: any PluginReport) { reports.append(report) }
}
