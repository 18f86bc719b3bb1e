import XCTest
@testable import PlannerCore

/// Per-person and per-household schedules: on the hand-made visit of `ItineraryWorld`, then on
/// the sample visit after the placement planner has placed its guests.
final class ScheduleTests: XCTestCase {
    private typealias P = ItineraryWorld.Person
    private typealias I = ItineraryWorld.Item
    private typealias H = ItineraryWorld.Home

    private var world = ItineraryWorld()

    private func day(_ text: String) -> CalendarDate { ItineraryWorld.day(text) }

    private func schedule(_ id: Int64, languages: [String] = []) -> PersonSchedule {
        PersonSchedule(world.person(id), in: world.snapshot, languages: languages)
    }

    /// Each entry as "kind id" ("arrival", "item 101", "departure"), in order.
    private func outline(_ schedule: PersonSchedule) -> [String] {
        schedule.entries.map { entry in
            switch entry.event {
            case .arrival: "arrival"
            case .departure: "departure"
            case .item(let item, _): "item \(item.id!)"
            }
        }
    }

    // MARK: People

    func testGuestSchedule() throws {
        let lea = schedule(P.lea)
        XCTAssertEqual(outline(lea), ["arrival", "item \(I.welcome)", "item \(I.families)", "item \(I.workshop)", "item \(I.excursion)",
                                      "item \(I.sports)", "item \(I.gala)", "item \(I.freeAfternoon)", "item \(I.departure)", "departure"],
                       "arrival before the welcome at the same minute; no official meeting; no cancelled item")
        XCTAssertEqual(lea.household?.name, "Procházka")
        XCTAssertEqual(lea.languages, ["fr", "en", "cs", "de"], "native language first, then the visit's")
        XCTAssertEqual(lea.entries[1].title, "fr: Welcome")
        XCTAssertTrue(lea.itemEntries.allSatisfy { $0.involvement == .attends })

        let arrival = lea.entries[0]
        XCTAssertEqual(arrival.title, "Arrival")
        XCTAssertEqual(arrival.time.label, "17:00")
        XCTAssertEqual(arrival.location.name, "Náměstí Míru")
        XCTAssertEqual(arrival.transport, "Bus")

        let dinner = try XCTUnwrap(lea.entries.first { $0.item?.id == I.families })
        XCTAssertEqual(dinner.meals, [ScheduleMeal(kind: .dinner, provider: .hostFamily, household: world.household(H.prochazka))])
        XCTAssertEqual(dinner.meals[0].summary, "Dinner (host family: Procházka)")
        let gala = try XCTUnwrap(lea.entries.first { $0.item?.id == I.gala })
        XCTAssertEqual(gala.meals, [ScheduleMeal(kind: .dinner, provider: .restaurant)])
        XCTAssertEqual(gala.location.name, "Sokolovna")
        let excursion = try XCTUnwrap(lea.entries.first { $0.item?.id == I.excursion })
        XCTAssertEqual(excursion.transport, "Bus from the square at 13:30")

        XCTAssertEqual(lea.days.map(\.date), [day("2027-05-13"), day("2027-05-14"), day("2027-05-15"), day("2027-05-16"), day("2027-05-17")])
        XCTAssertEqual(lea.days[2].entries.map(\.title), ["fr: Sports day", "fr: Gala dinner"], "the all-day item opens its day")
        XCTAssertEqual(lea.days[4].entries.last?.title, "Departure", "leaving after the departure item")
    }

    func testChosenLanguagesComeFirst() {
        let lea = schedule(P.lea, languages: ["de"])
        XCTAssertEqual(lea.languages, ["de", "cs", "fr"])
        XCTAssertEqual(lea.entries[1].title, "de: Welcome")
        var item = world.items[0]
        item.titles = ["cs": "Přivítání"]
        world.items[0] = item
        XCTAssertEqual(schedule(P.lea).entries[1].title, "Přivítání", "falls back to the visit's languages")
    }

