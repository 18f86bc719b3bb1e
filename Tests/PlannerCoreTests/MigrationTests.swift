import XCTest
@testable import PlannerCore

/// Files written by other versions: older ones are upgraded after a backup, newer ones refused.
final class MigrationTests: XCTestCase {
    var folder = ""

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "planner-migrations-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    static let firstMigration = "v1-towns-visits-people-households"

    /// Rows as version 1 wrote them (before households had per-visit availability).
    static let legacyRows = """
        INSERT INTO town (id, name, countryCode, languages, timeZone) VALUES (1, 'Horní Lhota', 'CZ', '["cs"]', 'Europe/Prague');
        INSERT INTO town (id, name, countryCode, languages, timeZone) VALUES (2, 'Birkenfeld am See', 'DE', '["de"]', 'Europe/Berlin');
        INSERT INTO visit (id, title, hostTownId, kind, startDate, endDate, languages, currency, status, notes)
            VALUES (5, 'Pfingsten 2019', 1, 'citizens-meeting', '2019-06-07', '2019-06-10', '["cs","de"]', 'CZK', 'done', 'old');
        INSERT INTO visitPartner (visitId, townId, position) VALUES (5, 2, 0);
        INSERT INTO participant (id, uuid, visitId, givenName, familyName, townId, role, birthDate, gender, languages, diets,
            dietNote, allergies, petAllergy, smoker, needsStepFree, needsGroundFloor, arrival, departure, stayTogetherWith,
            emergencyContact, parentalConsent, photoConsent, phone, email, notes)
            VALUES (9, 'u-9', 5, 'Käthe', 'Becker', 2, 'official', '1961-05-03', 'female', '[{"code":"de","level":"native"}]',
            '["vegan"]', '', '', NULL, 0, 0, 0, NULL, NULL, '[]', NULL, 0, 1, '+49 151 1175977', 'kathe.becker@example.de', 'Mayor');
        INSERT INTO household (id, uuid, name, contactPerson, address, phone, email, beds, pets, smoking, languages, children,
            adults, stepFree, groundFloor, canCook, notes, hostingHistory)
            VALUES (3, 'h-3', 'Alena a Lukáš Dvořák', 'Lukáš Dvořák', 'Komenského 155', '+420 713 138 477', 'dvorak22@example.cz',
            2, '["bird"]', 0, '[]', '[]', '[]', 1, 1, '[]', '', '[{"year":2019,"note":"famille allemande"}]');
        """

    func testOlderFileIsUpgradedWithBackup() throws {
        let path = folder + "/old.sqlite3"
        try LegacyDatabase.make(at: path, upTo: Self.firstMigration, sql: Self.legacyRows)
        XCTAssertEqual(try LegacyDatabase.appliedMigrations(at: path), [Self.firstMigration])

        let store = try PlannerStore(path: path)
        XCTAssertEqual(try store.schemaVersion(), Schema.version)
        XCTAssertGreaterThan(Schema.version, 1)

        // Data intact.
        let visit = try store.findVisit("Pfingsten 2019")
        XCTAssertEqual(visit.id, 5)
        XCTAssertEqual(visit.partnerTowns.map(\.name), ["Birkenfeld am See"])
        let people = try store.participants(ofVisit: 5)
        XCTAssertEqual(people.map(\.fullName), ["Käthe Becker"])
        XCTAssertEqual(people.first?.languages, [LanguageSkill(code: "de", level: .native)])
        XCTAssertEqual(people.first?.diets, [.vegan])
        XCTAssertEqual(people.first?.birthDate, CalendarDate(iso: "1961-05-03"))
        let household = try store.findHousehold("3")
        XCTAssertEqual(household.hostingHistory, [HostingRecord(year: 2019, note: "famille allemande")])
        // The new table works on the upgraded file.
        let availability = Availability(from: visit.visit.startDate, to: visit.visit.endDate)
        try store.save(household, availability: availability, forVisit: 5)
        XCTAssertEqual(try store.hostingOffers(forVisit: 5).first?.availability, availability)

        // The backup holds the old schema and the old rows, privately.
        let backup = path + ".bak-1"
        XCTAssertTrue(FileManager.default.fileExists(atPath: backup))
        let mode = try XCTUnwrap(try FileManager.default.attributesOfItem(atPath: backup)[.posixPermissions] as? Int)
        XCTAssertEqual(mode & 0o777, 0o600)
        XCTAssertEqual(try LegacyDatabase.appliedMigrations(at: backup), [Self.firstMigration])
        XCTAssertEqual(try LegacyDatabase.strings(at: backup, sql: "SELECT familyName FROM participant"), ["Becker"])
        XCTAssertEqual(try LegacyDatabase.strings(at: backup, sql: "PRAGMA user_version"), ["1"])
        XCTAssertEqual(try LegacyDatabase.strings(at: backup,
                                                  sql: "SELECT name FROM sqlite_master WHERE name = 'householdAvailability'"), [])
        XCTAssertEqual(try LegacyDatabase.strings(at: path, sql: "PRAGMA user_version"), [String(Schema.version)])
    }

