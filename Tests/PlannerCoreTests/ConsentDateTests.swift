import Foundation
import XCTest
@testable import PlannerCore

/// A participant's consents are dated: the day given, typed or recorded by an import; a
/// consent withdrawn loses its date, one repeated by a later import keeps its first date, and
/// a date in the future is refused beside its field.
final class ConsentDateTests: XCTestCase {
    private let march = CalendarDate(year: 2026, month: 3, day: 2)!
    private let today = CalendarDate(year: 2027, month: 4, day: 20)!

    func testGivingWithdrawingAndKeepingTheDate() {
        var p = Participant(visitId: 1, givenName: "Léa", familyName: "Bonnet")
        p.setParentalConsent(true, on: march, today: today)
        XCTAssertEqual(p.parentalConsentDate, march)
        p.setParentalConsent(true, on: nil, today: today)
        XCTAssertEqual(p.parentalConsentDate, march, "given again without a date: the first date stays")
        p.setParentalConsent(false, on: march, today: today)
        XCTAssertFalse(p.parentalConsent)
        XCTAssertNil(p.parentalConsentDate, "no consent, no date")
        p.setPhotoConsent(true, on: nil, today: today)
        XCTAssertEqual(p.photoConsentDate, today, "a new consent without a date is dated the day it is recorded")
        XCTAssertNil(Participant(visitId: 1, givenName: "A", familyName: "B", parentalConsent: false, parentalConsentDate: march)
            .parentalConsentDate, "the initialiser drops a date without a consent")
    }

    func testAFutureDateIsRefusedOnItsField() throws {
        let store = try PlannerStore(inMemory: ())
        let visitId = try SampleVisit.install(in: store)
        var leo = try store.findParticipant("Léo Dubois", inVisit: visitId)
        leo.setPhotoConsent(true, on: CalendarDate(year: 2027, month: 5, day: 1)!, today: today)
        XCTAssertThrowsError(try store.save(leo, today: today)) { error in
            guard case .invalid(let failure) = error as? PlannerError else { return XCTFail("\(error)") }
            XCTAssertEqual(failure.issues, [ValidationIssue(.photoConsentDate, .inFuture)])
        }
        leo.setPhotoConsent(true, on: march, today: today)
        try store.save(leo, today: today)
        XCTAssertEqual(try store.findParticipant("Léo Dubois", inVisit: visitId).photoConsentDate, march)
    }

    func testAnImportDatesANewConsentAndKeepsARepeatedOne() throws {
        let (store, visit) = try ImportFixtures.store()
        let csv = "Nom,Prénom,Date de naissance,Autorisation parentale\nBONNET,Léa,04/09/2011,oui\nROUX,Hugo,29/10/2010,non\n"
        let first = try ImportFixtures.preview(Data(csv.utf8), kind: .participants, store: store, visit: visit)
        let importDay = ImportFixtures.today
        try store.runImport(first, today: importDay)
        var lea = try store.findParticipant("Léa Bonnet", inVisit: visit.id)
        XCTAssertTrue(lea.parentalConsent)
        XCTAssertEqual(lea.parentalConsentDate, importDay, "recorded on the day of the import")
        XCTAssertNil(try store.findParticipant("Hugo Roux", inVisit: visit.id).parentalConsentDate)

        // The organiser corrects the date to the day on the signed form; the same file again keeps it.
        lea.setParentalConsent(true, on: march, today: importDay)
        try store.save(lea, today: importDay)
        let again = try ImportFixtures.preview(Data(csv.utf8), kind: .participants, store: store, visit: visit)
        XCTAssertEqual(again.rows.map(\.outcome), [.duplicate, .duplicate])
        try store.runImport(again, today: importDay)
        XCTAssertEqual(try store.findParticipant("Léa Bonnet", inVisit: visit.id).parentalConsentDate, march)
    }

    func testThePersonalDataReportSaysWhenConsentWasGiven() throws {
        let store = try PlannerStore(inMemory: ())
        let visitId = try SampleVisit.install(in: store)
        var leo = try store.findParticipant("Léo Dubois", inVisit: visitId)
        leo.setParentalConsent(true, on: march, today: today)
        leo.setPhotoConsent(false, on: nil, today: today)
        try store.save(leo, today: today)
        let text = try store.personalDataReport(participantId: leo.id!).text
        XCTAssertTrue(text.contains("Parental consent: yes, given on 2026-03-02"), text)
        XCTAssertTrue(text.contains("Photo consent: no"), text)
    }
}
