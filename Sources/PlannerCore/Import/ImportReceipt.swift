import Foundation

/// What one import wrote: the ids it inserted, the previous versions of the records it updated,
/// and every row change, which `PlannerStore.undo(_:)` takes back as a whole.
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
    /// Every row the import changed, in every table (`PlannerStore.recordingChanges`).
    public internal(set) var changes = RecordedChanges(changeset: Data())

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
