import XCTest
@testable import PlannerCore

/// What the Problems panel says about interpreting: clashes (travel time included), availability,
/// daily maximum, open and half-covered needs, missing profiles, listeners of unknown languages.
final class InterpretingProblemsTests: XCTestCase {
    private func problems(_ f: InterpretingFixture) -> [VisitProblem] { ProblemFinder.interpretingProblems(in: f.snapshot) }

    private func messages(_ f: InterpretingFixture, _ severity: VisitProblem.Severity? = nil) -> [String] {
        problems(f).filter { severity == nil || $0.severity == severity }.map(\.message)
    }

    func testNothingToSayWhenAllIsCovered() {
        var f = InterpretingFixture()
        f.person("Anna", speaks: "de native")
        let tomas = f.interpreter("Tomáš", "Král", pairs: "cs>de")
        let item = f.item("Welcome")
        f.assign(tomas, at: item, "cs>de")
        XCTAssertEqual(problems(f), [])
    }

    func testDoubleBookedInterpreter() {
        var f = InterpretingFixture()
        f.person("Anna", speaks: "de native")
        let tomas = f.interpreter("Tomáš", "Král", pairs: "cs>de")
        let one = f.item("Welcome", from: "09:00", to: "10:00")
        let two = f.item("Tour", from: "09:30", to: "11:00")
        f.assign(tomas, at: one, "cs>de")
        f.assign(tomas, at: two, "cs>de")
        let found = problems(f)
        XCTAssertEqual(found, [VisitProblem(severity: .error, subject: .participant(tomas),
                                            message: "Tomáš K. is booked at Welcome and Tour at the same time")])
    }

    func testTravelTimeBetweenPlacesButNotWithinOne() {
        var f = InterpretingFixture()
        f.person("Anna", speaks: "de native")
        let tomas = f.interpreter("Tomáš", "Král", pairs: "cs>de")
        let one = f.item("Welcome", from: "09:00", to: "10:00", place: "Radnice")
        let two = f.item("Talk", from: "10:10", to: "11:00", place: "radnice ")
        f.assign(tomas, at: one, "cs>de")
        f.assign(tomas, at: two, "cs>de")
        XCTAssertEqual(problems(f), [])
        f.items[1].location = ItemLocation(name: "Zámek")
        XCTAssertEqual(messages(f, .error), ["Tomáš K. has too little time to get from Welcome to Talk"])
    }

    func testOutsideAvailabilityWrongPairModeAndTwoCouples() {
        var f = InterpretingFixture()
        f.person("Anna", speaks: "de native")
        f.person("Pierre", speaks: "fr native")
        let window = [(InterpretingFixture.at(15, "08:00"), InterpretingFixture.at(15, "18:00"))]
        let tomas = f.interpreter("Tomáš", "Král", pairs: "cs>de cs>fr", modes: [.consecutive], available: window)
        let item = f.item("Gala dinner", plan: InterpretationPlan(mode: .whispered))
        f.assign(tomas, at: item, "cs>de")
        f.assign(tomas, at: item, "cs>fr")
        f.assign(tomas, at: item, "de>cs")
        let found = problems(f)
        XCTAssertTrue(found.allSatisfy { $0.severity == .error && $0.subject == .participant(tomas) }, "\(found)")
        XCTAssertEqual(Set(found.map(\.message)), [
            "Tomáš K. is not available for Gala dinner",
            "Tomáš K. does not work whispered, needed at Gala dinner",
            "Tomáš K. does not interpret de→cs, assigned at Gala dinner",
            "Tomáš K. would interpret between more than two languages at Gala dinner",
        ])
    }

    func testOverTheDailyMaximumIsAWarning() {
        var f = InterpretingFixture()
        f.person("Anna", speaks: "de native")
        let tomas = f.interpreter("Tomáš", "Král", pairs: "cs>de", maxPerDay: 120)
        let one = f.item("One", from: "09:00", to: "10:00")
        let two = f.item("Two", from: "11:00", to: "12:30")
        f.assign(tomas, at: one, "cs>de")
        f.assign(tomas, at: two, "cs>de")
        XCTAssertEqual(problems(f), [VisitProblem(severity: .warning, subject: .participant(tomas),
                                                  message: "Tomáš K. works 2 h 30 min on 2027-05-14, more than 2 h")])
    }

