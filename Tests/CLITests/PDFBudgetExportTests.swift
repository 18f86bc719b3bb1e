import Foundation
import PlannerCore
import XCTest

/// `export --format pdf-budget`: the budget to print; its figures are those of `budget --json`.
final class PDFBudgetExportTests: XCTestCase {
    private var cli: CLIRunner!
    private let sample = "Ascension meeting 2027"

    override func setUpWithError() throws {
        cli = try CLIRunner()
        XCTAssertEqual(try cli.run(database: "demo").status, 0)
    }

    override func tearDown() { cli.cleanUp() }

    private func path(_ name: String) -> String { cli.folder.appendingPathComponent(name).path }

    /// "112741.00" as the PDF prints it in English: "112,741.00".
    private func grouped(_ plain: String) -> String {
        let negative = plain.hasPrefix("-")
        let digits = plain.drop { $0 == "-" }
        let parts = digits.split(separator: ".", maxSplits: 1)
        var whole = String(parts[0])
        var groups: [String] = []
        while whole.count > 3 {
            groups.insert(String(whole.suffix(3)), at: 0)
            whole = String(whole.dropLast(3))
        }
        groups.insert(whole, at: 0)
        return (negative ? "-" : "") + groups.joined(separator: ",") + (parts.count > 1 ? "." + parts[1] : "")
    }

    func testTotalsMatchTheBudgetCommand() throws {
        let english = ["LC_ALL": "en_US.UTF-8", "LANGUAGE": "en"]
        let result = try cli.run(["export", "--visit", sample, "--format", "pdf-budget", "--output", path("budget.pdf"),
                                  "--language", "en", "--database", cli.databasePath], environment: english)
        XCTAssertEqual(result.status, 0, result.stderr)
        let json = try cli.run(["budget", "--visit", sample, "--json", "--database", cli.databasePath]).json()
        let pdf = PDFCheck(path: path("budget.pdf"))
        let text = try pdf.flatLayoutText()

        func money(_ object: Any?) throws -> String {
            let money = try XCTUnwrap(object as? [String: Any])
            return grouped(try XCTUnwrap(money["amount"] as? String)) + " " + (try XCTUnwrap(money["currency"] as? String))
        }
        let totals = try XCTUnwrap(json["totals"] as? [String: Any])
        let expected = [
            ("Planned costs", try money(totals["planned"])), ("Actual costs", try money(totals["actual"])),
            ("Funding", try money(totals["funding"])), ("Received", try money(totals["received"])),
            ("Balance", try money(totals["balance"])), ("Cost per participant", try money(json["costPerParticipant"])),
        ]
        for (label, amount) in expected {
            XCTAssertTrue(text.contains("\(label) \(amount)"), "“\(label) \(amount)” not in the budget")
        }
        XCTAssertTrue(text.contains("Participants \(try XCTUnwrap(json["participantCount"] as? Int))"))
        for category in try XCTUnwrap(json["categories"] as? [[String: Any]]) {
            let name = try XCTUnwrap(category["name"] as? String)
            XCTAssertTrue(text.contains("Total \(name) \(try money(category["planned"]))"), "category total of \(name)")
        }
        for total in try XCTUnwrap(json["currencyTotals"] as? [[String: Any]]) {
            XCTAssertTrue(text.contains(try money(total["planned"])), "per currency: \(total)")
        }
        for source in try XCTUnwrap(json["funding"] as? [[String: Any]]) {
            XCTAssertTrue(text.contains(try XCTUnwrap(source["source"] as? String)))
        }
        // The chart: its titles, legend and verdict are text in the PDF.
        for expected in ["Planned and paid, by category", "Costs against funding", "Covered, \(try money(totals["balance"])) to spare"] {
            XCTAssertTrue(text.contains(expected), expected)
        }
        try pdf.assertFontsEmbeddedDejaVu()
        try pdf.assertWordsInsidePage()
    }

    func testOnlyTheVisitScope() throws {
        let result = try cli.run(["export", "--visit", sample, "--format", "pdf-budget", "--person", "Léa Bonnet",
                                  "--output", path("x.pdf"), "--database", cli.databasePath])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("x.pdf")))
    }
}
