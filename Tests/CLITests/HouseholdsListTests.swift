import Foundation
import XCTest

/// `visitplanner households list [--visit V]`.
final class HouseholdsListTests: XCTestCase {
    private var cli: CLIRunner!

    override func setUpWithError() throws { cli = try CLIRunner() }
    override func tearDown() { cli.cleanUp() }

    func testAllHouseholds() throws {
        _ = try SeedData.install(at: cli.databasePath)
        let result = try cli.run(database: "households", "list", "--json")
        XCTAssertEqual(result.status, 0, result.stderr)
        let json = try result.json()
        XCTAssertNil(json["visit"])
        let households = try XCTUnwrap(json["households"] as? [[String: Any]])
        XCTAssertEqual(households.count, 3)
        let dvorak = try XCTUnwrap(households.first { $0["name"] as? String == "Dvořákovi" })
        XCTAssertEqual(dvorak["beds"] as? Int, 2)
        XCTAssertEqual(dvorak["pets"] as? [String], ["dog"])
        XCTAssertEqual(dvorak["smoking"] as? Bool, false)
        // The earliest of the adults' checks.
        XCTAssertEqual(dvorak["checkValidUntil"] as? String, "2026-09-30")
        XCTAssertEqual((dvorak["languages"] as? [[String: String]])?.first, ["code": "cs", "level": "native"])
        XCTAssertNil(dvorak["availability"], "availability only with --visit")
        let simek = try XCTUnwrap(households.first { $0["name"] as? String == "Šimek" })
        XCTAssertTrue(simek["checkValidUntil"] is NSNull)

        let text = try cli.run(database: "households", "list")
        XCTAssertEqual(text.status, 0)
        XCTAssertTrue(text.stdout.contains("Dvořákovi"))
    }

    func testAvailabilityForAVisit() throws {
        let ids = try SeedData.install(at: cli.databasePath)
        let result = try cli.run(["households", "list", "--visit", SeedData.title, "--json", "--database", cli.databasePath])
        XCTAssertEqual(result.status, 0, result.stderr)
        let json = try result.json()
        XCTAssertEqual(((json["visit"] as? [String: Any])?["id"] as? NSNumber)?.int64Value, ids.visit)
        let households = try XCTUnwrap(json["households"] as? [[String: Any]])
        func named(_ name: String) throws -> [String: Any] { try XCTUnwrap(households.first { $0["name"] as? String == name }) }
        XCTAssertEqual(try named("Dvořákovi")["coversVisit"] as? Bool, true)
        XCTAssertEqual(try named("Dvořákovi")["checksValidThroughVisit"] as? Bool, true)
        XCTAssertEqual((try named("Nováková")["availability"] as? [String: String]), ["from": "2026-07-01", "to": "2026-07-03"])
        XCTAssertEqual(try named("Nováková")["coversVisit"] as? Bool, false)
        XCTAssertEqual(try named("Šimek")["offered"] as? Bool, false)
        XCTAssertTrue(try named("Šimek")["availability"] is NSNull)

        let text = try cli.run(database: "households", "list", "--visit", String(ids.visit))
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(text.stdout.contains("AVAILABLE"), text.stdout)
    }

    func testUnknownVisit() throws {
        let result = try cli.run(database: "households", "list", "--visit", "nope")
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderrLines.count, 1, result.stderr)
    }
}