    func testUncoveredNeedIsAnErrorAboutTheItem() {
        var f = InterpretingFixture()
        f.person("Agata", speaks: "pl native")
        f.person("Anna", speaks: "de native")
        let tomas = f.interpreter("Tomáš", "Král", pairs: "cs>de")
        let other = f.item("Tour", from: "18:00", to: "20:00", plan: InterpretationPlan(wanted: false))
        let gala = f.item("Gala dinner", from: "19:00", to: "21:00")
        f.assign(tomas, at: other, "cs>de")
        XCTAssertEqual(Set(problems(f)), [
            VisitProblem(severity: .error, subject: .programmeItem(gala), message: "Gala dinner: nobody interprets cs→pl"),
            VisitProblem(severity: .error, subject: .programmeItem(gala),
                         message: "Gala dinner: no interpreter for cs→de (Tomáš K. is busy at Tour)"),
        ])
    }

    func testHalfCoveredNeedIsAWarning() {
        var f = InterpretingFixture()
        f.person("Anna", speaks: "de native")
        let tomas = f.interpreter("Tomáš", "Král", pairs: "cs>de")
        let gala = f.item("Gala dinner", from: "19:00", to: "22:00")
        f.assign(tomas, at: gala, "cs>de")
        XCTAssertEqual(problems(f), [VisitProblem(severity: .warning, subject: .programmeItem(gala),
                                                  message: "Gala dinner: only one interpreter for cs→de, two are needed")])
    }

    func testInterpretersWithoutProfilesOrPairs() {
        var f = InterpretingFixture()
        let lone = f.person("Lone", "Wolf", role: .interpreter, speaks: "cs native, de C2")
        let empty = f.interpreter("Empty", "Profile", pairs: "")
        XCTAssertEqual(Set(problems(f)), [
            VisitProblem(severity: .warning, subject: .participant(lone), message: "Lone Wolf is an interpreter without a profile (pairs, availability)"),
            VisitProblem(severity: .warning, subject: .participant(empty), message: "Empty Profile's interpreter profile has no language pairs"),
        ])
        // Assigned without a profile: an error at the item too.
        let item = f.item("Talk", plan: InterpretationPlan(wanted: false))
        f.assign(lone, at: item, "cs>de")
        XCTAssertTrue(messages(f, .error).contains("Lone W. interprets at Talk but has no interpreter profile"))
    }

    func testListenersWithoutAGoodLanguage() {
        var f = InterpretingFixture()
        let weak = f.person("Weak", "Speaker", speaks: "de A2")
        f.item("Talk", plan: InterpretationPlan(wanted: true))
        f.item("Concert", plan: InterpretationPlan(wanted: false))
        XCTAssertEqual(problems(f), [VisitProblem(severity: .warning, subject: .participant(weak),
                                                  message: "Cannot tell what Weak Speaker understands: no language at B2 or better")])
        // Many of them make one line.
        let more = f.people(6, speaking: "")
        let found = problems(f)
        XCTAssertEqual(found, [VisitProblem(severity: .warning, subject: .participant(weak),
                                            message: "7 listeners have no language at B2 or better: cannot tell what they understand")])
        XCTAssertEqual(more.count, 6)
    }

    func testTheVisitsProblemsIncludeInterpreting() {
        var f = InterpretingFixture()
        f.person("Agata", speaks: "pl native")
        let gala = f.item("Gala dinner")
        let all = ProblemFinder.problems(in: f.snapshot)
        XCTAssertTrue(all.contains(VisitProblem(severity: .error, subject: .programmeItem(gala), message: "Gala dinner: nobody interprets cs→pl")))
    }
}
