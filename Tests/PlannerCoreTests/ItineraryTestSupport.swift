import Foundation
@testable import PlannerCore

/// A small hand-made visit with a programme, for the audience, schedule and itinerary-problem
/// tests: Horní Lhota (Europe/Prague) hosts two French youths with their leader and a German
/// official, 13–17 May 2027; two local interpreters work at the official meeting.
struct ItineraryWorld {
    static let zone = "Europe/Prague"

    enum Person {
        static let lea: Int64 = 1, hugo: Int64 = 2, louise: Int64 = 3, kathe: Int64 = 4, jana: Int64 = 5
        static let tomas: Int64 = 6, eliska: Int64 = 7
    }

    enum Item {
        static let welcome: Int64 = 101, families: Int64 = 102, workshop: Int64 = 103, meeting: Int64 = 104
        static let cancelled: Int64 = 105, excursion: Int64 = 106, sports: Int64 = 107, gala: Int64 = 108
        static let freeAfternoon: Int64 = 109, departure: Int64 = 110
    }

    enum Group {
        static let youth: Int64 = 10, committees: Int64 = 11, empty: Int64 = 12
    }

    enum Home {
        static let prochazka: Int64 = 20, dvorak: Int64 = 21
    }

    static let host = Town(id: 1, name: "Horní Lhota", countryCode: "CZ", languages: ["cs"], timeZone: zone)
    static let france = Town(id: 2, name: "Saint-Aubin-sur-Loire", countryCode: "FR", languages: ["fr"], timeZone: "Europe/Paris")
    static let germany = Town(id: 3, name: "Birkenfeld am See", countryCode: "DE", languages: ["de"], timeZone: "Europe/Berlin")

    var visit = Visit(id: 1, title: "Test visit", hostTownId: 1, kind: .citizensMeeting, startDate: day("2027-05-13"),
                      endDate: day("2027-05-17"), languages: ["cs", "fr", "de"], currency: "CZK")
    var participants: [Participant]
    var households: [Household]
    var placements: [Placement]
    var groups: [VisitGroup]
    var items: [ProgrammeItem]
    var interpreters: [Interpreter]
    var assignments: [InterpretingAssignment]

    static func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    static func at(_ date: String, _ hour: Int, _ minute: Int = 0) -> LocalDateTime {
        LocalDateTime(date: day(date), time: TimeOfDay(hour: hour, minute: minute)!)
    }

    static func timed(_ date: String, _ h: Int, _ m: Int, _ eh: Int, _ em: Int, zone: String = zone) -> ItemTiming {
        ItemTiming(start: at(date, h, m), end: at(date, eh, em), timeZone: zone)
    }

    /// A timed item with a title in each visit language ("cs: Welcome", "fr: Welcome"…).
    static func item(_ id: Int64, _ title: String, _ timing: ItemTiming, _ audience: Audience, meals: [ProvidedMeal] = [],
                     location: String = "", status: ItemStatus = .planned, transport: String = "") -> ProgrammeItem {
        ProgrammeItem(id: id, visitId: 1, titles: ["cs": "cs: \(title)", "fr": "fr: \(title)", "de": "de: \(title)"],
                      timing: timing, location: ItemLocation(name: location), audience: audience, meals: meals,
                      transport: transport, workingLanguage: "cs", status: status)
    }

