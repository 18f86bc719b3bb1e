import Foundation
import PlannerCore
import XCTest

/// Need-to-know in every output (issue 16, parts 4 and 5b): each file and list carries the
/// health data and contacts only of the people its reader needs, and only when asked for.
/// One guest of the sample gets a distinctive allergy, diet note, medical note, phone and e-mail,
/// so each output can be searched for them.
final class NeedToKnowTests: XCTestCase {
    private var cli: CLIRunner!
    private let sample = "Ascension meeting 2027"
    /// Distinctive texts: found only where they belong.
    private let allergy = "Kiwiallergen"
    private let dietNote = "Quinoaonly"
    private let medical = "Asthmainhaler"
    private let phone = "+33 6 98 76 54 31"
    private let email = "needtoknow.guest@example.fr"

    override func setUpWithError() throws {
        cli = try CLIRunner()
        XCTAssertEqual(try cli.run(database: "demo").status, 0)
    }

    override func tearDown() { cli.cleanUp() }

    private func path(_ name: String) -> String { cli.folder.appendingPathComponent(name).path }

    private func store() throws -> PlannerStore { try PlannerStore(path: cli.databasePath) }

    private func snapshot() throws -> VisitSnapshot {
        let store = try store()
        return try XCTUnwrap(store.snapshot(ofVisit: store.findVisit(sample).id))
    }

    /// Gives `person` (default: the first guest) the distinctive texts; returns them as saved.
    @discardableResult
    private func mark(_ person: Participant? = nil, allergy: String? = nil, dietNote: String? = nil, medical: String? = nil) throws -> Participant {
        let snapshot = try snapshot()
        var person = try person ?? XCTUnwrap(snapshot.participants.first { $0.isGuest(of: snapshot.details) })
        person.allergies = allergy ?? self.allergy
        person.diets = [.vegan, .other]
        person.dietNote = dietNote ?? self.dietNote
        person.notes = medical ?? self.medical
        person.phone = phone
        person.email = email
        return try store().save(person)
    }

    private func export(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try cli.run(["export", "--visit", sample] + arguments + ["--database", cli.databasePath])
        XCTAssertEqual(result.status, 0, result.stderr, file: file, line: line)
    }

    // MARK: Participants CSV

