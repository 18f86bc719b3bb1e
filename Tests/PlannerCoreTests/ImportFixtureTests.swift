import XCTest
@testable import PlannerCore

/// The three sample files import with every value right.
final class ImportFixtureTests: XCTestCase {
    func testSaintAubinGoogleFormsExport() throws {
        let (store, visit) = try ImportFixtures.store()
        let table = try SpreadsheetReader.read(try ImportFixtures.data(ImportFixtures.saintAubin))
        XCTAssertEqual(table.encoding, .utf8)
        XCTAssertFalse(table.encodingIsGuess)
        XCTAssertEqual(table.delimiter, .comma)
        XCTAssertEqual(table.rows.count, 16)
        let mapping = ColumnGuesser.guess(header: table.header, kind: .participants)
        XCTAssertEqual(mapping.fields, [.ignore, .familyName, .givenName, .birthDate, .gender, .email, .phone, .languages, .diet,
                                        .allergies, .petAllergy, .smoker, .stayTogetherWith, .role, .notes, .parentalConsent])
        XCTAssertEqual(ColumnGuesser.language(ofHeader: table.header), "fr")

        let (preview, receipt) = try ImportFixtures.importFile(ImportFixtures.saintAubin, kind: .participants, store: store, visit: visit)
        XCTAssertEqual(preview.dateOrder, .dayFirst)
        XCTAssertEqual(preview.townId, visit.partnerTowns[0].id)
        XCTAssertEqual(preview.errorCount, 0, preview.rows.flatMap(\.problems).map(\.description).joined(separator: "\n"))
        XCTAssertEqual(receipt.insertedParticipantIds.count, 16)
        let people = try store.participants(ofVisit: visit.id)
        XCTAssertEqual(people.count, 16)
        XCTAssertTrue(people.allSatisfy { $0.townId == visit.partnerTowns[0].id })

        let lea = try people.named("Léa", "Bonnet")
        XCTAssertEqual(lea.birthDate, day(2011, 9, 4))
        XCTAssertEqual(lea.gender, .female)
        XCTAssertEqual(lea.email, "lea.bonnet@example.fr")
        XCTAssertEqual(lea.phone, "+33 6 99 23 35 43")
        XCTAssertEqual(lea.languages, [LanguageSkill(code: "fr", level: .native), LanguageSkill(code: "en", level: .b1)])
        XCTAssertEqual(lea.role, .youth)
        XCTAssertTrue(lea.parentalConsent)
        XCTAssertNil(lea.petAllergy)
        XCTAssertFalse(lea.smoker)

        let mael = try people.named("Maël", "Guérin")
        XCTAssertEqual(mael.birthDate, day(2011, 10, 7))
        XCTAssertEqual(mael.gender, .male)
        XCTAssertEqual(mael.allergies, "pollen")
        XCTAssertEqual(mael.languages.map(\.description), ["fr native", "en B1", "de A2"])

        let hugo = try people.named("Hugo", "Mercier")
        XCTAssertEqual(hugo.diets, [.vegetarian])
        XCTAssertEqual(try people.named("Hugo", "Roux").diets, [.glutenFree])
        let leo = try people.named("Léo", "Dubois")
        XCTAssertEqual(leo.diets, [.noPork], "“sans porc” is a diet VisitPlanner knows")
        XCTAssertEqual(leo.dietNote, "")
        XCTAssertEqual(leo.allergies, "pollen")
        XCTAssertEqual(try people.named("Louise", "Girard").allergies, "lactose")

        let zoe = try people.named("Zoé", "Guérin")
        XCTAssertEqual(zoe.petAllergy, PetAllergy(kinds: [.cat]))
        XCTAssertEqual(zoe.birthDate, day(2013, 2, 4))

        let jade = try people.named("Jade", "Dubois")
        let ethan = try people.named("Éthan", "Bernard")
        XCTAssertEqual(jade.stayTogetherWith, [ethan.id!])
        XCTAssertEqual(ethan.stayTogetherWith, [jade.id!])
        XCTAssertEqual(ethan.birthDate, day(2012, 1, 14))

        let louise = try people.named("Louise", "Fournier")
        XCTAssertEqual(louise.role, .leader)
        XCTAssertEqual(louise.languages.map(\.description), ["fr native", "en C1", "cs A2"])
        XCTAssertFalse(louise.parentalConsent)
        XCTAssertEqual(louise.notes, "Accompagnateur / accompagnatrice du groupe")

        let ines = try people.named("Inès", "Bernard")
        XCTAssertEqual(ines.role, .adult)
        XCTAssertEqual(ines.diets, [.diabetic])
        XCTAssertEqual(ines.dietNote, "")
        XCTAssertEqual(ines.birthDate, day(1961, 8, 4))
        XCTAssertEqual(ines.notes, "Comité de jumelage, 3e visite à Horní Lhota — souhaite retrouver la famille Dvořák")
        let lucas = try people.named("Lucas", "Bernard")
        XCTAssertTrue(lucas.smoker)
        XCTAssertEqual(lucas.stayTogetherWith, [ines.id!])
        XCTAssertEqual(lucas.languages.map(\.description), ["fr native", "de B1"])
    }

