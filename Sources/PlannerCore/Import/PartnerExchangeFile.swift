import Foundation

/// The file two committees exchange so that each keeps its own people up to date: one partner
/// town's participants of a visit, with stable UUIDs and every field. Re-importing a newer file
/// updates people by UUID and never duplicates them. JSON, UTF-8, sorted keys.
public struct PartnerExchangeFile: Codable, Sendable, Hashable {
    /// Always "visitplanner-partner-exchange".
    public var format: String
    /// 1; a reader refuses newer versions.
    public var version: Int
    public var visitTitle: String
    public var visitStart: CalendarDate
    public var visitEnd: CalendarDate
    public var town: TownEntry
    public var participants: [Person]

    public static let formatName = "visitplanner-partner-exchange"
    public static let currentVersion = 1

    public struct TownEntry: Codable, Sendable, Hashable {
        public var name: String
        public var countryCode: String
    }

    /// A participant without database ids: links are UUIDs.
    public struct Person: Codable, Sendable, Hashable {
        public var uuid: String
        public var givenName: String
        public var familyName: String
        public var role: Role
        public var birthDate: CalendarDate?
        public var gender: Gender
        public var languages: [LanguageSkill]
        public var diets: [Diet]
        public var dietNote: String
        public var allergies: String
        public var petAllergy: PetAllergy?
        public var smoker: Bool
        public var needsStepFree: Bool
        public var needsGroundFloor: Bool
        public var needsSmokeFreeHome: Bool
        public var arrival: Travel?
        public var departure: Travel?
        public var stayTogetherWith: [String]
        public var emergencyContact: EmergencyContact?
        public var parentalConsent: Bool
        /// Absent in files written before consents were dated.
        public var parentalConsentDate: CalendarDate?
        public var photoConsent: Bool
        public var photoConsentDate: CalendarDate?
        public var phone: String
        public var email: String
        public var notes: String
    }

    /// The JSON text (pretty, sorted keys: stable diffs between versions of the file).
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// Reads a file, refusing what is not an exchange file of a version this build knows.
    public static func decode(_ data: Data) throws(ImportError) -> PartnerExchangeFile {
        if data.count > SpreadsheetReader.maximumFileSize { throw .fileTooLarge(bytes: data.count) }
        let file: PartnerExchangeFile
        do { file = try JSONDecoder().decode(PartnerExchangeFile.self, from: data) } catch {
            throw .notAnExchangeFile(tr("it is not JSON of the expected shape"))
        }
        guard file.format == formatName else { throw .notAnExchangeFile(tr("unknown format “{format}”", ["format": file.format])) }
        guard file.version <= currentVersion else {
            throw .notAnExchangeFile(tr("it was written by a newer version of VisitPlanner (format {version})", ["version": String(file.version)]))
        }
        return file
    }
}
