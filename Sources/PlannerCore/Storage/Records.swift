import GRDB

// Persistence conformances. Nested value types (languages, travel, contacts…) are Codable and
// GRDB stores them as JSON text in their column; dates are stored as ISO text so that SQL can
// compare them.

extension CalendarDate: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { description.databaseValue }
    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> CalendarDate? {
        String.fromDatabaseValue(dbValue).flatMap(CalendarDate.init(iso:))
    }
}

extension VisitKind: DatabaseValueConvertible {}
extension VisitStatus: DatabaseValueConvertible {}
extension Role: DatabaseValueConvertible {}
extension Gender: DatabaseValueConvertible {}
extension GuestPreference: DatabaseValueConvertible {}

extension Town: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "town"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension Visit: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "visit"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension Participant: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "participant"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension Household: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "household"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// Row of `visitPartner`: a partner town of a visit, in the order the user gave.
struct VisitPartnerRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "visitPartner"
    var visitId: Int64
    var townId: Int64
    var position: Int
}

/// Row of `householdAvailability`.
struct AvailabilityRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "householdAvailability"
    var householdId: Int64
    var visitId: Int64
    var availableFrom: CalendarDate
    var availableTo: CalendarDate
    var isBackup: Bool

    init(householdId: Int64, visitId: Int64, availableFrom: CalendarDate, availableTo: CalendarDate, isBackup: Bool = false) {
        self.householdId = householdId
        self.visitId = visitId
        self.availableFrom = availableFrom
        self.availableTo = availableTo
        self.isBackup = isBackup
    }

    init(householdId: Int64, visitId: Int64, availability: Availability) {
        self.init(householdId: householdId, visitId: visitId, availableFrom: availability.from,
                  availableTo: availability.to, isBackup: availability.isBackup)
    }

    var availability: Availability { Availability(from: availableFrom, to: availableTo, isBackup: isBackup) }
}

extension PlacementStatus: DatabaseValueConvertible {}

extension Placement: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "placement"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// Row of `placementSettings`: the visit's weights and policies as JSON.
struct PlacementSettingsRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "placementSettings"
    var visitId: Int64
    var settings: PlacementSettings
}
