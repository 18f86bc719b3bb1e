import Foundation

/// Where a plugin stands.
public enum PluginStatus: Sendable, Hashable {
    /// Found and valid, its code not loaded yet (loaded on first use).
    case available
    case loaded
    /// Switched off by the user (remembered).
    case disabled
    /// Not usable; the reason is translated and shown as is.
    case refused(String)

    /// `available`, `loaded`, `disabled` or `refused` (the CLI's and the JSON's word).
    public var keyword: String {
        switch self {
        case .available: "available"
        case .loaded: "loaded"
        case .disabled: "disabled"
        case .refused: "refused"
        }
    }

    public var reason: String? {
        if case .refused(let reason) = self { return reason }
        return nil
    }
}

/// One plugin found on the search path.
public struct PluginEntry: Sendable {
    /// The file's name without `.plugin` (also when its metadata is unreadable).
    public let id: String
    public let file: URL
    /// Nil when the metadata could not be read.
    public let metadata: PluginMetadata?
    public internal(set) var status: PluginStatus
    /// The formats the loaded plugin registered (empty until loaded).
    public internal(set) var formats: [ExportFormat] = []
    /// The reports the loaded plugin registered, as (id, translated name).
    public internal(set) var reports: [PluginReportInfo] = []
}

/// A report's id and translated name, for lists.
public struct PluginReportInfo: Sendable, Hashable {
    public let id: String
    public let name: String
}
