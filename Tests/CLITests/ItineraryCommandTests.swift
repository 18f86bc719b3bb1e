import Foundation
import PlannerCore
import XCTest

/// `visitplanner itinerary --visit V [--person P | --household H] [--language xx[,yy]]`, run
/// with no display (CLIRunner removes DISPLAY and WAYLAND_DISPLAY).
final class ItineraryCommandTests: XCTestCase {
    private var cli: CLIRunner!
    private let sample = "Ascension meeting 2027"

    override func setUpWithError() throws {
        cli = try CLIRunner()
        XCTAssertEqual(try cli.run(database: "demo").status, 0)
    }

    override func tearDown() { cli.cleanUp() }

    /// Runs `itinerary --visit <sample> arguments…`, expecting success and nothing on stderr.
    private func itinerary(_ arguments: String..., file: StaticString = #filePath, line: UInt = #line) throws -> CLIRunner.Result {
        let result = try cli.run(["itinerary", "--visit", sample] + arguments + ["--database", cli.databasePath])
        XCTAssertEqual(result.status, 0, result.stderr, file: file, line: line)
        XCTAssertEqual(result.stderr, "", file: file, line: line)
        return result
    }

    /// Runs `itinerary` expecting a failure with one line on stderr.
    private func failing(_ arguments: String..., status: Int32, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let result = try cli.run(["itinerary"] + arguments + ["--database", cli.databasePath])
        XCTAssertEqual(result.status, status, result.stderr, file: file, line: line)
        XCTAssertEqual(result.stdout, "", file: file, line: line)
        XCTAssertFalse(result.stderr.isEmpty, file: file, line: line)
        return result.stderr
    }

    private func array(_ value: Any?, file: StaticString = #filePath, line: UInt = #line) throws -> [[String: Any]] {
        try XCTUnwrap(value as? [[String: Any]], "not an array of objects: \(String(describing: value))", file: file, line: line)
    }

    private func object(_ value: Any?, file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        try XCTUnwrap(value as? [String: Any], "not an object: \(String(describing: value))", file: file, line: line)
    }

    private func store() throws -> PlannerStore { try PlannerStore(path: cli.databasePath) }

    // MARK: The programme

    func testProgrammeText() throws {
        let text = try itinerary().stdout
        XCTAssertTrue(text.hasPrefix("Ascension meeting 2027 (id 1), 2027-05-13 – 2027-05-17\nTimes in Europe/Prague unless another zone is named.\n"), text)
        for heading in ["Thursday 2027-05-13", "Friday 2027-05-14", "Saturday 2027-05-15", "Sunday 2027-05-16", "Monday 2027-05-17"] {
            XCTAssertTrue(text.contains("\n\(heading)\n"), heading)
        }
        XCTAssertTrue(text.contains("  17:00–18:30  Příjezd a přivítání starostou  [Confirmed, id 1]"), text)
        XCTAssertTrue(text.contains("  All day      Sportovní den mládeže  [Confirmed, id 7]"), text)
        XCTAssertTrue(text.contains("Place: Sokolovna (Tyršova 210, Horní Lhota)"))
        XCTAssertTrue(text.contains("For: Youth FR+PL; working language: en"))
        XCTAssertTrue(text.contains(
            "Interpreting: Consecutive: cs→fr Klára Veselá; cs→de Tomáš Král; de→cs Tomáš Král; fr→cs Klára Veselá; de→fr relayed through cs"), text)
        XCTAssertTrue(text.contains("Interpreting: Consecutive: cs→fr Klára Veselá; cs→de Eliška Marková; cs→pl Agnieszka Wiśniewska"),
                      "the welcome, Tomáš Král being away until Friday")
        XCTAssertTrue(text.contains("Meals: Dinner (Host families)"))
        XCTAssertTrue(text.contains("Transport: Bus from Náměstí Míru at 13:30"))
    }

