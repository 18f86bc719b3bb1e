import Foundation
import XCTest

/// `visitplanner visits create`: a whole visit set up from a script, checked by the core's
/// validation (the Visit form's), one line per refusal, nothing written unless it is valid.
final class VisitsCreateTests: XCTestCase {
    private var cli: CLIRunner!

    override func setUpWithError() throws { cli = try CLIRunner() }
    override func tearDown() { cli.cleanUp() }

    /// A valid command line with new towns; `changes` replaces options (nil value: removes it).
    private func arguments(_ changes: [String: String?] = [:], partners: [String]? = nil,
                           languages: [String]? = nil) -> [String] {
        var options: [(String, String)] = [
            ("--title", "Autumn exchange 2027"), ("--start", "2027-09-10"), ("--end", "2027-09-14"),
            ("--host-town", "Horní Lhota (CZ)"),
        ]
        options += (partners ?? ["Saint-Aubin-sur-Loire (FR)", "Birkenfeld am See (DE)"]).map { ("--partner-town", $0) }
        options += (languages ?? ["cs", "fr,de"]).map { ("--language", $0) }
        options.append(("--currency", "czk"))
        var result = ["visits", "create"]
        var done: Set<String> = []
        for (option, value) in options {
            if let change = changes[option] {
                if !done.insert(option).inserted { continue }
                if let change { result += [option, change] }
            } else {
                result += [option, value]
            }
        }
        for (option, value) in changes where !options.contains(where: { $0.0 == option }) {
            if let value { result += [option, value] }
        }
        return result + ["--database", cli.databasePath]
    }

    private func visitsList() throws -> [[String: Any]] {
        let result = try cli.run(database: "visits", "list", "--json")
        XCTAssertEqual(result.status, 0, result.stderr)
        return try XCTUnwrap(try result.json()["visits"] as? [[String: Any]])
    }

    func testCreatesWithNewTownsAndPrintsJSON() throws {
        let result = try cli.run(arguments() + ["--json", "--kind", "youth-exchange"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "")
        let visit = try result.json()
        let id = try XCTUnwrap(visit["id"] as? Int)
        XCTAssertEqual(visit["title"] as? String, "Autumn exchange 2027")
        XCTAssertEqual(visit["startDate"] as? String, "2027-09-10")
        XCTAssertEqual(visit["endDate"] as? String, "2027-09-14")
        XCTAssertEqual(visit["nights"] as? Int, 4)
        XCTAssertEqual(visit["languages"] as? [String], ["cs", "fr", "de"])
        XCTAssertEqual(visit["currency"] as? String, "CZK")
        XCTAssertEqual(visit["kind"] as? String, "youth-exchange")
        XCTAssertEqual(visit["status"] as? String, "planning")
        XCTAssertEqual(visit["participants"] as? Int, 0)
        let host = try XCTUnwrap(visit["hostTown"] as? [String: Any])
        XCTAssertEqual(host["name"] as? String, "Horní Lhota")
        XCTAssertEqual(host["country"] as? String, "CZ")
        let partners = try XCTUnwrap(visit["partnerTowns"] as? [[String: Any]])
        XCTAssertEqual(partners.map { $0["name"] as? String }, ["Saint-Aubin-sur-Loire", "Birkenfeld am See"])
        XCTAssertEqual(partners.map { $0["country"] as? String }, ["FR", "DE"])

        // `visits list --json` shows the same visit, field for field.
        let listed = try XCTUnwrap(try visitsList().first { $0["id"] as? Int == id })
        XCTAssertEqual(NSDictionary(dictionary: listed), NSDictionary(dictionary: visit))
    }

    func testExistingTownsByNameAndTheirLanguages() throws {
        XCTAssertEqual(try cli.run(database: "demo").status, 0)
        let before = try visitsList().count
        // No countries: the sample's towns are found by name; no --language: theirs, the host's first.
        var args = arguments(["--host-town": "Zielona Dolina", "--title": "Return visit 2028",
                              "--start": "2028-05-01", "--end": "2028-05-04"],
                             partners: ["Horní Lhota", "Saint-Aubin-sur-Loire"], languages: [])
        args.removeAll { $0 == "--currency" || $0 == "czk" }
        let result = try cli.run(args)
        XCTAssertEqual(result.status, 0, result.stderr)
        let id = try XCTUnwrap(Int(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)), "prints the id: \(result.stdout)")
        let visits = try visitsList()
        XCTAssertEqual(visits.count, before + 1)
        let visit = try XCTUnwrap(visits.first { $0["id"] as? Int == id })
        XCTAssertEqual((visit["hostTown"] as? [String: Any])?["country"] as? String, "PL")
        XCTAssertEqual((visit["partnerTowns"] as? [[String: Any]])?.map { $0["country"] as? String }, ["CZ", "FR"])
        XCTAssertEqual(visit["languages"] as? [String], ["pl", "cs", "fr"])
        XCTAssertEqual(visit["currency"] as? String, "EUR", "the Visit form's default currency")
        XCTAssertEqual(visit["kind"] as? String, "citizens-meeting", "the Visit form's default kind")
    }

