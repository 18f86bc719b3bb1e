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

    /// A participant as the file carries it: `Participant`'s own fields (its one field list,
    /// Participant+Coding.swift) without the `localKeys` of the committee's database, and the
    /// stay-together links as UUIDs.
    @dynamicMemberLookup
    public struct Person: Codable, Sendable, Hashable {
        public var participant: Participant
        /// UUIDs of the people to lodge with this one.
        public var stayTogetherWith: [String]

        private enum LinkKeys: String, CodingKey { case stayTogetherWith }

        public init(participant: Participant, stayTogetherWith: [String]) {
            self.participant = participant
            self.stayTogetherWith = stayTogetherWith
        }

        public subscript<T>(dynamicMember field: WritableKeyPath<Participant, T>) -> T {
            get { participant[keyPath: field] }
            set { participant[keyPath: field] = newValue }
        }

        public init(from decoder: any Decoder) throws {
            participant = try Participant(from: decoder)
            stayTogetherWith = try decoder.container(keyedBy: LinkKeys.self).decode([String].self, forKey: .stayTogetherWith)
        }

        public func encode(to encoder: any Encoder) throws {
            try participant.encode(to: encoder)
            var links = encoder.container(keyedBy: LinkKeys.self)
            try links.encode(stayTogetherWith, forKey: .stayTogetherWith)
        }
    }

    /// The JSON text (pretty, sorted keys: stable diffs between versions of the file).
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.userInfo[Participant.exchangeForm] = true
        return try encoder.encode(self)
    }

    /// Reads a file, refusing what is not an exchange file of a version this build knows.
    public static func decode(_ data: Data) throws(ImportError) -> PartnerExchangeFile {
        if data.count > SpreadsheetReader.maximumFileSize { throw .fileTooLarge(bytes: data.count) }
        let file: PartnerExchangeFile
        let decoder = JSONDecoder()
        decoder.userInfo[Participant.exchangeForm] = true
        do { file = try decoder.decode(PartnerExchangeFile.self, from: data) } catch {
            throw .notAnExchangeFile(tr("it is not JSON of the expected shape"))
        }
        guard file.format == formatName else { throw .notAnExchangeFile(tr("unknown format “{format}”", ["format": file.format])) }
        guard file.version <= currentVersion else {
            throw .notAnExchangeFile(tr("it was written by a newer version of VisitPlanner (format {version})", ["version": String(file.version)]))
        }
        return file
    }
}
