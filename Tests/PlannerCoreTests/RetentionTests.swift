import Foundation
import GRDB
import XCTest
@testable import PlannerCore

/// Retention per visit (GDPR Art. 5(1)(e)): two dates with their defaults, validated; applying
/// erases health and contact data after the first and the records after the second, from the
/// database, its bytes and its backups, while the budget, the grant checks and the key figures
/// keep their numbers through an anonymous headcount.
final class RetentionTests: XCTestCase {
    private var sample: SampleStoreFolder!
    private var store: PlannerStore!
    private var visitId: Int64 = 0

    /// The sample visit ends on 2027-05-17: health data is kept until 2027-06-16, evidence until 2030-05-17.
    private let afterHealthDate = CalendarDate(year: 2027, month: 7, day: 1)!
    private let afterEvidenceDate = CalendarDate(year: 2030, month: 6, day: 1)!

    override func setUpWithError() throws {
        sample = try SampleStoreFolder("retention")
        store = sample.store
        visitId = sample.visitId
    }

    override func tearDown() {
        store = nil
        sample.remove()
    }

    private func snapshot() throws -> VisitSnapshot { try XCTUnwrap(try store.snapshot(ofVisit: visitId)) }

    private func bytes(_ path: String) -> Data { FileManager.default.contents(atPath: path) ?? Data() }

    private func contains(_ data: Data, _ text: String) -> Bool { data.range(of: Data(text.utf8)) != nil }

    func testDefaultsAreThirtyDaysAndThreeYearsAfterTheVisitAndNothingIsDueBefore() throws {
        let policy = try store.retentionPolicy(ofVisit: visitId)
        let visit = try snapshot().visit
        XCTAssertEqual(policy.healthDataDate(for: visit).description, "2027-06-16")
        XCTAssertEqual(policy.evidenceDate(for: visit).description, "2030-05-17")
        XCTAssertTrue(policy.reason.contains("three years"), policy.reason)

        let summary = DataProtectionSummary(try snapshot(), today: CalendarDate(year: 2027, month: 6, day: 16)!)
        XCTAssertEqual(summary.health.status, .kept, "the last day kept is not yet due")
        XCTAssertEqual(summary.evidence.status, .kept)
        XCTAssertTrue(summary.health.held.contains("Phone numbers of 47 participants"), "\(summary.health.held)")
        XCTAssertFalse(summary.isDue)
        XCTAssertTrue(try store.retentionPlan(forVisit: visitId, today: CalendarDate(year: 2027, month: 6, day: 16)!).isEmpty)
        XCTAssertFalse(ProblemFinder.problems(in: try snapshot(), today: CalendarDate(year: 2027, month: 6, day: 16)!)
            .contains { $0.subject == .dataProtection })

        let due = ProblemFinder.problems(in: try snapshot(), today: afterHealthDate).filter { $0.subject == .dataProtection }
        XCTAssertEqual(due.map(\.message), ["Health and contact data was to be kept until 2027-06-16: apply the data retention"])
    }

    func testDatesAreValidatedAndADefaultDateIsStoredAsTheDefault() throws {
        let visit = try snapshot().visit
        func issues(_ draft: RetentionDraft) -> [ValidationIssue] {
            do {
                try store.setRetention(draft, forVisit: visitId)
                return []
            } catch .invalid(let failure) {
                return failure.issues
            } catch {
                XCTFail("\(error)")
                return []
            }
        }
        XCTAssertEqual(issues(RetentionDraft(healthDataUntil: CalendarDate(year: 2027, month: 5, day: 16)!)),
                       [ValidationIssue(.healthDataUntil, .beforeVisitEnd(visit.endDate))])
        XCTAssertEqual(issues(RetentionDraft(healthDataUntil: CalendarDate(year: 2028, month: 1, day: 1)!,
                                             evidenceUntil: CalendarDate(year: 2027, month: 12, day: 31)!)),
                       [ValidationIssue(.evidenceUntil, .evidenceBeforeHealthData)])
        let id = visitId
        XCTAssertNil(try store.read { db in try RetentionPolicy.fetchOne(db, key: id) }, "a refused draft wrote nothing")

        try store.setRetention(RetentionDraft(healthDataUntil: visit.endDate, evidenceUntil: CalendarDate(year: 2032, month: 12, day: 31)!,
                                              evidenceReason: "Erasmus+ grant over 60,000 EUR: five years after the balance"),
                               forVisit: visitId)
        var policy = try store.retentionPolicy(ofVisit: visitId)
        XCTAssertEqual(policy.healthDataUntil, visit.endDate)
        XCTAssertEqual(policy.evidenceDate(for: visit).description, "2032-12-31")
        XCTAssertEqual(policy.reason, "Erasmus+ grant over 60,000 EUR: five years after the balance")

        // The defaults typed back are "the default" again, and follow the visit's dates.
        try store.setRetention(RetentionDraft(healthDataUntil: RetentionPolicy.defaultHealthDataDate(for: visit),
                                              evidenceUntil: RetentionPolicy.defaultEvidenceDate(for: visit),
                                              evidenceReason: RetentionPolicy.defaultEvidenceReason), forVisit: visitId)
        policy = try store.retentionPolicy(ofVisit: visitId)
        XCTAssertNil(policy.healthDataUntil)
        XCTAssertNil(policy.evidenceUntil)
        XCTAssertEqual(policy.evidenceReason, "")
    }