    func testProgrammeJSON() throws {
        let json = try itinerary("--json").json()
        XCTAssertEqual(json["view"] as? String, "programme")
        XCTAssertEqual(try object(json["visit"])["title"] as? String, sample)
        XCTAssertEqual(json["timeZone"] as? String, "Europe/Prague")
        XCTAssertEqual(json["languages"] as? [String], ["cs", "fr", "de", "pl"])
        let days = try array(json["days"])
        XCTAssertEqual(days.map { $0["date"] as? String }, ["2027-05-13", "2027-05-14", "2027-05-15", "2027-05-16", "2027-05-17"])
        let items = try days.flatMap { try array($0["items"]) }
        XCTAssertEqual(items.count, 13)
        for item in items {
            for key in ["id", "title", "titles", "descriptions", "status", "time", "location", "audience", "workingLanguage", "meals",
                        "transport", "interpretation", "notes"] {
                XCTAssertNotNil(item[key], "every item has \(key)")
            }
            for key in ["start", "end", "timeZone", "visitStart", "visitEnd", "visitTimeZone", "startDate", "endDate", "allDay",
                        "timeKnown", "label"] {
                XCTAssertNotNil(try object(item["time"])[key], "every time has \(key)")
            }
        }
        let welcome = items[0]
        XCTAssertEqual(welcome["title"] as? String, "Příjezd a přivítání starostou")
        XCTAssertEqual(try object(welcome["titles"])["fr"] as? String, "Arrivée et accueil par le maire")
        XCTAssertEqual(welcome["status"] as? String, "confirmed")
        let time = try object(welcome["time"])
        XCTAssertEqual(time["start"] as? String, "2027-05-13T17:00:00+02:00")
        XCTAssertEqual(time["end"] as? String, "2027-05-13T18:30:00+02:00")
        XCTAssertEqual(time["timeZone"] as? String, "Europe/Prague")
        XCTAssertEqual(time["startDate"] as? String, "2027-05-13")
        XCTAssertEqual(time["allDay"] as? Bool, false)
        let audience = try object(welcome["audience"])
        XCTAssertEqual(audience["everyone"] as? Bool, true)
        XCTAssertEqual(audience["summary"] as? String, "Everyone")
        XCTAssertEqual(audience["participants"] as? Int, 43, "47 people without the four interpreters")

        let sports = try XCTUnwrap(items.first { $0["id"] as? Int == 7 })
        let sportsTime = try object(sports["time"])
        XCTAssertEqual(sportsTime["allDay"] as? Bool, true)
        XCTAssertEqual(sportsTime["start"] as? String, "2027-05-15T00:00:00+02:00")
        XCTAssertEqual(sportsTime["end"] as? String, "2027-05-16T00:00:00+02:00")
        XCTAssertEqual(try array(sports["meals"]).first?["provider"] as? String, "organizers")

        let meeting = try XCTUnwrap(items.first { $0["id"] as? Int == 4 })
        let interpretation = try object(meeting["interpretation"])
        XCTAssertEqual(interpretation["wanted"] as? Bool, true)
        XCTAssertEqual(interpretation["mode"] as? String, "consecutive")
        let directions = try array(interpretation["directions"])
        XCTAssertEqual(directions.map { try? object($0["pair"])["pair"] as? String }, ["cs→fr", "cs→de", "de→cs", "fr→cs", "de→fr"])
        XCTAssertEqual(directions.map { $0["origin"] as? String }, ["derived", "derived", "added", "added", "added"])
        XCTAssertEqual(directions.first?["listeners"] as? Int, 2, "the French committee couple")
        XCTAssertEqual(directions.map { ($0["interpreters"] as? [Any])?.count }, [1, 1, 1, 1, 0])
        XCTAssertEqual(directions.map { $0["coverage"] as? String }, ["covered", "covered", "covered", "covered", "relay"])
        XCTAssertEqual(directions.last?["bridge"] as? String, "cs", "German into French goes through Czech")
        let concert = try XCTUnwrap(items.first { $0["id"] as? Int == 6 })
        XCTAssertEqual(try object(concert["interpretation"])["wanted"] as? Bool, false)
        XCTAssertEqual(try object(concert["interpretation"])["summary"] as? String, "not needed")
    }

