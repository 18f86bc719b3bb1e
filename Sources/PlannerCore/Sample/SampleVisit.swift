/// The project's demo data. Interim body: the full sample is being written.
public enum SampleVisit {
    public static let title = "Ascension meeting 2027"

    /// Installs the sample visit (idempotent: a second call returns the existing visit's id).
    @discardableResult
    public static func install(in store: PlannerStore) throws(PlannerError) -> Int64 {
        if let existing = try store.visits().first(where: { $0.details.visit.title == title }) { return existing.id }
        return try store.createVisit(VisitDraft(title: title, hostTown: .init(name: "Horní Lhota", countryCode: "CZ"),
                                                partnerTowns: [.init(name: "Saint-Aubin-sur-Loire", countryCode: "FR")],
                                                startDate: CalendarDate(year: 2027, month: 5, day: 13),
                                                endDate: CalendarDate(year: 2027, month: 5, day: 17),
                                                languages: ["cs", "fr", "de", "pl"], currency: "CZK"))
    }
}
