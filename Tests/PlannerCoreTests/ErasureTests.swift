import Foundation
import GRDB
import XCTest
@testable import PlannerCore

/// Erasing a person (GDPR Art. 17): the plan counts what will go, the erasure takes it from
/// every table and JSON field that names them, from the file's bytes, and from the backups.
final class ErasureTests: XCTestCase {
    private var sample: SampleStoreFolder!
    private var store: PlannerStore!
    private var visitId: Int64 = 0

    override func setUpWithError() throws {
        sample = try SampleStoreFolder("erasure")
        store = sample.store
        visitId = sample.visitId
    }

    override func tearDown() {
        store = nil
        sample.remove()
    }

    private func person(_ name: String) throws -> Participant { try store.findParticipant(name, inVisit: visitId) }

    private func count(_ items: [ErasurePlan.Item], _ kind: ErasureKind) -> Int { items.first { $0.kind == kind }?.count ?? 0 }

    private func assertNoTrace(of traces: PersonTraces, inFile path: String, file: StaticString = #filePath, line: UInt = #line) {
        guard let data = FileManager.default.contents(atPath: path) else { return }
        for token in [traces.fullName, traces.email, traces.phone, traces.uuid] {
            XCTAssertNil(data.range(of: Data(token.utf8)), "\(token) is still in \(path)", file: file, line: line)
        }
    }

