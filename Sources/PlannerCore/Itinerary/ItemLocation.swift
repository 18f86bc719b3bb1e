import Foundation

/// Where an item takes place. Two items at different locations need travel time between them
/// for whoever attends (or interprets) both.
public struct ItemLocation: Hashable, Codable, Sendable {
    public var name: String
    public var address: String
    public var latitude: Double?
    public var longitude: Double?

    public init(name: String = "", address: String = "", latitude: Double? = nil, longitude: Double? = nil) {
        self.name = name
        self.address = address
        self.latitude = latitude
        self.longitude = longitude
    }

    /// Whether going from one to the other takes travel: different names (case and spacing
    /// ignored). An unnamed location is taken as "anywhere", so it never costs a buffer.
    public func isElsewhere(than other: ItemLocation) -> Bool {
        let a = SearchKey.fold(name).trimmingCharacters(in: .whitespaces), b = SearchKey.fold(other.name).trimmingCharacters(in: .whitespaces)
        return !a.isEmpty && !b.isEmpty && a != b
    }
}
