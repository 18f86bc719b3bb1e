import GRDB

extension FetchableRecord where Self: TableRecord {
    /// The row with this primary key, or `PlannerError.notFound` naming `what` (what every
    /// edit and delete of a row the user picked needs: it may have gone in the meantime).
    static func fetchExisting(_ db: Database, key: Int64, what: RecordKind) throws -> Self {
        guard let row = try fetchOne(db, key: key) else {
            throw PlannerError.notFound(what, key: String(key))
        }
        return row
    }
}
