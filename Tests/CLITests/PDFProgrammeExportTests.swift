import Foundation
import PlannerCore
import XCTest

/// `visitplanner export --format pdf-programme` on the sample visit, read back with poppler:
/// the text (Czech, French, German and Polish exactly), pages, paper, fonts, and that nothing
/// leaves the page. CLIRunner stages the plugins just built (`meson-helpers/stage-plugins.sh`).
final class PDFProgrammeExportTests: XCTestCase {
    private var cli: CLIRunner!
    private let sample = "Ascension meeting 2027"

    override func setUpWithError() throws {
        cli = try CLIRunner()
        XCTAssertEqual(try cli.run(database: "demo").status, 0)
    }

    override func tearDown() { cli.cleanUp() }

    /// Exports the programme with `arguments` and returns the file, expecting success.
    private func export(_ arguments: String..., file: StaticString = #filePath, line: UInt = #line) throws -> PDFCheck {
        let output = cli.folder.appendingPathComponent("programme-\(UUID().uuidString).pdf")
        let result = try cli.run(["export", "--visit", sample, "--format", "pdf-programme", "--output", output.path]
                                 + english(arguments) + ["--database", cli.databasePath])
        XCTAssertEqual(result.status, 0, result.stderr, file: file, line: line)
        XCTAssertEqual(result.stderr, "", file: file, line: line)
        XCTAssertEqual(result.stdout, "Wrote \(output.path).\n", file: file, line: line)
        XCTAssertTrue(FileManager.default.fileExists(atPath: output.path), file: file, line: line)
        return PDFCheck(url: output)
    }

    private func store() throws -> PlannerStore { try PlannerStore(path: cli.databasePath) }

    func testProgrammeOnA4() throws {
        let pdf = try export("--option", "for=organizers")
        let info = try pdf.info()
        XCTAssertEqual(info["Page size"], "595.276 x 841.89 pts (A4)")
        XCTAssertEqual(info["Title"], "Ascension meeting 2027 – Programme")
        let pages = try pdf.pageCount()
        XCTAssertGreaterThanOrEqual(pages, 2)
        let text = try pdf.flatText()
        // The header names the towns on every page.
        for town in ["Horní Lhota (CZ)", "Saint-Aubin-sur-Loire (FR)", "Birkenfeld am See (DE)", "Zielona Dolina (PL)"] {
            XCTAssertTrue(text.contains(town), town)
        }
        for (index, page) in try pdf.pages().enumerated() {
            XCTAssertTrue(page.contains("Ascension meeting 2027 · 13 – 17 May 2027"), "header on page \(index + 1)")
            XCTAssertTrue(page.contains("Page \(index + 1) of \(pages)"), "footer on page \(index + 1)")
        }
        for day in ["Thursday, 13 May 2027", "Friday, 14 May 2027", "Saturday, 15 May 2027", "Sunday, 16 May 2027", "Monday, 17 May 2027"] {
            XCTAssertTrue(text.contains(day), day)
        }
        XCTAssertTrue(text.contains("Times in Europe/Prague unless another zone is named."))
        for phrase in ["17:00–18:30", "Příjezd a přivítání starostou", "Starosta vítá delegace na náměstí.",
                       "Place: Sokolovna (Tyršova 210, Horní Lhota)", "For: Youth FR+PL; working language: en",
                       "Workshop mládeže „Naše řeky“", "Meals: Dinner (Host families)", "Transport: Bus from Náměstí Míru at 13:30",
                       "All day", "Sportovní den mládeže", "Agnieszka Wiśniewska", "de→fr relayed through cs"] {
            XCTAssertTrue(text.contains(phrase), phrase)
        }
        // Organizers' notes are never printed.
        XCTAssertFalse(text.contains("Signing at 11:00"))
        // Days in order, items in agenda order.
        let order = ["Thursday, 13 May 2027", "Příjezd a přivítání starostou", "Friday, 14 May 2027", "Výlet do Telče autobusem",
                     "Monday, 17 May 2027", "Odjezd autobusů"].map { text.range(of: $0)?.lowerBound }
        XCTAssertEqual(order.compactMap { $0 }, order.compactMap { $0 }.sorted())
        XCTAssertEqual(order.compactMap { $0 }.count, order.count)
        try pdf.assertFontsEmbeddedDejaVu()
        try pdf.assertInsideMargins()
    }

