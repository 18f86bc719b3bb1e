import XCTest
@testable import PlannerCore

/// Coverage of stored assignments: direct, relay (marked, only without direct coverage, legs by
/// different people), partial over the length threshold, and the reasons for what is open.
final class NeedCoverageTests: XCTestCase {
    private func coverage(_ f: InterpretingFixture) -> [NeedCoverage] { NeedCoverage.evaluate(f.snapshot) }

    func testDirectCoverage() {
        var f = InterpretingFixture()
        f.person("Anna", speaks: "de native")
        let tomas = f.interpreter("Tomáš", "Král", pairs: "cs>de de>cs")
        let item = f.item("Welcome", from: "09:00", to: "10:00")
        f.assign(tomas, at: item, "cs>de")
        let result = coverage(f)
        XCTAssertEqual(result.count, 1)
        XCTAssertEqual(result[0].status, .direct(interpreterIds: [tomas]))
        XCTAssertTrue(result[0].isCovered)
        XCTAssertFalse(result[0].isRelay)
        XCTAssertEqual(result[0].required, 1)
        XCTAssertEqual(result[0].itemTitle, "Welcome")
    }

    func testOverTheThresholdTwoAreNeededOneIsPartial() {
        var f = InterpretingFixture()
        f.person("Anna", speaks: "de native")
        let a = f.interpreter("Tomáš", pairs: "cs>de")
        let b = f.interpreter("Eliška", pairs: "cs>de")
        let long = f.item("Gala dinner", from: "19:00", to: "21:30")
        f.assign(a, at: long, "cs>de")
        var result = coverage(f)
        XCTAssertEqual(result[0].required, 2)
        guard case .partial(let ids, nil, let reasons) = result[0].status else { return XCTFail("\(result[0].status)") }
        XCTAssertEqual(ids, [a])
        XCTAssertEqual(reasons.first, "cs→de needs two interpreters: the item lasts more than 2 h")
        XCTAssertTrue(reasons.contains("Eliška I. is free but not assigned"), "\(reasons)")
        f.assign(b, at: long, "cs>de")
        result = coverage(f)
        XCTAssertEqual(result[0].status, .direct(interpreterIds: [a, b]))
        // Exactly two hours is not "over two hours".
        f.items[0].timing = ItemTiming(start: InterpretingFixture.at(14, "19:00"), end: InterpretingFixture.at(14, "21:00"), timeZone: "Europe/Prague")
        f.assignments.removeLast()
        XCTAssertEqual(coverage(f)[0].status, .direct(interpreterIds: [a]))
    }

    func testRelayThroughABridgeIsMarked() {
        var f = InterpretingFixture()
        f.person("Pierre", speaks: "fr native")
        let first = f.interpreter("Eliška", pairs: "cs>en")
        let second = f.interpreter("John", pairs: "en>fr")
        let item = f.item("Meeting")
        f.assign(first, at: item, "cs>en")
        f.assign(second, at: item, "en>fr")
        let result = coverage(f)
        XCTAssertEqual(result[0].need.pair, LanguagePair("cs", "fr"))
        XCTAssertEqual(result[0].status, .relay(bridge: "en", firstLeg: [first], secondLeg: [second]))
        XCTAssertTrue(result[0].isCovered)
        XCTAssertTrue(result[0].isRelay)
    }

    func testDirectCoverageWinsOverARelay() {
        var f = InterpretingFixture()
        f.person("Pierre", speaks: "fr native")
        let first = f.interpreter("Eliška", pairs: "cs>en")
        let second = f.interpreter("John", pairs: "en>fr")
        let direct = f.interpreter("Klára", pairs: "cs>fr")
        let item = f.item("Meeting")
        f.assign(first, at: item, "cs>en")
        f.assign(second, at: item, "en>fr")
        f.assign(direct, at: item, "cs>fr")
        XCTAssertEqual(coverage(f)[0].status, .direct(interpreterIds: [direct]))
    }

    func testRelayLegsNeedDifferentPeople() {
        var f = InterpretingFixture()
        f.person("Pierre", speaks: "fr native")
        let both = f.interpreter("Eliška", pairs: "cs>en en>fr")
        let item = f.item("Meeting")
        f.assign(both, at: item, "cs>en")
        f.assign(both, at: item, "en>fr")
        guard case .uncovered = coverage(f)[0].status else { return XCTFail("one person cannot carry both legs") }
    }

    func testNobodyInterpretsThePair() {
        var f = InterpretingFixture()
        f.person("Agata", speaks: "pl native")
        f.interpreter("Tomáš", pairs: "cs>de")
        f.item("Gala dinner")
        XCTAssertEqual(coverage(f)[0].status, .uncovered(reasons: ["nobody interprets cs→pl"]))
    }

