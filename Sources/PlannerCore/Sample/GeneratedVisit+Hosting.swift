import Foundation
import GRDB

extension GeneratedVisit {
    /// Completes a generated visit (see `install(participants:in:)`) so that every printout has
    /// content: arrivals and departures, three group leaders per town with phone numbers, a contact at
    /// home for the young, two organizers of the host town, one host household per three guests
    /// (two or three beds each) with every guest placed and confirmed, and a programme of two to
    /// four items a day in the visit's four languages, with meals by the families, the
    /// organizers and a restaurant.
    ///
    /// Deterministic (the same visit gets the same households and programme) and written in
    /// one transaction. Idempotent: a visit that already has placements is left as it is.
    /// - Returns: the number of guests placed.
    @discardableResult
    public static func installHosting(visitId: Int64, in store: PlannerStore) throws(PlannerError) -> Int {
        try store.write { db in
            guard let snapshot = try PlannerStore.fetchSnapshot(visitId, db) else {
                throw PlannerError.notFound(.visit, key: String(visitId))
            }
            guard snapshot.placements.isEmpty else { return 0 }
            let details = snapshot.details
            let visit = details.visit
            var rng = SeededRandom(seed: UInt64(snapshot.participants.count) &+ 7)

            // Travel, phones and contacts at home.
            let square = "Náměstí Míru"
            let guests = snapshot.participants.filter { $0.isGuest(of: details) }
            let prefixes = ["FR": "+33 6", "DE": "+49 151", "PL": "+48 60"]
            func phone(_ prefix: String) -> String {
                "\(prefix) \(10 + rng.next() % 90) \(10 + rng.next() % 90) \(10 + rng.next() % 90) \(10 + rng.next() % 90)"
            }
            // Three leaders per town (the generator makes one adult in ten a leader: far too many
            // to list in every booklet of a big visit).
            var leaders: [Int64: Int] = [:]
            for (index, guest) in guests.enumerated() {
                var person = guest
                if person.role == .leader, let town = person.townId {
                    leaders[town, default: 0] += 1
                    if leaders[town]! > 3 { person.role = .adult }
                }
                let townIndex = details.partnerTowns.firstIndex { $0.id == guest.townId } ?? 0
                let prefix = prefixes[details.partnerTowns[townIndex].countryCode] ?? "+420 7"
                person.arrival = Travel(date: visit.startDate, time: TimeOfDay(hour: 16, minute: 30 + 10 * (townIndex % 3)),
                                        means: .bus, place: square)
                person.departure = Travel(date: visit.endDate, time: TimeOfDay(hour: 9, minute: 0), means: .bus, place: square)
                if person.role == .leader || index % 4 == 0 { person.phone = phone(prefix) }
                if person.role == .youth {
                    person.emergencyContact = EmergencyContact(name: "\(["Anne", "Martin", "Ewa", "Petra"][index % 4]) \(guest.familyName)",
                                                               phone: phone(prefix))
                }
                try person.update(db)
            }

            // Two organizers of the host town.
            for (given, family, number) in [("Jana", "Horáková", "+420 602 118 334"), ("Petr", "Svoboda", "+420 731 540 216")] {
                var organizer = Participant(visitId: visitId, givenName: given, familyName: family, townId: details.hostTown.id,
                                            role: .organizer, languages: [LanguageSkill(code: "cs", level: .native)], phone: number,
                                            email: "\(family.lowercased().folding(options: .diacriticInsensitive, locale: nil))@example.cz",
                                            source: .generated)
                try organizer.insert(db)
            }

            // Households, three guests each (two where a household has two beds), all placed.
            let families = ["Dvořák", "Novák", "Svoboda", "Černý", "Procházka", "Kučera", "Veselý", "Horák", "Němec", "Marek",
                            "Pokorný", "Král", "Jelínek", "Růžička", "Beneš", "Fiala", "Sedláček", "Doležal", "Zeman", "Kolář"]
            let givens = ["Jana", "Petr", "Eva", "Martin", "Lucie", "Tomáš", "Hana", "Jiří", "Alena", "Pavel"]
            let streets = ["Lipová", "Školní", "Nádražní", "Zahradní", "Polní", "Krátká", "Husova", "Palackého"]
            let availability = Availability(from: visit.startDate, to: visit.endDate)
            var next = 0
            var number = 0
            while next < guests.count {
                let beds = number % 4 == 3 ? 2 : 3
                let family = families[number % families.count]
                var household = Household(
                    name: "\(family) (\(number + 1))", contactPerson: "\(givens[number % givens.count]) \(family)",
                    address: "\(streets[number % streets.count]) \(1 + number % 240), Horní Lhota",
                    phone: "+420 6\(number % 10)\(rng.next() % 10) \(100 + rng.next() % 900) \(100 + rng.next() % 900)",
                    beds: beds, languages: [LanguageSkill(code: "cs", level: .native)], source: .generated)
                try household.insert(db)
                guard let householdId = household.id else { throw PlannerError.storage("generated household has no id") }
                try PlannerStore.setAvailability(availability, household: householdId, visit: visitId, db)
                for guest in guests[next..<min(guests.count, next + beds)] {
                    guard let id = guest.id else { continue }
                    var placement = Placement(visitId: visitId, participantId: id, householdId: householdId, status: .confirmed)
                    try placement.insert(db)
                }
                next += beds
                number += 1
            }

            // The programme.
            for item in programme(visitId: visitId, visit: visit, zone: details.hostTown.timeZone) {
                var record = ProgrammeItemRecord(item)
                try record.insert(db)
            }
            return guests.count
        }
    }