    func testProgrammeShowsAssignedInterpreters() throws {
        let store = try store()
        let snapshot = try XCTUnwrap(try store.snapshot(ofVisit: 1))
        let tomas = try XCTUnwrap(snapshot.participants.first { $0.fullName == "Tomáš Král" }?.id)
        let eliska = try XCTUnwrap(snapshot.participants.first { $0.fullName == "Eliška Marková" }?.id)
        try store.replaceAssignments(ofVisit: 1, with: [InterpretingAssignment(itemId: 4, interpreterId: tomas, pair: LanguagePair("de", "cs")),
                                                        InterpretingAssignment(itemId: 4, interpreterId: eliska, pair: LanguagePair("cs", "en"))])
        let text = try itinerary().stdout
        XCTAssertTrue(text.contains("Interpreting: Consecutive: cs→fr not assigned; cs→de not assigned; de→cs Tomáš Král; "
                                    + "fr→cs not assigned; de→fr not assigned; cs→en Eliška Marková"), text)
        let items = try array(try itinerary("--json").json()["days"]).flatMap { try array($0["items"]) }
        let meeting = try XCTUnwrap(items.first { $0["id"] as? Int == 4 })
        let directions = try array(try object(meeting["interpretation"])["directions"])
        let deCs = try XCTUnwrap(directions.first { (try? object($0["pair"])["pair"] as? String) == "de→cs" })
        XCTAssertEqual(try array(deCs["interpreters"]).map { $0["name"] as? String }, ["Tomáš Král"])
        XCTAssertEqual(try array(deCs["interpreters"]).map { ($0["id"] as? NSNumber)?.int64Value }, [tomas])
        let csEn = try XCTUnwrap(directions.last)
        XCTAssertEqual(try object(csEn["pair"])["pair"] as? String, "cs→en")
        XCTAssertEqual(csEn["origin"] as? String, "assigned", "no need asks for it")
        XCTAssertTrue(csEn["listeners"] is NSNull)

        // Tomáš's own schedule: that one item, which he interprets.
        let schedule = try itinerary("--person", "Tomáš Král").stdout
        XCTAssertTrue(schedule.contains("Oficiální setkání a podpis obnovení partnerství"), schedule)
        XCTAssertTrue(schedule.contains("Interprets de→cs"), schedule)
        XCTAssertFalse(schedule.contains("Výlet do Telče"), "everyone items are not his")
    }

    func testLanguageOption() throws {
        let french = try itinerary("--language", "fr").stdout
        XCTAssertTrue(french.contains("Arrivée et accueil par le maire"))
        XCTAssertFalse(french.contains("Příjezd a přivítání starostou"))
        let json = try itinerary("--language", "en,DE", "--json").json()
        XCTAssertEqual(json["languages"] as? [String], ["en", "de", "cs", "fr", "pl"])
        let first = try XCTUnwrap(try array(try array(json["days"]).first?["items"]).first)
        XCTAssertEqual(first["title"] as? String, "Ankunft und Begrüßung durch den Bürgermeister", "no English title: German")
    }

    func testItemInAnotherZone() throws {
        let store = try store()
        try store.saveProgrammeItem(ProgrammeItem(
            visitId: 1, titles: ["cs": "Videohovor s Lisabonem"],
            timing: ItemTiming(start: LocalDateTime(date: CalendarDate(year: 2027, month: 5, day: 16)!, time: TimeOfDay(hour: 9, minute: 0)!),
                               end: LocalDateTime(date: CalendarDate(year: 2027, month: 5, day: 16)!, time: TimeOfDay(hour: 9, minute: 30)!),
                               timeZone: "Europe/Lisbon"),
            audience: Audience(roles: [.organizer]), workingLanguage: "pt"))
        let text = try itinerary().stdout
        XCTAssertTrue(text.contains("09:00–09:30 Europe/Lisbon (10:00–10:30 Europe/Prague)  Videohovor s Lisabonem"), text)
        let items = try array(try itinerary("--json").json()["days"]).flatMap { try array($0["items"]) }
        let call = try object(try XCTUnwrap(items.first { $0["title"] as? String == "Videohovor s Lisabonem" })["time"])
        XCTAssertEqual(call["start"] as? String, "2027-05-16T09:00:00+01:00")
        XCTAssertEqual(call["timeZone"] as? String, "Europe/Lisbon")
        XCTAssertEqual(call["visitStart"] as? String, "2027-05-16T10:00:00+02:00")
        XCTAssertEqual(call["visitTimeZone"] as? String, "Europe/Prague")
    }

    // MARK: One person

