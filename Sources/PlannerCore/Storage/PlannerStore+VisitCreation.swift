import GRDB

extension PlannerStore {
    /// The towns called exactly `name` (after trimming), in every country, by country code: what
    /// `visits create --host-town NAME` matches when the country is not given.
    public func towns(named name: String) throws(PlannerError) -> [Town] {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        return try read { db in
            try Town.filter(Column("name") == trimmed).order(Column("countryCode"), Column("id")).fetchAll(db)
        }
    }
}
