import XCTest
@testable import PlannerCore

/// The demo visit must match the fixtures it is modelled on (Tests/Fixtures/sample-visit).
/// Expected figures below were counted by hand from the CSV files.
final class SampleVisitTests: XCTestCase {
    var store: PlannerStore!
    var visitId: Int64 = 0
    var snapshot: VisitSnapshot!

    override func setUpWithError() throws {
        store = try PlannerStore()
        visitId = try SampleVisit.install(in: store)
        snapshot = try XCTUnwrap(try store.snapshot(ofVisit: visitId))
    }

    private func person(_ fullName: String, born year: Int? = nil) throws -> Participant {
        let matches = snapshot.participants.filter { $0.fullName == fullName && (year == nil || $0.birthDate?.year == year) }
        XCTAssertEqual(matches.count, 1, fullName)
        return try XCTUnwrap(matches.first)
    }

    private func household(_ name: String) throws -> HostingOffer {
        try XCTUnwrap(snapshot.offers.first { $0.household.name == name }, name)
    }

    private func day(_ text: String) throws -> CalendarDate { try XCTUnwrap(CalendarDate(iso: text)) }

    func testInstallIsIdempotent() throws {
        XCTAssertEqual(try SampleVisit.install(in: store), visitId)
        XCTAssertEqual(try store.visits().count, 1)
        XCTAssertEqual(try store.households().count, 30)
        XCTAssertEqual(try store.participants(ofVisit: visitId).count, 47)
    }

    func testReinstallAfterDeletionReusesTownsAndHouseholds() throws {
        _ = try store.deleteVisit(id: visitId)
        let again = try SampleVisit.install(in: store)
        XCTAssertEqual(try store.households().count, 30)
        XCTAssertEqual(try store.hostingOffers(forVisit: again).filter { $0.availability != nil }.count, 30)
        XCTAssertEqual(try store.findVisit(SampleVisit.title).partnerTowns.count, 3)
    }

    func testVisitAndTowns() throws {
        let details = snapshot.details
        XCTAssertEqual(details.visit.title, "Ascension meeting 2027")
        XCTAssertEqual(details.visit.kind, .citizensMeeting)
        XCTAssertEqual(details.visit.startDate, try day("2027-05-13"))
        XCTAssertEqual(details.visit.endDate, try day("2027-05-17"))
        XCTAssertEqual(details.visit.languages, ["cs", "fr", "de", "pl"])
        XCTAssertEqual(details.visit.currency, "CZK")
        XCTAssertEqual(details.visit.status, .planning)
        XCTAssertEqual(details.hostTown.label, "Horní Lhota (CZ)")
        XCTAssertEqual(details.hostTown.timeZone, "Europe/Prague")
        XCTAssertEqual(details.hostTown.languages, ["cs"])
        XCTAssertEqual(details.partnerTowns.map(\.label),
                       ["Saint-Aubin-sur-Loire (FR)", "Birkenfeld am See (DE)", "Zielona Dolina (PL)"])
        XCTAssertEqual(details.partnerTowns.map(\.languages), [["fr"], ["de"], ["pl"]])
        for town in details.towns {
            XCTAssertNotNil(town.latitude, town.name)
            XCTAssertNotNil(town.longitude, town.name)
        }
        // Every stored record passes the same validation as the forms.
        let ids = Set(snapshot.participants.compactMap(\.id))
        for p in snapshot.participants {
            XCTAssertEqual(p.validate(today: try day("2027-05-01"), others: ids), [], p.fullName)
        }
        for offer in snapshot.offers { XCTAssertEqual(offer.household.validate(availability: offer.availability), []) }
    }

    func testCountsPerTown() throws {
        let overview = VisitOverview(snapshot)
        XCTAssertEqual(overview.perTown.map(\.guests), [16, 14, 11])
        XCTAssertEqual(overview.perTown.map(\.minors), [12, 0, 8])
        XCTAssertEqual(overview.guests, 41)
        XCTAssertEqual(overview.participants, 47)
        let host = try XCTUnwrap(snapshot.details.hostTown.id)
        XCTAssertEqual(snapshot.participants.filter { $0.townId == host }.map(\.role).sorted { $0.rawValue < $1.rawValue },
                       [.driver, .interpreter, .interpreter, .interpreter, .organizer, .organizer])
        XCTAssertEqual(try person("Jana Horáková").role, .organizer)
        let roles = Dictionary(grouping: snapshot.participants, by: \.role).mapValues(\.count)
        XCTAssertEqual(roles[.youth], 20)
        XCTAssertEqual(roles[.leader], 4)
        XCTAssertEqual(roles[.official], 2)
        XCTAssertEqual(roles[.performer], 8)
        XCTAssertEqual(roles[.adult], 6)
        XCTAssertEqual(roles[.interpreter], 4)
    }

