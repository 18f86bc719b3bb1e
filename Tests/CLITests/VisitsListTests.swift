import Foundation
import XCTest

/// `visitplanner visits list`.
final class VisitsListTests: XCTestCase {
    private var cli: CLIRunner!

    override func setUpWithError() throws { cli = try CLIRunner() }
    override func tearDown() { cli.cleanUp() }

    func testEmptyDatabase() throws {
        let json = try cli.run(database: "visits", "list", "--json").json()
        XCTAssertEqual((json["visits"] as? [Any])?.count, 0)
        let text = try cli.run(database: "visits", "list")
        XCTAssertEqual(text.status, 0)
        XCTAssertFalse(text.stdout.isEmpty)
    }

    func testJSONShape() throws {
        _ = try SeedData.install(at: cli.databasePath)
        let result = try cli.run(database: "visits", "list", "--json")
        XCTAssertEqual(result.status, 0, result.stderr)
        let visit = try XCTUnwrap((try result.json()["visits"] as? [[String: Any]])?.first)
        XCTAssertEqual(visit["title"] as? String, SeedData.title)
        XCTAssertEqual(visit["startDate"] as? String, "2026-07-01")
        XCTAssertEqual(visit["endDate"] as? String, "2026-07-05")
        XCTAssertEqual(visit["kind"] as? String, "youth-exchange")
        XCTAssertEqual(visit["status"] as? String, "planning")
        XCTAssertEqual(visit["participants"] as? Int, 3)
        let host = try XCTUnwrap(visit["hostTown"] as? [String: Any])
        XCTAssertEqual(host["name"] as? String, "Horní Lhota")
        XCTAssertEqual(host["country"] as? String, "CZ")
        let partners = try XCTUnwrap(visit["partnerTowns"] as? [[String: Any]])
        XCTAssertEqual(partners.map { $0["country"] as? String }, ["FR", "DE"])
    }

    func testTextTableAlignsNamesWithDiacritics() throws {
        _ = try SeedData.install(at: cli.databasePath)
        XCTAssertEqual(try cli.run(database: "demo").status, 0)
        let lines = try cli.run(database: "visits", "list").stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 3, lines.joined(separator: "\n"))
        // The host-town column starts at the same Character offset on every line.
        let header = lines[0]
        let column = try XCTUnwrap(header.range(of: "HOST TOWN")).lowerBound
        let offset = header.distance(from: header.startIndex, to: column)
        for line in lines.dropFirst() {
            let start = line.index(line.startIndex, offsetBy: offset)
            XCTAssertTrue(line[start...].hasPrefix("Horní Lhota"), line)
        }
    }
}
