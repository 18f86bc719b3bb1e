import Foundation
import XCTest
@testable import PlannerCore

/// The import never guesses a town, and says when rows look as if they came from another
/// country than their town's (header language, phone codes, native languages).
final class ImportOriginCheckTests: XCTestCase {
    /// A visit whose only partner town is Saint-Aubin-sur-Loire (the case).
    private func frenchOnlyVisit() throws -> (PlannerStore, VisitDetails) {
        let store = try PlannerStore()
        let id = try store.createVisit(VisitDraft(
            title: "Octobre", hostTown: .init(name: "Horní Lhota", countryCode: "CZ"),
            partnerTowns: [.init(name: "Saint-Aubin-sur-Loire", countryCode: "FR")],
            startDate: day(2027, 10, 7), endDate: day(2027, 10, 11), languages: ["cs", "fr"], currency: "CZK"))
        return (store, try XCTUnwrap(try store.visit(id: id)))
    }

    func testDialCodes() {
        XCTAssertEqual(CountrySigns.dialCode(of: "+49 151 1175977")?.country, "DE")
        XCTAssertEqual(CountrySigns.dialCode(of: "0049 151 1175977")?.code, "+49")
        XCTAssertEqual(CountrySigns.dialCode(of: "+420 775 924 589")?.country, "CZ", "the longest code wins")
        XCTAssertEqual(CountrySigns.dialCode(of: "+421 905 123 456")?.country, "SK")
        XCTAssertEqual(CountrySigns.dialCode(of: " +33 6 99 23 35 43")?.country, "FR")
        XCTAssertEqual(CountrySigns.dialCode(of: "+1 (555) 010-0199")?.country, "US")
        XCTAssertNil(CountrySigns.dialCode(of: "06 99 23 35 43"), "a national number says nothing")
        XCTAssertNil(CountrySigns.dialCode(of: ""))
    }

    func testVerdicts() {
        let france = Town(id: 1, name: "Saint-Aubin-sur-Loire", countryCode: "FR")
        let host = Town(id: 2, name: "Horní Lhota", countryCode: "CZ")
        XCTAssertEqual(ImportOriginCheck.verdict(.headerLanguage("fr"), for: france, host: host), .supports)
        XCTAssertEqual(ImportOriginCheck.verdict(.headerLanguage("de"), for: france, host: host), .contradicts)
        XCTAssertEqual(ImportOriginCheck.verdict(.headerLanguage("en"), for: france, host: host), .neutral)
        XCTAssertEqual(ImportOriginCheck.verdict(.headerLanguage("cs"), for: france, host: host), .neutral,
                       "the host committee's own form")
        XCTAssertEqual(ImportOriginCheck.verdict(.phoneCode("+33", country: "FR"), for: france, host: host), .supports)
        XCTAssertEqual(ImportOriginCheck.verdict(.phoneCode("+49", country: "DE"), for: france, host: host), .contradicts)
        XCTAssertEqual(ImportOriginCheck.verdict(.nativeLanguage("de"), for: france, host: host), .contradicts)
        XCTAssertEqual(ImportOriginCheck.verdict(.nativeLanguage("de"), for: Town(name: "Basel", countryCode: "CH"), host: host), .supports)
        // A French phone number outweighs another native language: nothing contradicts the town.
        XCTAssertEqual(ImportOriginCheck.contradictions([.phoneCode("+33", country: "FR"), .nativeLanguage("ar")], town: france, host: host), [])
        XCTAssertEqual(ImportOriginCheck.contradictions([.headerLanguage("de"), .nativeLanguage("de")], town: france, host: host),
                       [.headerLanguage("de"), .nativeLanguage("de")])
    }

    func testBirkenfeldIntoSaintAubinNeedsConfirmationAndStoresNothingUntilThen() throws {
        let (store, visit) = try frenchOnlyVisit()
        var preview = try ImportFixtures.preview(try ImportFixtures.data(ImportFixtures.birkenfeld), kind: .participants,
                                                 store: store, visit: visit, town: "Saint-Aubin-sur-Loire")
        XCTAssertEqual(preview.errorCount, 0)
        XCTAssertEqual(preview.originWarnings.count, 1)
        let warning = try XCTUnwrap(preview.originWarnings.first)
        XCTAssertEqual(warning.rows, Array(2...15))
        XCTAssertEqual(warning.country, "DE")
        XCTAssertEqual(warning.signs, [.headerLanguage("de"), .phoneCode("+49", country: "DE"), .nativeLanguage("de")])
        XCTAssertEqual(warning.message, "These 14 rows look like people from Germany (headers in German, +49 phone numbers, "
                       + "native speakers of German), but Saint-Aubin-sur-Loire is in France.")
        XCTAssertTrue(preview.rows.allSatisfy { $0.originSigns.contains(.phoneCode("+49", country: "DE")) })
        XCTAssertTrue(preview.rows.allSatisfy { $0.townId == visit.partnerTowns[0].id }, "every row shows the town it gets")
        preview.acceptAllWarnings()
        XCTAssertTrue(preview.needsTownConfirmation)
        XCTAssertFalse(preview.canImport)
        XCTAssertThrowsError(try store.runImport(preview, today: ImportFixtures.today)) { error in
            guard case .townNotConfirmed(let count, let detail)? = error as? ImportError else { return XCTFail("\(error)") }
            XCTAssertEqual(count, 14)
            XCTAssertTrue(detail.contains("Germany"), detail)
        }
        XCTAssertEqual(try store.participants(ofVisit: visit.id).count, 0)

        preview.confirmTown()
        XCTAssertTrue(preview.canImport)
        try store.runImport(preview, today: ImportFixtures.today)
        XCTAssertEqual(try store.participants(ofVisit: visit.id).count, 14)
    }

