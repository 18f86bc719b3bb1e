import Foundation
import PlannerCore
import XCTest

/// `visitplanner import participants|households|partner-file` and `export-partner`.
final class ImportTests: XCTestCase {
    private var cli: CLIRunner!

    override func setUpWithError() throws { cli = try CLIRunner() }
    override func tearDown() { cli.cleanUp() }

    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    private static let fixtures = root.appendingPathComponent("Tests/Fixtures/sample-visit")
    private static let own = root.appendingPathComponent("Tests/Fixtures/import")
    private func fixture(_ name: String) -> String { Self.fixtures.appendingPathComponent(name).path }

    private let title = "Ascension meeting 2027"

    /// An empty visit like the sample's.
    private func makeVisit() throws -> Int64 {
        let store = try PlannerStore(path: cli.databasePath)
        return try store.createVisit(VisitDraft(
            title: title, hostTown: .init(name: "Horní Lhota", countryCode: "CZ"),
            partnerTowns: [.init(name: "Saint-Aubin-sur-Loire", countryCode: "FR"), .init(name: "Birkenfeld am See", countryCode: "DE")],
            startDate: CalendarDate(year: 2027, month: 5, day: 13), endDate: CalendarDate(year: 2027, month: 5, day: 17),
            languages: ["cs", "fr", "de"], currency: "CZK"))
    }

    /// A visit whose only partner town is Saint-Aubin-sur-Loire, in May (the sample's dates) or October.
    private func makeFrenchVisit(title: String, october: Bool = false) throws -> Int64 {
        let store = try PlannerStore(path: cli.databasePath)
        return try store.createVisit(VisitDraft(
            title: title, hostTown: .init(name: "Horní Lhota", countryCode: "CZ"),
            partnerTowns: [.init(name: "Saint-Aubin-sur-Loire", countryCode: "FR")],
            startDate: CalendarDate(year: 2027, month: october ? 10 : 5, day: october ? 7 : 13),
            endDate: CalendarDate(year: 2027, month: october ? 10 : 5, day: october ? 11 : 17),
            languages: ["cs", "fr"], currency: "CZK"))
    }

    /// `people list --visit V --json --include-health`: the participants as the CLI shows them,
    /// diets and allergies included.
    private func people(_ visit: String) throws -> [[String: Any]] {
        let result = try cli.run(database: "people", "list", "--visit", visit, "--json", "--include-health")
        XCTAssertEqual(result.status, 0, result.stderr)
        return try XCTUnwrap(try result.json()["participants"] as? [[String: Any]])
    }

    /// `households list --visit V --json`.
    private func households(_ visit: String) throws -> [[String: Any]] {
        let result = try cli.run(database: "households", "list", "--visit", visit, "--json")
        XCTAssertEqual(result.status, 0, result.stderr)
        return try XCTUnwrap(try result.json()["households"] as? [[String: Any]])
    }