    /// A file from before sources were kept gains the columns; its people and households get the
    /// honest "unknown" source, and new records get theirs.
    func testProvenanceColumnsGiveOldRowsAnUnknownSource() throws {
        let path = folder + "/before-sources.sqlite3"
        try LegacyDatabase.make(at: path, upTo: "v8-item-revision", sql: Self.legacyRows)
        XCTAssertFalse(try LegacyDatabase.appliedMigrations(at: path).contains("v9-provenance"))

        let store = try PlannerStore(path: path)
        let person = try XCTUnwrap(try store.participants(ofVisit: 5).first)
        XCTAssertTrue(try LegacyDatabase.appliedMigrations(at: path).contains("v9-provenance"))
        XCTAssertEqual(person.source, .unknown)
        XCTAssertNil(person.lastUpdateSource)
        XCTAssertEqual(person.source.text, "Recorded before VisitPlanner kept sources.")
        let household = try store.findHousehold("3")
        XCTAssertEqual(household.source, .unknown)
        XCTAssertNil(household.lastUpdateSource)
        XCTAssertEqual(try store.personalDataReport(participantId: 9).source, "Recorded before VisitPlanner kept sources.")

        // Editing an old record keeps its unknown source (it was not typed in now).
        var edited = person
        edited.notes = "Mayor of Birkenfeld"
        try store.save(edited)
        XCTAssertEqual(try store.participants(ofVisit: 5).first?.source, .unknown)
    }

    func testCurrentFileTakesNoBackup() throws {
        let path = folder + "/current.sqlite3"
        _ = try PlannerStore(path: path)
        _ = try PlannerStore(path: path)
        let backups = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".bak-") }
        XCTAssertEqual(backups, [])
    }

    func testLargerUserVersionIsNewerSchema() throws {
        let path = folder + "/future.sqlite3"
        let lastMigration = try XCTUnwrap(Schema.migrator.migrations.last)
        try LegacyDatabase.make(at: path, upTo: lastMigration, sql: "PRAGMA user_version = \(Schema.version + 1)")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try PlannerStore(path: path)) { error in
            XCTAssertEqual(error as? PlannerError, .newerSchema(path: path))
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before, "a refused file is left as it was")
        XCTAssertEqual(try LegacyDatabase.strings(at: path, sql: "PRAGMA user_version"), [String(Schema.version + 1)])
    }

    func testUnknownMigrationIsNewerSchema() throws {
        let path = folder + "/unknown.sqlite3"
        try LegacyDatabase.make(at: path, upTo: Self.firstMigration,
                                sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-from-the-future')")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try PlannerStore(path: path)) { error in
            XCTAssertEqual(error as? PlannerError, .newerSchema(path: path))
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before)
        XCTAssertEqual(try LegacyDatabase.appliedMigrations(at: path), [Self.firstMigration, "v9-from-the-future"],
                       "nothing was migrated")
        XCTAssertFalse(FileManager.default.fileExists(atPath: path + ".bak-1"), "no backup of a refused file")
    }
}