    /// Two to four items a day: the welcome and the families taking their guests home on the
    /// first day, workshops, lunches, excursions and evenings in between, the buses leaving on
    /// the last day.
    static func programme(visitId: Int64, visit: Visit, zone: String) -> [ProgrammeItem] {
        let square = ItemLocation(name: "Náměstí Míru", address: "Náměstí Míru, Horní Lhota")
        let school = ItemLocation(name: "Základní škola", address: "Školní 12, Horní Lhota")
        let hall = ItemLocation(name: "Sokolovna", address: "Tyršova 210, Horní Lhota")
        let guestsAndFamilies = Audience(everyone: true, hostFamilies: true)
        let none = InterpretationPlan(wanted: false)
        func at(_ day: CalendarDate, _ h: Int, _ m: Int, _ eh: Int, _ em: Int) -> ItemTiming {
            ItemTiming(start: LocalDateTime(date: day, time: TimeOfDay(hour: h, minute: m)!),
                       end: LocalDateTime(date: day, time: TimeOfDay(hour: eh, minute: em)!), timeZone: zone)
        }
        func t(_ cs: String, _ fr: String, _ de: String, _ pl: String) -> [String: String] { ["cs": cs, "fr": fr, "de": de, "pl": pl] }
        let first = visit.startDate, last = visit.endDate
        var items = [
            ProgrammeItem(visitId: visitId, titles: t("Přivítání na náměstí", "Accueil sur la place", "Begrüßung auf dem Platz", "Powitanie na rynku"),
                          descriptions: t("Starosta vítá skupiny.", "Le maire accueille les groupes.", "Der Bürgermeister begrüßt die Gruppen.",
                                          "Burmistrz wita grupy."),
                          timing: at(first, 17, 0, 18, 30), location: square, audience: .everyone, workingLanguage: "cs", status: .confirmed),
            ProgrammeItem(visitId: visitId, titles: t("Rodiny si berou hosty domů", "Les familles emmènent leurs invités",
                                                      "Die Familien nehmen ihre Gäste mit", "Rodziny zabierają gości"),
                          timing: at(first, 18, 30, 19, 0), location: square, audience: guestsAndFamilies,
                          meals: [ProvidedMeal(.dinner, by: .hostFamily)], workingLanguage: "cs", status: .confirmed, interpretation: none),
        ]
        let workshops = [t("Workshop „Naše řeky“", "Atelier « Nos rivières »", "Workshop „Unsere Flüsse“", "Warsztaty „Nasze rzeki”"),
                         t("Divadelní dílna", "Atelier de théâtre", "Theaterwerkstatt", "Warsztaty teatralne"),
                         t("Sportovní dopoledne", "Matinée sportive", "Sportvormittag", "Sportowy poranek")]
        let outings = [t("Výlet do Telče", "Excursion à Telč", "Ausflug nach Telč", "Wycieczka do Telča"),
                       t("Prohlídka pivovaru", "Visite de la brasserie", "Brauereibesichtigung", "Zwiedzanie browaru"),
                       t("Odpoledne v rodinách", "Après-midi en famille", "Nachmittag in den Familien", "Popołudnie w rodzinach")]
        var day = first.adding(days: 1)
        var index = 0
        while day < last {
            items.append(ProgrammeItem(visitId: visitId, titles: workshops[index % workshops.count],
                                       descriptions: t("S sebou pohodlné oblečení.", "Apporter des vêtements confortables.",
                                                       "Bequeme Kleidung mitbringen.", "Zabierz wygodne ubranie."),
                                       timing: at(day, 9, 0, 12, 0), location: school, audience: .everyone,
                                       workingLanguage: "cs", status: .confirmed, interpretation: none))
            items.append(ProgrammeItem(visitId: visitId, titles: t("Oběd", "Déjeuner", "Mittagessen", "Obiad"),
                                       timing: at(day, 12, 0, 13, 0), location: school, audience: .everyone,
                                       meals: [ProvidedMeal(.lunch, by: .organizers)], workingLanguage: "cs", status: .confirmed,
                                       interpretation: none))
            let outing = outings[index % outings.count]
            let withFamilies = index % outings.count == 2
            items.append(ProgrammeItem(visitId: visitId, titles: outing, timing: at(day, 14, 0, 17, 30),
                                       location: withFamilies ? ItemLocation() : ItemLocation(name: "Telč", address: "Náměstí Zachariáše z Hradce, Telč"),
                                       audience: withFamilies ? guestsAndFamilies : .everyone,
                                       transport: withFamilies ? "" : "Bus from Náměstí Míru at 13:30", workingLanguage: "cs",
                                       status: .planned, interpretation: none))
            if index % 2 == 1 {
                items.append(ProgrammeItem(visitId: visitId, titles: t("Společný večer", "Soirée commune", "Gemeinsamer Abend", "Wspólny wieczór"),
                                           timing: at(day, 19, 0, 21, 30), location: hall, audience: .everyone,
                                           meals: [ProvidedMeal(.dinner, by: .restaurant)], workingLanguage: "cs", status: .planned,
                                           interpretation: none))
            }
            day = day.adding(days: 1)
            index += 1
        }
        items.append(ProgrammeItem(visitId: visitId, titles: t("Odjezd autobusů", "Départ des bus", "Abfahrt der Busse", "Odjazd autobusów"),
                                   timing: at(last, 8, 30, 9, 0), location: square, audience: guestsAndFamilies,
                                   meals: [ProvidedMeal(.snack, by: .hostFamily)], workingLanguage: "cs", status: .confirmed,
                                   interpretation: none))
        return items
    }
}