    /// A copy of a fixture with `replace` applied, in the test's folder.
    private func edited(_ name: String, _ replace: [(String, String)]) throws -> String {
        var text = try String(contentsOfFile: fixture(name), encoding: .utf8)
        for (old, new) in replace {
            XCTAssertTrue(text.contains(old), old)
            text = text.replacingOccurrences(of: old, with: new)
        }
        let url = cli.folder.appendingPathComponent("edited-" + name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    private func participantCount(_ visit: Int64) throws -> Int {
        try PlannerStore(path: cli.databasePath).participants(ofVisit: visit).count
    }

    func testDryRunListsEveryRowAndWritesNothing() throws {
        let visit = try makeVisit()
        let result = try cli.run(database: "import", "participants", "--visit", title, "--town", "Saint-Aubin-sur-Loire", fixture("guests-saint-aubin.csv"), "--dry-run", "--json")
        XCTAssertEqual(result.status, 0, result.stderr)
        let json = try result.json()
        XCTAssertEqual(json["dryRun"] as? Bool, true)
        XCTAssertEqual(json["imported"] as? Bool, false)
        XCTAssertEqual(json["encoding"] as? String, "utf-8")
        XCTAssertEqual(json["delimiter"] as? String, ",")
        let rows = try XCTUnwrap(json["rows"] as? [[String: Any]])
        XCTAssertEqual(rows.count, 16)
        XCTAssertEqual(rows.first?["row"] as? Int, 2)
        XCTAssertEqual(rows.first?["name"] as? String, "Léa Bonnet")
        XCTAssertTrue(rows.allSatisfy { $0["outcome"] as? String == "new" })
        let mapping = try XCTUnwrap(json["mapping"] as? [[String: String]])
        XCTAssertEqual(mapping.first, ["column": "Horodateur", "field": "ignore"])
        XCTAssertEqual((json["summary"] as? [String: Int])?["new"], 16)
        XCTAssertEqual(try participantCount(visit), 0)
    }

    func testImportParticipantsThenDuplicatesOnReimport() throws {
        let visit = try makeVisit()
        let result = try cli.run(database: "import", "participants", "--visit", String(visit), "--town", "Birkenfeld am See", fixture("guests-birkenfeld.csv"), "--json")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual((try result.json()["insertedIds"] as? [Any])?.count, 14)
        XCTAssertEqual(try participantCount(visit), 14)
        let people = try PlannerStore(path: cli.databasePath).participants(ofVisit: visit)
        XCTAssertEqual(people.first { $0.givenName == "Käthe" }?.birthDate, CalendarDate(year: 1961, month: 5, day: 3))

        let again = try cli.run(database: "import", "participants", "--visit", title, "--town", "Birkenfeld am See", fixture("guests-birkenfeld.csv"), "--dry-run", "--json")
        let rows = try XCTUnwrap(try again.json()["rows"] as? [[String: Any]])
        XCTAssertTrue(rows.allSatisfy { $0["outcome"] as? String == "duplicate" && $0["duplicateChoice"] as? String == "update" })
        let skip = try cli.run(database: "import", "participants", "--visit", title, "--town", "Birkenfeld am See", fixture("guests-birkenfeld.csv"), "--duplicates", "skip")
        XCTAssertEqual(skip.status, 0, skip.stderr)
        XCTAssertEqual(try participantCount(visit), 14)
    }

    func testErrorsMeanNothingIsWritten() throws {
        let visit = try makeVisit()
        for name in ["truncated-saint-aubin.csv", "impossible-date.csv"] {
            let path = Self.own.appendingPathComponent(name).path
            let result = try cli.run(database: "import", "participants", "--visit", title, "--town", "Saint-Aubin-sur-Loire", path, "--json")
            XCTAssertEqual(result.status, 1, name)
            XCTAssertEqual(result.stderrLines.count, 1, result.stderr)
            XCTAssertTrue(result.stderr.hasPrefix("visitplanner: Nothing was imported"), result.stderr)
            let json = try result.json()
            XCTAssertEqual(json["imported"] as? Bool, false)
            let bad = try XCTUnwrap((json["rows"] as? [[String: Any]])?.first { $0["outcome"] as? String == "error" })
            let problem = try XCTUnwrap((bad["problems"] as? [[String: Any]])?.first { $0["severity"] as? String == "error" })
            XCTAssertNotNil(problem["row"] as? Int)
            XCTAssertNotNil(problem["column"] as? String)
            XCTAssertEqual(try participantCount(visit), 0, name)
        }
        let dry = try cli.run(database: "import", "participants", "--visit", title, "--town", "Saint-Aubin-sur-Loire", 
                              Self.own.appendingPathComponent("impossible-date.csv").path, "--dry-run")
        XCTAssertEqual(dry.status, 1)
        XCTAssertTrue(dry.stdout.contains("31/02/2010"), dry.stdout)
    }

    func testUnreadableFilesGiveOneLine() throws {
        _ = try makeVisit()
        let empty = cli.folder.appendingPathComponent("empty.csv")
        try Data().write(to: empty)
        let binary = cli.folder.appendingPathComponent("photo.csv")
        try Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]).write(to: binary)
        for (path, text) in [(empty.path, "empty"), (binary.path, "not a text file"), ("/nonexistent.csv", "Cannot read")] {
            let result = try cli.run(database: "import", "participants", "--visit", title, "--town", "Saint-Aubin-sur-Loire", path)
            XCTAssertEqual(result.status, 1, path)
            XCTAssertEqual(result.stderrLines.count, 1, result.stderr)
            XCTAssertTrue(result.stderr.contains(text), result.stderr)
        }
        let usage = try cli.run(database: "import", "participants", "--visit", title, fixture("guests-birkenfeld.csv"), "--encoding", "ebcdic")
        XCTAssertEqual(usage.status, 2, usage.stderr)
    }