    func testLeaderLeadsTheYoungPeopleOfTheirTown() throws {
        let louise = schedule(P.louise)
        let welcome = try XCTUnwrap(louise.entries.first { $0.item?.id == I.welcome })
        XCTAssertEqual(welcome.involvement, .leads(youngPeople: 2))
        XCTAssertEqual(welcome.involvement?.summary, "Leads 2 young people")
        XCTAssertEqual(louise.entries.first { $0.item?.id == I.workshop }?.involvement, .leads(youngPeople: 2))
        XCTAssertEqual(louise.entries.first { $0.item?.id == I.families }?.involvement, .attends,
                       "the host families are in charge at their items")
        XCTAssertNil(louise.household, "her family declined")
        let dinner = try XCTUnwrap(louise.entries.first { $0.item?.id == I.families }?.meals.first)
        XCTAssertNil(dinner.household)
        XCTAssertEqual(dinner.summary, "Dinner (Host families)")
        // Without young people of her town, she just attends.
        world.participants.removeAll { $0.id == P.lea || $0.id == P.hugo }
        XCTAssertEqual(schedule(P.louise).entries.first { $0.item?.id == I.welcome }?.involvement, .attends)
    }

    func testInterpreterGetsAssignedItemsOnly() throws {
        let tomas = schedule(P.tomas)
        XCTAssertEqual(outline(tomas), ["item \(I.meeting)"], "not the everyone items: there the interpreters do not listen")
        let duties = try XCTUnwrap(tomas.entries.first?.involvement)
        guard case .interprets(let list) = duties else { return XCTFail("\(duties)") }
        XCTAssertEqual(list.map(\.pair), [LanguagePair("cs", "de"), LanguagePair("de", "cs")])
        XCTAssertEqual(list[0].partners.map(\.fullName), ["Eliška Marková"])
        XCTAssertEqual(list[1].partners, [])
        XCTAssertEqual(duties.summary, "Interprets cs→de with Eliška Marková; de→cs")

        let eliska = schedule(P.eliska)
        XCTAssertEqual(eliska.entries.first?.involvement?.summary, "Interprets cs→de with Tomáš Král")

        // Named in an audience, an interpreter attends; assigned there too, they work.
        world.items[0].audience = Audience(everyone: true, participantIds: [P.tomas])
        world.items[3].audience.participantIds = [P.tomas]
        let named = schedule(P.tomas)
        XCTAssertEqual(outline(named), ["item \(I.welcome)", "item \(I.meeting)"])
        XCTAssertEqual(named.entries[0].involvement, .attends)
        XCTAssertEqual(named.entries[1].involvement?.key, "interprets")
    }

    func testLateArrivalSkipsWhatIsOverAndWaitsForTheDay() {
        let kathe = schedule(P.kathe)
        XCTAssertEqual(outline(kathe), ["arrival", "item \(I.meeting)", "item \(I.excursion)", "item \(I.gala)",
                                        "item \(I.freeAfternoon)", "item \(I.departure)", "departure"],
                       "nothing of the 13th; an arrival without a time opens its day")
        XCTAssertEqual(kathe.entries[0].time.label, "time not set")
        XCTAssertEqual(kathe.entries[0].days, [day("2027-05-14")])
        XCTAssertEqual(kathe.languages.first, "de")
    }

    func testPeopleWithoutTravelAndCancelledItems() {
        let jana = schedule(P.jana)
        XCTAssertEqual(outline(jana), ["item \(I.welcome)", "item \(I.meeting)", "item \(I.excursion)", "item \(I.gala)"])
        world.items[0].status = .cancelled
        XCTAssertFalse(outline(schedule(P.jana)).contains("item \(I.welcome)"))
    }

