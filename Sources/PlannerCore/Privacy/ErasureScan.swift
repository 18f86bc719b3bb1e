import Foundation
import GRDB

/// Finds, in one database, every row that holds or names a person, as edits that delete or
/// scrub it. The same scan counts the plan (read only), erases the live database and cleans
/// each backup, so what the confirmation lists is what goes.
struct ErasureScan {
    /// One change to one row.
    struct Edit {
        let kind: ErasureKind
        /// How many things of `kind` it takes away (a household's several history entries are one row).
        var count = 1
        let apply: (Database) throws -> Void
    }

    let person: PersonTraces
    /// Leaves other people's own names and contacts alone: retention erases a visit's people,
    /// and a returning guest's e-mail in a later visit is that visit's data, not a mention.
    var sparesOtherRecords = false

    /// Other records' own fields, which `sparesOtherRecords` keeps out of the sweep.
    private static let ownFieldsOfRecords: Set<String> = [
        "participant.givenName", "participant.familyName", "participant.phone", "participant.email",
        "participant.emergencyContact", "household.name", "household.contactPerson", "household.phone", "household.email",
        "household.adults", "household.children",
    ]

    /// Tables and columns that the structured edits own; the text sweep leaves them alone.
    private static let structuredColumns: Set<String> = [
        "household.hostingHistory", "visitGroup.memberIds", "programmeItem.audience", "participant.stayTogetherWith",
    ]
    /// Tables the sweep never touches: SQLite's own and GRDB's migration list.
    private static let skippedTables: Set<String> = ["grdb_migrations", "importMapping"]

    func edits(in db: Database) throws -> [Edit] {
        var edits: [Edit] = []
        let id = person.participantId
        // The participant row is matched by uuid as well: a backup holds the same uuid.
        let rowIds = try Int64.fetchAll(db, sql: "SELECT id FROM participant WHERE id = ? AND uuid = ?", arguments: [id, person.uuid])
        let present = !rowIds.isEmpty

        // Rows deleted whole: the sweep below must not count them again.
        var deleted: [String: Set<Int64>] = [:]
        if present {
            deleted["participant"] = [id]
            deleted["interpreter"] = [id]
            for placement in try Int64.fetchAll(db, sql: "SELECT id FROM placement WHERE participantId = ?", arguments: [id]) {
                deleted["placement", default: []].insert(placement)
                edits.append(Edit(kind: .placements) { try $0.execute(sql: "DELETE FROM placement WHERE id = ?", arguments: [placement]) })
            }
            if try db.tableExists("interpreter"),
               try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM interpreter WHERE participantId = ?", arguments: [id]) ?? 0 > 0 {
                edits.append(Edit(kind: .interpreterProfile) {
                    try $0.execute(sql: "DELETE FROM interpreter WHERE participantId = ?", arguments: [id])
                })
            }
            if try db.tableExists("interpretingAssignment") {
                for assignment in try Int64.fetchAll(db, sql: "SELECT id FROM interpretingAssignment WHERE interpreterId = ?", arguments: [id]) {
                    deleted["interpretingAssignment", default: []].insert(assignment)
                    edits.append(Edit(kind: .interpretingAssignments) {
                        try $0.execute(sql: "DELETE FROM interpretingAssignment WHERE id = ?", arguments: [assignment])
                    })
                }
            }
            if try db.tableExists("visitGroup") {
                for var group in try VisitGroup.fetchAll(db) where group.memberIds.contains(id) {
                    group.memberIds.removeAll { $0 == id }
                    let scrubbed = group
                    edits.append(Edit(kind: .groupMemberships) { try scrubbed.update($0) })
                }
            }
            if try db.tableExists("programmeItem") {
                for var item in try ProgrammeItemRecord.fetchAll(db) where item.audience.participantIds.contains(id) {
                    item.audience.participantIds.removeAll { $0 == id }
                    item.revision += 1   // the item changed: calendars that have it must see so
                    let scrubbed = item
                    edits.append(Edit(kind: .audiences) { try scrubbed.update($0) })
                }
            }
            for var other in try Participant.filter(Column("id") != id).fetchAll(db) where other.stayTogetherWith.contains(id) {
                other.stayTogetherWith.removeAll { $0 == id }
                let scrubbed = other
                edits.append(Edit(kind: .stayTogetherLinks) { try scrubbed.update($0, columns: ["stayTogetherWith"]) })
            }
            edits.append(Edit(kind: .participant) { try $0.execute(sql: "DELETE FROM participant WHERE id = ?", arguments: [id]) })
        }

