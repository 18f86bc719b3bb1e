/// What one import wrote, with everything `PlannerStore.undo(_:)` needs to take it back as a
/// whole: the ids it inserted and the previous versions of the records it updated.
public struct ImportReceipt: Sendable, Hashable {
    public let kind: ImportKind
    public let visitId: Int64
    /// Participants the import created.
    public let insertedParticipantIds: [Int64]
    /// Participants the import changed, as they were before.
    public let previousParticipants: [Participant]
    /// Households the import created.
    public let insertedHouseholdIds: [Int64]
    /// Households the import changed, as they were before.
    public let previousHouseholds: [Household]
    /// Each updated household's availability for the visit before the import (nil: not offered).
    public let previousAvailability: [Int64: Availability?]
    /// Rows left out (skipped, or duplicates the user chose to skip).
    public let skippedRows: Int

    /// Records created.
    public var insertedCount: Int { insertedParticipantIds.count + insertedHouseholdIds.count }
    /// Records changed.
    public var updatedCount: Int { previousParticipants.count + previousHouseholds.count }

    /// "Import 16 participants", for the Undo menu item.
    public var title: String {
        let count = insertedCount + updatedCount
        return (kind == .participants ? tr("Import {count} participants") : tr("Import {count} households"))
            .filled(["count": String(count)])
    }
}