    func testOverviewFigures() {
        let overview = VisitOverview(snapshot)
        XCTAssertEqual(overview.minors, 20)
        XCTAssertEqual(overview.householdsOffered, 30)
        XCTAssertEqual(overview.bedsOffered, 63, "sum of Počet lůžek")
        XCTAssertEqual(overview.bedsNeeded, 41)
        // Checks valid through 17. 5. 2027: Procházka, Pokorný, Hájek, Král, Doležal, Vaněk.
        XCTAssertEqual(overview.householdsWithoutValidCheck, 24)
        // Guests with a diet, an allergy or a pet allergy: 10 French, 12 German, 4 Polish.
        XCTAssertEqual(overview.withDietOrAllergy, 26)
    }

    func testLeaBonnet() throws {
        let lea = try person("Léa Bonnet")
        XCTAssertEqual(lea.birthDate, try day("2011-09-04"))
        XCTAssertEqual(lea.gender, .female)
        XCTAssertEqual(lea.role, .youth)
        XCTAssertEqual(lea.languages, [LanguageSkill(code: "fr", level: .native), LanguageSkill(code: "en", level: .b1)])
        XCTAssertEqual(lea.email, "lea.bonnet@example.fr")
        XCTAssertEqual(lea.phone, "+33 6 99 23 35 43")
        XCTAssertTrue(lea.parentalConsent)
        XCTAssertEqual(lea.townId, snapshot.details.partnerTowns.first?.id)
        XCTAssertEqual(lea.arrival, Travel(date: try day("2027-05-13"), time: TimeOfDay(hour: 17, minute: 0), means: .bus, place: "Náměstí Míru"))
        XCTAssertEqual(lea.departure, Travel(date: try day("2027-05-17"), time: TimeOfDay(hour: 8, minute: 30), means: .bus, place: "Náměstí Míru"))
    }

    func testFrenchDetails() throws {
        let zoe = try person("Zoé Guérin")
        XCTAssertEqual(zoe.petAllergy, PetAllergy(kinds: [.cat]))
        XCTAssertEqual(zoe.diets, [.noPork])
        XCTAssertEqual(zoe.dietNote, "")
        XCTAssertEqual(try person("Hugo Roux").diets, [.glutenFree])
        XCTAssertEqual(try person("Louise Girard").allergies, "lactose")
        let ines = try person("Inès Bernard")
        XCTAssertEqual(ines.diets, [.diabetic])
        XCTAssertEqual(ines.dietNote, "")
        XCTAssertEqual(ines.role, .adult)
        XCTAssertFalse(ines.smoker)
        XCTAssertTrue(ines.notes.contains("famille Dvořák"))
        let lucas = try person("Lucas Bernard")
        XCTAssertTrue(lucas.smoker)
        XCTAssertEqual(lucas.notes, "Couple — même famille")
        XCTAssertEqual(lucas.languages, [LanguageSkill(code: "fr", level: .native), LanguageSkill(code: "de", level: .b1)])
        let louise = try person("Louise Fournier")
        XCTAssertEqual(louise.role, .leader)
        XCTAssertEqual(louise.languages.map(\.description), ["fr native", "en C1", "cs A2"])
        XCTAssertFalse(snapshot.participants.contains { $0.familyName == $0.familyName.uppercased() }, "no names in capitals")
    }

    func testGermanDetails() throws {
        let bauer = try person("Tobias Bauer")
        XCTAssertTrue(bauer.needsGroundFloor)
        XCTAssertTrue(bauer.notes.contains("braucht Erdgeschoss"))
        XCTAssertEqual(bauer.role, .performer)
        XCTAssertEqual(try person("Jonas Wagner").petAllergy, PetAllergy(kinds: []), "ja: every animal")
        XCTAssertNil(try person("Marie Weber").petAllergy)
        let kathe = try person("Käthe Becker")
        XCTAssertEqual(kathe.role, .official)
        XCTAssertEqual(kathe.diets, [.vegan])
        XCTAssertEqual(kathe.birthDate, try day("1961-05-03"))
        XCTAssertEqual(kathe.languages.map(\.description), ["de native", "fr A2"])
        XCTAssertEqual(try person("Lukas Groß").allergies, "Nüsse")
        XCTAssertEqual(try person("Günter Weber", born: 1981).allergies, "Penicillin")
        XCTAssertEqual(try person("Günter Weber", born: 1981).role, .official)
        XCTAssertEqual(try person("Günter Müller").role, .adult)
    }

    func testPolishGroup() throws {
        let town = try XCTUnwrap(snapshot.details.partnerTowns.last?.id)
        let group = snapshot.participants.filter { $0.townId == town }
        XCTAssertEqual(group.filter { $0.role == .youth }.count, 8)
        XCTAssertEqual(group.filter { $0.role == .leader }.count, 2)
        for p in group {
            XCTAssertTrue(p.email.hasSuffix("@example.pl"), p.fullName)
            XCTAssertTrue(p.phone.hasPrefix("+48 "), p.fullName)
            XCTAssertEqual(p.languages.first, LanguageSkill(code: "pl", level: .native))
            XCTAssertTrue(p.languages.contains { $0.code == "en" && ($0.level == .a2 || $0.level == .b1) })
            if p.role == .youth {
                let age = try XCTUnwrap(p.age(at: snapshot.visit))
                XCTAssertTrue((13...17).contains(age), "\(p.fullName) is \(age)")
                XCTAssertTrue(p.parentalConsent)
            }
        }
        XCTAssertEqual(try person("Zofia Wójcik").role, .youth)
        XCTAssertTrue(group.contains { $0.givenName == "Łukasz" })
    }