    func testPersonByNameAndById() throws {
        let text = try itinerary("--person", "Léa Bonnet").stdout
        XCTAssertTrue(text.contains("Léa Bonnet (id 1), Youth, Saint-Aubin-sur-Loire (FR)"), text)
        XCTAssertTrue(text.contains("  17:00        Arrival\n"), text)
        XCTAssertTrue(text.contains("Bus, Náměstí Míru"))
        XCTAssertTrue(text.contains("Arrivée et accueil par le maire"), "French, her language")
        XCTAssertTrue(text.contains("Atelier jeunesse « Nos rivières »"))
        XCTAssertFalse(text.contains("Réunion officielle"), "not hers")
        XCTAssertFalse(text.contains("Host family:"), "not placed yet")
        XCTAssertEqual(try itinerary("--person", "1").stdout, text, "by id")

        let json = try itinerary("--person", "Léa Bonnet", "--json").json()
        XCTAssertEqual(json["view"] as? String, "person")
        let person = try object(json["person"])
        XCTAssertEqual(person["fullName"] as? String, "Léa Bonnet")
        XCTAssertEqual(person["role"] as? String, "youth")
        XCTAssertTrue(person["household"] is NSNull)
        XCTAssertEqual(json["languages"] as? [String], ["fr", "en", "cs", "de", "pl"])
        let entries = try array(json["days"]).flatMap { try array($0["entries"]) }
        XCTAssertEqual(entries.first?["kind"] as? String, "arrival")
        XCTAssertEqual(entries.first?["transport"] as? String, "bus")
        XCTAssertTrue(entries.first?["involvement"] is NSNull)
        XCTAssertEqual(entries.last?["kind"] as? String, "departure")
        XCTAssertEqual(try object(entries.last?["time"])["start"] as? String, "2027-05-17T08:30:00+02:00")
        let items = entries.filter { $0["kind"] as? String == "item" }
        XCTAssertEqual(items.count, 11)
        XCTAssertTrue(try items.allSatisfy { try object($0["involvement"])["kind"] as? String == "attends" })
        for entry in entries {
            for key in ["kind", "itemId", "title", "time", "involvement", "meals", "location", "transport"] {
                XCTAssertNotNil(entry[key], "every entry has \(key)")
            }
        }
    }

    func testLeaderLeadsHerGroup() throws {
        let json = try itinerary("--person", "Louise Fournier", "--json").json()
        let entries = try array(json["days"]).flatMap { try array($0["entries"]) }
        let workshop = try XCTUnwrap(entries.first { $0["title"] as? String == "Atelier jeunesse « Nos rivières »" })
        let involvement = try object(workshop["involvement"])
        XCTAssertEqual(involvement["kind"] as? String, "leads")
        XCTAssertEqual(involvement["youngPeople"] as? Int, 12)
        XCTAssertEqual(involvement["summary"] as? String, "Leads 12 young people")
    }

    func testPlacedGuestSeesHerFamily() throws {
        XCTAssertEqual(try cli.run(database: "assign", "--visit", sample, "--apply").status, 0)
        let json = try itinerary("--person", "Léa Bonnet", "--json").json()
        let household = try object(try object(json["person"])["household"])
        let name = try XCTUnwrap(household["name"] as? String)
        XCTAssertEqual(household["status"] as? String, "proposed")
        let entries = try array(json["days"]).flatMap { try array($0["entries"]) }
        let dinner = try XCTUnwrap(entries.first { $0["itemId"] as? Int == 2 })
        let meal = try XCTUnwrap(try array(dinner["meals"]).first)
        XCTAssertEqual(meal["kind"] as? String, "dinner")
        XCTAssertEqual(meal["provider"] as? String, "host-family")
        XCTAssertEqual(meal["household"] as? String, name)
        XCTAssertTrue(try itinerary("--person", "Léa Bonnet").stdout.contains("Host family: \(name) (Proposed)"))
    }

    // MARK: One household

    /// The household lodging Léa Bonnet once the planner has placed the guests.
    private func leasHousehold() throws -> (id: Int, name: String) {
        XCTAssertEqual(try cli.run(database: "assign", "--visit", sample, "--apply").status, 0)
        let people = try array(try cli.run(database: "people", "list", "--visit", sample, "--json").json()["participants"])
        let lea = try XCTUnwrap(people.first { $0["fullName"] as? String == "Léa Bonnet" })
        let placement = try object(lea["placement"])
        return (try XCTUnwrap(placement["householdId"] as? Int), try XCTUnwrap(placement["household"] as? String))
    }

    func testHouseholdText() throws {
        let home = try leasHousehold()
        let text = try itinerary("--household", home.name).stdout
        XCTAssertTrue(text.contains("Host family \(home.name) (id \(home.id))"), text)
        XCTAssertTrue(text.contains("\nGuests\n"), text)
        XCTAssertTrue(text.contains("  Léa Bonnet (Youth, Saint-Aubin-sur-Loire): "), text)
        XCTAssertTrue(text.contains("arrive (Bus, Náměstí Míru)"), text)
        XCTAssertTrue(text.contains(": “Hostitelské rodiny si berou hosty domů” (Náměstí Míru)"), text)
        XCTAssertTrue(text.contains("  —      Breakfast at home for "), text)
        XCTAssertTrue(text.contains("  09:00  Bring "), text)
        XCTAssertTrue(text.contains("to “Workshop mládeže „Naše řeky“” (Základní škola)"), text)
        XCTAssertTrue(text.contains("  21:00  Pick up "), text)
        XCTAssertTrue(text.contains("time not set  Bring "), "the all-day sports day")
        XCTAssertTrue(text.contains("leave (Bus, Náměstí Míru)"), text)
        XCTAssertEqual(try itinerary("--household", String(home.id)).stdout, text, "by id")
    }

