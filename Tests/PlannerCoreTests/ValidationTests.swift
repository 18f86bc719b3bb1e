import XCTest
@testable import PlannerCore

final class ValidationTests: XCTestCase {
    let today = CalendarDate(year: 2027, month: 3, day: 1)!

    private func validDraft() -> VisitDraft {
        VisitDraft(title: "Ascension", hostTown: .init(name: "Horní Lhota", countryCode: "CZ"),
                   partnerTowns: [.init(name: "Saint-Aubin-sur-Loire", countryCode: "FR")],
                   startDate: CalendarDate(iso: "2027-05-13"), endDate: CalendarDate(iso: "2027-05-17"),
                   languages: ["cs", "fr"], currency: "CZK")
    }

    private func fields(_ issues: [ValidationIssue]) -> [ValidationIssue.Field] { issues.map(\.field) }

    // MARK: Visit drafts

    func testValidDraftHasNoIssues() {
        XCTAssertEqual(validDraft().validate(), [])
    }

    func testDraftRequiresTitleAndTowns() {
        var draft = validDraft()
        draft.title = "   "
        draft.hostTown = .init(name: "", countryCode: "")
        draft.partnerTowns = []
        let issues = draft.validate()
        XCTAssertTrue(issues.contains(.init(.title, .required)))
        XCTAssertTrue(issues.contains(.init(.hostTown, .required)))
        XCTAssertTrue(issues.contains(.init(.hostCountry, .required)))
        XCTAssertTrue(issues.contains(.init(.partnerTowns, .required)))
    }

    func testDraftTitleLength() {
        var draft = validDraft()
        draft.title = String(repeating: "x", count: 201)
        XCTAssertEqual(draft.validate(), [.init(.title, .tooLong(200))])
        draft.title = String(repeating: "x", count: 200)
        XCTAssertEqual(draft.validate(), [])
    }

    func testDraftDates() {
        var draft = validDraft()
        draft.endDate = CalendarDate(iso: "2027-05-12")
        XCTAssertEqual(draft.validate(), [.init(.endDate, .endBeforeStart)])
        draft.endDate = draft.startDate
        XCTAssertEqual(draft.validate(), [], "a one-day visit is fine")
        draft.startDate = nil
        draft.endDate = nil
        XCTAssertEqual(Set(draft.validate()), [.init(.startDate, .required), .init(.endDate, .required)])
    }

    func testDraftCountryCodes() {
        var draft = validDraft()
        draft.hostTown.countryCode = "XX"
        XCTAssertEqual(draft.validate(), [.init(.hostCountry, .invalidCountry("XX"))])
        draft = validDraft()
        draft.hostTown.countryCode = "cz"
        XCTAssertEqual(draft.validate(), [], "lower case is accepted")
        draft.partnerTowns = [.init(name: "Birkenfeld", countryCode: "Germany")]
        XCTAssertEqual(draft.validate(), [.init(.partnerTowns, .invalidCountry("Germany"))])
        draft.partnerTowns = [.init(name: " ", countryCode: "DE")]
        XCTAssertEqual(draft.validate(), [.init(.partnerTowns, .required)])
    }

    func testDraftRefusesTownTwice() {
        var draft = validDraft()
        draft.partnerTowns.append(.init(name: "saint-aubin-sur-loire", countryCode: "FR"))
        XCTAssertEqual(draft.validate(), [.init(.partnerTowns, .sameTownTwice("saint-aubin-sur-loire"))])
        draft = validDraft()
        draft.partnerTowns = [.init(name: "Horní Lhota", countryCode: "CZ")]
        XCTAssertEqual(draft.validate(), [.init(.partnerTowns, .sameTownTwice("Horní Lhota"))], "host is not a partner")
    }

    func testDraftLanguagesAndCurrency() {
        var draft = validDraft()
        draft.languages = []
        XCTAssertEqual(draft.validate(), [.init(.languages, .required)])
        draft.languages = ["cs", "french", "d"]
        XCTAssertEqual(draft.validate(), [.init(.languages, .unreadableLanguage("french")), .init(.languages, .unreadableLanguage("d"))])
        draft = validDraft()
        draft.currency = ""
        XCTAssertEqual(draft.validate(), [.init(.currency, .required)])
        draft.currency = "KCS"
        XCTAssertEqual(draft.validate(), [.init(.currency, .invalidCurrency("KCS"))])
        draft.currency = "eur"
        XCTAssertEqual(draft.validate(), [])
    }

    // MARK: Participants

    private func person(id: Int64? = 7) -> Participant {
        Participant(id: id, visitId: 1, givenName: "Léa", familyName: "Bonnet", birthDate: CalendarDate(iso: "2011-09-04"),
                    phone: "+33 6 99 23 35 43", email: "lea.bonnet@example.fr")
    }

    func testValidParticipant() {
        XCTAssertEqual(person().validate(today: today, others: []), [])
    }

    func testParticipantRequiresNames() {
        var p = person()
        p.givenName = ""
        p.familyName = " \n"
        XCTAssertEqual(p.validate(today: today, others: []), [.init(.givenName, .required), .init(.familyName, .required)])
        p = person()
        p.familyName = String(repeating: "é", count: 201)
        XCTAssertEqual(p.validate(today: today, others: []), [.init(.familyName, .tooLong(200))])
    }