    func testFilesFromTheirOwnTownPassQuietly() throws {
        let (store, visit) = try ImportFixtures.store()
        for name in [ImportFixtures.birkenfeld, ImportFixtures.saintAubin] {
            let preview = try ImportFixtures.preview(try ImportFixtures.data(name), kind: .participants, store: store, visit: visit,
                                                     town: ImportFixtures.town(of: name))
            XCTAssertEqual(preview.originWarnings, [], name)
            XCTAssertTrue(preview.rows.allSatisfy(\.originSigns.isEmpty), name)
        }
        // Saint-Aubin's file stored as Birkenfeld: French headers, +33 phones, French natives.
        let wrong = try ImportFixtures.preview(try ImportFixtures.data(ImportFixtures.saintAubin), kind: .participants,
                                               store: store, visit: visit, town: "Birkenfeld am See")
        XCTAssertEqual(wrong.originWarnings.first?.country, "FR")
        XCTAssertEqual(wrong.originWarnings.first?.rows.count, 16)
    }

    func testOneForeignRowInAFrenchFile() throws {
        let (store, visit) = try frenchOnlyVisit()
        let csv = "Nom,Prénom,Téléphone,Langues parlées\n"
            + "BONNET,Léa,+33 6 99 23 35 43,\"français (langue maternelle), anglais (B1)\"\n"
            + "HADDAD,Leïla,+33 6 12 34 56 78,\"arabe (langue maternelle), français (C1)\"\n"
            + "WEBER,Marie,+49 151 3132219,\"allemand (langue maternelle)\"\n"
        let preview = try ImportFixtures.preview(Data(csv.utf8), kind: .participants, store: store, visit: visit)
        XCTAssertEqual(preview.originWarnings.map(\.rows), [[4]], "a French number outweighs another native language")
        XCTAssertEqual(preview.originWarnings.first?.message,
                       "This row looks like someone from Germany (+49 phone numbers, native speakers of German), but Saint-Aubin-sur-Loire is in France.")
        XCTAssertEqual(preview.rows.map(\.originSigns.isEmpty), [true, true, false])
    }

    func testNoTownIsNeverGuessed() throws {
        let (store, visit) = try frenchOnlyVisit()
        let table = try SpreadsheetReader.read(try ImportFixtures.data(ImportFixtures.birkenfeld))
        let preview = try store.previewImport(table, mapping: try store.suggestedMapping(for: table, kind: .participants),
                                              options: ImportOptions(visitId: visit.id), today: ImportFixtures.today)
        XCTAssertNil(preview.townId, "one partner town is still no reason to guess")
        XCTAssertTrue(preview.rows.allSatisfy { $0.townId == nil })
        XCTAssertEqual(preview.fileProblems.map(\.severity), [.error])
        XCTAssertFalse(preview.canImport)
        // What the town step shows: where the file seems to come from, and the town there.
        XCTAssertEqual(preview.origin?.likelyCountry, "DE")
        XCTAssertEqual(preview.origin?.summary,
                       "The file looks like people from Germany (headers in German, +49 phone numbers, native speakers of German).")
        let (_, ascension) = try ImportFixtures.store()
        XCTAssertEqual(preview.origin?.matchingTown(among: ascension.towns)?.name, "Birkenfeld am See")
        XCTAssertNil(preview.origin?.matchingTown(among: visit.towns))
    }

    func testTownColumnChecksEachRowAgainstItsOwnTown() throws {
        let (store, visit) = try ImportFixtures.store()
        let csv = "Name,Town,Phone\nLéa Bonnet,Saint-Aubin-sur-Loire,+33 6 99 23 35 43\nKäthe Becker,Birkenfeld am See,+49 151 1175977\n"
            + "Jan Nowak,Zielona Dolina,+49 151 0000000\nNobody Known,Atlantis,\nNo Town,,\n"
        let table = try SpreadsheetReader.read(Data(csv.utf8))
        let mapping = try store.suggestedMapping(for: table, kind: .participants)
        XCTAssertEqual(mapping.column(of: .town), 1)
        let preview = try store.previewImport(table, mapping: mapping, options: ImportOptions(visitId: visit.id), today: ImportFixtures.today)
        XCTAssertEqual(preview.fileProblems, [], "the town column says")
        XCTAssertEqual(preview.rows.map(\.townId), [visit.partnerTowns[0].id, visit.partnerTowns[1].id, visit.partnerTowns[2].id, nil, nil])
        XCTAssertEqual(preview.originWarnings.map(\.rows), [[4]], "a German number for Zielona Dolina")
        XCTAssertEqual(preview.originWarnings.first?.townId, visit.partnerTowns[2].id)
        let unknown = try XCTUnwrap(preview.rows[3].errors.first)
        XCTAssertEqual(unknown.column, "Town")
        XCTAssertEqual(unknown.value, "Atlantis")
        XCTAssertEqual(preview.rows[4].errors.first?.column, "Town")
    }
}