    init() {
        let arrival = Travel(date: Self.day("2027-05-13"), time: TimeOfDay(hour: 17, minute: 0), means: .bus, place: "Náměstí Míru")
        let departure = Travel(date: Self.day("2027-05-17"), time: TimeOfDay(hour: 8, minute: 30), means: .bus, place: "Náměstí Míru")
        participants = [
            Participant(id: Person.lea, visitId: 1, givenName: "Léa", familyName: "Bonnet", townId: 2, role: .youth,
                        birthDate: Self.day("2011-04-02"), languages: [LanguageSkill(code: "en", level: .b1), LanguageSkill(code: "fr", level: .native)],
                        diets: [.vegetarian], allergies: "nuts", petAllergy: PetAllergy(kinds: [.cat]),
                        arrival: arrival, departure: departure, parentalConsent: true),
            Participant(id: Person.hugo, visitId: 1, givenName: "Hugo", familyName: "Petit", townId: 2, role: .youth,
                        birthDate: Self.day("2012-01-20"), languages: [LanguageSkill(code: "fr", level: .native)],
                        arrival: arrival, departure: departure, parentalConsent: true),
            Participant(id: Person.louise, visitId: 1, givenName: "Louise", familyName: "Fournier", townId: 2, role: .leader,
                        birthDate: Self.day("1989-06-01"), languages: [LanguageSkill(code: "fr", level: .native)],
                        arrival: arrival, departure: departure),
            Participant(id: Person.kathe, visitId: 1, givenName: "Käthe", familyName: "Becker", townId: 3, role: .official,
                        birthDate: Self.day("1961-02-11"), languages: [LanguageSkill(code: "de", level: .native)],
                        arrival: Travel(date: Self.day("2027-05-14"), means: .train, place: "Nádraží"), departure: departure),
            Participant(id: Person.jana, visitId: 1, givenName: "Jana", familyName: "Horáková", townId: 1, role: .organizer,
                        languages: [LanguageSkill(code: "cs", level: .native)]),
            Participant(id: Person.tomas, visitId: 1, givenName: "Tomáš", familyName: "Král", townId: 1, role: .interpreter,
                        languages: [LanguageSkill(code: "cs", level: .native), LanguageSkill(code: "de", level: .c2)]),
            Participant(id: Person.eliska, visitId: 1, givenName: "Eliška", familyName: "Marková", townId: 1, role: .interpreter,
                        languages: [LanguageSkill(code: "cs", level: .native), LanguageSkill(code: "de", level: .c1)]),
        ]
        households = [
            Household(id: Home.prochazka, name: "Procházka", beds: 2,
                      languages: [LanguageSkill(code: "en", level: .b1), LanguageSkill(code: "cs", level: .native)]),
            Household(id: Home.dvorak, name: "Dvořák", beds: 2, languages: [LanguageSkill(code: "cs", level: .native)]),
        ]
        placements = [
            Placement(id: 1, visitId: 1, participantId: Person.lea, householdId: Home.prochazka, status: .confirmed),
            Placement(id: 2, visitId: 1, participantId: Person.hugo, householdId: Home.prochazka, status: .proposed),
            Placement(id: 3, visitId: 1, participantId: Person.louise, householdId: Home.dvorak, status: .declined),
            Placement(id: 4, visitId: 1, participantId: Person.kathe, householdId: Home.dvorak, status: .accepted),
        ]
        groups = [
            VisitGroup(id: Group.youth, visitId: 1, name: "Youth FR", memberIds: [Person.lea, Person.hugo, Person.louise]),
            VisitGroup(id: Group.committees, visitId: 1, name: "Committees", memberIds: [Person.kathe, Person.jana]),
            VisitGroup(id: Group.empty, visitId: 1, name: "Nobody yet", memberIds: []),
        ]
        let guests = Audience(townIds: [2, 3], hostFamilies: true)
        items = [
            Self.item(Item.welcome, "Welcome", Self.timed("2027-05-13", 17, 0, 18, 30), .everyone, location: "Náměstí Míru",
                      status: .confirmed),
            Self.item(Item.families, "Families take their guests", Self.timed("2027-05-13", 18, 30, 19, 0), guests,
                      meals: [ProvidedMeal(.dinner, by: .hostFamily)], location: "Náměstí Míru"),
            Self.item(Item.workshop, "Workshop", Self.timed("2027-05-14", 9, 0, 12, 0), Audience(groupIds: [Group.youth]),
                      meals: [ProvidedMeal(.snack, by: .organizers)], location: "Škola"),
            Self.item(Item.meeting, "Official meeting", Self.timed("2027-05-14", 9, 30, 11, 30), Audience(groupIds: [Group.committees]),
                      location: "Radnice"),
            Self.item(Item.cancelled, "Cancelled tour", Self.timed("2027-05-14", 13, 0, 14, 0), .everyone, status: .cancelled),
            Self.item(Item.excursion, "Excursion", Self.timed("2027-05-14", 14, 0, 17, 0), .everyone, location: "Telč",
                      transport: "Bus from the square at 13:30"),
            Self.item(Item.sports, "Sports day",
                      ItemTiming(allDayFrom: Self.day("2027-05-15"), to: Self.day("2027-05-15"), timeZone: Self.zone),
                      Audience(groupIds: [Group.youth]), meals: [ProvidedMeal(.lunch, by: .organizers)], location: "Stadion"),
            Self.item(Item.gala, "Gala dinner", Self.timed("2027-05-15", 19, 0, 21, 0), .everyone,
                      meals: [ProvidedMeal(.dinner, by: .restaurant)], location: "Sokolovna"),
            Self.item(Item.freeAfternoon, "Free afternoon", Self.timed("2027-05-16", 12, 0, 17, 30), guests,
                      meals: [ProvidedMeal(.lunch, by: .hostFamily)]),
            Self.item(Item.departure, "Departure", Self.timed("2027-05-17", 8, 0, 8, 30), guests,
                      meals: [ProvidedMeal(.snack, by: .hostFamily)], location: "Náměstí Míru"),
        ]
        interpreters = [
            Interpreter(participantId: Person.tomas, visitId: 1, pairs: [LanguagePair("cs", "de"), LanguagePair("de", "cs")]),
            Interpreter(participantId: Person.eliska, visitId: 1, pairs: [LanguagePair("cs", "de")]),
        ]
        assignments = [
            InterpretingAssignment(id: 1, itemId: Item.meeting, interpreterId: Person.tomas, pair: LanguagePair("cs", "de")),
            InterpretingAssignment(id: 2, itemId: Item.meeting, interpreterId: Person.eliska, pair: LanguagePair("cs", "de")),
            InterpretingAssignment(id: 3, itemId: Item.meeting, interpreterId: Person.tomas, pair: LanguagePair("de", "cs")),
        ]
    }

    var snapshot: VisitSnapshot {
        VisitSnapshot(details: VisitDetails(visit: visit, hostTown: Self.host, partnerTowns: [Self.france, Self.germany]),
                      participants: participants,
                      offers: households.map { HostingOffer(household: $0, availability: Availability(from: visit.startDate, to: visit.endDate)) },
                      placements: placements, placementSettings: PlacementSettings(),
                      programme: items.sorted(by: ProgrammeItem.chronologically), groups: groups, interpreters: interpreters,
                      assignments: assignments)
    }

    func person(_ id: Int64) -> Participant { participants.first { $0.id == id }! }
    func household(_ id: Int64) -> Household { households.first { $0.id == id }! }
}