    func testTwoLanguagesSideBySide() throws {
        let pdf = try export("--language", "cs,fr")
        let layout = try pdf.layoutText()
        XCTAssertNotNil(layout.range(of: #"Čeština\s+Français"#, options: .regularExpression), layout)
        XCTAssertNotNil(layout.range(of: #"Příjezd a přivítání starostou\s+Arrivée et accueil par le maire"#, options: .regularExpression))
        XCTAssertNotNil(layout.range(of: #"Sportovní den mládeže\s+Journée sportive des jeunes"#, options: .regularExpression))
        let text = try pdf.flatText()
        XCTAssertTrue(text.contains("Le maire accueille les délégations sur la place."))

        let germanPolish = try export("--language", "de,pl")
        let other = try germanPolish.layoutText()
        XCTAssertNotNil(other.range(of: #"Deutsch\s+Polski"#, options: .regularExpression), other)
        let flat = try germanPolish.flatText()
        for phrase in ["Ankunft und Begrüßung durch den Bürgermeister", "Przyjazd i powitanie przez burmistrza",
                       "Ökumenischer Gottesdienst", "Nabożeństwo ekumeniczne", "Wieczór pożegnalny"] {
            XCTAssertTrue(flat.contains(phrase), phrase)
        }
        try germanPolish.assertFontsEmbeddedDejaVu()
        try germanPolish.assertInsideMargins()
    }

    func testOneChosenLanguageTitles() throws {
        let text = try export("--language", "pl").flatText()
        XCTAssertTrue(text.contains("Przyjazd i powitanie przez burmistrza"))
        XCTAssertFalse(text.contains("Příjezd a přivítání starostou"))
        XCTAssertFalse(text.contains("Polski"), "one language: no language columns")
    }

    func testLetterPaper() throws {
        let info = try export("--option", "paper=letter").info()
        XCTAssertEqual(info["Page size"], "612 x 792 pts (letter)")
    }

    func testCancelledItemIsMarked() throws {
        let store = try store()
        var concert = try XCTUnwrap(try store.snapshot(ofVisit: 1)?.programme.first { $0.titles["cs"] == "Koncert dechové hudby z Birkenfeldu" })
        concert.status = .cancelled
        try store.saveProgrammeItem(concert)
        let text = try export("--option", "for=organizers").flatText()
        XCTAssertTrue(text.contains("Koncert dechové hudby z Birkenfeldu (not translated, in Czech) CANCELLED"), text)
        XCTAssertFalse(try export().flatText().contains("Koncert dechové hudby z Birkenfeldu"), "the participants' programme leaves it out")
    }

    func testItemInAnotherZoneNamesIt() throws {
        let day = CalendarDate(year: 2027, month: 5, day: 16)!
        try store().saveProgrammeItem(ProgrammeItem(
            visitId: 1, titles: ["cs": "Videohovor s Lisabonem"],
            timing: ItemTiming(start: LocalDateTime(date: day, time: TimeOfDay(hour: 9, minute: 0)!),
                               end: LocalDateTime(date: day, time: TimeOfDay(hour: 9, minute: 30)!), timeZone: "Europe/Lisbon"),
            audience: Audience(roles: [.organizer]), workingLanguage: "pt"))
        XCTAssertTrue(try export().flatText().contains("09:00–09:30 Europe/Lisbon (10:00–10:30 Europe/Prague)"))
    }

    /// A 2,000-character title without a space, and markup characters in a name: everything
    /// comes out of the PDF as written and no word crosses the margins, also in the narrow
    /// two-language columns where the title is taller than a page.
    func testLongTitleAndMarkupCharactersWrap() throws {
        let store = try store()
        let long = String(repeating: "Přílišžluťoučkýkůň", count: 112) + "KONEC"
        XCTAssertGreaterThanOrEqual(long.count, 2_000)
        let day = CalendarDate(year: 2027, month: 5, day: 15)!
        let person = try store.save(Participant(visitId: 1, givenName: "Anna & <Bob>", familyName: "O'Neil \"Jr\""))
        try store.saveProgrammeItem(ProgrammeItem(
            visitId: 1, titles: ["cs": long],
            timing: ItemTiming(start: LocalDateTime(date: day, time: TimeOfDay(hour: 8, minute: 0)!),
                               end: LocalDateTime(date: day, time: TimeOfDay(hour: 9, minute: 0)!), timeZone: "Europe/Prague"),
            audience: Audience(participantIds: [person.id!]), workingLanguage: "cs"))
        for arguments in [["--option", "for=organizers"], ["--language", "cs,fr", "--option", "for=organizers"]] {
            let output = cli.folder.appendingPathComponent("long-\(arguments.count).pdf")
            let result = try cli.run(["export", "--visit", sample, "--format", "pdf-programme", "--output", output.path]
                                     + english(arguments) + ["--database", cli.databasePath])
            XCTAssertEqual(result.status, 0, result.stderr)
            let pdf = PDFCheck(url: output)
            // In two columns the title is taller than a page: it continues under the next page's
            // running header, "(continued)" caption and repeated column headings; leave those out.
            var joined = try pdf.text().filter { !$0.isWhitespace }
            for repeated in [#"(Page\d+of\d+|Strana\d+z\d+)"#, #"Ascensionmeeting2027·(13–17May2027|13\.–17\.5\.2027)"#,
                             #"HorníLhota\(CZ\)·Saint-Aubin-sur-Loire\(FR\)·BirkenfeldamSee\(DE\)·ZielonaDolina\(PL\)"#,
                             #"(Saturday,15May2027|sobota15\.května2027)\([^)]*\)"#, #"Čas/HeureČeštinaFrançais"#, #"\(nontraduit,entchèque\)"#] {
                joined = joined.replacingOccurrences(of: repeated, with: "", options: .regularExpression)
            }
            XCTAssertTrue(joined.contains(long), "the whole title, in order, without hyphens (\(arguments)): \(joined)")
            XCTAssertTrue(try pdf.flatText().contains("Anna & <Bob> O'Neil \"Jr\""))
            try pdf.assertInsideMargins()
        }
    }
}