    func testBirkenfeldExcelExport() throws {
        let (store, visit) = try ImportFixtures.store()
        let table = try SpreadsheetReader.read(try ImportFixtures.data(ImportFixtures.birkenfeld))
        XCTAssertEqual(table.encoding, .utf8)
        XCTAssertTrue(table.hadByteOrderMark)
        XCTAssertEqual(table.delimiter, .semicolon)
        XCTAssertEqual(table.header.first, "Nachname")
        XCTAssertEqual(table.rows.count, 14)
        XCTAssertEqual(ColumnGuesser.guess(header: table.header, kind: .participants).fields,
                       [.familyName, .givenName, .birthDate, .gender, .email, .phone, .languages, .diet, .allergies,
                        .petAllergy, .smoker, .stayTogetherWith, .role, .notes])

        let (preview, _) = try ImportFixtures.importFile(ImportFixtures.birkenfeld, kind: .participants, store: store, visit: visit)
        XCTAssertEqual(preview.townId, visit.partnerTowns[1].id)
        let people = try store.participants(ofVisit: visit.id)
        XCTAssertEqual(people.count, 14)
        let kathe = try people.named("Käthe", "Becker")
        XCTAssertEqual(kathe.birthDate, day(1961, 5, 3))
        XCTAssertEqual(kathe.gender, .female)
        XCTAssertEqual(kathe.role, .official)
        XCTAssertEqual(kathe.diets, [.vegan])
        XCTAssertEqual(kathe.languages.map(\.description), ["de native", "fr A2"])
        XCTAssertEqual(kathe.notes, "Bürgermeister(in) — offizielle Delegation, Dolmetscher nötig")
        let lukas = try people.named("Lukas", "Groß")
        XCTAssertEqual(lukas.role, .performer)
        XCTAssertEqual(lukas.diets, [.vegetarian])
        XCTAssertEqual(lukas.allergies, "Nüsse")
        XCTAssertEqual(try people.named("Tobias", "Öztürk").allergies, "Penicillin")
        XCTAssertEqual(try people.named("Tobias", "Bauer").notes,
                       "Blaskapelle Birkenfeld — Instrument: Posaune; braucht Erdgeschoss (Knieoperation)")
        let jonas = try people.named("Jonas", "Wagner")
        XCTAssertEqual(jonas.petAllergy, PetAllergy(kinds: []))
        XCTAssertEqual(jonas.role, .adult)
        // Two Günter Webers (different birth dates); the younger stays with Marie Weber.
        let gunters = people.filter { $0.givenName == "Günter" && $0.familyName == "Weber" }
        XCTAssertEqual(gunters.compactMap(\.birthDate).sorted(), [day(1981, 3, 27), day(1988, 10, 21)])
        let marie = try people.named("Marie", "Weber")
        XCTAssertEqual(gunters.first { $0.birthDate == day(1988, 10, 21) }?.stayTogetherWith, [marie.id!])
        XCTAssertEqual(gunters.first { $0.birthDate == day(1981, 3, 27) }?.role, .official)
    }