    /// Each invalid value: status 1, exactly one line naming the option and the core's problem,
    /// nothing on stdout, and nothing written (the visit list and the towns are unchanged).
    func testEveryValidationFailure() throws {
        XCTAssertEqual(try cli.run(database: "demo").status, 0)
        // Two towns called Neustadt, in Germany and in Austria, for the ambiguous name.
        XCTAssertEqual(try cli.run(arguments(["--title": "A", "--host-town": "Neustadt (DE)"], languages: ["de"])).status, 0)
        XCTAssertEqual(try cli.run(arguments(["--title": "B"], partners: ["Neustadt (AT)"], languages: ["cs"])).status, 0)
        let before = try visitsList()

        let cases: [(String, [String], String)] = [
            ("blank title", arguments(["--title": " "]), "--title: Required"),
            ("long title", arguments(["--title": String(repeating: "x", count: 201)]), "--title: Too long (at most 200 characters)"),
            ("unreadable start", arguments(["--start": "2027-02-30"]), "--start: Cannot read “2027-02-30” as a date (YYYY-MM-DD)"),
            ("blank end", arguments(["--end": ""]), "--end: Required"),
            ("end before start", arguments(["--end": "2027-09-01"]), "--end: The end is before the start"),
            ("blank host town", arguments(["--host-town": ""]), "--host-town: Required"),
            ("unknown host town", arguments(["--host-town": "Nowhere"]),
             "--host-town: There is no town “Nowhere” yet: give its country to create it, as in “Nowhere (CZ)”"),
            ("ambiguous host town", arguments(["--host-town": "Neustadt"]),
             "--host-town: More than one town is called “Neustadt” (AT, DE): add its country, as in “Neustadt (AT)”"),
            ("host country", arguments(["--host-town": "Horní Lhota (C1)"]),
             "--host-town: “C1” is not a two-letter country code (CZ, DE, FR…)"),
            ("partner country", arguments(partners: ["Saint-Aubin-sur-Loire (XX)"]),
             "--partner-town: “XX” is not a two-letter country code (CZ, DE, FR…)"),
            ("unknown partner town", arguments(partners: ["Villeneuve"]),
             "--partner-town: There is no town “Villeneuve” yet: give its country to create it, as in “Villeneuve (CZ)”"),
            ("host as partner", arguments(partners: ["Horní Lhota (CZ)"]), "--partner-town: Horní Lhota is listed twice"),
            ("partner twice", arguments(partners: ["Birkenfeld am See (DE)", "Birkenfeld am See (DE)"]),
             "--partner-town: Birkenfeld am See is listed twice"),
            ("no language for new towns", arguments(["--host-town": "Nová Ves (CZ)"], partners: ["Villeneuve (FR)"], languages: []),
             "--language: Required"),
            ("unreadable language", arguments(languages: ["cs", "french"]),
             "--language: Cannot read “french”: write a language code and a level, as in “fr native, en B1”"),
            ("currency", arguments(["--currency": "EURO"]), "--currency: “EURO” is not an ISO 4217 currency code (CZK, EUR…)"),
            ("several at once", arguments(["--title": "", "--end": "2027-09-01"]),
             "--title: Required; --end: The end is before the start"),
        ]
        for (name, args, message) in cases {
            let result = try cli.run(args + ["--json"])
            XCTAssertEqual(result.status, 1, "\(name): \(result.stderr)")
            XCTAssertEqual(result.stderrLines, ["visitplanner: \(message)"[...]], name)
            XCTAssertEqual(result.stdout, "", "\(name): nothing on stdout")
        }
        let after = try visitsList()
        XCTAssertEqual(after.count, before.count, "a refused command stored a visit")
        XCTAssertEqual(after.map { $0["id"] as? Int }, before.map { $0["id"] as? Int })
        // Nor a town: the new names of the refused runs are still unknown.
        let probe = try cli.run(arguments(["--host-town": "Nová Ves"], partners: ["Villeneuve"]))
        XCTAssertEqual(probe.status, 1)
        XCTAssertTrue(probe.stderr.contains("There is no town “Nová Ves” yet"), probe.stderr)
        XCTAssertTrue(probe.stderr.contains("There is no town “Villeneuve” yet"), probe.stderr)
    }

    func testRefusalLeavesNoNewDatabase() throws {
        let result = try cli.run(arguments(["--end": "2027-09-01"]))
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.databasePath), "a refused command created the database")
    }

    func testUsageErrorsExitTwo() throws {
        for (name, args) in [("no title", arguments(["--title": nil])),
                             ("no start", arguments(["--start": nil])),
                             ("no host town", arguments(["--host-town": nil])),
                             ("no partner town", arguments(partners: [])),
                             ("unknown kind", arguments(["--kind": "holiday"]))] {
            let result = try cli.run(args)
            XCTAssertEqual(result.status, 2, "\(name): \(result.stderr)")
            XCTAssertFalse(result.stderr.isEmpty, name)
            XCTAssertEqual(result.stdout, "", name)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.databasePath), "a usage error created the database")
    }
}