    func testEncodingDelimiterAndMappingOptions() throws {
        let visit = try makeVisit()
        let text = try String(contentsOfFile: fixture("guests-birkenfeld.csv"), encoding: .utf8)
        let latin = cli.folder.appendingPathComponent("birkenfeld-1252.csv")
        try XCTUnwrap(text.replacingOccurrences(of: "\u{FEFF}", with: "").replacingOccurrences(of: "—", with: "-")
            .data(using: .windowsCP1252)).write(to: latin)
        let detected = try cli.run(database: "import", "participants", "--visit", title, "--town", "Birkenfeld am See", latin.path, "--dry-run", "--json")
        XCTAssertEqual(try detected.json()["encoding"] as? String, "windows-1252")
        XCTAssertEqual(try detected.json()["encodingGuessed"] as? Bool, true)
        let mappingFile = cli.folder.appendingPathComponent("mapping.json")
        try Data(#"{"Anmerkungen": "ignore"}"#.utf8).write(to: mappingFile)
        let forced = try cli.run(database: "import", "participants", "--visit", title, "--town", "Birkenfeld am See", latin.path, "--encoding", "windows-1252",
                                 "--delimiter", ";", "--mapping", mappingFile.path, "--json")
        XCTAssertEqual(forced.status, 0, forced.stderr)
        let people = try PlannerStore(path: cli.databasePath).participants(ofVisit: visit)
        XCTAssertEqual(people.count, 14)
        XCTAssertNotNil(people.first { $0.givenName == "Käthe" && $0.familyName == "Becker" })
        XCTAssertTrue(people.allSatisfy { $0.notes.isEmpty })
    }

    func testHouseholdsImportAndReimport() throws {
        let visit = try makeVisit()
        let first = try cli.run(database: "import", "households", "--visit", title, fixture("host-families-horni-lhota.csv"), "--json")
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertEqual((try first.json()["summary"] as? [String: Int])?["new"], 30)
        let again = try cli.run(database: "import", "households", "--visit", title, fixture("host-families-horni-lhota.csv"), "--json")
        XCTAssertEqual((try again.json()["summary"] as? [String: Int])?["update"], 30)
        let offers = try PlannerStore(path: cli.databasePath).hostingOffers(forVisit: visit)
        XCTAssertEqual(offers.count, 30)
        XCTAssertEqual(offers.first { $0.household.name == "Eva a Radek Marek" }?.availability?.to,
                       CalendarDate(year: 2027, month: 5, day: 16))
    }

    func testPartnerExchangeRoundTrip() throws {
        let visit = try makeVisit()
        XCTAssertEqual(try cli.run(database: "import", "participants", "--visit", title, "--town", "Saint-Aubin-sur-Loire", fixture("guests-saint-aubin.csv")).status, 0)
        let file = cli.folder.appendingPathComponent("saint-aubin.json").path
        let export = try cli.run(database: "export-partner", "--visit", title, "--town", "Saint-Aubin-sur-Loire", "--output", file)
        XCTAssertEqual(export.status, 0, export.stderr)
        let reimport = try cli.run(database: "import", "partner-file", "--visit", title, file, "--json")
        XCTAssertEqual(reimport.status, 0, reimport.stderr)
        XCTAssertEqual((try reimport.json()["summary"] as? [String: Int])?["update"], 16)
        XCTAssertEqual(try participantCount(visit), 16)
        let help = try cli.run(["import", "--help"])
        XCTAssertTrue(help.stdout.contains("partner-file"), help.stdout)
    }

    // MARK: - Issue 15: data you can trust

    func testTownIsRequiredWhenTheFileHasNoTownColumn() throws {
        let visit = try makeFrenchVisit(title: "Octobre")
        let result = try cli.run(database: "import", "participants", "--visit", "Octobre", fixture("guests-birkenfeld.csv"))
        XCTAssertEqual(result.status, 2, "a usage error: \(result.stderr)")
        XCTAssertTrue(result.stderr.contains("--town is required"), result.stderr)
        XCTAssertTrue(result.stderr.contains("Saint-Aubin-sur-Loire"), "names the towns to choose from: \(result.stderr)")
        XCTAssertTrue(result.stderr.contains("Germany"), "says what the file looks like: \(result.stderr)")
        XCTAssertEqual(try participantCount(visit), 0)
        // A dry run needs it too: it would otherwise report rows without a town.
        XCTAssertEqual(try cli.run(database: "import", "participants", "--visit", "Octobre", fixture("guests-birkenfeld.csv"),
                                   "--dry-run").status, 2)
        let unknown = try cli.run(database: "import", "participants", "--visit", "Octobre", "--town", "Atlantis",
                                  fixture("guests-birkenfeld.csv"))
        XCTAssertEqual(unknown.status, 2, unknown.stderr)
        XCTAssertTrue(unknown.stderr.contains("Atlantis"), unknown.stderr)

        // A town column says it: no --town needed.
        let withTown = cli.folder.appendingPathComponent("with-town.csv")
        try Data("Nom,Prénom,Ville,Téléphone\nBONNET,Léa,Saint-Aubin-sur-Loire,+33 6 99 23 35 43\n".utf8).write(to: withTown)
        let ok = try cli.run(database: "import", "participants", "--visit", "Octobre", withTown.path, "--json")
        XCTAssertEqual(ok.status, 0, ok.stderr)
        let rows = try XCTUnwrap(try ok.json()["rows"] as? [[String: Any]])
        XCTAssertEqual(rows.first?["town"] as? String, "Saint-Aubin-sur-Loire")
        XCTAssertEqual((try people("Octobre").first?["town"] as? [String: Any])?["name"] as? String, "Saint-Aubin-sur-Loire")
    }

    func testBirkenfeldIntoSaintAubinIsRefusedUntilConfirmed() throws {
        _ = try makeFrenchVisit(title: "Octobre")
        let args = ["import", "participants", "--visit", "Octobre", "--town", "Saint-Aubin-sur-Loire", fixture("guests-birkenfeld.csv")]
        let refused = try cli.run(args + ["--json", "--database", cli.databasePath])
        XCTAssertEqual(refused.status, 1, refused.stderr)
        XCTAssertEqual(refused.stderrLines.count, 1, refused.stderr)
        XCTAssertTrue(refused.stderr.contains("Nothing was imported"), refused.stderr)
        XCTAssertTrue(refused.stderr.contains("These 14 rows look like people from Germany (headers in German, +49 phone numbers, "
                                              + "native speakers of German), but Saint-Aubin-sur-Loire is in France."), refused.stderr)
        XCTAssertTrue(refused.stderr.contains("--confirm-town"), refused.stderr)
        let json = try refused.json()
        XCTAssertEqual(json["imported"] as? Bool, false)
        let warnings = try XCTUnwrap(json["originWarnings"] as? [[String: Any]])
        XCTAssertEqual(warnings.first?["rows"] as? [Int], Array(2...15))
        XCTAssertEqual(warnings.first?["country"] as? String, "DE")
        XCTAssertEqual(warnings.first?["signs"] as? [String], ["header:de", "phone:+49", "native:de"])
        let rows = try XCTUnwrap(json["rows"] as? [[String: Any]])
        XCTAssertTrue(rows.allSatisfy { $0["town"] as? String == "Saint-Aubin-sur-Loire" }, "every row shows its town")
        XCTAssertTrue(rows.allSatisfy { ($0["originSigns"] as? [String])?.contains("phone:+49") == true })
        XCTAssertEqual(try people("Octobre").count, 0, "nothing stored")

        // The text preview says it before the row list, and the dry run fails as the import would.
        let dry = try cli.run(args + ["--dry-run", "--database", cli.databasePath])
        XCTAssertEqual(dry.status, 1)
        XCTAssertTrue(dry.stdout.contains("warning: These 14 rows look like people from Germany"), dry.stdout)
        XCTAssertTrue(dry.stdout.contains("Row 2: new Käthe Becker — Saint-Aubin-sur-Loire (FR)"), dry.stdout)

        let confirmed = try cli.run(args + ["--confirm-town", "--json", "--database", cli.databasePath])
        XCTAssertEqual(confirmed.status, 0, confirmed.stderr)
        XCTAssertEqual(try confirmed.json()["townConfirmed"] as? Bool, true)
        let stored = try people("Octobre")
        XCTAssertEqual(stored.count, 14)
        XCTAssertTrue(stored.allSatisfy { ($0["town"] as? [String: Any])?["name"] as? String == "Saint-Aubin-sur-Loire" })
    }

    func testDryRunJSONListsEveryChangedFieldOldToNew() throws {
        _ = try makeVisit()
        XCTAssertEqual(try cli.run(database: "import", "participants", "--visit", title, "--town", "Birkenfeld am See",
                                   fixture("guests-birkenfeld.csv")).status, 0)
        let file = try edited("guests-birkenfeld.csv", [
            ("Becker;Käthe;03.05.1961;weiblich;kathe.becker@example.de;+49 151 1175977;Deutsch (Muttersprache), Französisch (A2);vegan;;",
             "Becker;Käthe;03.05.1961;weiblich;kaethe.becker@example.de;+49 151 1175977;Deutsch (Muttersprache), Französisch (B1);vegan;Nüsse;")])
        let result = try cli.run(database: "import", "participants", "--visit", title, "--town", "Birkenfeld am See", file,
                                 "--dry-run", "--json")
        XCTAssertEqual(result.status, 0, result.stderr)
        let rows = try XCTUnwrap(try result.json()["rows"] as? [[String: Any]])
        XCTAssertEqual(rows.count, 14)
        XCTAssertTrue(rows.allSatisfy { $0["outcome"] as? String == "duplicate" && $0["action"] as? String == "update" })
        let kathe = try XCTUnwrap(rows.first { $0["name"] as? String == "Käthe Becker" })
        let changes = try XCTUnwrap(kathe["changes"] as? [[String: String]])
        XCTAssertEqual(changes, [
            ["field": "email", "label": "E-mail", "old": "kathe.becker@example.de", "new": "kaethe.becker@example.de"],
            ["field": "languages", "label": "Languages", "old": "de native, fr A2", "new": "de native, fr B1"],
            ["field": "allergies", "label": "Allergies", "old": "", "new": "Nüsse"]])
        XCTAssertTrue(rows.filter { $0["name"] as? String != "Käthe Becker" }.allSatisfy { ($0["changes"] as? [Any])?.isEmpty == true },
                      "unchanged rows list nothing")
        // The text preview lists them too.
        let text = try cli.run(database: "import", "participants", "--visit", title, "--town", "Birkenfeld am See", file, "--dry-run")
        XCTAssertTrue(text.stdout.contains("    Allergies: — → Nüsse"), text.stdout)
        XCTAssertEqual((try people(title).first { $0["fullName"] as? String == "Käthe Becker" })?["allergies"] as? String, "",
                       "a dry run writes nothing")
    }

    func testDuplicatesSkipNewAndUpdate() throws {
        _ = try makeVisit()
        let town = ["--town", "Birkenfeld am See"]
        XCTAssertEqual(try cli.run(["import", "participants", "--visit", title] + town
                                   + [fixture("guests-birkenfeld.csv"), "--database", cli.databasePath]).status, 0)
        let file = try edited("guests-birkenfeld.csv", [("Wagner;Jonas;21.11.1978;männlich;jonas.wagner@example.de;+49 151 5727604;Deutsch (Muttersprache);;;ja",
                                                          "Wagner;Jonas;21.11.1978;männlich;jonas.wagner@example.de;+49 151 5727604;Deutsch (Muttersprache);vegan;;ja")])
        func run(_ choice: String) throws -> [String: Any] {
            let result = try cli.run(["import", "participants", "--visit", title] + town
                                     + [file, "--duplicates", choice, "--json", "--database", cli.databasePath])
            XCTAssertEqual(result.status, 0, result.stderr)
            return try result.json()
        }
        func jonas() throws -> [[String: Any]] { try people(title).filter { $0["fullName"] as? String == "Jonas Wagner" } }

        let skip = try run("skip")
        XCTAssertEqual(skip["planned"] as? [String: Int], ["add": 0, "update": 0, "skip": 14])
        XCTAssertEqual(try people(title).count, 14)
        XCTAssertEqual(try jonas().first?["diets"] as? [String], [], "skipped: not changed")

        let update = try run("update")
        XCTAssertEqual((update["updatedIds"] as? [Any])?.count, 14)
        XCTAssertEqual(try people(title).count, 14)
        XCTAssertEqual(try jonas().first?["diets"] as? [String], ["vegan"])

        let added = try run("new")
        XCTAssertEqual((added["insertedIds"] as? [Any])?.count, 14)
        XCTAssertEqual(try people(title).count, 28)
        XCTAssertEqual(try jonas().count, 2)
        XCTAssertEqual(Set(try jonas().compactMap { $0["uuid"] as? String }).count, 2)

        let bad = try cli.run(["import", "participants", "--visit", title] + town
                              + [file, "--duplicates", "maybe", "--database", cli.databasePath])
        XCTAssertEqual(bad.status, 2, bad.stderr)
    }

    func testHouseholdDuplicatesSkipNewAndUpdate() throws {
        _ = try makeVisit()
        let hosts = fixture("host-families-horni-lhota.csv")
        XCTAssertEqual(try cli.run(database: "import", "households", "--visit", title, hosts).status, 0)
        let file = try edited("host-families-horni-lhota.csv", [("Hana Nováková;Palackého 310, 592 31 Horní Lhota;+420 775 924 589;novakova32@example.cz;3;",
                                                                  "Hana Nováková;Palackého 310, 592 31 Horní Lhota;+420 775 924 589;novakova32@example.cz;4;")])
        func novak() throws -> [[String: Any]] { try households(title).filter { $0["name"] as? String == "Hana a Václav Novák" } }

        let dry = try cli.run(database: "import", "households", "--visit", title, file, "--dry-run", "--json")
        let rows = try XCTUnwrap(try dry.json()["rows"] as? [[String: Any]])
        XCTAssertEqual(rows.first?["changes"] as? [[String: String]], [["field": "beds", "label": "Beds", "old": "3", "new": "4"]])
        XCTAssertTrue(rows.dropFirst().allSatisfy { ($0["changes"] as? [Any])?.isEmpty == true }, "the others: nothing changes")

        XCTAssertEqual(try cli.run(database: "import", "households", "--visit", title, file, "--duplicates", "skip").status, 0)
        XCTAssertEqual(try novak().map { $0["beds"] as? Int }, [3])
        XCTAssertEqual(try cli.run(database: "import", "households", "--visit", title, file, "--duplicates", "update").status, 0)
        XCTAssertEqual(try novak().map { $0["beds"] as? Int }, [4])
        XCTAssertEqual(try households(title).count, 30)
        XCTAssertEqual(try cli.run(database: "import", "households", "--visit", title, file, "--duplicates", "new").status, 0)
        XCTAssertEqual(try households(title).count, 60)
        XCTAssertEqual(try novak().count, 2)
    }

    func testAvailabilityOutsideTheVisitIsNotApplied() throws {
        _ = try makeFrenchVisit(title: "October", october: true)
        let result = try cli.run(database: "import", "households", "--visit", "October", fixture("host-families-horni-lhota.csv"), "--json")
        XCTAssertEqual(result.status, 0, result.stderr)
        let rows = try XCTUnwrap(try result.json()["rows"] as? [[String: Any]])
        XCTAssertEqual(rows.count, 30)
        for row in rows {
            let problem = try XCTUnwrap((row["problems"] as? [[String: Any]])?.first { ($0["message"] as? String)?.contains("not during this visit") == true },
                                        "\(row["name"] ?? "")")
            XCTAssertEqual(problem["severity"] as? String, "warning")
            XCTAssertEqual(problem["row"] as? Int, row["row"] as? Int)
            XCTAssertEqual(problem["column"] as? String, "K dispozici od")
        }
        let stored = try households("October")
        XCTAssertEqual(stored.count, 30)
        XCTAssertTrue(stored.allSatisfy { $0["offered"] as? Bool == false }, "no May availability in October")
        let problems = try cli.run(database: "problems", "--visit", "October", "--json")
        XCTAssertFalse(problems.stdout.contains("every night"), "no “cannot host every night” warnings: \(problems.stdout.prefix(400))")
    }
}
