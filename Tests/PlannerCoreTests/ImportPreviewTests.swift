import Foundation
import XCTest
@testable import PlannerCore

/// Rows with problems, duplicates, all-or-nothing, undo, remembered mappings.
final class ImportPreviewTests: XCTestCase {
    private let header = "Nom;Prénom;Date de naissance;Allergies;Remarques\n"

    private func preview(_ csv: String, _ store: PlannerStore, _ visit: VisitDetails) throws -> ImportPreview {
        try ImportFixtures.preview(Data(csv.utf8), kind: .participants, store: store, visit: visit)
    }

    func testImpossibleDateIsAnErrorAndNothingIsWritten() throws {
        let (store, visit) = try ImportFixtures.store()
        var preview = try preview(header + "BONNET;Léa;04.09.2011;;\nDUBOIS;Jade;31.02.2011;;\n", store, visit)
        XCTAssertEqual(preview.rows.map(\.outcome), [.new, .error])
        let problem = try XCTUnwrap(preview.rows[1].errors.first)
        XCTAssertEqual(problem.row, 3)
        XCTAssertEqual(problem.column, "Date de naissance")
        XCTAssertEqual(problem.value, "31.02.2011")
        XCTAssertTrue(problem.message.contains("not a real day"), problem.message)
        XCTAssertThrowsError(try store.runImport(preview)) { XCTAssertEqual($0 as? ImportError, .rowsHaveErrors(count: 1)) }
        XCTAssertEqual(try store.participants(ofVisit: visit.id).count, 0)
        // Skipping the row lets the rest in.
        preview.skip(row: 3)
        let receipt = try store.runImport(preview)
        XCTAssertEqual(receipt.insertedCount, 1)
        XCTAssertEqual(receipt.skippedRows, 1)
    }

    func testFormulasRightToLeftAndEmoji() throws {
        let (store, visit) = try ImportFixtures.store()
        var preview = try preview(header + "=HYPERLINK(\"http://x\");Léa;04.09.2011;@SUM(A1);+1 is fine\n"
                                  + "حداد;ليلى;01.02.2010;;\nכהן;נועה;02.03.2010;;\nBonnet;Zoé 🌻;03.04.2010;🥜 peanuts;😀\n", store, visit)
        let formula = preview.rows[0].warnings
        XCTAssertEqual(formula.map(\.column), ["Nom", "Allergies", "Remarques"])
        XCTAssertTrue(formula.allSatisfy { $0.message.contains("formula") })
        XCTAssertEqual(preview.unacceptedWarningCount, 1)
        XCTAssertThrowsError(try store.runImport(preview)) { XCTAssertEqual($0 as? ImportError, .unacceptedWarnings(count: 1)) }
        preview.acceptWarnings(ofRow: 2)
        try store.runImport(preview)
        let people = try store.participants(ofVisit: visit.id)
        XCTAssertEqual(people.count, 4)
        let formulaRow = try XCTUnwrap(people.first { $0.givenName == "Léa" })
        XCTAssertEqual(formulaRow.familyName, "=HYPERLINK(\"http://x\")", "kept as text, never evaluated")
        XCTAssertEqual(formulaRow.allergies, "@SUM(A1)")
        XCTAssertNotNil(people.first { $0.givenName == "ليلى" && $0.familyName == "حداد" })
        XCTAssertNotNil(people.first { $0.givenName == "נועה" && $0.familyName == "כהן" })
        let zoe = try XCTUnwrap(people.first { $0.givenName == "Zoé 🌻" })
        XCTAssertEqual(zoe.allergies, "🥜 peanuts")
        XCTAssertEqual(zoe.notes, "😀")
    }

    func testMissingNameAndBadEmailAreErrors() throws {
        let (store, visit) = try ImportFixtures.store()
        let preview = try ImportFixtures.preview(Data("Nom,Prénom,E-mail\n,Léa,lea@example.fr\nBonnet,Hugo,not-an-address\n".utf8),
                                                 kind: .participants, store: store, visit: visit)
        XCTAssertEqual(preview.rows[0].errors.first?.column, "Nom")
        XCTAssertEqual(preview.rows[1].errors.first?.column, "E-mail")
        XCTAssertEqual(preview.errorCount, 2)
    }