    func testSettingTheDatesIsUndoable() throws {
        let (_, changes) = try store.recordingChanges {
            try store.setRetention(RetentionDraft(evidenceUntil: CalendarDate(year: 2033, month: 1, day: 1)!), forVisit: visitId)
        }
        XCTAssertEqual(try store.retentionPolicy(ofVisit: visitId).evidenceUntil?.description, "2033-01-01")
        try store.revert(changes)
        XCTAssertNil(try store.retentionPolicy(ofVisit: visitId).evidenceUntil)
    }

    func testHealthDataGoesAfterItsDateWhileNamesAndConsentsStay() throws {
        let leo = try store.findParticipant("Léo Dubois", inVisit: visitId)
        XCTAssertFalse(leo.phone.isEmpty)
        let backup = try store.backups.take(of: store, now: Date(timeIntervalSinceNow: -60))
        XCTAssertTrue(contains(bytes(backup.path), leo.email))

        let plan = try store.retentionPlan(forVisit: visitId, today: afterHealthDate)
        XCTAssertTrue(plan.erasesHealthData)
        XCTAssertFalse(plan.erasesEvidence)
        XCTAssertEqual(plan.healthItems.first { $0.kind == .emails }?.count, 47)
        XCTAssertTrue(plan.lines(includingUndoHistory: true).contains("The Undo history is cleared, with the receipts of imports"))
        let report = try store.applyRetention(plan)
        XCTAssertTrue(report.isComplete, "\(report.problemLines)")
        XCTAssertEqual(report.copies.cleaned, [backup.path])

        let people = try snapshot().participants
        XCTAssertEqual(people.count, 47)
        for p in people {
            XCTAssertTrue(p.phone.isEmpty && p.email.isEmpty && p.allergies.isEmpty && p.diets.isEmpty && p.notes.isEmpty
                          && p.emergencyContact == nil && p.petAllergy == nil && !p.needsSmokeFreeHome, "\(p.fullName) keeps health data")
        }
        let after = try store.findParticipant("Léo Dubois", inVisit: visitId)
        XCTAssertEqual(after.uuid, leo.uuid, "the grant evidence stays")
        XCTAssertEqual(after.parentalConsent, leo.parentalConsent)
        for path in [store.path, store.path + "-wal", backup.path] {
            XCTAssertFalse(contains(bytes(path), leo.email), "\(path) still holds his e-mail")
            XCTAssertFalse(contains(bytes(path), leo.phone), "\(path) still holds his phone")
        }
        let summary = DataProtectionSummary(try snapshot(), today: afterHealthDate)
        XCTAssertEqual(summary.health.status, .erased)
        XCTAssertEqual(summary.health.statusLine, "Erased on 2027-07-01.")
        XCTAssertEqual(summary.evidence.status, .kept)
        XCTAssertTrue(try store.retentionPlan(forVisit: visitId, today: afterHealthDate).isEmpty, "applied twice erases nothing more")
    }