    func testItemInAnotherZoneKeepsBothClocks() throws {
        world.items.append(ItineraryWorld.item(111, "Call with Lisbon", ItineraryWorld.timed("2027-05-16", 9, 0, 9, 45, zone: "Europe/Lisbon"),
                                               Audience(participantIds: [P.jana])))
        let entry = try XCTUnwrap(schedule(P.jana).entries.first { $0.item?.id == 111 })
        XCTAssertEqual(entry.time.label, "09:00–09:45 Europe/Lisbon (10:00–10:45 Europe/Prague)")
        XCTAssertEqual(entry.time.visitStart, ItineraryWorld.at("2027-05-16", 10))
        XCTAssertEqual(entry.time.timing.localStart, ItineraryWorld.at("2027-05-16", 9))
    }

    func testMultiDayItemUnderEachDay() {
        world.items.append(ItineraryWorld.item(112, "Camp", ItemTiming(allDayFrom: day("2027-05-15"), to: day("2027-05-16"),
                                                                        timeZone: ItineraryWorld.zone), Audience(participantIds: [P.jana])))
        let days = schedule(P.jana).days
        XCTAssertEqual(days.map(\.date), [day("2027-05-13"), day("2027-05-14"), day("2027-05-15"), day("2027-05-16")])
        XCTAssertEqual(days[2].entries.first?.item?.id, 112)
        XCTAssertEqual(days[3].entries.map { $0.item?.id }, [112])
    }

    // MARK: Households

    /// Each entry as "key item guests" ("bring 103 1,2"), in order, for one day.
    private func outline(_ schedule: HouseholdSchedule, on date: String) -> [String] {
        let entries = schedule.days.first { $0.date == day(date) }?.entries ?? []
        return entries.map { entry in
            var text = entry.key
            if case .meal(let kind, _) = entry.task { text += " \(kind.rawValue)" }
            if let id = entry.item?.id { text += " \(id)" }
            return text + " " + entry.guests.map { String($0.id!) }.joined(separator: ",")
        }
    }

    func testHouseholdSchedule() throws {
        let schedule = HouseholdSchedule(world.household(H.prochazka), in: world.snapshot)
        XCTAssertEqual(schedule.guests.map(\.id), [P.lea, P.hugo])
        XCTAssertEqual(schedule.languages.first, "cs", "the family's best language")
        XCTAssertEqual(schedule.guestSchedules.map(\.participant.id), [P.lea, P.hugo])
        XCTAssertEqual(outline(schedule, on: "2027-05-13"),
                       ["guests-arrive 1,2", "take-part \(I.families) 1,2", "meal dinner \(I.families) 1,2"])
        XCTAssertEqual(outline(schedule, on: "2027-05-14"),
                       ["meal breakfast 1,2", "bring \(I.workshop) 1,2", "pick-up \(I.excursion) 1,2"])
        XCTAssertEqual(outline(schedule, on: "2027-05-15"),
                       ["meal breakfast 1,2", "bring \(I.sports) 1,2", "pick-up \(I.gala) 1,2"],
                       "brought to the all-day item, picked up after the last timed one")
        XCTAssertEqual(outline(schedule, on: "2027-05-16"),
                       ["meal breakfast 1,2", "take-part \(I.freeAfternoon) 1,2", "meal lunch \(I.freeAfternoon) 1,2"],
                       "a day with the family: nothing to bring to, nothing to pick up from")
        XCTAssertEqual(outline(schedule, on: "2027-05-17"),
                       ["meal breakfast 1,2", "take-part \(I.departure) 1,2", "meal snack \(I.departure) 1,2", "guests-leave 1,2"])

        let days = schedule.days
        let bring = try XCTUnwrap(days[1].entries.first { $0.key == "bring" })
        XCTAssertEqual(bring.time.label, "09:00")
        XCTAssertTrue(bring.time.isMoment)
        XCTAssertEqual(bring.location.name, "Škola")
        XCTAssertEqual(bring.title, "cs: Workshop")
        XCTAssertEqual(bring.summary, "Bring Léa Bonnet and Hugo Petit to “cs: Workshop” (Škola)")
        let pickUp = try XCTUnwrap(days[1].entries.first { $0.key == "pick-up" })
        XCTAssertEqual(pickUp.time.label, "17:00", "the end of the excursion")
        XCTAssertEqual(pickUp.location.name, "Telč")
        XCTAssertEqual(try XCTUnwrap(days[2].entries.first { $0.key == "bring" }).time.label, "time not set")
        XCTAssertEqual(try XCTUnwrap(days[2].entries.first { $0.key == "pick-up" }).time.label, "21:00")
        let arrive = days[0].entries[0]
        XCTAssertEqual(arrive.time.label, "17:00")
        XCTAssertEqual(arrive.summary, "Léa Bonnet and Hugo Petit arrive (Bus, Náměstí Míru)")
        XCTAssertEqual(days[1].entries[0].summary, "Breakfast at home for Léa Bonnet and Hugo Petit")

        XCTAssertEqual(schedule.needs.map(\.summary), ["Vegetarian; Allergies: nuts; Allergic to Cat", "No special diet or allergy"])
        XCTAssertFalse(schedule.needs[0].isEmpty)
        XCTAssertTrue(schedule.needs[1].isEmpty)
    }