    func testAmbiguousSlashDatesInANonFrenchFileAsk() throws {
        let (store, visit) = try ImportFixtures.store()
        let csv = "Last name,First name,Date of birth\nSmith,Anna,03/04/2011\nJones,Ben,05/06/2010\n"
        let preview = try ImportFixtures.preview(Data(csv.utf8), kind: .participants, store: store, visit: visit)
        XCTAssertEqual(preview.dateOrder, .dayFirstAsking)
        XCTAssertEqual(preview.rows[0].participant?.birthDate, day(2011, 4, 3))
        XCTAssertEqual(preview.rows[0].warnings.first?.column, "Date of birth")
        // One unambiguous value decides the column.
        let decided = try ImportFixtures.preview(Data((csv + "Brown,Cleo,25/12/2009\n").utf8), kind: .participants, store: store, visit: visit)
        XCTAssertEqual(decided.dateOrder, .dayFirst)
        XCTAssertTrue(decided.rows.allSatisfy { $0.warnings.isEmpty })
        let american = try ImportFixtures.preview(Data((csv + "Brown,Cleo,12/25/2009\n").utf8), kind: .participants, store: store, visit: visit)
        XCTAssertEqual(american.rows[0].participant?.birthDate, day(2011, 3, 4))
    }

    func testDuplicatesUpdateSkipOrAdd() throws {
        let (store, visit) = try ImportFixtures.store()
        try ImportFixtures.importFile(ImportFixtures.saintAubin, kind: .participants, store: store, visit: visit)
        let before = try store.participants(ofVisit: visit.id)
        var lea = try before.named("Léa", "Bonnet")
        lea.needsGroundFloor = true
        lea.allergies = "typed in by hand"
        try store.save(lea, today: ImportFixtures.today)

        let csv = "Nom,Prénom,Date de naissance,Allergies\nBONNET,Léa,04/09/2011,pollen\nBONNET,Hugo,08/10/2010,\nBLANC,Lucas,05/01/1992,\nNOUVEAU,Paul,01/01/2010,\n"
        var preview = try ImportFixtures.preview(Data(csv.utf8), kind: .participants, store: store, visit: visit)
        XCTAssertEqual(preview.rows.map(\.outcome), [.duplicate, .duplicate, .duplicate, .new])
        XCTAssertEqual(preview.rows[0].existingId, lea.id)
        preview.choose(.skip, forRow: 3)
        preview.choose(.add, forRow: 4)
        let receipt = try store.runImport(preview, today: ImportFixtures.today)
        XCTAssertEqual(receipt.insertedCount, 2)
        XCTAssertEqual(receipt.updatedCount, 1)
        let after = try store.participants(ofVisit: visit.id)
        XCTAssertEqual(after.count, before.count + 2)
        let updated = try after.named("Léa", "Bonnet")
        XCTAssertEqual(updated.allergies, "pollen")
        XCTAssertTrue(updated.needsGroundFloor, "fields the file does not have are kept")
        XCTAssertEqual(updated.languages, lea.languages)
        XCTAssertEqual(after.filter { $0.fullName == "Lucas Blanc" }.count, 2)

        try store.undo(receipt)
        let undone = try store.participants(ofVisit: visit.id)
        XCTAssertEqual(undone.count, before.count)
        XCTAssertEqual(try undone.named("Léa", "Bonnet"), lea)
        XCTAssertNil(undone.first { $0.givenName == "Paul" })
    }

    func testUndoRemovesAWholeImport() throws {
        let (store, visit) = try ImportFixtures.store()
        let (_, receipt) = try ImportFixtures.importFile(ImportFixtures.birkenfeld, kind: .participants, store: store, visit: visit)
        XCTAssertEqual(try store.participants(ofVisit: visit.id).count, 14)
        XCTAssertEqual(receipt.title, "Import 14 participants")
        try store.undo(receipt)
        XCTAssertEqual(try store.participants(ofVisit: visit.id).count, 0)
    }