    func testStayTogetherLinksGoBothWays() throws {
        let pairs = [(try person("Inès Bernard"), try person("Lucas Bernard")),
                     (try person("Jade Dubois"), try person("Éthan Bernard")),
                     (try person("Günter Weber", born: 1988), try person("Marie Weber"))]
        for (a, b) in pairs {
            XCTAssertEqual(a.stayTogetherWith, [try XCTUnwrap(b.id)], a.fullName)
            XCTAssertEqual(b.stayTogetherWith, [try XCTUnwrap(a.id)], b.fullName)
        }
        XCTAssertEqual(try person("Günter Weber", born: 1981).stayTogetherWith, [])
        XCTAssertEqual(snapshot.participants.filter { !$0.stayTogetherWith.isEmpty }.count, 6)
    }

    func testHouseholds() throws {
        XCTAssertEqual(snapshot.offers.count, 30)
        let dvorak = try household("Alena a Lukáš Dvořák")
        XCTAssertEqual(dvorak.household.hostingHistory,
                       [HostingRecord(year: 2019, note: "famille française"), HostingRecord(year: 2023, note: "famille française")])
        XCTAssertEqual(dvorak.household.pets, [.bird])
        XCTAssertEqual(dvorak.household.children.map(\.age), [12, 6])
        XCTAssertEqual(dvorak.household.canCook, [.glutenFree])
        XCTAssertEqual(dvorak.household.notes, "Rádi opět přivítáme paní z Saint-Aubin")
        XCTAssertTrue(dvorak.household.stepFree)

        let novak = try household("Hana a Václav Novák").household
        XCTAssertEqual(novak.contactPerson, "Hana Nováková")
        XCTAssertEqual(novak.address, "Palackého 310, 592 31 Horní Lhota")
        XCTAssertEqual(novak.phone, "+420 775 924 589")
        XCTAssertEqual(novak.email, "novakova32@example.cz")
        XCTAssertEqual(novak.beds, 3)
        XCTAssertTrue(novak.smoking)
        XCTAssertEqual(novak.languages.map(\.description), ["cs native", "de B1", "en B1"])
        XCTAssertEqual(novak.children.map(\.age), [14, 14, 8])
        XCTAssertEqual(novak.adults, [HostAdult(name: "Hana Novák", checkValidUntil: try day("2026-12-26")),
                                      HostAdult(name: "Václav Novák", checkValidUntil: try day("2026-12-26"))])
        XCTAssertEqual(novak.canCook, [.vegetarian])

        let horak = try household("Kateřina Horáková").household
        XCTAssertEqual(horak.adults, [HostAdult(name: "Kateřina Horáková", checkValidUntil: nil)])
        XCTAssertEqual(try household("Božena a Radek Svoboda").availability,
                       Availability(from: try day("2027-05-12"), to: try day("2027-05-17")))
    }

    func testProblems() throws {
        let problems = ProblemFinder.problems(in: snapshot)
        XCTAssertFalse(problems.contains { $0.message.contains("parental consent") }, "\(problems.map(\.message))")
        XCTAssertEqual(problems.filter { $0.severity == .error }, [])
        // Marek is available until 16. 5. only: one night short.
        let marek = try XCTUnwrap(try household("Eva a Radek Marek").household.id)
        XCTAssertEqual(problems.filter { $0.subject == .household(marek) }.count, 1)
        XCTAssertEqual(problems.filter { if case .household = $0.subject { true } else { false } }.count, 1)
    }
}

/// The sample is written in one transaction: a failure half-way leaves nothing behind.
final class SampleVisitAtomicityTests: XCTestCase {
    func testFailureHalfWayStoresNothing() throws {
        let folder = NSTemporaryDirectory() + "planner-sample-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/planner.sqlite3"
        // A current file with a trigger that fails the 20th household's availability.
        let last = try XCTUnwrap(Schema.migrator.migrations.last)
        try LegacyDatabase.make(at: path, upTo: last, sql: """
            CREATE TRIGGER failLate BEFORE INSERT ON householdAvailability
            WHEN (SELECT COUNT(*) FROM householdAvailability) >= 19
            BEGIN SELECT RAISE(ABORT, 'disk on fire'); END;
            """)
        let store = try PlannerStore(path: path)
        XCTAssertThrowsError(try SampleVisit.install(in: store)) { error in
            XCTAssertEqual(error as? PlannerError, .storage("disk on fire"))
        }
        XCTAssertEqual(try store.visits().count, 0)
        XCTAssertEqual(try store.households().count, 0)
        XCTAssertEqual(try LegacyDatabase.strings(at: path, sql: "SELECT COUNT(*) FROM participant"), ["0"])
        XCTAssertEqual(try LegacyDatabase.strings(at: path, sql: "SELECT COUNT(*) FROM town"), ["0"])
    }
}