    func testGuestsWithDifferentDaysGetTheirOwnTasks() {
        // Hugo joins the official meeting instead of the workshop.
        world.groups[0].memberIds = [P.lea, P.louise]
        world.groups[1].memberIds.append(P.hugo)
        let schedule = HouseholdSchedule(world.household(H.prochazka), in: world.snapshot)
        XCTAssertEqual(outline(schedule, on: "2027-05-14"),
                       ["meal breakfast 1,2", "bring \(I.workshop) 1", "bring \(I.meeting) 2", "pick-up \(I.excursion) 1,2"])
        XCTAssertEqual(outline(schedule, on: "2027-05-15"),
                       ["meal breakfast 1,2", "bring \(I.sports) 1", "bring \(I.gala) 2", "pick-up \(I.gala) 1,2"])
    }

    func testLateGuestIsNotBroughtOnTheirArrivalDay() {
        let schedule = HouseholdSchedule(world.household(H.dvorak), in: world.snapshot)
        XCTAssertEqual(schedule.guests.map(\.id), [P.kathe], "the declined placement lodges nobody")
        XCTAssertEqual(outline(schedule, on: "2027-05-13"), [])
        XCTAssertEqual(outline(schedule, on: "2027-05-14"), ["guests-arrive 4", "pick-up \(I.excursion) 4"],
                       "no breakfast and no bring before the first night")
        XCTAssertEqual(outline(schedule, on: "2027-05-15"), ["meal breakfast 4", "bring \(I.gala) 4", "pick-up \(I.gala) 4"])
        XCTAssertEqual(schedule.needs.map(\.summary), ["No special diet or allergy"])
    }

    func testBreakfastServedElsewhereIsNotTheFamilys() {
        world.items[2].meals.append(ProvidedMeal(.breakfast, by: .organizers))
        let schedule = HouseholdSchedule(world.household(H.prochazka), in: world.snapshot)
        XCTAssertEqual(outline(schedule, on: "2027-05-14"), ["bring \(I.workshop) 1,2", "pick-up \(I.excursion) 1,2"])
    }

    func testHouseholdWithoutGuests() {
        world.placements.removeAll()
        let schedule = HouseholdSchedule(world.household(H.prochazka), in: world.snapshot)
        XCTAssertEqual(schedule.guests, [])
        XCTAssertEqual(schedule.entries, [])
        XCTAssertEqual(schedule.days, [])
    }

    // MARK: Guest needs

