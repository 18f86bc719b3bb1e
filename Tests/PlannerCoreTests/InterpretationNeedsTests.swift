import XCTest
@testable import PlannerCore

/// Needs derived from who listens and what they understand: B2 or better (or native) is
/// enough, B1 is not; greedy choice of target languages; dismissed and added needs.
final class InterpretationNeedsTests: XCTestCase {
    private func needs(_ fixture: InterpretingFixture, item index: Int = 0) -> ItemInterpretationNeeds {
        let snapshot = fixture.snapshot
        return InterpretationNeeds.analyse(snapshot.programme[index], resolver: AudienceResolver(snapshot))
    }

    func testB1NeedsInterpretationB2AndNativeDoNot() {
        var f = InterpretingFixture()
        let b1 = f.person("Anna", speaks: "de native, cs B1")
        f.person("Bernd", speaks: "de native, cs B2")
        f.person("Carla", speaks: "de C1, cs native")
        f.item("Welcome")
        let result = needs(f)
        XCTAssertEqual(result.needs, [InterpretationNeed(itemId: result.itemId, pair: LanguagePair("cs", "de"), participantIds: [b1])])
        XCTAssertEqual(result.notUnderstoodParticipantIds, [])
    }

    func testUnderstandingIsB2OrBetter() {
        var f = InterpretingFixture()
        let skills: [(String, Bool)] = [("A1", false), ("A2", false), ("B1", false), ("B2", true), ("C1", true), ("C2", true), ("native", true)]
        let people = skills.map { f.person("P", speaks: "de \($0.0)") }
        for ((_, expected), id) in zip(skills, people) {
            XCTAssertEqual(InterpretationNeeds.understands(f.participants.first { $0.id == id }!, "de"), expected)
        }
    }

    func testGreedyChoosesTheLanguageServingMostPeopleFirst() {
        var f = InterpretingFixture()
        let french = f.people(3, speaking: "fr native, en B2")
        let german = f.people(2, speaking: "de native, en C1")
        let polish = f.people(1, speaking: "pl native, cs A2")
        f.item("Meeting")
        let result = needs(f).needs
        // English serves five people at once; Polish is then left for one.
        XCTAssertEqual(result.map(\.pair), [LanguagePair("cs", "en"), LanguagePair("cs", "pl")])
        XCTAssertEqual(result[0].participantIds, (french + german).sorted())
        XCTAssertEqual(result[1].participantIds, polish)
        XCTAssertTrue(result.allSatisfy { $0.origin == .derived })
    }

    func testTiesGoByTheVisitsLanguageOrderThenByCode() {
        var f = InterpretingFixture()
        f.visitLanguages = ["cs", "fr", "de"]
        f.people(2, speaking: "de native")
        f.people(2, speaking: "fr native")
        f.people(1, speaking: "it native")
        f.people(1, speaking: "es native")
        f.item("Meeting")
        XCTAssertEqual(needs(f).needs.map(\.pair.to), ["fr", "de", "es", "it"])
        // Another visit order, another first choice.
        f.visitLanguages = ["cs", "de", "fr"]
        XCTAssertEqual(needs(f).needs.map(\.pair.to), ["de", "fr", "es", "it"])
    }

    func testPeopleWithoutAGoodLanguageAreCollected() {
        var f = InterpretingFixture()
        let weak = f.person("Weak", speaks: "de A2, en B1")
        let silent = f.person("Nothing", speaks: "")
        f.person("Fine", speaks: "de native")
        f.item("Meeting")
        let result = needs(f)
        XCTAssertEqual(result.needs.map(\.pair), [LanguagePair("cs", "de")])
        XCTAssertEqual(result.notUnderstoodParticipantIds, [weak, silent])
    }

    func testCancelledItemsAndItemsWithoutInterpretationNeedNothing() {
        var f = InterpretingFixture()
        f.person("Anna", speaks: "de native")
        f.item("Concert", plan: InterpretationPlan(wanted: false))
        f.item("Cancelled", status: .cancelled)
        f.item("Talk")
        XCTAssertEqual(needs(f, item: 0).needs, [])
        XCTAssertEqual(needs(f, item: 1).needs, [])
        XCTAssertEqual(needs(f, item: 2).needs.count, 1)
        // `all` leaves cancelled items out.
        XCTAssertEqual(InterpretationNeeds.all(in: f.snapshot).map(\.itemId), [f.items[0].id!, f.items[2].id!])
    }

    func testDismissedNeedsGoAddedNeedsCome() {
        var f = InterpretingFixture()
        let german = f.person("Anna", speaks: "de native")
        f.person("Pierre", speaks: "fr native")
        let czech = f.person("Jana", speaks: "cs native, de B2")
        f.item("Discussion", plan: InterpretationPlan(addedNeeds: [LanguagePair("de", "cs"), LanguagePair("cs", "de")],
                                                      dismissedNeeds: [LanguagePair("cs", "fr")]))
        let result = needs(f).needs
        XCTAssertEqual(result.map(\.pair), [LanguagePair("cs", "de"), LanguagePair("de", "cs")])
        XCTAssertEqual(result.map(\.origin), [.derived, .added])
        XCTAssertEqual(result[0].participantIds, [german])
        // An added need serves whoever understands its target.
        XCTAssertEqual(result[1].participantIds, [czech])
    }

    func testAddedNeedWithNobodyListening() {
        var f = InterpretingFixture()
        f.item("Press", audience: Audience(), plan: InterpretationPlan(addedNeeds: [LanguagePair("de", "fr")]))
        XCTAssertEqual(needs(f).needs, [InterpretationNeed(itemId: f.items[0].id!, pair: LanguagePair("de", "fr"), origin: .added)])
    }

    func testInterpretersWorkAtEveryoneItemsRatherThanListen() {
        var f = InterpretingFixture()
        f.interpreter("Tomáš", pairs: "cs>de")
        f.participants[0].languages = [LanguageSkill(code: "de", level: .native)]
        f.item("Welcome")
        XCTAssertEqual(needs(f).needs, [])
        // Named in the audience, they listen like anybody.
        f.items[0].audience = Audience(participantIds: [f.participants[0].id!])
        XCTAssertEqual(needs(f).needs.map(\.pair), [LanguagePair("cs", "de")])
    }

    func testAnItemInAnotherWorkingLanguage() {
        var f = InterpretingFixture()
        let czech = f.person("Jana", speaks: "cs native")
        f.person("Bernd", speaks: "de native, cs B2")
        f.item("Konzert", language: "de")
        let result = needs(f).needs
        XCTAssertEqual(result, [InterpretationNeed(itemId: f.items[0].id!, pair: LanguagePair("de", "cs"), participantIds: [czech])])
    }

    func testDerivationIsDeterministic() {
        var f = InterpretingFixture()
        for (index, languages) in ["fr native", "de native, fr B2", "pl native, de C1", "en native", "fr native, en B2"].enumerated() {
            f.person("P\(index)", speaks: languages)
        }
        f.item("Meeting")
        let first = needs(f)
        for _ in 0..<20 { XCTAssertEqual(needs(f), first) }
        XCTAssertEqual(first.needs.map(\.pair.to), ["fr", "de", "en"])
    }
}