    func testPlanCountsWhatGoesAndTheErasureScrubsEveryReference() throws {
        let leo = try person("Léo Dubois")
        let leoId = try XCTUnwrap(leo.id)
        let jade = try person("Jade Dubois")
        let hugo = try person("Hugo Bonnet")
        let household = try XCTUnwrap(try store.households().first)
        let visitId = self.visitId
        try store.write { db in
            var placement = Placement(visitId: visitId, participantId: leoId, householdId: household.id!, answerNote: "ok")
            try placement.insert(db)
            var jade = jade
            jade.stayTogetherWith.append(leoId)
            try jade.update(db)
            var hugo = hugo
            hugo.notes = "Shares a room with Léo Dubois; his mother: +33 6 18 24 34 60"
            try hugo.update(db)
            var item = try XCTUnwrap(try ProgrammeItemRecord.fetchOne(db))
            item.audience.participantIds.append(leoId)
            try item.update(db)
            var host = household
            host.hostingHistory.append(HostingRecord(year: 2025, note: "Spring: Léo Dubois, Hugo Bonnet", townNames: ["Saint-Aubin-sur-Loire"],
                                                     guestUUIDs: [leo.uuid, hugo.uuid], guestNames: ["Léo Dubois", "Hugo Bonnet"]))
            try host.update(db)
            try ImportMappingRecord(key: "k", kind: "participants", header: ["Léo Dubois", "leo.dubois@example.fr"],
                                    fields: ["name", "email"], updatedAt: "2026-01-01").insert(db)
        }
        let groupsWithLeo = try store.read { db in try VisitGroup.fetchAll(db).filter { $0.memberIds.contains(leoId) }.count }
        XCTAssertGreaterThan(groupsWithLeo, 0, "the sample puts the youth in a group")

        let plan = try store.erasurePlan(forParticipant: leoId)
        XCTAssertEqual(plan.person.fullName, "Léo Dubois")
        XCTAssertEqual(count(plan.items, .participant), 1)
        XCTAssertEqual(count(plan.items, .placements), 1)
        XCTAssertEqual(count(plan.items, .groupMemberships), groupsWithLeo)
        XCTAssertEqual(count(plan.items, .audiences), 1)
        XCTAssertEqual(count(plan.items, .stayTogetherLinks), 1)
        XCTAssertEqual(count(plan.items, .hostingHistory), 1)
        XCTAssertEqual(count(plan.items, .importMappings), 1)
        XCTAssertEqual(count(plan.items, .otherMentions), 1, "Hugo's notes")
        XCTAssertEqual(count(plan.items, .interpreterProfile), 0)
        XCTAssertTrue(plan.lines(includingUndoHistory: false).contains("1 placement"), "\(plan.lines(includingUndoHistory: false))")
        XCTAssertTrue(plan.lines(includingUndoHistory: true).contains { $0.contains("Undo") })

        let report = try store.erase(plan)
        XCTAssertEqual(report.items, plan.items, "the erasure took what the plan listed")
        XCTAssertTrue(report.isComplete, "\(report.lines)")

        XCTAssertThrowsError(try store.findParticipant("Léo Dubois", inVisit: visitId))
        XCTAssertEqual(try store.participants(ofVisit: visitId).count, 46)
        try store.read { db in
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM placement WHERE participantId = ?", arguments: [leoId]), 0)
            XCTAssertTrue(try VisitGroup.fetchAll(db).allSatisfy { !$0.memberIds.contains(leoId) })
            XCTAssertTrue(try ProgrammeItemRecord.fetchAll(db).allSatisfy { !$0.audience.participantIds.contains(leoId) })
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM importMapping"), 0)
        }
        XCTAssertFalse(try person("Jade Dubois").stayTogetherWith.contains(leoId))
        XCTAssertEqual(try person("Hugo Bonnet").notes, "Shares a room with ; his mother: ")
        let record = try XCTUnwrap(try store.households().first { $0.id == household.id }?.hostingHistory.last)
        XCTAssertEqual(record.year, 2025)
        XCTAssertEqual(record.townNames, ["Saint-Aubin-sur-Loire"])
        XCTAssertEqual(record.guestNames, ["Hugo Bonnet"])
        XCTAssertEqual(record.guestUUIDs, [hugo.uuid])
        XCTAssertEqual(record.note, "Spring: Hugo Bonnet")

        assertNoTrace(of: plan.person, inFile: store.path)
        assertNoTrace(of: plan.person, inFile: store.path + "-wal")
        XCTAssertEqual(try store.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") }, ["ok"])
    }

    func testAnInterpreterGoesWithProfileAndAssignments() throws {
        let tomas = try person("Tomáš Král")
        let id = try XCTUnwrap(tomas.id)
        let assignments = try store.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM interpretingAssignment WHERE interpreterId = ?", arguments: [id]) ?? 0 }
        XCTAssertGreaterThan(assignments, 0, "the sample books its interpreters")
        let plan = try store.erasurePlan(forParticipant: id)
        XCTAssertEqual(count(plan.items, .interpreterProfile), 1)
        XCTAssertEqual(count(plan.items, .interpretingAssignments), assignments)
        _ = try store.erase(plan)
        try store.read { db in
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM interpreter WHERE participantId = ?", arguments: [id]), 0)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM interpretingAssignment WHERE interpreterId = ?", arguments: [id]), 0)
        }
    }

    func testBackupsAreCleanedAndOneThatCannotBeIsDeleted() throws {
        let leo = try person("Léo Dubois")
        let good = try store.backups.take(of: store, now: Date(timeIntervalSinceNow: -60))
        // Bytes that hold his e-mail but are no database: it cannot be cleaned, so it must go.
        let broken = "\(store.backups.folder)/2020-01-01-000000.sqlite3"
        try Data("SQLite format 3\0 garbage leo.dubois@example.fr".utf8).write(to: URL(fileURLWithPath: broken))
        // A copy kept before a restore holds him too; a damaged copy is named, never touched.
        let aside = try store.restore(good, now: Date(timeIntervalSinceNow: -30))
        let damaged = store.path + ".damaged-2026-01-01-000000"
        try Data("not a database leo.dubois@example.fr".utf8).write(to: URL(fileURLWithPath: damaged))

        let plan = try store.erasurePlan(forParticipant: try XCTUnwrap(leo.id))
        XCTAssertEqual(Set(plan.copies.map(\.path)), [good.path, broken, aside])
        XCTAssertEqual(plan.notCleaned, [damaged])
        XCTAssertTrue(plan.lines(includingUndoHistory: false).contains { $0.contains(damaged) })

        let report = try store.erase(plan)
        XCTAssertEqual(Set(report.copies.cleaned), [good.path, aside])
        XCTAssertEqual(report.copies.deleted, [broken])
        XCTAssertFalse(FileManager.default.fileExists(atPath: broken))
        XCTAssertTrue(report.summary.contains("2 backups cleaned"), report.summary)
        XCTAssertTrue(report.summary.contains("1 backup could not be cleaned and was deleted"), report.summary)
        XCTAssertEqual(report.problemLines.count, 1, "the damaged copy: \(report.problemLines)")
        for path in [good.path, aside] {
            assertNoTrace(of: plan.person, inFile: path)
            XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int, 0o600)
            let copy = try PlannerStore(path: path)
            XCTAssertEqual(try copy.participants(ofVisit: visitId).count, 46, "the others stay in \(path)")
            XCTAssertEqual(try copy.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") }, ["ok"])
        }
        XCTAssertEqual(FileManager.default.contents(atPath: damaged), Data("not a database leo.dubois@example.fr".utf8))
    }

    func testABackupTakenBeforeThePersonCameIsLeftAsItWas() throws {
        let backup = try store.backups.take(of: store, now: Date(timeIntervalSinceNow: -60))
        let before = try Data(contentsOf: URL(fileURLWithPath: backup.path))
        let town = try XCTUnwrap(try person("Léo Dubois").townId)
        let newcomer = try store.save(Participant(visitId: visitId, givenName: "Anaïs", familyName: "Nouvelle", townId: town,
                                                  role: .adult, phone: "+33 6 00 00 00 01", email: "anais.nouvelle@example.fr"))
        let report = try store.erase(try store.erasurePlan(forParticipant: try XCTUnwrap(newcomer.id)))
        XCTAssertEqual(report.copies.untouched, [backup.path])
        XCTAssertEqual(report.copies.cleaned, [])
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: backup.path)), before)
        XCTAssertEqual(report.summary, "Anaïs Nouvelle erased.")
    }

    func testTheErasureIsNeverRecordedForUndo() throws {
        let plan = try store.erasurePlan(forParticipant: try XCTUnwrap(try person("Léo Dubois").id))
        let (_, changes) = try store.recordingChanges { try store.erase(plan) }
        XCTAssertTrue(changes.isEmpty, "an Undo of the erasure would bring the person back")
    }

    func testAPlanForSomeoneGoneSinceErasesNothing() throws {
        let leo = try person("Léo Dubois")
        let plan = try store.erasurePlan(forParticipant: try XCTUnwrap(leo.id))
        try store.deleteParticipant(id: leo.id!)
        XCTAssertThrowsError(try store.erase(plan)) { error in
            XCTAssertEqual(error as? PlannerError, .notFound(.participant, key: "Léo Dubois"))
        }
        XCTAssertEqual(try store.participants(ofVisit: visitId).count, 46)
    }

    func testANameInSeveralVisitsNeedsTheVisit() throws {
        XCTAssertEqual(try store.findParticipantInAnyVisit("Léo Dubois").fullName, "Léo Dubois")
        let other = try store.createVisit(VisitDraft(title: "Second", hostTown: .init(name: "Horní Lhota", countryCode: "CZ"),
                                                     partnerTowns: [.init(name: "Saint-Aubin-sur-Loire", countryCode: "FR")],
                                                     kind: .youthExchange,
                                                     startDate: CalendarDate(year: 2028, month: 5, day: 1)!,
                                                     endDate: CalendarDate(year: 2028, month: 5, day: 3)!,
                                                     languages: ["cs"], currency: "CZK", status: .confirmed, notes: ""))
        try store.save(Participant(visitId: other, givenName: "Léo", familyName: "Dubois"))
        XCTAssertThrowsError(try store.findParticipantInAnyVisit("Léo Dubois")) { error in
            XCTAssertEqual(error as? PlannerError, .ambiguous(.participant, key: "Léo Dubois"))
        }
    }
}
