import Foundation
import PlannerCore
import XCTest

/// `export --format pdf-host-letter`: the letter to a host family, read back with poppler-utils.
final class PDFHostLetterExportTests: XCTestCase {
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
        try cli.run(["export", "--visit", sample, "--format", "pdf-host-letter"] + english(arguments) + ["--database", cli.databasePath])
    }

    private func snapshot() throws -> VisitSnapshot {
        let store = try PlannerStore(path: cli.databasePath)
        return try XCTUnwrap(store.snapshot(ofVisit: store.findVisit(sample).id))
    }

    func testGuestsDietsAndDailySheetInTheHostLanguage() throws {
        let snapshot = try snapshot()
        // A placed guest with a diet, and the household lodging them.
        let placements = snapshot.placements.filter { $0.status.lodges }
        let guest = try XCTUnwrap(snapshot.participants.first { person in
            !person.diets.isEmpty && placements.contains { $0.participantId == person.id }
        })
        let placement = try XCTUnwrap(placements.first { $0.participantId == guest.id })
        let household = try XCTUnwrap(snapshot.offers.first { $0.id == placement.householdId }?.household)
        let result = try export(["--household", household.name, "--output", path("letter.pdf")])
        XCTAssertEqual(result.status, 0, result.stderr)
        let pdf = PDFCheck(path: path("letter.pdf"))
        let text = try pdf.flatText()
        let needs = GuestNeeds(guest).points
        for expected in [household.name, guest.fullName, "Diet and allergies", "Whom to call", "Jana Horáková", "Day by day",
                         "Thursday, 13 May 2027"] + needs {
            XCTAssertTrue(text.contains(expected), "letter lacks “\(expected)”")
        }
        for other in placements where other.householdId == household.id {
            let name = try XCTUnwrap(snapshot.participants.first { $0.id == other.participantId }).fullName
            XCTAssertTrue(text.contains(name), "every guest of the household is listed: \(name)")
        }
        // Item titles in the host town's language (Czech, the visit's first).
        XCTAssertTrue(text.contains("Hostitelské rodiny si berou hosty domů"), text)
        XCTAssertTrue(text.contains("Breakfast at home for"))
        XCTAssertTrue(text.contains("Bring "), "when to bring the guests")
        XCTAssertTrue(text.contains("Pick up "), "when to pick them up")
        try pdf.assertFontsEmbeddedDejaVu()
        try pdf.assertWordsInsidePage()

        let french = try export(["--household", household.name, "--language", "fr", "--output", path("letter-fr.pdf")])
        XCTAssertEqual(french.status, 0, french.stderr)
        XCTAssertTrue(try PDFCheck(path: path("letter-fr.pdf")).flatText().contains("Les familles d’accueil emmènent leurs invités"))
    }

    func testEachHouseholdMakesOneLetterPerHostingHousehold() throws {
        let snapshot = try snapshot()
        let hosting = Set(snapshot.placements.filter { $0.status.lodges }.map(\.householdId))
        let folder = path("letters")
        let result = try export(["--each-household", "--output", folder])
        XCTAssertEqual(result.status, 0, result.stderr)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
        XCTAssertEqual(files.count, hosting.count)
        for id in hosting {
            let name = try XCTUnwrap(snapshot.offers.first { $0.id == id }).household.name
            XCTAssertTrue(files.contains("\(name).pdf"), name)
        }
    }

    func testHouseholdWithoutGuests() throws {
        let snapshot = try snapshot()
        let hosting = Set(snapshot.placements.filter { $0.status.lodges }.map(\.householdId))
        let idle = try XCTUnwrap(snapshot.offers.first { !hosting.contains($0.id) }, "the sample has more families than it needs")
        let result = try export(["--household", idle.household.name, "--output", path("idle.pdf")])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(try PDFCheck(path: path("idle.pdf")).flatText().contains("No guests are placed with you for this visit yet."))
    }
}
