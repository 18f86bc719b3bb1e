import Foundation
import PlannerCore
import XCTest

/// `export --format pdf-booklet`: a guest's personal booklet, read back with poppler-utils.
final class PDFBookletExportTests: XCTestCase {
    private var cli: CLIRunner!
    private let sample = "Ascension meeting 2027"

    override func setUpWithError() throws {
        cli = try CLIRunner()
        XCTAssertEqual(try cli.run(database: "demo").status, 0)
        let assign = try cli.run(["assign", "--visit", sample, "--apply", "--database", cli.databasePath])
        XCTAssertEqual(assign.status, 0, assign.stderr)
    }

    override func tearDown() { cli.cleanUp() }

    private func path(_ name: String) -> String { cli.folder.appendingPathComponent(name).path }

    private func export(_ arguments: [String]) throws -> CLIRunner.Result {
        // The English texts these tests read; the reader's language has its own tests.
        try cli.run(["export", "--visit", sample, "--format", "pdf-booklet"] + english(arguments) + ["--database", cli.databasePath])
    }

    private func snapshot() throws -> VisitSnapshot {
        let store = try PlannerStore(path: cli.databasePath)
        return try XCTUnwrap(store.snapshot(ofVisit: store.findVisit(sample).id))
    }

    /// The household lodging `name`, if placed.
    private func household(of name: String, in snapshot: VisitSnapshot) throws -> Household? {
        let person = try XCTUnwrap(snapshot.participants.first { $0.fullName == name })
        guard let placement = snapshot.placement(of: person.id!), placement.status.lodges else { return nil }
        return snapshot.offers.first { $0.id == placement.householdId }?.household
    }

    func testCoverHostFamilyContactsAndProgrammeInTheGuestsLanguage() throws {
        let result = try export(["--person", "Léa Bonnet", "--output", path("lea.pdf")])
        XCTAssertEqual(result.status, 0, result.stderr)
        let pdf = PDFCheck(path: path("lea.pdf"))
        let text = try pdf.flatText()
        let host = try XCTUnwrap(household(of: "Léa Bonnet", in: snapshot()), "the sample places Léa Bonnet")
        let cover = try PDFCheck.run("pdftotext", ["-enc", "UTF-8", "-f", "1", "-l", "1", path("lea.pdf"), "-"])
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for expected in ["Léa Bonnet", "Personal booklet", sample, "Your host family", host.name, host.phone, host.address,
                         "Emergency contacts", "Lucas Blanc", "Jana Horáková", "Veronika Šťastná", "112"] {
            XCTAssertTrue(cover.contains(expected), "cover lacks “\(expected)”: \(cover)")
        }
        // Her programme, titles in French (her language), with the family's part and the meals.
        // In English, which the sample's titles lack: they fall back to the host language, marked.
        for expected in ["Your programme", "Thursday, 13 May 2027", "Příjezd a přivítání starostou (not translated, in Czech)",
                         "Workshop mládeže „Naše řeky“",
                         "Your host family brings you here for 09:00.", "Dinner (host family: \(host.name))",
                         "Breakfast with your host family", "Departure", "Náměstí Míru"] {
            XCTAssertTrue(text.contains(expected), "booklet lacks “\(expected)”")
        }
        XCTAssertFalse(text.contains("Non-formal methods in English"), "organizers' notes are never printed")
        XCTAssertGreaterThanOrEqual(try pdf.pageCount(), 2)
        try pdf.assertFontsEmbeddedDejaVu()
        try pdf.assertWordsInsidePage()
    }

