import Foundation
import XCTest

/// `visitplanner people list --visit V`.
final class PeopleListTests: XCTestCase {
    private var cli: CLIRunner!

    override func setUpWithError() throws { cli = try CLIRunner() }
    override func tearDown() { cli.cleanUp() }

    func testSampleVisitByTitle() throws {
        XCTAssertEqual(try cli.run(database: "demo").status, 0)
        let result = try cli.run(database: "people", "list", "--visit", "Ascension meeting 2027", "--json", "--include-health")
        XCTAssertEqual(result.status, 0, result.stderr)
        let json = try result.json()
        XCTAssertEqual((json["visit"] as? [String: Any])?["title"] as? String, "Ascension meeting 2027")
        let people = try XCTUnwrap(json["participants"] as? [[String: Any]])
        // 16 from Saint-Aubin, 14 from Birkenfeld, 11 from Zielona Dolina (an interpreter among them),
        // 3 local organizers and 3 local interpreters.
        XCTAssertEqual(people.count, 47)
        let lea = try XCTUnwrap(people.first { $0["fullName"] as? String == "Léa Bonnet" })
        XCTAssertEqual(lea["age"] as? Int, 15)
        XCTAssertEqual(lea["minor"] as? Bool, true)
        for person in people { try assertParticipantShape(person) }
    }

    func testSeededVisitByIdAndTitleAgree() throws {
        let ids = try SeedData.install(at: cli.databasePath)
        let byId = try cli.run(database: "people", "list", "--visit", String(ids.visit), "--json", "--include-health")
        let byTitle = try cli.run(database: "people", "list", "--visit", SeedData.title, "--json", "--include-health")
        XCTAssertEqual(byId.status, 0, byId.stderr)
        XCTAssertEqual(byId.stdout, byTitle.stdout)

        let people = try XCTUnwrap(try byId.json()["participants"] as? [[String: Any]])
        XCTAssertEqual(people.count, 3)
        for person in people { try assertParticipantShape(person) }

        let zoe = try XCTUnwrap(people.first { ($0["id"] as? NSNumber)?.int64Value == ids.minor })
        XCTAssertEqual(zoe["fullName"] as? String, "Zoë Lefèvre")
        XCTAssertEqual(zoe["role"] as? String, "youth")
        XCTAssertEqual(zoe["age"] as? Int, 15)
        XCTAssertEqual(zoe["minor"] as? Bool, true)
        XCTAssertEqual(zoe["birthDate"] as? String, "2011-03-02")
        XCTAssertEqual((zoe["town"] as? [String: Any])?["country"] as? String, "FR")
        XCTAssertEqual(zoe["diets"] as? [String], ["vegetarian"])
        XCTAssertEqual(zoe["allergies"] as? String, "peanuts")
        XCTAssertEqual((zoe["petAllergy"] as? [String: Any])?["kinds"] as? [String], ["cat"])
        let languages = try XCTUnwrap(zoe["languages"] as? [[String: String]])
        XCTAssertEqual(languages, [["code": "fr", "level": "native"], ["code": "en", "level": "A2"]])

        // Unknown birth date and no town: explicit nulls, not missing keys.
        let anna = try XCTUnwrap(people.first { $0["givenName"] as? String == "Anna" })
        XCTAssertTrue(anna["age"] is NSNull)
        XCTAssertTrue(anna["town"] is NSNull)
    }

    func testTextOutput() throws {
        let ids = try SeedData.install(at: cli.databasePath)
        let result = try cli.run(database: "people", "list", "--visit", String(ids.visit))
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Zoë Lefèvre"))
        XCTAssertTrue(result.stdout.contains("Jürgen Größmann"))
        XCTAssertTrue(result.stdout.contains("not placed"))
    }

    func testUnknownVisitFailsWithOneLine() throws {
        XCTAssertEqual(try cli.run(database: "demo").status, 0)
        let before = try contents()
        for key in ["No such visit", "9999"] {
            let result = try cli.run(database: "people", "list", "--visit", key)
            XCTAssertEqual(result.status, 1)
            XCTAssertEqual(result.stderrLines.count, 1, result.stderr)
            XCTAssertTrue(result.stderr.hasPrefix("visitplanner: "), result.stderr)
            XCTAssertTrue(result.stderr.contains(key), result.stderr)
            XCTAssertEqual(result.stdout, "")
        }
        XCTAssertEqual(try contents(), before)
    }

    func testFailedCommandLeavesNoNewDatabase() throws {
        let path = cli.folder.appendingPathComponent("typo.sqlite3").path
        let result = try cli.run(["people", "list", "--visit", "1", "--database", path])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderrLines.count, 1, result.stderr)
        for file in [path, path + "-wal", path + "-shm"] {
            XCTAssertFalse(FileManager.default.fileExists(atPath: file), file)
        }
    }

    /// What the database holds, as the CLI reports it (health fields included) (the file's bytes change on every open).
    private func contents() throws -> [String] {
        try [["visits", "list", "--json"], ["households", "list", "--json"],
             ["people", "list", "--visit", "Ascension meeting 2027", "--json", "--include-health"]].map { try cli.run($0 + ["--database", cli.databasePath]).stdout }
    }

    private func assertParticipantShape(_ person: [String: Any], file: StaticString = #filePath, line: UInt = #line) throws {
        for key in ["id", "givenName", "familyName", "fullName", "role", "town", "age", "minor", "languages",
                    "diets", "allergies", "petAllergy", "placement"] {
            XCTAssertNotNil(person[key], "missing key \(key)", file: file, line: line)
        }
        XCTAssertTrue(person["placement"] is NSNull, "no placements yet", file: file, line: line)
        XCTAssertNotNil(person["languages"] as? [[String: Any]], file: file, line: line)
    }
}
