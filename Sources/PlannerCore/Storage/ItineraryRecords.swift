import Foundation
import GRDB

// The itinerary's rows. Nested values are Codable and stored as JSON text by GRDB.

struct ProgrammeItemRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "programmeItem"
    var id: Int64?
    var visitId: Int64
    var titles: [String: String]
    var descriptions: [String: String]
    var startDate: CalendarDate
    var startTime: TimeOfDay?
    var endDate: CalendarDate
    var endTime: TimeOfDay?
    var timeZone: String
    var location: ItemLocation
    var audience: Audience
    var meals: [ProvidedMeal]
    var transport: String
    var workingLanguage: String
    var status: ItemStatus
    var interpretation: InterpretationPlan
    var notes: String
    var revision: Int

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    init(_ item: ProgrammeItem) {
        id = item.id
        visitId = item.visitId
        titles = item.titles
        descriptions = item.descriptions
        startDate = item.timing.startDate
        startTime = item.timing.startTime
        endDate = item.timing.endDate
        endTime = item.timing.endTime
        timeZone = item.timing.timeZone
        location = item.location
        audience = item.audience
        meals = item.meals
        transport = item.transport
        workingLanguage = item.workingLanguage
        status = item.status
        interpretation = item.interpretation
        notes = item.notes
        revision = item.revision
    }

    var item: ProgrammeItem {
        var timing = ItemTiming(allDayFrom: startDate, to: endDate, timeZone: timeZone)
        timing.startTime = startTime
        timing.endTime = endTime
        return ProgrammeItem(id: id, visitId: visitId, titles: titles, descriptions: descriptions, timing: timing,
                             location: location, audience: audience, meals: meals, transport: transport,
                             workingLanguage: workingLanguage, status: status, interpretation: interpretation, notes: notes,
                             revision: revision)
    }
}

// Times cross the database as "HH:mm" text (stored inside JSON they are strings anyway).
extension TimeOfDay: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { description.databaseValue }
    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> TimeOfDay? {
        String.fromDatabaseValue(dbValue).flatMap { TimeOfDay(text: $0) }
    }
}

extension ItemStatus: DatabaseValueConvertible {}

extension VisitGroup: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "visitGroup"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

struct InterpreterRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "interpreter"
    var participantId: Int64
    var visitId: Int64
    var pairs: [LanguagePair]
    var modes: [InterpretingMode]
    var availability: [AvailabilityWindow]
    var maxMinutesPerDay: Int
    var rateMinor: Int64?
    var rateCurrency: String?
    var rateUnit: String

    init(_ interpreter: Interpreter) throws {
        if let rate = interpreter.rate, rate.minorUnits == nil { throw PlannerError.storage("rate out of range") }
        participantId = interpreter.participantId
        visitId = interpreter.visitId
        pairs = interpreter.pairs
        modes = interpreter.modes
        availability = interpreter.availability
        maxMinutesPerDay = interpreter.maxMinutesPerDay
        rateMinor = interpreter.rate?.minorUnits
        rateCurrency = interpreter.rate?.currency
        rateUnit = interpreter.rateUnit.rawValue
    }

    var interpreter: Interpreter {
        Interpreter(participantId: participantId, visitId: visitId, pairs: pairs, modes: modes, availability: availability,
                    maxMinutesPerDay: maxMinutesPerDay,
                    rate: rateMinor.flatMap { minor in rateCurrency.map { Money(minorUnits: minor, currency: $0) } },
                    rateUnit: RateUnit(rawValue: rateUnit) ?? .halfDay)
    }
}

struct AssignmentRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "interpretingAssignment"
    var id: Int64?
    var visitId: Int64
    var itemId: Int64
    var interpreterId: Int64
    var fromLanguage: String
    var toLanguage: String
    var manual: Bool

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    init(_ assignment: InterpretingAssignment, visitId: Int64) {
        id = assignment.id
        self.visitId = visitId
        itemId = assignment.itemId
        interpreterId = assignment.interpreterId
        fromLanguage = assignment.pair.from
        toLanguage = assignment.pair.to
        manual = assignment.manual
    }

    var assignment: InterpretingAssignment {
        InterpretingAssignment(id: id, itemId: itemId, interpreterId: interpreterId,
                               pair: LanguagePair(fromLanguage, toLanguage), manual: manual)
    }
}

struct ItinerarySettingsRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "itinerarySettings"
    var visitId: Int64
    var travelBufferMinutes: Int
    var pairInterpretersAfterMinutes: Int

    init(visitId: Int64, settings: ItinerarySettings) {
        self.visitId = visitId
        travelBufferMinutes = settings.travelBufferMinutes
        pairInterpretersAfterMinutes = settings.pairInterpretersAfterMinutes
    }

    var settings: ItinerarySettings {
        ItinerarySettings(travelBufferMinutes: travelBufferMinutes, pairInterpretersAfterMinutes: pairInterpretersAfterMinutes)
    }
}
