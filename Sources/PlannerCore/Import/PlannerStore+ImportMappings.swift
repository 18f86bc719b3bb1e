import Foundation
import GRDB

/// Row of `importMapping`: the fields chosen for a file's columns.
struct ImportMappingRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "importMapping"
    var key: String
    var kind: String
    var header: [String]
    var fields: [String]
    var updatedAt: String
}

extension PlannerStore {
    /// The mapping used last time for a file with the same columns, if any.
    public func rememberedMapping(forHeader header: [String], kind: ImportKind) throws(PlannerError) -> ImportMapping? {
        let key = ImportMapping.headerKey(header, kind: kind)
        return try read { db in
            guard let record = try ImportMappingRecord.fetchOne(db, key: key) else { return nil }
            return Self.mapping(from: record, header: header, kind: kind)
        }
    }

    /// The mapping to show first: the remembered one for files with these columns, else
    /// `ColumnGuesser`'s guess.
    public func suggestedMapping(for table: SpreadsheetTable, kind: ImportKind) throws(PlannerError) -> ImportMapping {
        try rememberedMapping(forHeader: table.header, kind: kind) ?? ColumnGuesser.guess(header: table.header, kind: kind)
    }

    /// Remembers `mapping` for files with the same columns (imports do it themselves).
    public func remember(_ mapping: ImportMapping) throws(PlannerError) {
        try write { db in try Self.remember(mapping, db) }
    }

    static func remember(_ mapping: ImportMapping, _ db: Database) throws {
        try ImportMappingRecord(key: mapping.headerKey, kind: mapping.kind.rawValue, header: mapping.header,
                                fields: mapping.fields.map(\.rawValue),
                                updatedAt: ISO8601DateFormatter().string(from: Date())).save(db)
    }

    private static func mapping(from record: ImportMappingRecord, header: [String], kind: ImportKind) -> ImportMapping? {
        // A hash collision (or a file edited by hand) must not give a wrong mapping.
        let normalized = { (h: [String]) in h.map { $0.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() } }
        guard normalized(record.header) == normalized(header), record.fields.count == header.count else { return nil }
        let fields = record.fields.map { ImportField(rawValue: $0) ?? .ignore }
        return ImportMapping(kind: kind, header: header, fields: fields)
    }
}