    func testReasonsNameWhatKeepsEachInterpreterAway() {
        var f = InterpretingFixture()
        f.person("Agata", speaks: "pl native")
        let busy = f.interpreter("Agnieszka", "Wiśniewska", pairs: "cs>pl")
        f.interpreter("Piotr", "Nowak", pairs: "cs>pl", available: [(InterpretingFixture.at(15, "08:00"), InterpretingFixture.at(15, "20:00"))])
        f.interpreter("Marek", "Zając", pairs: "cs>pl", modes: [.consecutive])
        let tired = f.interpreter("Ola", "Kowalska", pairs: "cs>pl", maxPerDay: 120)
        let coupled = f.interpreter("Jan", "Dvořák", pairs: "cs>pl cs>de")
        let welcome = f.item("Welcome", from: "18:00", to: "19:00", plan: InterpretationPlan(wanted: false))
        let morning = f.item("Morning talk", from: "09:00", to: "10:30", plan: InterpretationPlan(wanted: false))
        let gala = f.item("Gala dinner", from: "18:30", to: "19:30", plan: InterpretationPlan(mode: .whispered, addedNeeds: [LanguagePair("cs", "de")]))
        f.assign(busy, at: welcome, "cs>pl", manual: true)
        f.assign(tired, at: morning, "cs>pl")
        f.assign(coupled, at: gala, "cs>de")
        let result = coverage(f).first { $0.need.pair == LanguagePair("cs", "pl") && $0.need.itemId == gala }!
        guard case .uncovered(let reasons) = result.status else { return XCTFail("\(result.status)") }
        XCTAssertEqual(reasons, [
            "Agnieszka W. is busy at Welcome",
            "Jan D. already interprets cs→de here",
            "Marek Z. does not work whispered",
            "Ola K. would exceed 2 h on 2027-05-14",
            "Piotr N. is not available then",
        ])
    }

    func testTravelTimeIsAReason() {
        var f = InterpretingFixture()
        f.person("Agata", speaks: "pl native")
        let agnieszka = f.interpreter("Agnieszka", "Wiśniewska", pairs: "cs>pl")
        let townHall = f.item("Town hall", from: "09:00", to: "10:00", place: "Radnice")
        f.item("Castle", from: "10:15", to: "11:00", place: "Zámek")
        f.assign(agnieszka, at: townHall, "cs>pl")
        let castle = coverage(f)[1]
        XCTAssertEqual(castle.reasons, ["Agnieszka W. is at Town hall, too far away to be here in time"])
    }

    func testManyCandidatesAreCountedByKind() {
        var f = InterpretingFixture()
        f.person("Anna", speaks: "de native")
        let other = f.item("Other", from: "09:00", to: "10:00", plan: InterpretationPlan(wanted: false))
        f.item("Talk", from: "09:00", to: "10:00")
        for index in 0..<8 {
            let id = f.interpreter("I\(index)", pairs: "cs>de")
            f.assign(id, at: other, "cs>de")
        }
        let reasons = coverage(f)[0].reasons
        XCTAssertEqual(reasons, ["I0 I. is busy at Other", "I1 I. is busy at Other", "I2 I. is busy at Other",
                                 "I3 I. is busy at Other", "other interpreters of cs→de busy at other items: 4"])
    }

    func testRelayReasonsWhenNobodyInterpretsThePair() {
        var f = InterpretingFixture()
        f.person("Pierre", speaks: "fr native")
        f.interpreter("Eliška", "Marková", pairs: "cs>en", available: [(InterpretingFixture.at(15, "08:00"), InterpretingFixture.at(15, "20:00"))])
        f.interpreter("John", "Smith", pairs: "en>fr")
        f.item("Meeting")
        XCTAssertEqual(coverage(f)[0].reasons, [
            "nobody interprets cs→fr",
            "relay through en: Eliška M. is not available then",
            "relay through en: John S. is free but not assigned",
        ])
    }

    func testEvaluatingOtherAssignments() {
        var f = InterpretingFixture()
        f.person("Anna", speaks: "de native")
        let tomas = f.interpreter("Tomáš", pairs: "cs>de")
        let item = f.item("Welcome")
        let snapshot = f.snapshot
        XCTAssertFalse(NeedCoverage.evaluate(snapshot)[0].isCovered)
        let proposed = [InterpretingAssignment(itemId: item, interpreterId: tomas, pair: LanguagePair("cs", "de"))]
        XCTAssertTrue(NeedCoverage.evaluate(snapshot, assignments: proposed)[0].isCovered)
    }
}
