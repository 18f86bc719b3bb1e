import Foundation
import GRDB

/// Applying a visit's retention to one database: health and contact data cleared from its
/// participants' records, or, once the grant evidence's date has passed, the records erased
/// like `people erase` does (placements, groups, audiences, hosting history…). The open
/// database and each backup go through the same scrub.
struct RetentionScrub: DatabaseScrub {
    let visitId: Int64
    let health: Bool
    let evidence: Bool
    /// Values taken away that no remaining row holds: a file whose bytes still hold one is not clean.
    var tokens: [String] = []

    /// A participant row that still has health or contact data.
    static let holdsHealthData = """
        (diets != '[]' OR dietNote != '' OR allergies != '' OR petAllergy IS NOT NULL OR smoker OR needsStepFree \
        OR needsGroundFloor OR needsSmokeFreeHome OR emergencyContact IS NOT NULL OR phone != '' OR email != '' OR notes != '')
        """

    func finds(in db: Database) throws -> Bool {
        if evidence {
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM participant WHERE visitId = ?", arguments: [visitId]) ?? 0 > 0
        }
        guard health else { return false }
        return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM participant WHERE visitId = ? AND \(Self.holdsHealthData)",
                                arguments: [visitId]) ?? 0 > 0
    }

    func apply(_ db: Database) throws {
        if health {
            try db.execute(sql: """
                UPDATE participant SET diets = '[]', dietNote = '', allergies = '', petAllergy = NULL, smoker = 0,
                    needsStepFree = 0, needsGroundFloor = 0, needsSmokeFreeHome = 0, emergencyContact = NULL,
                    phone = '', email = '', notes = ''
                WHERE visitId = ? AND \(Self.holdsHealthData)
                """, arguments: [visitId])
        }
        if evidence {
            // One person at a time: each scan sees the rows the previous one changed (two
            // members of one group must both leave it).
            for participant in try Participant.filter(Column("visitId") == visitId).order(Column("id")).fetchAll(db) {
                let scan = ErasureScan(person: PersonTraces(participant), sparesOtherRecords: true)
                _ = try ErasureScan.apply(try scan.edits(in: db), db)
            }
        }
    }

    func leavesTrace(inFile path: String) -> Bool {
        guard !tokens.isEmpty, let data = FileManager.default.contents(atPath: path) else { return false }
        return tokens.contains { data.range(of: Data($0.utf8)) != nil }
    }

    /// The values of the visit's participants that the scrub takes away and that are long
    /// enough to look for in a file's bytes without matching unrelated text.
    static func candidateTokens(_ participants: [Participant], health: Bool, evidence: Bool) -> Set<String> {
        var tokens: Set<String> = []
        for p in participants {
            if health || evidence {
                tokens.formUnion([p.phone, p.email, p.emergencyContact?.phone ?? "", p.emergencyContact?.name ?? ""])
            }
            if evidence { tokens.formUnion(PersonTraces(p).tokens) }
        }
        return tokens.map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.count >= 6 }.reduce(into: []) { $0.insert($1) }
    }

    /// The tokens that no text of any row holds any more (another visit may rightly keep the
    /// same e-mail): only those can be looked for in the bytes.
    static func absentTokens(_ tokens: Set<String>, in db: Database) throws -> [String] {
        guard !tokens.isEmpty else { return [] }
        var remaining = tokens
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        for table in tables where !remaining.isEmpty {
            for column in try db.columns(in: table).map(\.name) {
                let quoted = column.quotedDatabaseIdentifier
                let sql = "SELECT \(quoted) FROM \(table.quotedDatabaseIdentifier) WHERE typeof(\(quoted)) = 'text'"
                for text in try String.fetchAll(db, sql: sql) {
                    remaining = remaining.filter { !text.contains($0) }
                    if remaining.isEmpty { return [] }
                }
            }
        }
        return remaining.sorted()
    }
}