    func testEvidenceGoesWithTheRecordsAndTheBudgetAndFiguresKeepTheirNumbers() throws {
        let before = try snapshot()
        let budget = BudgetReport(before)
        let overview = VisitOverview(before)
        let checks = TwinningRules.cerv.checks(for: before)
        // Tomáš Král interprets and hosts: the host family register keeps its own adults.
        let hosts = Set(try store.households().flatMap { $0.adults.map(\.name) })
        let names = before.participants.map(\.fullName).filter { !hosts.contains($0) }
        XCTAssertEqual(names.count, 46)
        let backup = try store.backups.take(of: store, now: Date(timeIntervalSinceNow: -60))

        let plan = try store.retentionPlan(forVisit: visitId, today: afterEvidenceDate)
        XCTAssertEqual(plan.people, 47)
        XCTAssertTrue(plan.healthItems.isEmpty, "the records go whole: their health data is not listed twice")
        XCTAssertEqual(plan.evidenceItems.first { $0.kind == .participant }?.count, 47)
        let report = try store.applyRetention(plan)
        XCTAssertTrue(report.isComplete, "\(report.problemLines)")

        let after = try snapshot()
        XCTAssertTrue(after.participants.isEmpty)
        XCTAssertTrue(after.placements.isEmpty)
        XCTAssertEqual(after.retention.keptHeadcount.count, 47)
        XCTAssertEqual(after.programme.count, before.programme.count, "the programme stays")
        let budgetAfter = BudgetReport(after)
        XCTAssertEqual(budgetAfter.plannedTotal, budget.plannedTotal)
        XCTAssertEqual(budgetAfter.lines.map(\.quantity), budget.lines.map(\.quantity))
        XCTAssertEqual(budgetAfter.fundingTotal, budget.fundingTotal)
        XCTAssertEqual(budgetAfter.payerShares, budget.payerShares)
        XCTAssertEqual(TwinningRules.cerv.checks(for: after), checks)
        XCTAssertEqual(VisitOverview(after).perTown.map(\.guests), overview.perTown.map(\.guests))
        XCTAssertEqual(VisitOverview(after).minors, overview.minors)
        let kral = try XCTUnwrap(try store.households().first { $0.name == "Jana a Tomáš Král" })
        XCTAssertEqual(kral.adults.map(\.name), ["Jana Král", "Tomáš Král"], "the host family register is not a mention to scrub")

        for path in [store.path, store.path + "-wal", backup.path] {
            let data = bytes(path)
            for name in names { XCTAssertFalse(contains(data, name), "\(path) still holds \(name)") }
        }
        let summary = DataProtectionSummary(after, today: afterEvidenceDate)
        XCTAssertEqual(summary.evidence.status, .erased)
        XCTAssertTrue(summary.keptFigures.contains("Saint-Aubin-sur-Loire: 16 people"), "\(summary.keptFigures)")
        XCTAssertTrue(summary.keptFigures.contains { $0.hasPrefix("13–17 years: ") }, "\(summary.keptFigures)")
        let problems = ProblemFinder.problems(in: after, today: afterEvidenceDate)
        XCTAssertFalse(problems.contains { $0.subject == .dataProtection })
        XCTAssertFalse(problems.contains { if case .programmeItem = $0.subject { true } else { false } },
                       "a programme of erased people is history, not a problem: \(problems.map(\.message))")
    }

    func testAReturningGuestKeepsTheirContactInAnotherVisit() throws {
        let leo = try store.findParticipant("Léo Dubois", inVisit: visitId)
        let other = try store.createVisit(VisitDraft(title: "Autumn 2030", hostTown: .init(name: "Horní Lhota", countryCode: "CZ"),
                                                     partnerTowns: [.init(name: "Saint-Aubin-sur-Loire", countryCode: "FR")],
                                                     startDate: CalendarDate(year: 2030, month: 9, day: 1)!,
                                                     endDate: CalendarDate(year: 2030, month: 9, day: 5)!, languages: ["cs", "fr"]))
        var again = Participant(visitId: other, givenName: "Léo", familyName: "Dubois", role: .youth, phone: leo.phone, email: leo.email)
        let againId = try XCTUnwrap(try store.save(again).id)
        _ = try store.applyRetention(try store.retentionPlan(forVisit: visitId, today: afterEvidenceDate))
        let kept = try XCTUnwrap(try store.read { db in try Participant.fetchOne(db, key: againId) })
        XCTAssertEqual(kept.email, leo.email, "the later visit's own record is not a mention to scrub")
        XCTAssertEqual(kept.phone, leo.phone)
        XCTAssertEqual(kept.fullName, "Léo Dubois")
    }

    func testAnEvidenceErasureStopsWhenThePeopleChangedSinceThePlan() throws {
        let plan = try store.retentionPlan(forVisit: visitId, today: afterEvidenceDate)
        try store.save(Participant(visitId: visitId, givenName: "Late", familyName: "Comer"))
        XCTAssertThrowsError(try store.applyRetention(plan))
        XCTAssertEqual(try snapshot().participants.count, 48, "nothing was erased")
    }
}