    func testHouseholdJSON() throws {
        let home = try leasHousehold()
        let json = try itinerary("--household", home.name, "--json").json()
        XCTAssertEqual(json["view"] as? String, "household")
        XCTAssertEqual(try object(json["household"])["name"] as? String, home.name)
        XCTAssertEqual(try object(json["household"])["id"] as? Int, home.id)
        let guests = try array(json["guests"])
        XCTAssertTrue(guests.contains { $0["fullName"] as? String == "Léa Bonnet" })
        for guest in guests {
            let needs = try object(guest["needs"])
            for key in ["diets", "dietNote", "allergies", "petAllergy", "summary"] { XCTAssertNotNil(needs[key], key) }
            XCTAssertEqual(try object(guest["arrival"])["time"] as? String, "17:00")
        }
        let days = try array(json["days"])
        XCTAssertEqual(days.map { $0["date"] as? String }, ["2027-05-13", "2027-05-14", "2027-05-15", "2027-05-16", "2027-05-17"])
        let thursday = try array(days[0]["entries"])
        XCTAssertEqual(thursday.map { $0["task"] as? String }, ["guests-arrive", "take-part", "meal"])
        XCTAssertEqual(thursday[2]["meal"] as? String, "dinner")
        XCTAssertEqual(thursday[1]["itemId"] as? Int, 2)
        XCTAssertTrue(thursday[0]["itemId"] is NSNull)
        let monday = try array(days[4]["entries"])
        XCTAssertEqual(monday.map { $0["task"] as? String }, ["meal", "take-part", "meal", "guests-leave"])
        XCTAssertEqual(monday.map { $0["meal"] as? String }, ["breakfast", nil, "snack", nil])
        let friday = try array(days[1]["entries"])
        let bring = try XCTUnwrap(friday.first { $0["task"] as? String == "bring" && (try? array($0["guests"]))?.contains { $0["name"] as? String == "Léa Bonnet" } == true })
        XCTAssertEqual(try object(bring["time"])["start"] as? String, "2027-05-14T09:00:00+02:00")
        XCTAssertEqual(try object(bring["location"])["name"] as? String, "Základní škola")
    }

    func testHouseholdWithoutGuests() throws {
        let text = try itinerary("--household", "Hana a Václav Novák").stdout
        XCTAssertTrue(text.contains("No guests are placed with this household for this visit."), text)
        let json = try itinerary("--household", "Hana a Václav Novák", "--json").json()
        XCTAssertEqual((json["guests"] as? [Any])?.count, 0)
        XCTAssertEqual((json["days"] as? [Any])?.count, 0)
    }

    // MARK: Errors

    func testUnknownPersonOrHouseholdFailsWithOneLine() throws {
        for (option, key) in [("--person", "Nobody Here"), ("--person", "9999"), ("--household", "No Such Family")] {
            let message = try failing("--visit", sample, option, key, status: 1)
            XCTAssertEqual(message.split(separator: "\n").count, 1, message)
            XCTAssertTrue(message.hasPrefix("visitplanner: "), message)
            XCTAssertTrue(message.contains("“\(key)”"), message)
        }
        XCTAssertTrue(try failing("--visit", "No such visit", status: 1).hasPrefix("visitplanner: "))
    }

    func testAmbiguousNameListsTheIds() throws {
        let store = try store()
        let twin = try store.insert([Participant(visitId: 1, givenName: "Léa", familyName: "Bonnet", role: .adult)])[0]
        let message = try failing("--visit", sample, "--person", "Léa Bonnet", status: 1)
        XCTAssertEqual(message, "visitplanner: More than one participant is called “Léa Bonnet” (ids 1, \(twin.id!)): give an id.\n")
        XCTAssertEqual(try itinerary("--person", String(twin.id!), "--json").json()["view"] as? String, "person")
    }

    func testUsageErrors() throws {
        let both = try failing("--visit", sample, "--person", "Léa Bonnet", "--household", "Hana a Václav Novák", status: 2)
        XCTAssertTrue(both.contains("--person or --household"), both)
        for language in ["french", "f1", ""] {
            let message = try failing("--visit", sample, "--language", language, status: 2)
            XCTAssertTrue(message.contains("--language"), message)
        }
        XCTAssertEqual(try failing(status: 2).isEmpty, false, "--visit is required")
    }
}