    func testKnownWishesInAnOlderDietNotePrintAsTheirDiet() {
        // An older database: "sans porc" stored as an other diet with the text as the note.
        var guest = Participant(visitId: 1, givenName: "Léo", familyName: "Dubois", diets: [.other],
                                dietNote: "sans porc, pas de champignons")
        XCTAssertEqual(GuestNeeds(guest).points, ["No pork", "pas de champignons"])
        XCTAssertFalse(GuestNeeds(guest).isEmpty)
        XCTAssertEqual(GuestNeeds(guest).summary, "No pork; pas de champignons")

        guest.diets = [.noPork, .other]
        XCTAssertEqual(GuestNeeds(guest).points, ["No pork", "pas de champignons"], "no diet twice")
        guest.diets = [.other]
        guest.dietNote = "pas de champignons"
        XCTAssertEqual(GuestNeeds(guest).points, ["pas de champignons"], "an unknown note as written")
        guest.diets = [.diabetic]
        guest.dietNote = ""
        XCTAssertEqual(GuestNeeds(guest).points, ["Diabetic"])
    }

    // MARK: The sample visit

    func testSampleVisitSchedulesAfterPlacement() throws {
        let store = try PlannerStore(inMemory: ())
        let visitId = try SampleVisit.install(in: store)
        let before = try XCTUnwrap(try store.snapshot(ofVisit: visitId))
        let proposal = try PlacementPlanner.propose(before, keepConfirmed: true)
        try store.replacePlacements(ofVisit: visitId, with: proposal.placements(replacing: before.placements))
        var snapshot = try XCTUnwrap(try store.snapshot(ofVisit: visitId))
        XCTAssertEqual(snapshot.programme.count, 13)

        let lea = try XCTUnwrap(snapshot.participants.first { $0.fullName == "Léa Bonnet" })
        let homeId = try XCTUnwrap(snapshot.placement(of: lea.id!)?.householdId)
        let home = try XCTUnwrap(snapshot.offers.first { $0.id == homeId }?.household)
        let schedule = HouseholdSchedule(home, in: snapshot)
        XCTAssertTrue(schedule.guests.contains(lea))
        XCTAssertEqual(schedule.languages.first, "cs")
        let everyone = Set(schedule.guests.compactMap(\.id))
        func guests(_ entry: HouseholdScheduleEntry) -> Set<Int64> { Set(entry.guests.compactMap(\.id)) }
        func entries(_ date: String) -> [HouseholdScheduleEntry] {
            schedule.days.first { $0.date == day(date) }?.entries ?? []
        }

        // Thursday: the bus at 17:00, the families take their guests home and give them dinner.
        let thursday = entries("2027-05-13")
        XCTAssertEqual(thursday.map(\.key), ["guests-arrive", "take-part", "meal"])
        XCTAssertEqual(thursday.map(\.time.label), ["17:00", "18:30–19:00", "18:30–19:00"])
        XCTAssertEqual(thursday[1].title, "Hostitelské rodiny si berou hosty domů")
        XCTAssertEqual(thursday[2].task, .meal(.dinner, thursday[1].item))
        XCTAssertTrue(thursday.allSatisfy { guests($0) == everyone })

        // Friday to Monday: breakfast after every night.
        for date in ["2027-05-14", "2027-05-15", "2027-05-16", "2027-05-17"] {
            let breakfast = entries(date).filter { $0.task == .meal(.breakfast, nil) }
            XCTAssertEqual(breakfast.count, 1, date)
            XCTAssertEqual(breakfast.first.map(guests), everyone, date)
        }
        // Léa (youth): the workshop at school, the concert; the sports day, the gala; the service, the farewell.
        func task(_ key: String, _ date: String) throws -> HouseholdScheduleEntry {
            try XCTUnwrap(entries(date).first { $0.key == key && $0.guests.contains(lea) }, "\(key) on \(date)")
        }
        XCTAssertEqual(try task("bring", "2027-05-14").location.name, "Základní škola")
        XCTAssertEqual(try task("bring", "2027-05-14").time.label, "09:00")
        XCTAssertEqual(try task("pick-up", "2027-05-14").time.label, "21:00")
        XCTAssertEqual(try task("pick-up", "2027-05-14").location.name, "Náměstí Míru")
        XCTAssertEqual(try task("bring", "2027-05-15").title, "Sportovní den mládeže")
        XCTAssertEqual(try task("pick-up", "2027-05-15").location.name, "Sokolovna")
        XCTAssertEqual(try task("bring", "2027-05-16").time.label, "10:00")
        XCTAssertEqual(try task("pick-up", "2027-05-16").time.label, "20:00")
        XCTAssertEqual(entries("2027-05-16").filter { $0.key == "take-part" }.map(\.title), ["Volné odpoledne v hostitelských rodinách"])
        XCTAssertTrue(entries("2027-05-16").contains { $0.key == "meal" && $0.title == "Volné odpoledne v hostitelských rodinách" })
        // Monday: the family brings its guests to the buses with a snack; nobody is brought or picked up.
        XCTAssertEqual(entries("2027-05-17").map(\.key), ["meal", "take-part", "meal", "guests-leave"])
        XCTAssertFalse(entries("2027-05-13").contains { $0.key == "bring" || $0.key == "pick-up" })
        XCTAssertEqual(schedule.needs.map(\.guest), schedule.guests)

        // Every household lodging someone has each guest arrive and leave once.
        for offer in snapshot.offers {
            let other = HouseholdSchedule(offer.household, in: snapshot)
            let arrivals = other.entries.filter { $0.key == "guests-arrive" }.flatMap(\.guests)
            XCTAssertEqual(Set(arrivals), Set(other.guests), offer.household.name)
            XCTAssertEqual(arrivals.count, other.guests.count, offer.household.name)
        }

        // Interpreters: assign two to the official meeting; they get that item, not the everyone items.
        let meeting = try XCTUnwrap(snapshot.programme.first { $0.titles["cs"]?.hasPrefix("Oficiální setkání") == true })
        let tomas = try XCTUnwrap(snapshot.participants.first { $0.fullName == "Tomáš Král" })
        let eliska = try XCTUnwrap(snapshot.participants.first { $0.fullName == "Eliška Marková" })
        snapshot = VisitSnapshot(details: snapshot.details, participants: snapshot.participants, offers: snapshot.offers,
                                 placements: snapshot.placements, placementSettings: snapshot.placementSettings,
                                 programme: snapshot.programme, groups: snapshot.groups, interpreters: snapshot.interpreters,
                                 assignments: [InterpretingAssignment(itemId: meeting.id!, interpreterId: tomas.id!, pair: LanguagePair("de", "cs")),
                                               InterpretingAssignment(itemId: meeting.id!, interpreterId: eliska.id!, pair: LanguagePair("de", "cs"))],
                                 itinerarySettings: snapshot.itinerarySettings)
        let tomasSchedule = PersonSchedule(tomas, in: snapshot)
        XCTAssertEqual(tomasSchedule.entries.map(\.item), [meeting])
        XCTAssertEqual(tomasSchedule.entries.first?.involvement?.summary, "Interprets de→cs with Eliška Marková")
        XCTAssertEqual(tomasSchedule.entries.first?.title, "Oficiální setkání a podpis obnovení partnerství")

        // A youth leader leads the young people of her town; a German band member attends.
        let louise = PersonSchedule(try XCTUnwrap(snapshot.participants.first { $0.fullName == "Louise Fournier" }), in: snapshot)
        XCTAssertEqual(louise.entries.first { $0.item?.titles["cs"] == "Workshop mládeže „Naše řeky“" }?.involvement,
                       .leads(youngPeople: 12))
        XCTAssertEqual(louise.entries.first?.title, "Arrival")
        XCTAssertEqual(louise.entries[1].title, "Arrivée et accueil par le maire")
        let bandMember = try XCTUnwrap(snapshot.participants.first { $0.role == .performer })
        let band = PersonSchedule(bandMember, in: snapshot)
        XCTAssertTrue(band.itemEntries.allSatisfy { $0.involvement == .attends })
        XCTAssertFalse(band.itemEntries.contains { $0.item?.titles["cs"] == "Sportovní den mládeže" })
        XCTAssertTrue(band.itemEntries.contains { $0.item?.titles["cs"] == "Návštěva vinného sklepa" })
    }
}