    func testHouseholdReimportMatchesInsteadOfDuplicating() throws {
        let (store, visit) = try ImportFixtures.store()
        try ImportFixtures.importFile(ImportFixtures.hosts, kind: .households, store: store, visit: visit)
        var novak = try XCTUnwrap(try store.households().first { $0.name == "Hana a Václav Novák" })
        novak.notes = "Prefers girls"
        try store.save(novak)
        // Next year's visit: the same households offer beds again.
        let next = try store.createVisit(VisitDraft(title: "2028", hostTown: .init(name: "Horní Lhota", countryCode: "CZ"),
                                                     partnerTowns: [.init(name: "Zielona Dolina", countryCode: "PL")],
                                                     startDate: day(2028, 5, 25), endDate: day(2028, 5, 29), languages: ["cs"], currency: "CZK"))
        let csv = "Domácnost;Adresa;Počet lůžek;K dispozici od;K dispozici do\nHana a Václav Novák;Palackého 310, 592 31 Horní Lhota;4;25. 5. 2028;28. 5. 2028\nNová rodina;Polní 1;2;;\n"
        let table = try SpreadsheetReader.read(Data(csv.utf8))
        var preview = try store.previewImport(table, mapping: try store.suggestedMapping(for: table, kind: .households),
                                              options: ImportOptions(visitId: next))
        XCTAssertEqual(preview.rows.map(\.outcome), [.update, .new])
        preview.acceptAllWarnings()
        let receipt = try store.runImport(preview)
        XCTAssertEqual(try store.households().count, 31)
        let offers = try store.hostingOffers(forVisit: next)
        let updated = try XCTUnwrap(offers.first { $0.household.name == "Hana a Václav Novák" })
        XCTAssertEqual(updated.household.beds, 4)
        XCTAssertEqual(updated.household.notes, "Prefers girls")
        XCTAssertEqual(updated.household.children.map(\.age), [14, 14, 8])
        XCTAssertEqual(updated.availability, Availability(from: day(2028, 5, 25), to: day(2028, 5, 28)))
        XCTAssertEqual(offers.first { $0.household.name == "Nová rodina" }?.availability,
                       Availability(from: day(2028, 5, 25), to: day(2028, 5, 29)), "no dates: the whole visit")
        // The first visit's availability is untouched.
        XCTAssertEqual(try store.hostingOffers(forVisit: visit.id).first { $0.household.name == "Hana a Václav Novák" }?.availability?.from,
                       day(2027, 5, 13))
        try store.undo(receipt)
        XCTAssertEqual(try store.households().count, 30)
        XCTAssertEqual(try store.households().first { $0.name == "Hana a Václav Novák" }?.beds, 3)
        XCTAssertNil(try store.hostingOffers(forVisit: next).first { $0.household.name == "Hana a Václav Novák" }?.availability)
    }

    func testMappingIsRemembered() throws {
        let (store, visit) = try ImportFixtures.store()
        let csv = "Kdo,Narozen(a),Poznámka pro nás\nLéa Bonnet,04.09.2011,x\n"
        let table = try SpreadsheetReader.read(Data(csv.utf8))
        var mapping = try store.suggestedMapping(for: table, kind: .participants)
        XCTAssertEqual(mapping.fields, [.ignore, .birthDate, .notes])
        mapping.set(.fullName, forColumn: 0)
        var preview = try store.previewImport(table, mapping: mapping, options: ImportOptions(visitId: visit.id, townId: visit.partnerTowns[0].id))
        preview.acceptAllWarnings()
        try store.runImport(preview)
        // Same columns (another file): the user's mapping comes back; other columns: a guess.
        let again = try SpreadsheetReader.read(Data("kdo,narozen(a), Poznámka pro nás\nHugo Roux,29.10.2010,\n".utf8))
        XCTAssertEqual(try store.suggestedMapping(for: again, kind: .participants).fields, [.fullName, .birthDate, .notes])
        XCTAssertNil(try store.rememberedMapping(forHeader: again.header, kind: .households))
        XCTAssertNotEqual(ImportMapping.headerKey(["a", "b"], kind: .participants), ImportMapping.headerKey(["a", "c"], kind: .participants))
    }