    func testGermanAndPolishNamesAndLanguageOverride() throws {
        let snapshot = try snapshot()
        let details = snapshot.details
        let german = try XCTUnwrap(snapshot.participants.first { $0.isGuest(of: details) && snapshot.town(of: $0)?.countryCode == "DE" })
        let polish = try XCTUnwrap(snapshot.participants.first { $0.isGuest(of: details) && snapshot.town(of: $0)?.countryCode == "PL" })
        for (person, title) in [(german, "Ausflug nach Telč mit dem Bus"), (polish, "Wycieczka autobusem do Telča")] {
            // No --language: the reader's own.
            let result = try cli.run(["export", "--visit", sample, "--format", "pdf-booklet", "--person", person.fullName,
                                      "--output", path("\(person.id!).pdf"), "--database", cli.databasePath])
            XCTAssertEqual(result.status, 0, result.stderr)
            let text = try PDFCheck(path: path("\(person.id!).pdf")).flatText()
            XCTAssertTrue(text.contains(person.fullName), person.fullName)
            XCTAssertTrue(text.contains(title), "\(person.fullName)'s booklet is in their language: \(title)")
        }
        let german2 = try export(["--person", "Léa Bonnet", "--language", "de", "--output", path("lea-de.pdf")])
        XCTAssertEqual(german2.status, 0, german2.stderr)
        let text = try PDFCheck(path: path("lea-de.pdf")).flatText()
        XCTAssertTrue(text.contains("Ankunft und Begrüßung durch den Bürgermeister"), "--language overrides the guest's own")
    }

    func testUnplacedGuestHasHostFamilyToBeConfirmed() throws {
        let snapshot = try snapshot()
        let placed = Set(snapshot.placements.filter { $0.status.lodges }.map(\.participantId))
        let unplaced = try XCTUnwrap(snapshot.participants.first { $0.isGuest(of: snapshot.details) && !placed.contains($0.id!) },
                                     "the sample leaves some guests without a family")
        let result = try export(["--person", unplaced.fullName, "--output", path("unplaced.pdf")])
        XCTAssertEqual(result.status, 0, result.stderr)
        let text = try PDFCheck(path: path("unplaced.pdf")).flatText()
        XCTAssertTrue(text.contains("Host family to be confirmed"), text)
        XCTAssertFalse(text.contains("Breakfast with your host family"))
    }

    func testEachPersonMakesOneBookletPerGuest() throws {
        let folder = path("booklets")
        let result = try export(["--each-person", "--output", folder])
        XCTAssertEqual(result.status, 0, result.stderr)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        XCTAssertEqual(files.count, 41, "one booklet per guest, none for the host town's people: \(files)")
        XCTAssertTrue(files.contains("Léa Bonnet.pdf"))
        XCTAssertTrue(files.contains("Agnieszka Wiśniewska.pdf"), "the Polish interpreter travels with her group: a guest")
        XCTAssertFalse(files.contains("Jana Horáková.pdf"), "an organizer of the host town is not a guest")
        XCTAssertTrue(files.allSatisfy { $0.hasSuffix(".pdf") })
        let sample = PDFCheck(path: folder + "/Käthe Becker.pdf")
        XCTAssertTrue(try sample.flatText().contains("Käthe Becker"))
    }

    func testLongUnbrokenNameWrapsInsideThePage() throws {
        let store = try PlannerStore(path: cli.databasePath)
        var person = try XCTUnwrap(snapshot().participants.first { $0.fullName == "Léa Bonnet" })
        person.givenName = String(repeating: "Wolfeschlegelsteinhausenberger", count: 6)
        _ = try store.save(person)
        let result = try export(["--person", person.fullName, "--output", path("long.pdf")])
        XCTAssertEqual(result.status, 0, result.stderr)
        let pdf = PDFCheck(path: path("long.pdf"))
        try pdf.assertWordsInsidePage()
        let (words, _) = try pdf.words()
        XCTAssertGreaterThan(words.filter { $0.text.hasPrefix("Wolfeschlegel") }.count, 1, "the name wraps over several lines")
    }

    func testPaperOption() throws {
        let result = try export(["--person", "Léa Bonnet", "--option", "paper=letter", "--output", path("letter.pdf")])
        XCTAssertEqual(result.status, 0, result.stderr)
        let info = try PDFCheck.run("pdfinfo", [path("letter.pdf")])
        XCTAssertTrue(info.contains("612 x 792 pts"), info)
    }
}
