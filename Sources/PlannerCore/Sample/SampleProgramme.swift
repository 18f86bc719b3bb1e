import Foundation
import GRDB

/// The sample visit's programme, groups and interpreters, from the shared fixture's README:
/// four days in Europe/Prague, a relay at the official meeting (German into French through
/// Czech), items that need no interpreters (music, sport, guided tours booked in each language),
/// and an all-day sports day.
enum SampleProgramme {
    /// Two local interpreters (cs/de, cs/fr), one from Zielona Dolina (pl/cs) who travels with the
    /// Polish group, and an English speaker who can stand in for German.
    static let interpreters: [SampleGuest] = [
        SampleGuest(town: .horniLhota, given: "Tomáš", family: "Král", role: .interpreter, born: SampleVisit.day(1979, 2, 17),
                    gender: .male, email: "tomas.kral@example.cz", phone: "+420 604 221 908",
                    languages: [.native("cs"), SampleVisit.speaks("de", .c2), SampleVisit.speaks("en", .b2)],
                    notes: "Tlumočník čeština–němčina; v Brně do pátku rána (busy in Brno until Friday morning)"),
        SampleGuest(town: .horniLhota, given: "Klára", family: "Veselá", role: .interpreter, born: SampleVisit.day(1985, 11, 3),
                    gender: .female, email: "klara.vesela@example.cz", phone: "+420 777 310 455",
                    languages: [.native("cs"), SampleVisit.speaks("fr", .c2), SampleVisit.speaks("en", .b2)],
                    notes: "Tlumočnice čeština–francouzština"),
        SampleGuest(town: .zielonaDolina, given: "Agnieszka", family: "Wiśniewska", role: .interpreter,
                    born: SampleVisit.day(1982, 5, 29), gender: .female, email: "agnieszka.wisniewska@example.pl",
                    phone: "+48 602 118 207",
                    languages: [.native("pl"), SampleVisit.speaks("cs", .c1), SampleVisit.speaks("en", .b1)],
                    notes: "Tłumaczka polski–czeski, travels with the Polish group"),
        SampleGuest(town: .horniLhota, given: "Eliška", family: "Marková", role: .interpreter, born: SampleVisit.day(1994, 8, 12),
                    gender: .female, email: "eliska.markova@example.cz", phone: "+420 736 402 119",
                    languages: [.native("cs"), SampleVisit.speaks("en", .c2), SampleVisit.speaks("de", .c1)],
                    notes: "English; can also work from Czech into German"),
    ]

    static func profiles(visitId: Int64, ids: [String: Int64]) -> [Interpreter] {
        let day = SampleVisit.day
        func at(_ date: CalendarDate, _ hour: Int, _ minute: Int = 0) -> LocalDateTime {
            LocalDateTime(date: date, time: TimeOfDay(hour: hour, minute: minute)!)
        }
        return [
            Interpreter(participantId: ids["Tomáš Král"]!, visitId: visitId,
                        pairs: [LanguagePair("cs", "de"), LanguagePair("de", "cs")], modes: [.consecutive, .whispered],
                        availability: [AvailabilityWindow(start: at(day(2027, 5, 14), 8), end: at(day(2027, 5, 17), 12))],
                        maxMinutesPerDay: 360, rate: Money(4_500, "CZK"), rateUnit: .halfDay),
            Interpreter(participantId: ids["Klára Veselá"]!, visitId: visitId,
                        pairs: [LanguagePair("cs", "fr"), LanguagePair("fr", "cs")],
                        modes: [.consecutive, .simultaneous, .whispered],
                        maxMinutesPerDay: 360, rate: Money(4_500, "CZK"), rateUnit: .halfDay),
            Interpreter(participantId: ids["Agnieszka Wiśniewska"]!, visitId: visitId,
                        pairs: [LanguagePair("pl", "cs"), LanguagePair("cs", "pl")], modes: [.consecutive, .whispered],
                        availability: [AvailabilityWindow(start: at(day(2027, 5, 13), 17), end: at(day(2027, 5, 17), 8, 30))],
                        maxMinutesPerDay: 300, rate: Money(4_000, "CZK"), rateUnit: .halfDay),
            Interpreter(participantId: ids["Eliška Marková"]!, visitId: visitId,
                        pairs: [LanguagePair("cs", "en"), LanguagePair("en", "cs"), LanguagePair("cs", "de")],
                        modes: [.consecutive, .whispered], maxMinutesPerDay: 360, rate: Money(550, "CZK"), rateUnit: .hour),
        ]
    }