    func testMappingFile() throws {
        let base = ColumnGuesser.guess(header: ["Kdo", "Nom", "X"], kind: .participants)
        let object = try ImportMapping.fromJSON(Array(#"{"Kdo": "fullName", "x": "notes"}"#.utf8), base: base)
        XCTAssertEqual(object.fields, [.fullName, .familyName, .notes])
        let array = try ImportMapping.fromJSON(Array(#"["ignore", "familyName", "givenName"]"#.utf8), base: base)
        XCTAssertEqual(array.fields, [.ignore, .familyName, .givenName])
        XCTAssertThrowsError(try ImportMapping.fromJSON(Array(#"{"Kdo": "beds"}"#.utf8), base: base))
        XCTAssertThrowsError(try ImportMapping.fromJSON(Array(#"{"Nope": "notes"}"#.utf8), base: base))
        XCTAssertThrowsError(try ImportMapping.fromJSON(Array("not json".utf8), base: base))
    }

    func testTheExchangeFileCarriesEveryParticipantFieldButTheDatabasesOwn() throws {
        let (store, visit) = try ImportFixtures.store()
        try ImportFixtures.importFile(ImportFixtures.saintAubin, kind: .participants, store: store, visit: visit)
        let data = try store.partnerExchangeFile(visitId: visit.id, townId: visit.partnerTowns[0].id!).encoded()
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let people = try XCTUnwrap(json["participants"] as? [[String: Any]])
        let keys = people.reduce(into: Set<String>()) { $0.formUnion($1.keys) }
        // Every field of the model that is not the database's own, without a second list here.
        let expected = Set(Participant.CodingKeys.allCases.filter { !Participant.localKeys.contains($0) }.map(\.rawValue))
            .union(["stayTogetherWith"])
        let optional: Set<String> = ["birthDate", "petAllergy", "arrival", "departure", "emergencyContact", "parentalConsentDate",
                                     "photoConsentDate"]
        XCTAssertEqual(keys.subtracting(optional), expected.subtracting(optional))
        XCTAssertTrue(keys.isSubset(of: expected), "keys the model does not have: \(keys.subtracting(expected))")
        for local in ["id", "visitId", "townId", "requestedHouseholdId", "source", "lastUpdateSource"] {
            XCTAssertFalse(keys.contains(local), "the exchange file carries the database's own “\(local)”")
        }
    }

    func testPartnerExchangeRoundTrip() throws {
        let (store, visit) = try ImportFixtures.store()
        try ImportFixtures.importFile(ImportFixtures.saintAubin, kind: .participants, store: store, visit: visit)
        let french = visit.partnerTowns[0].id!
        let file = try store.partnerExchangeFile(visitId: visit.id, townId: french)
        XCTAssertEqual(file.participants.count, 16)
        let data = try file.encoded()
        let jade = try XCTUnwrap(file.participants.first { $0.givenName == "Jade" })
        let ethan = try XCTUnwrap(file.participants.first { $0.givenName == "Éthan" })
        XCTAssertEqual(jade.stayTogetherWith, [ethan.uuid])

        // The other committee's copy: a fresh database with the same visit.
        let (theirs, theirVisit) = try ImportFixtures.store()
        var preview = try theirs.previewPartnerImport(try PartnerExchangeFile.decode(data), visitId: theirVisit.id, today: ImportFixtures.today)
        XCTAssertEqual(preview.rows.map(\.outcome), Array(repeating: .new, count: 16))
        preview.acceptAllWarnings()
        try theirs.runImport(preview, today: ImportFixtures.today)
        let copied = try theirs.participants(ofVisit: theirVisit.id)
        let original = try store.participants(ofVisit: visit.id)
        XCTAssertEqual(Set(copied.map(\.uuid)), Set(original.map(\.uuid)))
        let copiedJade = try copied.named("Jade", "Dubois")
        XCTAssertEqual(copiedJade.stayTogetherWith, [try copied.named("Éthan", "Bernard").id!])
        XCTAssertEqual(try copied.named("Zoé", "Guérin").petAllergy, PetAllergy(kinds: [.cat]))
        XCTAssertEqual(copiedJade.townId, theirVisit.partnerTowns[0].id)

        // They edit and send it back: updates by UUID, never duplicates.
        var edited = try PartnerExchangeFile.decode(data)
        edited.participants[0].allergies = "bees"
        edited.participants[0].familyName = "Bonnet-Roux"
        var back = try store.previewPartnerImport(edited, visitId: visit.id, today: ImportFixtures.today)
        XCTAssertEqual(back.rows.map(\.outcome), Array(repeating: .update, count: 16))
        back.acceptAllWarnings()
        let receipt = try store.runImport(back, today: ImportFixtures.today)
        XCTAssertEqual(receipt.insertedCount, 0)
        let after = try store.participants(ofVisit: visit.id)
        XCTAssertEqual(after.count, 16)
        XCTAssertEqual(after.first { $0.uuid == edited.participants[0].uuid }?.allergies, "bees")
        try store.undo(receipt)
        XCTAssertEqual(try store.participants(ofVisit: visit.id), original)

        XCTAssertThrowsError(try PartnerExchangeFile.decode(Data("{\"format\": \"other\"}".utf8)))
        var newer = edited
        newer.version = 99
        XCTAssertThrowsError(try PartnerExchangeFile.decode(try newer.encoded()))
    }
}
