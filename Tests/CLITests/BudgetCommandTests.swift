import Foundation
import PlannerCore
import XCTest

/// `visitplanner budget --visit V`.
final class BudgetCommandTests: XCTestCase {
    private var cli: CLIRunner!
    private let sample = "Ascension meeting 2027"

    override func setUpWithError() throws { cli = try CLIRunner() }
    override func tearDown() { cli.cleanUp() }

    private func sampleJSON() throws -> [String: Any] {
        XCTAssertEqual(try cli.run(database: "demo").status, 0)
        let result = try cli.run(database: "budget", "--visit", sample, "--json")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "")
        return try result.json()
    }

    /// `{"amount": "650.00", "currency": "CZK"}` as a pair, failing when the shape differs.
    private func money(_ value: Any?, file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
        let object = try XCTUnwrap(value as? [String: Any], "not an amount: \(String(describing: value))", file: file, line: line)
        XCTAssertEqual(object.count, 2, file: file, line: line)
        let amount = try XCTUnwrap(object["amount"] as? String, "amounts are strings", file: file, line: line)
        let currency = try XCTUnwrap(object["currency"] as? String, file: file, line: line)
        return [amount, currency]
    }

    func testSampleBudgetJSON() throws {
        let json = try sampleJSON()
        XCTAssertEqual(json["reportingCurrency"] as? String, "CZK")
        XCTAssertEqual((json["visit"] as? [String: Any])?["title"] as? String, sample)
        XCTAssertEqual(json["participantCount"] as? Int, 47)
        XCTAssertEqual(try money(json["costPerParticipant"]), ["2398.74", "CZK"])

        let lines = try XCTUnwrap(json["lines"] as? [[String: Any]])
        XCTAssertEqual(lines.count, 6)
        for line in lines {
            for key in ["id", "description", "category", "basis", "filter", "quantity", "people", "unitPrice", "planned",
                        "plannedConverted", "actual", "actualConverted"] {
                XCTAssertNotNil(line[key], "every line has \(key)")
            }
            XCTAssertNotNil(line["quantity"] as? String, "quantities are strings")
        }
        let gala = try XCTUnwrap(lines.first { $0["description"] as? String == "Gala dinner in the Sokolovna hall" })
        XCTAssertEqual(gala["category"] as? String, "meals")
        XCTAssertEqual(gala["basis"] as? String, "per-participant")
        XCTAssertEqual(gala["filter"] as? String, "everyone")
        XCTAssertEqual(gala["quantity"] as? String, "47")
        XCTAssertEqual(gala["people"] as? Int, 47)
        XCTAssertEqual(try money(gala["unitPrice"]), ["650.00", "CZK"])
        XCTAssertEqual(try money(gala["planned"]), ["30550.00", "CZK"])
        XCTAssertEqual(try money(gala["plannedConverted"]), ["30550.00", "CZK"])
        XCTAssertTrue(gala["actual"] is NSNull)
        XCTAssertTrue(gala["actualConverted"] is NSNull)

        let gifts = try XCTUnwrap(lines.first { $0["category"] as? String == "gifts" })
        XCTAssertEqual(try money(gifts["planned"]), ["200.00", "EUR"])
        XCTAssertEqual(try money(gifts["plannedConverted"]), ["5016.00", "CZK"])
        XCTAssertTrue(gifts["people"] is NSNull, "a flat line counts nobody")

        let insurance = try XCTUnwrap(lines.first { $0["category"] as? String == "insurance" })
        XCTAssertEqual(insurance["basis"] as? String, "per-participant-day")
        XCTAssertEqual(insurance["filter"] as? String, "guests")
        XCTAssertEqual(insurance["quantity"] as? String, "205")
        XCTAssertEqual(insurance["people"] as? Int, 41)
        XCTAssertEqual(try money(insurance["planned"]), ["7175.00", "CZK"])

        let categories = try XCTUnwrap(json["categories"] as? [[String: Any]])
        XCTAssertEqual(categories.map { $0["category"] as? String },
                       ["travel", "meals", "programme", "interpretation", "insurance", "gifts"])
        XCTAssertEqual(try categories.map { try money($0["planned"])[0] },
                       ["18000.00", "30550.00", "25000.00", "27000.00", "7175.00", "5016.00"])
        XCTAssertEqual(try categories.map { try money($0["actual"]) }, Array(repeating: ["0.00", "CZK"], count: 6))

        let currencies = try XCTUnwrap(json["currencyTotals"] as? [[String: Any]])
        XCTAssertEqual(currencies.map { $0["currency"] as? String }, ["CZK", "EUR"])
        XCTAssertEqual(try currencies.map { try money($0["planned"]) }, [["107725.00", "CZK"], ["200.00", "EUR"]])

        let totals = try XCTUnwrap(json["totals"] as? [String: Any])
        XCTAssertEqual(try money(totals["planned"]), ["112741.00", "CZK"])
        XCTAssertEqual(try money(totals["actual"]), ["0.00", "CZK"])
        XCTAssertEqual(try money(totals["funding"]), ["227844.00", "CZK"])
        XCTAssertEqual(try money(totals["received"]), ["0.00", "CZK"])
        XCTAssertEqual(try money(totals["balance"]), ["115103.00", "CZK"])

        let shares = try XCTUnwrap(json["payerShares"] as? [[String: Any]])
        // Each partner town insures its own guests (5 days × 35 CZK each); the host pays the rest.
        XCTAssertEqual(shares.map { $0["town"] as? String }, ["Horní Lhota", "Saint-Aubin-sur-Loire", "Birkenfeld am See", "Zielona Dolina"])
        XCTAssertEqual(try shares.map { try money($0["planned"]) },
                       [["105566.00", "CZK"], ["2800.00", "CZK"], ["2450.00", "CZK"], ["1925.00", "CZK"]])
        XCTAssertEqual(json["missingRates"] as? [String], [])

        let rates = try XCTUnwrap(json["exchangeRates"] as? [[String: Any]])
        XCTAssertEqual(rates.count, 1)
        XCTAssertEqual(rates.first?["from"] as? String, "EUR")
        XCTAssertEqual(rates.first?["to"] as? String, "CZK")
        XCTAssertEqual(rates.first?["rate"] as? String, "25.08")
        XCTAssertEqual(rates.first?["date"] as? String, "2027-04-30")
        XCTAssertEqual(rates.first?["used"] as? Bool, true)
    }

    func testSampleFundingJSON() throws {
        let funding = try XCTUnwrap(try sampleJSON()["funding"] as? [[String: Any]])
        XCTAssertEqual(funding.map { $0["kind"] as? String },
                       ["municipality", "grant", "partner-contribution", "partner-contribution", "participant-fees"])
        let town = try XCTUnwrap(funding.first { $0["source"] as? String == "Town of Horní Lhota" })
        XCTAssertEqual(town["status"] as? String, "confirmed")
        XCTAssertEqual(try money(town["converted"]), ["120000.00", "CZK"])

        let grant = try XCTUnwrap(funding.first { $0["kind"] as? String == "grant" })
        XCTAssertEqual(grant["amountKnown"] as? Bool, false)
        for key in ["amount", "total", "converted"] { XCTAssertTrue(grant[key] is NSNull, "grant \(key) is null") }

        let french = try XCTUnwrap(funding.first { $0["source"] as? String == "Saint-Aubin-sur-Loire" })
        XCTAssertEqual(try money(french["amount"]), ["1500.00", "EUR"])
        XCTAssertEqual(try money(french["converted"]), ["37620.00", "CZK"])
        XCTAssertNotNil(french["townId"] as? NSNumber)

        let fee = try XCTUnwrap(funding.first { $0["kind"] as? String == "participant-fees" })
        XCTAssertEqual(fee["perPerson"] as? Bool, true)
        XCTAssertEqual(fee["filter"] as? String, "young-people")
        XCTAssertEqual(fee["people"] as? Int, 20)
        XCTAssertEqual(try money(fee["amount"]), ["40.00", "EUR"])
        XCTAssertEqual(try money(fee["total"]), ["800.00", "EUR"])
        XCTAssertEqual(try money(fee["converted"]), ["20064.00", "CZK"])
    }

    /// No amount anywhere in the document is a JSON number: a float would lose cents.
    func testNoFloatingPointNumbers() throws {
        XCTAssertEqual(try cli.run(database: "demo").status, 0)
        let text = try cli.run(database: "budget", "--visit", sample, "--json").stdout
        func walk(_ value: Any, path: String) {
            switch value {
            case let object as [String: Any]:
                for (key, child) in object { walk(child, path: path + "." + key) }
            case let array as [Any]:
                for (index, child) in array.enumerated() { walk(child, path: "\(path)[\(index)]") }
            case is NSNumber:
                XCTAssertFalse(path.hasSuffix(".amount") || path.hasSuffix(".rate") || path.hasSuffix(".quantity"),
                               "\(path) must be a string")
            default:
                break
            }
        }
        walk(try JSONSerialization.jsonObject(with: Data(text.utf8)), path: "$")
        // Numbers are counts and ids only: never a fraction or an exponent.
        XCTAssertNil(text.range(of: #":\s*-?[0-9]+(\.[0-9]|[eE])"#, options: .regularExpression), text)
    }

    func testTextOutput() throws {
        XCTAssertEqual(try cli.run(database: "demo").status, 0)
        let result = try cli.run(database: "budget", "--visit", sample)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "")
        let text = result.stdout
        for expected in ["Ascension meeting 2027", "Reporting currency: CZK",
                         "Gala dinner in the Sokolovna hall", "47 participants", "650.00 CZK", "30550.00 CZK",
                         "205 participant-days", "200.00 EUR", "5016.00 CZK",
                         "Total Meals", "Totals per currency", "107725.00 CZK",
                         "Town of Horní Lhota", "not known yet", "40.00 EUR × 20 = 800.00 EUR", "20064.00 CZK",
                         "Who pays what", "1 EUR = 25.08 CZK (2027-04-30)"] {
            XCTAssertTrue(text.contains(expected), "missing “\(expected)” in:\n\(text)")
        }
        let totals = text.components(separatedBy: "Totals (CZK)").last ?? ""
        for (label, amount) in [("Planned costs:", "112741.00 CZK"), ("Funding:", "227844.00 CZK"),
                                ("Balance:", "115103.00 CZK"), ("Cost per participant:", "2398.74 CZK"),
                                ("Participants:", "47")] {
            let row = totals.split(separator: "\n").first { $0.contains(label) }
            XCTAssertTrue(row?.hasSuffix(amount) ?? false, "\(label) \(amount) in:\n\(totals)")
        }
        // By id, the same output.
        let id = try cli.run(database: "demo").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let byId = try cli.run(database: "budget", "--visit", id)
        XCTAssertEqual(byId.stdout, text)
    }

    func testVisitWithoutBudget() throws {
        let ids = try SeedData.install(at: cli.databasePath)
        let text = try cli.run(database: "budget", "--visit", String(ids.visit))
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(text.stdout.contains("No budget lines yet."), text.stdout)
        XCTAssertTrue(text.stdout.contains("No funding yet."), text.stdout)

        let json = try cli.run(database: "budget", "--visit", SeedData.title, "--json").json()
        XCTAssertEqual((json["lines"] as? [Any])?.count, 0)
        XCTAssertEqual((json["funding"] as? [Any])?.count, 0)
        XCTAssertEqual(try money((json["totals"] as? [String: Any])?["planned"]), ["0.00", "CZK"])
        XCTAssertEqual(try money(json["costPerParticipant"]), ["0.00", "CZK"])
        XCTAssertEqual(json["participantCount"] as? Int, 3)
    }

    func testMissingRateIsReported() throws {
        let ids = try SeedData.install(at: cli.databasePath)
        let store = try PlannerStore(path: cli.databasePath)
        try store.saveBudgetLine(BudgetLineDraft(description: "Ferry", category: .travel, quantity: "3", unitPrice: "12.50",
                                                 currency: "USD", actualAmount: "40", actualDate: "2026-07-02",
                                                 paidBy: "Leader", receiptNumber: "F-9"), visitId: ids.visit)
        try store.saveBudgetLine(BudgetLineDraft(description: "Lunch", category: .meals, basis: .perParticipant,
                                                 unitPrice: "180", currency: "CZK"), visitId: ids.visit)

        let json = try cli.run(database: "budget", "--visit", SeedData.title, "--json").json()
        XCTAssertEqual(json["missingRates"] as? [String], ["USD"])
        let lines = try XCTUnwrap(json["lines"] as? [[String: Any]])
        let ferry = try XCTUnwrap(lines.first { $0["description"] as? String == "Ferry" })
        XCTAssertEqual(try money(ferry["planned"]), ["37.50", "USD"])
        XCTAssertTrue(ferry["plannedConverted"] is NSNull)
        XCTAssertTrue(ferry["actualConverted"] is NSNull)
        let actual = try XCTUnwrap(ferry["actual"] as? [String: Any])
        XCTAssertEqual(try money(actual["amount"]), ["40.00", "USD"])
        XCTAssertEqual(actual["date"] as? String, "2026-07-02")
        XCTAssertEqual(actual["paidBy"] as? String, "Leader")
        XCTAssertEqual(actual["receiptNumber"] as? String, "F-9")
        XCTAssertEqual(actual["attachmentPath"] as? String, "")
        // The USD line is left out of the totals: only the lunches (3 × 180) count.
        XCTAssertEqual(try money((json["totals"] as? [String: Any])?["planned"]), ["540.00", "CZK"])
        XCTAssertEqual(try money(json["costPerParticipant"]), ["180.00", "CZK"])

        let text = try cli.run(database: "budget", "--visit", SeedData.title)
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(text.stdout.contains("Missing exchange rates"), text.stdout)
        XCTAssertTrue(text.stdout.contains("No rate from USD to CZK"), text.stdout)
        XCTAssertTrue(text.stdout.contains("no rate"), text.stdout)
    }

    func testUnknownVisitFailsWithOneLine() throws {
        XCTAssertEqual(try cli.run(database: "demo").status, 0)
        for key in ["No such visit", "9999"] {
            for json in [false, true] {
                let result = try cli.run(["budget", "--visit", key, "--database", cli.databasePath] + (json ? ["--json"] : []))
                XCTAssertEqual(result.status, 1)
                XCTAssertEqual(result.stderrLines.count, 1, result.stderr)
                XCTAssertTrue(result.stderr.hasPrefix("visitplanner: "), result.stderr)
                XCTAssertTrue(result.stderr.contains(key), result.stderr)
                XCTAssertEqual(result.stdout, "")
            }
        }
    }

    func testHelpAndUsage() throws {
        let help = try cli.run(["budget", "--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("USAGE"), help.stdout)
        XCTAssertTrue(help.stdout.contains("--visit"), help.stdout)
        XCTAssertTrue(help.stdout.contains("--json"), help.stdout)
        XCTAssertEqual(help.stderr, "")
        XCTAssertTrue(try cli.run(["--help"]).stdout.contains("budget"), "listed among the subcommands")
        // --visit is required: a usage error.
        let missing = try cli.run(database: "budget")
        XCTAssertEqual(missing.status, 2)
        XCTAssertEqual(missing.stdout, "")
    }
}