    static func groups(visitId: Int64, people: [Participant], towns: [SampleTown: Int64]) -> [VisitGroup] {
        let ids = { (filter: (Participant) -> Bool) in people.filter(filter).compactMap(\.id) }
        let young = Set([towns[.saintAubin], towns[.zielonaDolina]].compactMap { $0 })
        return [
            VisitGroup(visitId: visitId, name: "Brass band", memberIds: ids { $0.role == .performer }),
            VisitGroup(visitId: visitId, name: "Youth FR+PL",
                       memberIds: ids { ($0.role == .youth || $0.role == .leader) && young.contains($0.townId ?? -1) }),
            VisitGroup(visitId: visitId, name: "Partnership committees",
                       memberIds: ids { $0.role == .official || $0.role == .organizer
                           || ($0.role == .adult && $0.townId == towns[.saintAubin]) }),
        ]
    }

    /// The programme; `groups` maps group names to their ids.
    static func items(visitId: Int64, groups: [String: Int64], towns: [SampleTown: Int64]) -> [ProgrammeItem] {
        let zone = "Europe/Prague"
        func timed(_ d: Int, _ h: Int, _ m: Int, _ eh: Int, _ em: Int) -> ItemTiming {
            let date = SampleVisit.day(2027, 5, d)
            return ItemTiming(start: LocalDateTime(date: date, time: TimeOfDay(hour: h, minute: m)!),
                              end: LocalDateTime(date: date, time: TimeOfDay(hour: eh, minute: em)!), timeZone: zone)
        }
        let square = ItemLocation(name: "Náměstí Míru", address: "Náměstí Míru, Horní Lhota", latitude: 49.5627, longitude: 16.0742)
        let sokolovna = ItemLocation(name: "Sokolovna", address: "Tyršova 210, Horní Lhota")
        let guests = Audience(townIds: [towns[.saintAubin], towns[.birkenfeld], towns[.zielonaDolina]].compactMap { $0 })
        var guestsAndFamilies = guests
        guestsAndFamilies.hostFamilies = true
        let youth = Audience(groupIds: [groups["Youth FR+PL"]!])
        let noInterpreting = InterpretationPlan(wanted: false)
        func t(_ cs: String, _ fr: String, _ de: String, _ pl: String) -> [String: String] { ["cs": cs, "fr": fr, "de": de, "pl": pl] }
        return [
            ProgrammeItem(visitId: visitId,
                          titles: t("Příjezd a přivítání starostou", "Arrivée et accueil par le maire",
                                    "Ankunft und Begrüßung durch den Bürgermeister", "Przyjazd i powitanie przez burmistrza"),
                          descriptions: ["cs": "Starosta vítá delegace na náměstí.", "fr": "Le maire accueille les délégations sur la place.",
                                         "de": "Der Bürgermeister begrüßt die Delegationen auf dem Platz."],
                          timing: timed(13, 17, 0, 18, 30), location: square, audience: .everyone,
                          workingLanguage: "cs", status: .confirmed),
            ProgrammeItem(visitId: visitId,
                          titles: t("Hostitelské rodiny si berou hosty domů", "Les familles d’accueil emmènent leurs invités",
                                    "Die Gastfamilien nehmen ihre Gäste mit", "Rodziny goszczące zabierają gości do domu"),
                          descriptions: ["cs": "Večeře v rodinách.", "fr": "Dîner dans les familles.", "de": "Abendessen in den Familien."],
                          timing: timed(13, 18, 30, 19, 0), location: square, audience: guestsAndFamilies,
                          meals: [ProvidedMeal(.dinner, by: .hostFamily)], workingLanguage: "cs", status: .confirmed,
                          interpretation: noInterpreting),
            ProgrammeItem(visitId: visitId,
                          titles: t("Workshop mládeže „Naše řeky“", "Atelier jeunesse « Nos rivières »",
                                    "Jugendworkshop „Unsere Flüsse“", "Warsztaty młodzieżowe „Nasze rzeki”"),
                          timing: timed(14, 9, 0, 12, 0),
                          location: ItemLocation(name: "Základní škola", address: "Školní 12, Horní Lhota"),
                          audience: youth, meals: [ProvidedMeal(.snack, by: .organizers)], workingLanguage: "en",
                          status: .confirmed, interpretation: noInterpreting,
                          notes: "Non-formal methods in English; the leaders help their groups, no interpreters."),
            ProgrammeItem(visitId: visitId,
                          titles: t("Oficiální setkání a podpis obnovení partnerství", "Réunion officielle et signature du renouvellement du jumelage",
                                    "Offizielles Treffen und Unterzeichnung der Erneuerung der Partnerschaft",
                                    "Spotkanie oficjalne i podpisanie odnowienia partnerstwa"),
                          timing: timed(14, 9, 30, 11, 30),
                          location: ItemLocation(name: "Radnice", address: "Náměstí Míru 1, Horní Lhota"),
                          audience: Audience(groupIds: [groups["Partnership committees"]!]), workingLanguage: "cs", status: .confirmed,
                          // The guests speak too: German and French into Czech, German into French
                          // (relayed through Czech: nobody interprets it directly).
                          interpretation: InterpretationPlan(addedNeeds: [LanguagePair("de", "cs"), LanguagePair("fr", "cs"),
                                                                          LanguagePair("de", "fr")]),
                          notes: "Signing at 11:00; the press is invited."),
            ProgrammeItem(visitId: visitId,
                          titles: t("Výlet do Telče autobusem", "Excursion à Telč en bus", "Ausflug nach Telč mit dem Bus",
                                    "Wycieczka autobusem do Telča"),
                          timing: timed(14, 14, 0, 17, 0),
                          location: ItemLocation(name: "Telč", address: "Náměstí Zachariáše z Hradce, Telč", latitude: 49.1842, longitude: 15.4528),
                          audience: .everyone, transport: "Bus from Náměstí Míru at 13:30", workingLanguage: "cs",
                          status: .confirmed, interpretation: noInterpreting,
                          notes: "Guided tours of the castle booked in French, German and Polish."),
            ProgrammeItem(visitId: visitId,
                          titles: t("Koncert dechové hudby z Birkenfeldu", "Concert de la fanfare de Birkenfeld",
                                    "Konzert der Blaskapelle Birkenfeld", "Koncert orkiestry dętej z Birkenfeld"),
                          timing: timed(14, 19, 30, 21, 0), location: square, audience: .everyone, workingLanguage: "de",
                          status: .planned, interpretation: noInterpreting, notes: "Public concert; stage and sound booked."),
            ProgrammeItem(visitId: visitId,
                          titles: t("Sportovní den mládeže", "Journée sportive des jeunes", "Sporttag der Jugend", "Dzień sportu młodzieży"),
                          timing: ItemTiming(allDayFrom: SampleVisit.day(2027, 5, 15), to: SampleVisit.day(2027, 5, 15), timeZone: zone),
                          location: ItemLocation(name: "Sportovní areál", address: "U Hřiště 5, Horní Lhota"),
                          audience: youth, meals: [ProvidedMeal(.lunch, by: .organizers)], workingLanguage: "en",
                          status: .confirmed, interpretation: noInterpreting),
            ProgrammeItem(visitId: visitId,
                          titles: t("Návštěva vinného sklepa", "Visite d’une cave à vin", "Besuch eines Weinkellers",
                                    "Wizyta w piwnicy winnej"),
                          timing: timed(15, 14, 0, 16, 0),
                          location: ItemLocation(name: "Vinný sklep U Lípy", address: "Sklepní 3, Horní Lhota"),
                          audience: Audience(roles: [.adult, .official, .performer, .organizer]), workingLanguage: "cs",
                          status: .planned),
            ProgrammeItem(visitId: visitId,
                          titles: t("Slavnostní večeře v Sokolovně", "Dîner de gala à la Sokolovna", "Galadinner in der Sokolovna",
                                    "Uroczysta kolacja w Sokolovnej"),
                          descriptions: ["cs": "Proslovy starostů, předání darů.", "fr": "Discours des maires, remise des cadeaux.",
                                         "de": "Reden der Bürgermeister, Übergabe der Geschenke."],
                          timing: timed(15, 19, 0, 21, 0), location: sokolovna, audience: .everyone,
                          meals: [ProvidedMeal(.dinner, by: .restaurant)], workingLanguage: "cs", status: .confirmed),
            ProgrammeItem(visitId: visitId,
                          titles: t("Ekumenická bohoslužba", "Office œcuménique", "Ökumenischer Gottesdienst", "Nabożeństwo ekumeniczne"),
                          timing: timed(16, 10, 0, 11, 0),
                          location: ItemLocation(name: "Kostel sv. Jakuba", address: "Kostelní 1, Horní Lhota"),
                          audience: .everyone, workingLanguage: "cs", status: .planned, interpretation: noInterpreting,
                          notes: "Readings in all four languages."),
            ProgrammeItem(visitId: visitId,
                          titles: t("Volné odpoledne v hostitelských rodinách", "Après-midi libre en famille",
                                    "Freier Nachmittag in den Gastfamilien", "Wolne popołudnie w rodzinach"),
                          timing: timed(16, 12, 0, 17, 30), audience: guestsAndFamilies,
                          meals: [ProvidedMeal(.lunch, by: .hostFamily)], workingLanguage: "cs", status: .planned,
                          interpretation: noInterpreting),
            ProgrammeItem(visitId: visitId,
                          titles: t("Rozlučkový večer", "Soirée d’adieu", "Abschiedsabend", "Wieczór pożegnalny"),
                          timing: timed(16, 18, 0, 20, 0), location: sokolovna, audience: .everyone,
                          meals: [ProvidedMeal(.dinner, by: .organizers)], workingLanguage: "cs", status: .planned),
            ProgrammeItem(visitId: visitId,
                          titles: t("Odjezd autobusů", "Départ des bus", "Abfahrt der Busse", "Odjazd autobusów"),
                          timing: timed(17, 8, 0, 8, 30), location: square, audience: guestsAndFamilies,
                          meals: [ProvidedMeal(.snack, by: .hostFamily)], workingLanguage: "cs", status: .confirmed,
                          interpretation: noInterpreting, notes: "Host families bring their guests and a packed snack for the journey."),
        ]
    }

    /// Writes the programme, groups and interpreter profiles of the freshly inserted sample.
    static func install(visitId: Int64, people: [Participant], townIds: [SampleTown: Int64], _ db: Database) throws {
        var groupIds: [String: Int64] = [:]
        for var group in groups(visitId: visitId, people: people, towns: townIds) {
            try group.insert(db)
            groupIds[group.name] = group.id
        }
        let ids = Dictionary(people.compactMap { p in p.id.map { (p.fullName, $0) } }, uniquingKeysWith: { a, _ in a })
        for profile in profiles(visitId: visitId, ids: ids) {
            try InterpreterRecord(profile).insert(db)
        }
        let visitLanguages = ["cs", "fr", "de", "pl"]
        for item in items(visitId: visitId, groups: groupIds, towns: townIds) {
            let issues = item.issues(visitLanguages: visitLanguages)
            guard issues.isEmpty else { throw PlannerError.invalid(ValidationFailure(issues)) }
            var record = ProgrammeItemRecord(item)
            try record.insert(db)
        }
    }
}
