/// A named set of participants ("Brass band", "Youth FR+PL") that an audience can name.
public struct VisitGroup: Hashable, Codable, Sendable, Identifiable {
    public var id: Int64?
    public var visitId: Int64
    public var name: String
    /// Ids of deleted participants are ignored, so an undone deletion brings them back.
    public var memberIds: [Int64]

    public init(id: Int64? = nil, visitId: Int64, name: String, memberIds: [Int64] = []) {
        self.id = id
        self.visitId = visitId
        self.name = name
        self.memberIds = memberIds
    }
}
