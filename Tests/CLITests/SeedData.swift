import PlannerCore

/// A small visit with people and households, written through PlannerCore, for the tests that
/// need more than the sample provides (diacritics, a minor, partial availability).
enum SeedData {
    static let title = "Setkání 2026"

    struct Ids {
        let visit: Int64
        let minor: Int64
    }

    static func install(at path: String) throws -> Ids {
        let store = try PlannerStore(path: path)
        let visitId = try store.createVisit(VisitDraft(
            title: title, hostTown: .init(name: "Horní Lhota", countryCode: "CZ"),
            partnerTowns: [.init(name: "Saint-Aubin-sur-Loire", countryCode: "FR"),
                           .init(name: "Birkenfeld am See", countryCode: "DE")],
            kind: .youthExchange,
            startDate: CalendarDate(year: 2026, month: 7, day: 1), endDate: CalendarDate(year: 2026, month: 7, day: 5),
            languages: ["cs", "fr", "de"], currency: "CZK"))
        let details = try store.findVisit(String(visitId))
        let french = details.partnerTowns[0].id!
        let german = details.partnerTowns[1].id!
        let saved = try store.insert([
            Participant(visitId: visitId, givenName: "Zoë", familyName: "Lefèvre", townId: french, role: .youth,
                        birthDate: CalendarDate(year: 2011, month: 3, day: 2),
                        languages: [LanguageSkill(code: "fr", level: .native), LanguageSkill(code: "en", level: .a2)],
                        diets: [.vegetarian], allergies: "peanuts", petAllergy: PetAllergy(kinds: [.cat])),
            Participant(visitId: visitId, givenName: "Jürgen", familyName: "Größmann", townId: german, role: .leader,
                        birthDate: CalendarDate(year: 1975, month: 10, day: 9),
                        languages: [LanguageSkill(code: "de", level: .native)]),
            Participant(visitId: visitId, givenName: "Anna", familyName: "X", role: .interpreter),
        ])
        try store.save(Household(name: "Dvořákovi", beds: 2, pets: [.dog], languages: [LanguageSkill(code: "cs", level: .native)],
                                 adults: [HostAdult(name: "Jana Dvořáková", checkValidUntil: CalendarDate(year: 2027, month: 1, day: 31)),
                                          HostAdult(name: "Petr Dvořák", checkValidUntil: CalendarDate(year: 2026, month: 9, day: 30))]),
                       availability: Availability(from: CalendarDate(year: 2026, month: 7, day: 1)!, to: CalendarDate(year: 2026, month: 7, day: 5)!),
                       forVisit: visitId)
        try store.save(Household(name: "Nováková", beds: 1, smoking: true),
                       availability: Availability(from: CalendarDate(year: 2026, month: 7, day: 1)!, to: CalendarDate(year: 2026, month: 7, day: 3)!),
                       forVisit: visitId)
        try store.save(Household(name: "Šimek", beds: 3))
        return Ids(visit: visitId, minor: saved[0].id!)
    }
}
