/// A grant data file that cannot be used: its figures would be wrong, so nothing is estimated.
public struct GrantDataError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong, for the developer who edits the file (the embedded files are checked by tests).
    public let reason: String

    public init(_ reason: String) { self.reason = reason }

    public var description: String { reason }
}
