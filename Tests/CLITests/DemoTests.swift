import Foundation
import XCTest

/// `visitplanner demo`.
final class DemoTests: XCTestCase {
    private var cli: CLIRunner!

    override func setUpWithError() throws { cli = try CLIRunner() }
    override func tearDown() { cli.cleanUp() }

    func testDemoIsIdempotent() throws {
        let first = try cli.run(database: "demo")
        let second = try cli.run(["--database", cli.databasePath, "demo"])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertEqual(second.status, 0, second.stderr)
        let id = first.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertNotNil(Int64(id), "demo prints the visit id: \(first.stdout)")
        XCTAssertEqual(second.stdout.trimmingCharacters(in: .whitespacesAndNewlines), id)

        let visits = try XCTUnwrap(try cli.run(database: "visits", "list", "--json").json()["visits"] as? [[String: Any]])
        XCTAssertEqual(visits.count, 1)
        XCTAssertEqual((visits[0]["id"] as? NSNumber)?.stringValue, id)
        XCTAssertEqual(visits[0]["title"] as? String, "Ascension meeting 2027")
    }

    func testDemoJSON() throws {
        let json = try cli.run(database: "demo", "--json").json()
        XCTAssertNotNil(json["id"] as? NSNumber)
        XCTAssertEqual(json["title"] as? String, "Ascension meeting 2027")
    }
}
