import Foundation
import PlannerCore
import XCTest

/// `visitplanner export --format pdf-attendance` on the sample visit: a signature sheet per
/// event that takes place and a participant list per invited town, read back with poppler.
final class PDFAttendanceExportTests: XCTestCase {
    private var cli: CLIRunner!
    private let sample = "Ascension meeting 2027"

    override func setUpWithError() throws {
        cli = try CLIRunner()
        XCTAssertEqual(try cli.run(database: "demo").status, 0)
    }

    override func tearDown() { cli.cleanUp() }

    private func export(_ arguments: String..., file: StaticString = #filePath, line: UInt = #line) throws -> PDFCheck {
        let output = cli.folder.appendingPathComponent("attendance-\(UUID().uuidString).pdf")
        let result = try cli.run(["export", "--visit", sample, "--format", "pdf-attendance", "--output", output.path]
                                 + english(arguments) + ["--database", cli.databasePath])
        XCTAssertEqual(result.status, 0, result.stderr, file: file, line: line)
        XCTAssertEqual(result.stderr, "", file: file, line: line)
        return PDFCheck(url: output)
    }

    private func store() throws -> PlannerStore { try PlannerStore(path: cli.databasePath) }

    /// The sheets: a sheet starts on the page whose first line after the running header is its
    /// title ("Attendance sheet: Příjezd a přivítání starostou") and runs until the next one;
    /// `text` is its laid-out text (table rows on one line each).
    private func sheets(_ pdf: PDFCheck) throws -> [(title: String, text: String)] {
        var sheets: [(title: String, text: String)] = []
        for (page, layout) in zip(try pdf.pages(), try pdf.layoutPages()) {
            let lines = page.split(separator: "\n").map(String.init)
            if let index = lines.firstIndex(where: { $0 == "Attendance sheet" || $0 == "Participant list" }),
               index + 1 < lines.count {
                sheets.append(("\(lines[index]): \(lines[index + 1])", layout))
            } else if !sheets.isEmpty {
                sheets[sheets.count - 1].text += layout
            }
        }
        return sheets
    }

    /// The country codes at the ends of a sheet's table rows.
    private func countries(_ sheet: String) -> Set<String> {
        Set(sheet.split(separator: "\n").compactMap { line in
            line.range(of: #"^\s*\d+\s.*\s([A-Z]{2})\s*$"#, options: .regularExpression).map { _ in
                String(line.trimmingCharacters(in: .whitespaces).suffix(2))
            }
        })
    }

