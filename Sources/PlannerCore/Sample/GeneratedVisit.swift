/// A large synthetic visit for benchmarks and for trying the app at festival scale: thousands
/// of participants with realistic names, towns, roles, languages and diets, made
/// deterministically (the same count gives the same people).
public enum GeneratedVisit {
    /// "Generated visit (10000 participants)".
    public static func title(participants: Int) -> String { "Generated visit (\(participants) participants)" }

    /// Creates the visit (once per count) and returns its id.
    @discardableResult
    public static func install(participants count: Int, in store: PlannerStore) throws(PlannerError) -> Int64 {
        let title = title(participants: count)
        if let existing = try store.visits().first(where: { $0.details.visit.title == title }) { return existing.id }
        let id = try store.createVisit(VisitDraft(
            title: title, hostTown: .init(name: "Horní Lhota", countryCode: "CZ"),
            partnerTowns: [.init(name: "Saint-Aubin-sur-Loire", countryCode: "FR"), .init(name: "Birkenfeld am See", countryCode: "DE"),
                           .init(name: "Zielona Dolina", countryCode: "PL")],
            kind: .youthExchange, startDate: CalendarDate(year: 2027, month: 7, day: 1),
            endDate: CalendarDate(year: 2027, month: 7, day: 8), languages: ["cs", "fr", "de", "pl"], currency: "CZK"))
        guard let details = try store.visit(id: id) else { return id }
        let given = ["Léa", "Hugo", "Élodie", "Maël", "Zoé", "Jonas", "Käthe", "Günter", "Lukas", "Zofia", "Łukasz", "Agnieszka",
                     "Jana", "Tomáš", "Šárka", "Jiří", "Ines", "Mathis", "Ursula", "Wiktoria"]
        let family = ["Bonnet", "Mercier", "Guérin", "Dubois", "Müller", "Groß", "Öztürk", "Weber", "Wójcik", "Kowalska",
                      "Dąbrowski", "Novák", "Dvořák", "Černá", "Procházka", "Kříž", "Blanc", "Schneider", "Zieliński", "Horáková"]
        let languages: [[LanguageSkill]] = [
            [.init(code: "fr", level: .native), .init(code: "en", level: .b1)],
            [.init(code: "de", level: .native), .init(code: "en", level: .b2)],
            [.init(code: "pl", level: .native), .init(code: "en", level: .a2)],
        ]
        let diets: [[Diet]] = [[], [], [.vegetarian], [], [.glutenFree], [], [.vegan], []]
        var rng = SeededRandom(seed: UInt64(count))
        let people: [Participant] = (0..<count).map { index in
            let townIndex = index % 3
            let age = 13 + Int(rng.next() % 50)
            return Participant(
                visitId: id, givenName: given[Int(rng.next() % UInt64(given.count))],
                familyName: family[Int(rng.next() % UInt64(family.count))], townId: details.partnerTowns[townIndex].id,
                role: age < 18 ? .youth : (index % 10 == 0 ? .leader : .adult),
                birthDate: CalendarDate(year: 2027 - age, month: 1 + index % 12, day: 1 + index % 28),
                gender: index % 2 == 0 ? .female : .male, languages: languages[townIndex],
                diets: diets[index % diets.count], parentalConsent: true, photoConsent: index % 3 != 0, source: .generated)
        }
        try store.insert(people)
        return id
    }
}
