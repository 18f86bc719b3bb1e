/// The project's demo data: the "Ascension meeting 2027" in Horní Lhota, modelled on the
/// fixtures in the shared `sample-visit` folder (fictional towns, people, phones and e-mails).
///
/// It fills every screen with realistic content: three partner towns, 40 guests (youth with
/// parental consent, a couple, a smoker, pet allergies, diets, a guest needing a ground floor),
/// the committee's organizers, and 30 host households with their safeguarding checks.
public enum SampleVisit {
    public static let title = "Ascension meeting 2027"

    /// Installs the sample visit in one transaction (all or nothing) and returns its id.
    /// Idempotent: when a visit with this title exists, its id is returned and nothing changes.
    /// Towns and households already known (same name and country, same name and e-mail) are
    /// reused, so deleting the sample visit and installing it again creates no duplicates.
    @discardableResult
    public static func install(in store: PlannerStore) throws(PlannerError) -> Int64 {
        if let existing = try store.visits().first(where: { $0.details.visit.title == title }) { return existing.id }
        try validateData()
        return try store.installSample()
    }

    /// The first and last day of the visit.
    static let startDate = day(2027, 5, 13)
    static let endDate = day(2027, 5, 17)

    /// Every guest arrives and leaves together by bus at the town square.
    static let arrival = Travel(date: startDate, time: TimeOfDay(hour: 17, minute: 0), means: .bus, place: "Náměstí Míru")
    static let departure = Travel(date: endDate, time: TimeOfDay(hour: 8, minute: 30), means: .bus, place: "Náměstí Míru")

    /// The towns of the partnership, host first.
    static let towns: [SampleTown: Town] = [
        .horniLhota: Town(name: "Horní Lhota", countryCode: "CZ", languages: ["cs"], timeZone: "Europe/Prague",
                          latitude: 49.5627, longitude: 16.0742),
        .saintAubin: Town(name: "Saint-Aubin-sur-Loire", countryCode: "FR", languages: ["fr"], timeZone: "Europe/Paris",
                          latitude: 46.5622, longitude: 3.7537),
        .birkenfeld: Town(name: "Birkenfeld am See", countryCode: "DE", languages: ["de"], timeZone: "Europe/Berlin",
                          latitude: 47.8461, longitude: 11.3417),
        .zielonaDolina: Town(name: "Zielona Dolina", countryCode: "PL", languages: ["pl"], timeZone: "Europe/Warsaw",
                             latitude: 50.8703, longitude: 16.4871),
    ]

    static let notes = "Multi-partner citizens' meeting over the Ascension weekend: youth workshop, "
        + "renewal of the partnership, excursion to Telč, brass band concert, gala dinner."

    /// Every person of the visit, partner towns in the visit's order, then the organizers and interpreters.
    static var people: [SampleGuest] { frenchGuests + germanGuests + polishGuests + organizers + SampleProgramme.interpreters }

    /// Checks the literals once before writing, so a typo in the data fails loudly in tests
    /// instead of storing something the forms would refuse.
    static func validateData() throws(PlannerError) {
        let today = CalendarDate.today()
        for guest in people {
            let issues = guest.participant(visitId: 0, townId: nil).validate(today: today, others: [])
            guard issues.isEmpty else { throw .invalid(ValidationFailure(issues)) }
        }
        for entry in households {
            let issues = entry.household.validate(availability: entry.available)
            guard issues.isEmpty else { throw .invalid(ValidationFailure(issues)) }
        }
    }

    // Helpers that keep the data files short.

    /// A date known to exist; the sample's literals are checked by the tests.
    static func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
        guard let date = CalendarDate(year: year, month: month, day: day) else {
            preconditionFailure("sample data holds an impossible date \(year)-\(month)-\(day)")
        }
        return date
    }

    static func speaks(_ code: String, _ level: LanguageLevel) -> LanguageSkill {
        LanguageSkill(code: code, level: level)
    }
}

extension LanguageSkill {
    /// A mother tongue, for the sample's literals.
    static func native(_ code: String) -> LanguageSkill { LanguageSkill(code: code, level: .native) }
}

/// The four towns of the sample, as keys of its literals.
enum SampleTown: Hashable, Sendable {
    case horniLhota, saintAubin, birkenfeld, zielonaDolina
}

/// One person of the sample as the data files write it: "stay together with" by full name,
/// resolved to ids once everybody is inserted.
struct SampleGuest: Sendable {
    var town: SampleTown
    var given: String
    var family: String
    var role: Role
    var born: CalendarDate
    var gender: Gender
    var email: String
    var phone: String
    var languages: [LanguageSkill]
    var diets: [Diet] = []
    var dietNote = ""
    var allergies = ""
    var petAllergy: PetAllergy? = nil
    var smoker = false
    var needsGroundFloor = false
    /// Full names of people of the same town.
    var stayTogetherWith: [String] = []
    var parentalConsent = false
    var photoConsent = true
    var emergencyContact: EmergencyContact? = nil
    var notes = ""
    /// The name of the household the guest asks for (the Dvořák household, for a returning guest).
    var requestsHousehold: String? = nil

    var fullName: String { "\(given) \(family)" }

    /// The guest as a participant; people of the host town do not travel with the groups.
    func participant(visitId: Int64, townId: Int64?) -> Participant {
        let travels = town != .horniLhota
        return Participant(visitId: visitId, givenName: given, familyName: family, townId: townId, role: role,
                           birthDate: born, gender: gender, languages: languages, diets: diets,
                           dietNote: dietNote, allergies: allergies, petAllergy: petAllergy, smoker: smoker,
                           needsGroundFloor: needsGroundFloor,
                           arrival: travels ? SampleVisit.arrival : nil,
                           departure: travels ? SampleVisit.departure : nil,
                           emergencyContact: emergencyContact, parentalConsent: parentalConsent,
                           photoConsent: photoConsent, phone: phone, email: email, notes: notes,
                           // Minors are lodged only in smoke-free homes (a rule of most committees).
                           needsSmokeFreeHome: born.age(on: SampleVisit.startDate) < 18)
    }
}

/// One household of the sample with the nights it offers for the visit.
struct SampleHousehold: Sendable {
    var household: Household
    var available: Availability
}