    func testHornLhotaHouseholds() throws {
        let (store, visit) = try ImportFixtures.store()
        let table = try SpreadsheetReader.read(try ImportFixtures.data(ImportFixtures.hosts))
        XCTAssertEqual(table.delimiter, .semicolon)
        XCTAssertEqual(table.rows.count, 30)
        XCTAssertEqual(ColumnGuesser.guess(header: table.header, kind: .households).fields,
                       [.ignore, .name, .contactPerson, .address, .phone, .email, .beds, .pets, .smoking, .languages,
                        .childrenAges, .stepFree, .canCook, .checkValidUntil, .availableFrom, .availableTo, .hostingHistory, .notes])
        XCTAssertEqual(ColumnGuesser.language(ofHeader: table.header), "cs")

        let (preview, receipt) = try ImportFixtures.importFile(ImportFixtures.hosts, kind: .households, store: store, visit: visit)
        XCTAssertEqual(preview.errorCount, 0, preview.rows.flatMap(\.problems).map(\.description).joined(separator: "\n"))
        XCTAssertEqual(receipt.insertedHouseholdIds.count, 30)
        let offers = try store.hostingOffers(forVisit: visit.id)
        XCTAssertEqual(offers.count, 30)
        func offer(_ name: String) throws -> HostingOffer { try XCTUnwrap(offers.first { $0.household.name == name }, name) }

        let novak = try offer("Hana a Václav Novák")
        XCTAssertEqual(novak.household.contactPerson, "Hana Nováková")
        XCTAssertEqual(novak.household.address, "Palackého 310, 592 31 Horní Lhota")
        XCTAssertEqual(novak.household.beds, 3)
        XCTAssertTrue(novak.household.smoking)
        XCTAssertEqual(novak.household.pets, [])
        XCTAssertEqual(novak.household.languages.map(\.description), ["cs native", "de B1", "en B1"])
        XCTAssertEqual(novak.household.children.map(\.age), [14, 14, 8])
        XCTAssertTrue(novak.household.stepFree)
        XCTAssertEqual(novak.household.canCook, [.vegetarian])
        XCTAssertEqual(novak.household.adults, [HostAdult(name: "Hana Novák", checkValidUntil: day(2026, 12, 26)),
                                                HostAdult(name: "Václav Novák", checkValidUntil: day(2026, 12, 26))])
        XCTAssertEqual(novak.availability, Availability(from: day(2027, 5, 13), to: day(2027, 5, 17)))

        let novotny = try offer("Lucie a Jiří Novotný")
        XCTAssertEqual(novotny.household.pets, [.dog, .cat])
        XCTAssertEqual(novotny.household.canCook, [.glutenFree])
        XCTAssertNil(novotny.household.checkValidUntil)

        let dvorak = try offer("Alena a Lukáš Dvořák")
        XCTAssertEqual(dvorak.household.pets, [.bird])
        XCTAssertEqual(dvorak.household.hostingHistory.map(\.year), [2019, 2023])
        XCTAssertEqual(dvorak.household.hostingHistory.first?.note, "famille française")
        XCTAssertEqual(dvorak.household.notes, "Rádi opět přivítáme paní z Saint-Aubin")

        let svoboda = try offer("Božena a Radek Svoboda")
        XCTAssertEqual(svoboda.availability, Availability(from: day(2027, 5, 12), to: day(2027, 5, 17)))
        XCTAssertEqual(svoboda.household.children.map(\.age), [18, 6, 3])
        let marek = try offer("Eva a Radek Marek")
        XCTAssertEqual(marek.availability?.to, day(2027, 5, 16), "one day less than the visit")
        XCTAssertEqual(try offer("Kateřina a Tomáš Němec").household.checkValidUntil, day(2027, 2, 3))
        XCTAssertEqual(try offer("Jana a Lukáš Pokorný").household.checkValidUntil, day(2028, 7, 14))
        XCTAssertEqual(try offer("Jana a Lukáš Pokorný").household.languages.map(\.description), ["cs native", "pl B1"])
        XCTAssertEqual(try offer("Jana a Tomáš Veselý").household.children, [])
        XCTAssertEqual(try offer("Jana a Tomáš Král").household.canCook, [])
        XCTAssertEqual(try offer("Kateřina a Tomáš Němec").household.canCook, [.vegetarian, .vegan])
        XCTAssertEqual(try offer("Kateřina Horáková").household.adults.map(\.name), ["Kateřina Horáková"])
    }
}