        // Hosting history names guests by uuid and by name, across visits (a done visit's record
        // outlives the visit); the year, the towns and the other guests stay.
        for var household in try Household.fetchAll(db) {
            var changed = 0
            household.hostingHistory = household.hostingHistory.map { record in
                var record = record
                let before = record
                var drop = IndexSet()
                for (index, uuid) in record.guestUUIDs.enumerated() where uuid == person.uuid { drop.insert(index) }
                for (index, name) in record.guestNames.enumerated() where name == person.fullName { drop.insert(index) }
                record.guestUUIDs = record.guestUUIDs.enumerated().filter { !drop.contains($0.offset) && $0.element != person.uuid }.map(\.element)
                record.guestNames = record.guestNames.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
                record.guestNames = record.guestNames.map(person.removed(from:))
                record.note = person.removed(from: record.note)
                if record != before { changed += 1 }
                return record
            }
            if changed > 0 {
                let scrubbed = household
                edits.append(Edit(kind: .hostingHistory, count: changed) { try scrubbed.update($0, columns: ["hostingHistory"]) })
            }
        }

        // A file without a header row leaves its first data row as the remembered "header".
        if try db.tableExists("importMapping") {
            for row in try Row.fetchAll(db, sql: "SELECT key, header FROM importMapping") {
                let key: String = row["key"]
                let header: String? = row["header"]
                guard person.mentioned(in: header ?? "") else { continue }
                edits.append(Edit(kind: .importMappings) { try $0.execute(sql: "DELETE FROM importMapping WHERE key = ?", arguments: [key]) })
            }
        }

        edits += try sweep(db, skipping: deleted)
        return edits
    }

    /// Every other text column of every table: the person's name, e-mail or phone scrubbed
    /// wherever typed (notes, emergency contacts, descriptions).
    private func sweep(_ db: Database, skipping deleted: [String: Set<Int64>]) throws -> [Edit] {
        guard !person.tokens.isEmpty else { return [] }
        var edits: [Edit] = []
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        for table in tables where !Self.skippedTables.contains(table) {
            let columns = try db.columns(in: table).map(\.name).filter { column in
                let name = "\(table).\(column)"
                return !Self.structuredColumns.contains(name) && !(sparesOtherRecords && Self.ownFieldsOfRecords.contains(name))
            }
            var rows: [Int64: [(String, String)]] = [:]
            for column in columns {
                let quotedColumn = column.quotedDatabaseIdentifier
                // Text values only: a number never holds a name, and must stay a number.
                let condition = person.tokens.map { _ in "instr(\(quotedColumn), ?) > 0" }.joined(separator: " OR ")
                let sql = "SELECT rowid, \(quotedColumn) FROM \(table.quotedDatabaseIdentifier) WHERE typeof(\(quotedColumn)) = 'text' AND (\(condition))"
                for row in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(person.tokens)) {
                    let rowid: Int64 = row[0]
                    if deleted[table]?.contains(rowid) == true { continue }
                    let value: String? = row[1]
                    guard let text = value else { continue }
                    rows[rowid, default: []].append((column, person.removed(from: text)))
                }
            }
            for (rowid, values) in rows.sorted(by: { $0.key < $1.key }) {
                let assignments = values.map { "\($0.0.quotedDatabaseIdentifier) = ?" }.joined(separator: ", ")
                let arguments = StatementArguments(values.map(\.1)) + [rowid]
                let sql = "UPDATE \(table.quotedDatabaseIdentifier) SET \(assignments) WHERE rowid = ?"
                edits.append(Edit(kind: .otherMentions) { try $0.execute(sql: sql, arguments: arguments) })
            }
        }
        return edits
    }

    /// Runs the edits in order; returns the count per kind.
    static func apply(_ edits: [Edit], _ db: Database) throws -> [ErasureKind: Int] {
        for edit in edits { try edit.apply(db) }
        return counts(edits)
    }

    static func counts(_ edits: [Edit]) -> [ErasureKind: Int] {
        edits.reduce(into: [:]) { $0[$1.kind, default: 0] += $1.count }
    }
}