    func testParticipantsCSVHasHealthAndContactColumnsOnlyWhenAsked() throws {
        try mark()
        try export(["--format", "csv-participants", "--output", path("plain.csv"), "--language", "en"])
        let plain = try String(contentsOfFile: path("plain.csv"), encoding: .utf8)
        let header = try XCTUnwrap(plain.components(separatedBy: "\r\n").first)
        XCTAssertEqual(header, "Given name,Family name,Role,Town,Country,Date of birth,Age,Gender,Languages,Arrival,Departure,Host family")
        for secret in [allergy, dietNote, medical, email, "98 76 54 31", "Vegan"] {
            XCTAssertFalse(plain.contains(secret), "the file without health data holds “\(secret)”")
        }
        XCTAssertEqual(plain.components(separatedBy: "\r\n").count, 47 + 2, "still one row per participant")

        try export(["--format", "csv-participants", "--output", path("health.csv"), "--language", "en", "--option", "health=yes"])
        let health = try String(contentsOfFile: path("health.csv"), encoding: .utf8)
        XCTAssertEqual(health.components(separatedBy: "\r\n").first,
                       "Given name,Family name,Role,Town,Country,Date of birth,Age,Gender,Languages,Diet,Allergies,"
                       + "Arrival,Departure,Phone,Email,Host family")
        for expected in [allergy, "Vegan", dietNote, email, phone] {
            XCTAssertTrue(health.contains(expected), "the file with health data lacks “\(expected)”")
        }
        XCTAssertFalse(health.contains(medical), "the notes are never in the file")
        // "true" means the same; a wrong value is refused.
        try export(["--format", "csv-participants", "--output", path("true.csv"), "--language", "en", "--option", "health=true"])
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path("true.csv"))), try Data(contentsOf: URL(fileURLWithPath: path("health.csv"))))
        let bad = try cli.run(["export", "--visit", sample, "--format", "csv-participants", "--output", path("bad.csv"),
                               "--option", "health=maybe", "--database", cli.databasePath])
        XCTAssertEqual(bad.status, 1)
        XCTAssertEqual(bad.stderr, "visitplanner: The option “health” takes true, false, not “maybe”.\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("bad.csv")))
    }

    // MARK: people list

    func testPeopleListCarriesHealthFieldsOnlyWithIncludeHealth() throws {
        let marked = try mark()
        let healthKeys = ["diets", "dietNote", "allergies", "petAllergy", "needsStepFree", "needsGroundFloor", "notes"]

        let plain = try cli.run(database: "people", "list", "--visit", sample, "--json")
        XCTAssertEqual(plain.status, 0, plain.stderr)
        XCTAssertEqual(try plain.json()["includesHealth"] as? Bool, false)
        let people = try XCTUnwrap(try plain.json()["participants"] as? [[String: Any]])
        XCTAssertEqual(people.count, 47)
        for person in people {
            for key in healthKeys { XCTAssertNil(person[key], "\(key) without --include-health") }
            XCTAssertNotNil(person["fullName"])
        }
        for secret in [allergy, dietNote, medical] { XCTAssertFalse(plain.stdout.contains(secret), secret) }

        let health = try cli.run(database: "people", "list", "--visit", sample, "--json", "--include-health")
        XCTAssertEqual(health.status, 0, health.stderr)
        XCTAssertEqual(try health.json()["includesHealth"] as? Bool, true)
        let withHealth = try XCTUnwrap(try health.json()["participants"] as? [[String: Any]])
        for person in withHealth {
            for key in healthKeys { XCTAssertNotNil(person[key], "\(key) with --include-health") }
        }
        let guest = try XCTUnwrap(withHealth.first { ($0["id"] as? NSNumber)?.int64Value == marked.id })
        XCTAssertEqual(guest["allergies"] as? String, allergy)
        XCTAssertEqual(guest["dietNote"] as? String, dietNote)
        XCTAssertEqual(guest["notes"] as? String, medical)
        XCTAssertEqual(guest["diets"] as? [String], ["vegan", "other"])
        XCTAssertEqual(guest["fullName"] as? String, marked.fullName, "the other keys are still there, beside the health keys")

        // The text table: a health column only when asked.
        let text = try cli.run(database: "people", "list", "--visit", sample)
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertFalse(text.stdout.contains("DIET AND ALLERGIES"))
        XCTAssertFalse(text.stdout.contains(allergy))
        let healthText = try cli.run(database: "people", "list", "--visit", sample, "--include-health")
        XCTAssertEqual(healthText.status, 0, healthText.stderr)
        XCTAssertTrue(healthText.stdout.contains("DIET AND ALLERGIES"), healthText.stdout)
        XCTAssertTrue(healthText.stdout.contains("Allergies: \(allergy)"), healthText.stdout)
    }

    // MARK: The caterer's diets report

    func testDietsReportListsDietsAndAllergiesButNoContactsOrMedicalNotes() throws {
        let marked = try mark()
        try export(["--format", "pdf-diets", "--output", path("diets.pdf"), "--language", "en"])
        let pdf = PDFCheck(path: path("diets.pdf"))
        let text = try pdf.flatText()
        for expected in ["Diets and allergies", "For the caterer", "Meals", "Who eats what", marked.fullName, allergy,
                         dietNote, "Vegan", "Gluten-free", "Penicillin", "Dinner", "Special diets over the whole visit"] {
            XCTAssertTrue(text.contains(expected), "the diets report lacks “\(expected)”")
        }
        for secret in [medical, email, "98 76 54 31", "@example"] {
            XCTAssertFalse(text.contains(secret), "the diets report holds “\(secret)”")
        }
        // Every phone of the sample is left out, not only the marked one.
        for person in try snapshot().participants where !person.phone.isEmpty {
            XCTAssertFalse(text.contains(person.phone), "a phone: \(person.phone)")
        }
        // Counts: the whole visit's vegans, the marked guest among them.
        let vegans = try snapshot().participants.filter { CatererCount.keeps($0, .vegan) }.count
        let layout = try pdf.flatLayoutText()
        XCTAssertTrue(layout.contains("Vegan \(vegans)"), "the visit has \(vegans) vegans: \(layout)")
        try pdf.assertFontsEmbeddedDejaVu()
        try pdf.assertWordsInsidePage()

        // In Czech: the diets in the document's language.
        try export(["--format", "pdf-diets", "--output", path("diets-cs.pdf"), "--language", "cs"])
        let czech = try PDFCheck(path: path("diets-cs.pdf")).flatText()
        XCTAssertTrue(czech.contains("Strava a alergie"), czech)
        XCTAssertTrue(czech.contains("Veganská"), czech)
        XCTAssertTrue(czech.contains(allergy))
        XCTAssertFalse(czech.contains(medical))
    }

    // MARK: Host letter

    func testHostLetterCarriesOnlyItsOwnGuestsHealthData() throws {
        XCTAssertEqual(try cli.run(["assign", "--visit", sample, "--apply", "--database", cli.databasePath]).status, 0)
        let snapshot = try snapshot()
        let lodged = snapshot.placements.filter { $0.status.lodges }
        let households = Array(Set(lodged.map(\.householdId))).sorted()
        XCTAssertGreaterThanOrEqual(households.count, 2)
        func guest(of household: Int64) throws -> Participant {
            let id = try XCTUnwrap(lodged.first { $0.householdId == household }?.participantId)
            return try XCTUnwrap(snapshot.participants.first { $0.id == id })
        }
        func name(_ household: Int64) throws -> String { try XCTUnwrap(snapshot.offers.first { $0.id == household }).household.name }
        let a = households[0], b = households[1]
        try mark(guest(of: a), allergy: "Almondallergen", dietNote: "Ahouseholdnote", medical: "Amedicalnote")
        try mark(guest(of: b), allergy: "Brazilnutallergen", dietNote: "Bhouseholdnote", medical: "Bmedicalnote")

        try export(["--format", "pdf-host-letter", "--household", name(a), "--output", path("a.pdf"), "--language", "en"])
        try export(["--format", "pdf-host-letter", "--household", name(b), "--output", path("b.pdf"), "--language", "en"])
        let letterA = try PDFCheck(path: path("a.pdf")).flatText()
        let letterB = try PDFCheck(path: path("b.pdf")).flatText()
        XCTAssertTrue(letterA.contains("Almondallergen") && letterA.contains("Ahouseholdnote"), "A's own guest's needs are in A's letter")
        XCTAssertTrue(letterB.contains("Brazilnutallergen") && letterB.contains("Bhouseholdnote"), "B's own guest's needs are in B's letter")
        XCTAssertFalse(letterA.contains("Brazilnutallergen") || letterA.contains("Bhouseholdnote"), "B's guest's needs are in A's letter")
        XCTAssertFalse(letterB.contains("Almondallergen") || letterB.contains("Ahouseholdnote"), "A's guest's needs are in B's letter")
        for letter in [letterA, letterB] {
            XCTAssertFalse(letter.contains("Amedicalnote") || letter.contains("Bmedicalnote"), "the notes are never printed")
        }
        // The sample's own allergies: in A's letter only those its guests have.
        let guestsOfA = Set(lodged.filter { $0.householdId == a }.map(\.participantId))
        let allergiesOfA = Set(snapshot.participants.filter { guestsOfA.contains($0.id ?? -1) }.map(\.allergies))
        for other in snapshot.participants where !other.allergies.isEmpty && !allergiesOfA.contains(other.allergies) {
            XCTAssertFalse(letterA.contains("Allergies: \(other.allergies)"), "\(other.fullName)'s allergies in A's letter")
        }
    }

    // MARK: Attendance sheets

    func testAttendanceSheetsMarkWhoHasNoPhotoConsent() throws {
        let snapshot = try snapshot()
        let guests = snapshot.participants.filter { $0.isGuest(of: snapshot.details) }
        var refusing = try XCTUnwrap(guests.first)
        refusing.photoConsent = false
        try store().save(refusing)
        var consenting = try XCTUnwrap(guests.last)
        consenting.photoConsent = true
        try store().save(consenting)

        try export(["--format", "pdf-attendance", "--output", path("attendance.pdf"), "--language", "en"])
        let pdf = PDFCheck(path: path("attendance.pdf"))
        let lines = try pdf.layoutText().split(separator: "\n").map(String.init)
        let refusingRows = lines.filter { $0.contains(refusing.fullName) }
        XCTAssertFalse(refusingRows.isEmpty)
        for row in refusingRows { XCTAssertTrue(row.contains("✗"), "no mark beside \(refusing.fullName): \(row)") }
        let consentingRows = lines.filter { $0.contains(consenting.fullName) }
        XCTAssertFalse(consentingRows.isEmpty)
        for row in consentingRows { XCTAssertFalse(row.contains("✗"), "a mark beside \(consenting.fullName): \(row)") }
        let text = try pdf.flatText()
        XCTAssertTrue(text.contains("✗ under Photos: no photo consent. Do not publish photos in which this person can be recognised."), text)
        XCTAssertTrue(try pdf.flatLayoutText().contains("No. Name Photos Town Country Signature"))
        try pdf.assertFontsEmbeddedDejaVu()
        try pdf.assertInsideMargins()
    }
}

/// The test's own reading of "keeps a diet", independent of the plugin: the diet is listed, or
/// the free note names it.
private enum CatererCount {
    static func keeps(_ person: Participant, _ diet: Diet) -> Bool {
        person.diets.contains(diet) || ImportValueParsers.diets(person.dietNote).diets.contains(diet)
    }
}