    func testSheetPerEventAndListPerTown() throws {
        let pdf = try export()
        XCTAssertEqual(try pdf.info()["Page size"], "595.276 x 841.89 pts (A4)")
        let pages = try pdf.pages()
        let count = pages.count
        for (index, page) in pages.enumerated() {
            XCTAssertTrue(page.contains("Ascension meeting 2027 · 13 – 17 May 2027"), "header on page \(index + 1)")
            XCTAssertTrue(page.contains("Page \(index + 1) of \(count)"), "footer on page \(index + 1)")
        }
        let snapshot = try XCTUnwrap(try store().snapshot(ofVisit: 1))
        let sheets = try sheets(pdf)
        XCTAssertEqual(sheets.map(\.title),
                       snapshot.programme.map { "Attendance sheet: \($0.title(in: ["cs"]))" }
                       + ["Participant list: Saint-Aubin-sur-Loire (FR)", "Participant list: Birkenfeld am See (DE)",
                          "Participant list: Zielona Dolina (PL)"])

        // The welcome is for everyone: every participant but the interpreters, numbered, then blank rows.
        let welcome = sheets[0].text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for phrase in ["Event Příjezd a přivítání starostou", "Date Thursday, 13 May 2027", "Time 17:00–18:30",
                       "Place Náměstí Míru (Náměstí Míru, Horní Lhota)", "For Everyone", "No. Name Photos Town Country Signature",
                       "Zuzanna Dąbrowska", "Günter Müller", "Élodie Bernard", "Łukasz Kowalczyk", "Confirmed by the organiser"] {
            XCTAssertTrue(welcome.contains(phrase), phrase)
        }
        XCTAssertFalse(welcome.contains("Agnieszka Wiśniewska"), "interpreters work, they are not the audience")
        let audience = AudienceResolver(snapshot).participants(of: .everyone).count
        let lines = Set(sheets[0].text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        XCTAssertTrue(lines.contains("\(audience + 3)"), "three blank numbered rows after the \(audience) people")
        XCTAssertFalse(lines.contains("\(audience + 4)"))

        // The youth workshop lists its group only.
        let workshop = try XCTUnwrap(sheets.first { $0.title.hasSuffix("Workshop mládeže „Naše řeky“") }).text
        XCTAssertEqual(countries(workshop), ["FR", "PL"], "the FR+PL youth group only")

        // Each town's list has its own people (the interpreter from Zielona Dolina included) and no one else.
        let polish = try XCTUnwrap(sheets.first { $0.title == "Participant list: Zielona Dolina (PL)" }).text
        XCTAssertTrue(polish.contains("Agnieszka Wiśniewska"))
        XCTAssertTrue(polish.contains("Mikołaj Lewandowski"))
        let german = try XCTUnwrap(sheets.first { $0.title == "Participant list: Birkenfeld am See (DE)" }).text
        let germans = snapshot.participants.filter { snapshot.town(of: $0)?.countryCode == "DE" }
        XCTAssertFalse(germans.isEmpty)
        for person in germans { XCTAssertTrue(german.contains(person.fullName), person.fullName) }
        XCTAssertEqual(countries(german), ["DE"])
        XCTAssertEqual(countries(polish), ["PL"])

        try pdf.assertFontsEmbeddedDejaVu()
        try pdf.assertInsideMargins()
    }

    func testCancelledEventHasNoSheet() throws {
        let store = try store()
        var wine = try XCTUnwrap(try store.snapshot(ofVisit: 1)?.programme.first { $0.titles["cs"] == "Návštěva vinného sklepa" })
        wine.status = .cancelled
        try store.saveProgrammeItem(wine)
        let titles = try sheets(export()).map(\.title)
        XCTAssertFalse(titles.contains("Attendance sheet: Návštěva vinného sklepa"))
        XCTAssertTrue(titles.contains("Attendance sheet: Slavnostní večeře v Sokolovně"))
        XCTAssertEqual(titles.filter { $0.hasPrefix("Attendance sheet") }.count, try XCTUnwrap(try store.snapshot(ofVisit: 1)).programme.count - 1)
    }

    func testTitlesInTheChosenLanguage() throws {
        // In French: its own headings, and the items' French titles.
        let text = try export("--language", "fr", "--option", "paper=letter").flatText()
        XCTAssertTrue(text.contains("Feuille d’émargement") || text.contains("Feuille d'émargement"), text)
        XCTAssertTrue(text.contains("Arrivée et accueil par le maire"))
        XCTAssertFalse(text.contains("Attendance sheet"))
    }

    /// The longest names the forms accept (200 + 200 characters, no spaces), markup characters,
    /// and a 2,000-character event title: all printed whole, nothing beyond the margins.
    func testLongNamesWrapInsideTheColumns() throws {
        let store = try store()
        let snapshot = try XCTUnwrap(try store.snapshot(ofVisit: 1))
        let zielona = try XCTUnwrap(snapshot.details.partnerTowns.first { $0.countryCode == "PL" }?.id)
        let given = String(repeating: "Wiśniewska", count: 20)
        let family = String(repeating: "Żółćęśąźń", count: 22) + "XY"
        XCTAssertEqual(given.count, 200)
        XCTAssertEqual(family.count, 200)
        let long = try store.save(Participant(visitId: 1, givenName: given, familyName: family, townId: zielona, role: .youth))
        let marked = try store.save(Participant(visitId: 1, givenName: "Anna & <Bob>", familyName: "O'Neil", townId: zielona))
        let title = String(repeating: "Slavnostníshromáždění", count: 96)
        XCTAssertGreaterThanOrEqual(title.count, 2_000)
        let day = CalendarDate(year: 2027, month: 5, day: 16)!
        try store.saveProgrammeItem(ProgrammeItem(
            visitId: 1, titles: ["cs": title],
            timing: ItemTiming(start: LocalDateTime(date: day, time: TimeOfDay(hour: 15, minute: 0)!),
                               end: LocalDateTime(date: day, time: TimeOfDay(hour: 16, minute: 0)!), timeZone: "Europe/Prague"),
            audience: Audience(participantIds: [long.id!, marked.id!]), workingLanguage: "cs"))
        let pdf = try export()
        let joined = try pdf.text().filter { !$0.isWhitespace }
        XCTAssertTrue(joined.contains(given + family), "the whole name, without hyphens")
        XCTAssertTrue(joined.contains(title), "the whole title")
        XCTAssertTrue(try pdf.flatText().contains("Anna & <Bob> O'Neil"))
        try pdf.assertInsideMargins()
        try pdf.assertFontsEmbeddedDejaVu()
    }
}