    func testBirthDateNotInTheFutureNorAncient() {
        var p = person()
        p.birthDate = today
        XCTAssertEqual(p.validate(today: today, others: []), [], "born today is possible")
        p.birthDate = today.adding(days: 1)
        XCTAssertEqual(p.validate(today: today, others: []), [.init(.birthDate, .inFuture)])
        p.birthDate = CalendarDate(iso: "1890-01-01")
        XCTAssertEqual(p.validate(today: today, others: []), [.init(.birthDate, .implausibleDate)])
        p.birthDate = nil
        XCTAssertEqual(p.validate(today: today, others: []), [], "a birth date is optional")
    }

    func testEmailPlausibility() {
        var p = person()
        for good in ["a@b.cz", "kathe.becker@example.de", "x+tag@sub.example.org"] {
            p.email = good
            XCTAssertEqual(p.validate(today: today, others: []), [], good)
        }
        for bad in ["lea.bonnet", "@example.fr", "lea@", "lea@example", "lea@example.f", "lea @example.fr", "a@b@c.fr", "lea@.fr"] {
            p.email = bad
            XCTAssertEqual(p.validate(today: today, others: []), [.init(.email, .invalidEmail)], bad)
        }
        p.email = ""
        XCTAssertEqual(p.validate(today: today, others: []), [], "empty is allowed")
    }

    func testPhonePlausibility() {
        var p = person()
        for good in ["+420 775 924 589", "(0)6 12-34/56.78", "123456", "+123456789012345"] {
            p.phone = good
            XCTAssertEqual(p.validate(today: today, others: []), [], good)
        }
        for bad in ["12345", "+1234567890123456", "call me", "+33 6 +99", "06 12 34 56 78 ext"] {
            p.phone = bad
            XCTAssertEqual(p.validate(today: today, others: []), [.init(.phone, .invalidPhone)], bad)
        }
        p = person()
        p.emergencyContact = EmergencyContact(name: "Parent", phone: "none")
        XCTAssertEqual(p.validate(today: today, others: []), [.init(.emergencyContact, .invalidPhone)])
    }

    func testNobodyStaysTogetherWithThemselves() {
        var p = person(id: 7)
        p.stayTogetherWith = [7]
        XCTAssertEqual(p.validate(today: today, others: [7, 8]), [.init(.stayTogetherWith, .togetherWithSelf)])
        p.stayTogetherWith = [8]
        XCTAssertEqual(p.validate(today: today, others: [7, 8]), [])
        p.stayTogetherWith = [9]
        XCTAssertEqual(p.validate(today: today, others: [7, 8]), [.init(.stayTogetherWith, .unknownParticipant)])
    }

    func testDepartureNotBeforeArrival() throws {
        var p = person()
        let day = try XCTUnwrap(CalendarDate(iso: "2027-05-13"))
        p.arrival = Travel(date: day, time: TimeOfDay(hour: 17, minute: 0))
        p.departure = Travel(date: day.adding(days: -1))
        XCTAssertEqual(p.validate(today: today, others: []), [.init(.departure, .endBeforeStart)])
        p.departure = Travel(date: day, time: TimeOfDay(hour: 16, minute: 0))
        XCTAssertEqual(p.validate(today: today, others: []), [.init(.departure, .endBeforeStart)])
        p.departure = Travel(date: day, time: TimeOfDay(hour: 18, minute: 0))
        XCTAssertEqual(p.validate(today: today, others: []), [])
        p.departure = Travel(date: day.adding(days: 4))
        XCTAssertEqual(p.validate(today: today, others: []), [])
    }

    // MARK: Households

    private func household() -> Household {
        Household(name: "Hana a Václav Novák", phone: "+420 775 924 589", email: "novakova32@example.cz", beds: 3,
                  children: [HostChild(age: 8)])
    }

    func testValidHousehold() throws {
        XCTAssertEqual(household().validate(), [])
        let from = try XCTUnwrap(CalendarDate(iso: "2027-05-13"))
        XCTAssertEqual(household().validate(availability: Availability(from: from, to: from)), [])
    }

    func testHouseholdRules() throws {
        var h = household()
        h.name = " "
        XCTAssertEqual(h.validate(), [.init(.name, .required)])
        h = household()
        h.name = String(repeating: "n", count: 201)
        XCTAssertEqual(h.validate(), [.init(.name, .tooLong(200))])
        h = household()
        h.beds = 0
        XCTAssertEqual(h.validate(), [], "zero beds is allowed")
        h.beds = -1
        XCTAssertEqual(h.validate(), [.init(.beds, .negative)])
        h = household()
        h.email = "novakova32"
        h.phone = "ne"
        XCTAssertEqual(h.validate(), [.init(.email, .invalidEmail), .init(.phone, .invalidPhone)])
        h = household()
        h.children = [HostChild(age: -2)]
        XCTAssertEqual(h.validate(), [.init(.children, .negative)])
        let from = try XCTUnwrap(CalendarDate(iso: "2027-05-13"))
        XCTAssertEqual(household().validate(availability: Availability(from: from, to: from.adding(days: -1))),
                       [.init(.availability, .endBeforeStart)])
    }

    func testMessagesAreSentences() {
        XCTAssertEqual(ValidationIssue(.email, .invalidEmail).description, "email: Not an e-mail address (name@example.org)")
        XCTAssertTrue(ValidationIssue.Problem.invalidCountry("XX").message.contains("XX"))
        let failure = ValidationFailure([.init(.title, .required), .init(.beds, .negative)])
        XCTAssertEqual(failure.message(for: .beds), "Cannot be negative")
        XCTAssertNil(failure.message(for: .email))
    }
}
