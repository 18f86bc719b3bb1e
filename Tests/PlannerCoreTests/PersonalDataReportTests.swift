import XCTest
@testable import PlannerCore

/// GDPR Art. 15: what is held about one person or household, and where each record came from.
final class PersonalDataReportTests: XCTestCase {
    private let today = CalendarDate(year: 2027, month: 4, day: 1)!

    /// A sample guest with allergies and an emergency contact, placed with a sample family.
    func testSampleGuestReportHoldsEveryFieldPlacementAndSchedule() throws {
        let store = try PlannerStore()
        let visitId = try SampleVisit.install(in: store)
        let snapshot = try XCTUnwrap(try store.snapshot(ofVisit: visitId))
        let guest = try XCTUnwrap(snapshot.participants.first { !$0.allergies.isEmpty && $0.emergencyContact != nil && $0.isGuest(of: snapshot.details) })
        let household = try XCTUnwrap(snapshot.offers.first { $0.availability != nil }).household
        try store.save(Placement(visitId: visitId, participantId: guest.id!, householdId: household.id!, status: .confirmed))

        let report = try store.personalDataReport(participantId: guest.id!, today: today)
        XCTAssertEqual(report.participant, guest, "the stored record, whole")
        XCTAssertEqual(report.participant.source, .sampleVisit)
        XCTAssertEqual(report.source, RecordSource.sampleVisit.text)
        XCTAssertNil(report.lastUpdate)
        XCTAssertEqual(report.placement?.householdName, household.name)
        XCTAssertEqual(report.placement?.status, .confirmed)
        XCTAssertEqual(report.townName, snapshot.town(of: guest)?.name)
        XCTAssertFalse(report.schedule.isEmpty, "the sample programme has items for every guest")
        XCTAssertTrue(report.schedule.allSatisfy { !$0.entries.isEmpty })
        XCTAssertEqual(report.madeOn, today)

        let text = report.text
        XCTAssertTrue(text.contains(guest.allergies), text)
        XCTAssertTrue(text.contains(try XCTUnwrap(guest.emergencyContact).phone), text)
        XCTAssertTrue(text.contains("Placed with \(household.name) (Confirmed)."), text)
        XCTAssertTrue(text.contains("Where this record came from: Part of the sample visit (made-up people)."), text)

        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: try report.jsonData()) as? [String: Any])
        let person = try XCTUnwrap(json["participant"] as? [String: Any])
        XCTAssertEqual(person["allergies"] as? String, guest.allergies)
        XCTAssertEqual(person["parentalConsent"] as? Bool, guest.parentalConsent)
        XCTAssertEqual(person["photoConsent"] as? Bool, guest.photoConsent)
        XCTAssertEqual((person["source"] as? [String: Any])?["kind"] as? String, "sample-visit")
        XCTAssertEqual((json["placement"] as? [String: Any])?["householdName"] as? String, household.name)
        XCTAssertEqual(try JSONDecoder().decode(PersonalDataReport.self, from: try report.jsonData()), report, "the file reads back")
    }

    /// An interpreter of the sample gets their profile and assignments; a hosting history that
    /// names someone is reported to them.
    func testInterpreterAndHostingHistoryMentions() throws {
        let store = try PlannerStore()
        let visitId = try SampleVisit.install(in: store)
        let snapshot = try XCTUnwrap(try store.snapshot(ofVisit: visitId))
        let profile = try XCTUnwrap(snapshot.interpreters.first { profile in snapshot.assignments.contains { $0.interpreterId == profile.participantId } })
        let report = try store.personalDataReport(participantId: profile.participantId, today: today)
        XCTAssertEqual(report.interpreting?.profile, profile)
        XCTAssertEqual(report.interpreting?.assignments.count, snapshot.assignments.filter { $0.interpreterId == profile.participantId }.count)
        XCTAssertTrue(report.interpreting?.assignments.allSatisfy { !$0.itemTitle.isEmpty } ?? false)

        var household = try XCTUnwrap(snapshot.offers.first).household
        let guest = try XCTUnwrap(snapshot.participants.first { $0.id != profile.participantId })
        household.hostingHistory.append(HostingRecord(year: 2025, note: "stayed a week", guestNames: [guest.fullName]))
        try store.save(household)
        let mentioned = try store.personalDataReport(participantId: guest.id!, today: today)
        XCTAssertEqual(mentioned.hostingHistory, [.init(householdId: household.id!, householdName: household.name, year: 2025, note: "stayed a week")])
        XCTAssertNil(mentioned.interpreting)
    }

    /// A spreadsheet import records the file's name and the day; importing it again keeps the
    /// first source and records the update.
    func testImportedRecordsNameTheFileAndTheDay() throws {
        let (store, visit) = try ImportFixtures.store()
        let path = ImportFixtures.folder.appendingPathComponent(ImportFixtures.saintAubin).path
        let table = try SpreadsheetReader.read(contentsOf: path)
        XCTAssertEqual(table.fileName, ImportFixtures.saintAubin)
        let mapping = try store.suggestedMapping(for: table, kind: .participants)
        let town = try XCTUnwrap(visit.towns.first { $0.name == "Saint-Aubin-sur-Loire" }?.id)
        let options = ImportOptions(visitId: visit.id, townId: town, duplicateChoice: .update)
        var preview = try store.previewImport(table, mapping: mapping, options: options, today: today)
        preview.acceptAllWarnings()
        try store.runImport(preview, today: today)
        let people = try store.participants(ofVisit: visit.id)
        XCTAssertFalse(people.isEmpty)
        let imported = RecordSource(kind: .spreadsheetImport, fileName: ImportFixtures.saintAubin, date: today)
        XCTAssertTrue(people.allSatisfy { $0.source == imported && $0.lastUpdateSource == nil })
        XCTAssertEqual(imported.text, "Imported from guests-saint-aubin.csv on 2027-04-01.")

        let later = CalendarDate(year: 2027, month: 4, day: 20)!
        var again = try store.previewImport(table, mapping: mapping, options: options, today: later)
        again.acceptAllWarnings()
        try store.runImport(again, today: later)
        let updated = try store.participants(ofVisit: visit.id)
        XCTAssertEqual(updated.count, people.count, "matched as the same people")
        let first = try XCTUnwrap(updated.first)
        XCTAssertEqual(first.source, imported, "the first source stays")
        XCTAssertEqual(first.lastUpdateSource, RecordSource(kind: .spreadsheetImport, fileName: ImportFixtures.saintAubin, date: later))
        let report = try store.personalDataReport(participantId: first.id!, today: later)
        XCTAssertEqual(report.lastUpdate, "Imported from guests-saint-aubin.csv on 2027-04-20.")
    }

    /// Households imported from a spreadsheet, and people from a partner's exchange file.
    func testHouseholdImportAndPartnerExchangeSources() throws {
        let (store, visit) = try ImportFixtures.store()
        let path = ImportFixtures.folder.appendingPathComponent(ImportFixtures.hosts).path
        let table = try SpreadsheetReader.read(contentsOf: path)
        var preview = try store.previewImport(table, mapping: try store.suggestedMapping(for: table, kind: .households),
                                              options: ImportOptions(visitId: visit.id), today: today)
        preview.acceptAllWarnings()
        try store.runImport(preview, today: today)
        let households = try store.households()
        XCTAssertFalse(households.isEmpty)
        XCTAssertTrue(households.allSatisfy { $0.source == RecordSource(kind: .spreadsheetImport, fileName: ImportFixtures.hosts, date: today) })

        try ImportFixtures.importFile(ImportFixtures.saintAubin, kind: .participants, store: store, visit: visit)
        let french = try XCTUnwrap(visit.towns.first { $0.name == "Saint-Aubin-sur-Loire" }?.id)
        let file = try store.partnerExchangeFile(visitId: visit.id, townId: french)
        var exchange = try store.previewPartnerImport(file, visitId: visit.id, fileName: "saint-aubin.json", today: today)
        exchange.acceptAllWarnings()
        try store.runImport(exchange, today: today)
        let person = try XCTUnwrap(try store.participants(ofVisit: visit.id).first { $0.townId == french })
        XCTAssertEqual(person.source.kind, .spreadsheetImport)
        XCTAssertEqual(person.lastUpdateSource,
                       RecordSource(kind: .partnerExchange, fileName: "saint-aubin.json", date: today, townName: "Saint-Aubin-sur-Loire"))
        XCTAssertEqual(person.lastUpdateSource?.text,
                       "From the partner exchange file saint-aubin.json of Saint-Aubin-sur-Loire, imported on 2027-04-01.")
    }

    /// A record saved one by one (the form) is entered by hand; editing it keeps that.
    func testRecordsSavedByHand() throws {
        let (store, visit) = try ImportFixtures.store()
        let saved = try store.save(Participant(visitId: visit.id, givenName: "Anna", familyName: "Malá", townId: visit.hostTown.id),
                                   today: today)
        XCTAssertEqual(saved.source, .enteredByHand(on: today))
        var edited = saved
        edited.allergies = "pollen"
        try store.save(edited, today: CalendarDate(year: 2027, month: 4, day: 5)!)
        let report = try store.personalDataReport(participantId: saved.id!, today: today)
        XCTAssertEqual(report.source, "Entered by hand on 2027-04-01.")
        XCTAssertEqual(report.participant.allergies, "pollen")
        XCTAssertNil(report.placement)
        XCTAssertTrue(report.text.contains("Not placed with a host family."))

        let household = try store.save(Household(name: "Malí", beds: 2), today: today)
        XCTAssertEqual(household.source, .enteredByHand(on: today))
    }

    /// A household's report covers every visit: availability, guests placed, source.
    func testHouseholdReportCoversEveryVisit() throws {
        let store = try PlannerStore()
        let visitId = try SampleVisit.install(in: store)
        let snapshot = try XCTUnwrap(try store.snapshot(ofVisit: visitId))
        let offer = try XCTUnwrap(snapshot.offers.first { $0.availability != nil })
        let guest = try XCTUnwrap(snapshot.participants.first { $0.isGuest(of: snapshot.details) })
        try store.save(Placement(visitId: visitId, participantId: guest.id!, householdId: offer.id, status: .proposed))

        let report = try store.householdDataReport(householdId: offer.id, today: today)
        XCTAssertEqual(report.household, offer.household)
        XCTAssertEqual(report.source, RecordSource.sampleVisit.text)
        XCTAssertEqual(report.availability.map(\.visitId), [visitId])
        XCTAssertEqual(report.availability.first?.from, offer.availability?.from)
        XCTAssertEqual(report.guests.map(\.name), [guest.fullName])
        XCTAssertEqual(report.guests.first?.status, .proposed)
        let text = report.text
        XCTAssertTrue(text.contains("\(snapshot.visit.title): \(guest.fullName) (Proposed)."), text)
        XCTAssertTrue(text.contains(offer.household.address), text)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: try report.jsonData()) as? [String: Any])
        XCTAssertEqual((json["household"] as? [String: Any])?["phone"] as? String, offer.household.phone)
    }

    /// Both files of a saved report are the user's alone, and whole.
    func testSavedFilesArePrivate() throws {
        let folder = NSTemporaryDirectory() + "personal-data-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/Léa.json"
        let textPath = try PersonalDataFile.save(json: Data("{}".utf8), text: "Léa\n", to: path)
        XCTAssertEqual(textPath, folder + "/Léa.txt")
        for file in [path, textPath] {
            let mode = try XCTUnwrap(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int)
            XCTAssertEqual(mode & 0o777, 0o600, file)
        }
        XCTAssertEqual(try String(contentsOfFile: textPath, encoding: .utf8), "Léa\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder).sorted(), ["Léa.json", "Léa.txt"], "no partial files left")
        XCTAssertEqual(PersonalDataFile.textPath(besides: "/tmp/x"), "/tmp/x.txt")
        XCTAssertThrowsError(try PersonalDataFile.save(json: Data(), text: "", to: folder + "/missing/x.json"))
    }
}
