import Foundation
import XCTest
@testable import PlannerCore

/// The Assign button: hard rules (pairs, modes, availability, clashes with the travel buffer, one
/// couple of languages per item, two per pair over the threshold, daily maximum), relays only
/// without direct coverage, hand-made assignments kept, explanations; optimal against brute
/// force on random small visits; the sample visit fully covered.
final class InterpreterAssignerTests: XCTestCase {
    private func assign(_ f: InterpretingFixture) -> AssignmentPlan { InterpreterAssigner.assign(f.snapshot) }

    private func triples(_ plan: AssignmentPlan) -> Set<String> {
        Set(plan.assignments.map { "\($0.interpreterId)@\($0.itemId) \($0.pair)" })
    }

    // MARK: Rules

    func testTheOnlyInterpreterIsChosenAndSaysSo() {
        var f = InterpretingFixture()
        f.person("Agata", speaks: "pl native")
        let agnieszka = f.interpreter("Agnieszka", "Wiśniewska", pairs: "cs>pl pl>cs")
        let gala = f.item("Gala dinner", from: "19:00", to: "20:30")
        let plan = assign(f)
        XCTAssertEqual(plan.assignments, [InterpretingAssignment(itemId: gala, interpreterId: agnieszka, pair: LanguagePair("cs", "pl"))])
        XCTAssertEqual(plan.explanation(for: plan.assignments[0]), "only interpreter for cs→pl")
        XCTAssertEqual(plan.uncovered, [])
        XCTAssertEqual(plan.stats.covered, 1)
        XCTAssertTrue(plan.stats.provenOptimal)
    }

    func testLoadIsBalancedAndTheChoiceExplained() {
        var f = InterpretingFixture()
        f.person("Anna", speaks: "de native")
        let a = f.interpreter("Tomáš", pairs: "cs>de")
        let b = f.interpreter("Eliška", pairs: "cs>de")
        let first = f.item("Morning", from: "09:00", to: "11:00")
        let second = f.item("Afternoon", from: "14:00", to: "16:00")
        let third = f.item("Evening", day: 15, from: "18:00", to: "19:00")
        let plan = assign(f)
        let byItem = Dictionary(uniqueKeysWithValues: plan.assignments.map { ($0.itemId, $0.interpreterId) })
        // Two items each: 2 h + 1 h for one, 2 h for the other (3 h + 1 h would be less even).
        XCTAssertNotEqual(byItem[first], byItem[second])
        XCTAssertEqual(Set(byItem.values), [a, b])
        XCTAssertEqual(plan.stats.sumOfSquaredMinutes, 180 * 180 + 120 * 120)
        let evening = plan.assignments.first { $0.itemId == third }!
        XCTAssertEqual(plan.explanation(for: evening), "least loaded of 2 candidates (2 h on other items)")
    }

    func testOverlappingItemsNeedTwoPeople() {
        var f = InterpretingFixture()
        f.person("Anna", speaks: "de native")
        f.interpreter("Tomáš", pairs: "cs>de")
        f.item("One", from: "09:00", to: "10:00")
        f.item("Two", from: "09:30", to: "10:30")
        let plan = assign(f)
        XCTAssertEqual(plan.stats.covered, 1)
        XCTAssertEqual(plan.uncovered.count, 1)
        XCTAssertEqual(plan.uncovered[0].reasons, ["Tomáš I. is busy at One"])
    }

    func testTravelBufferOnlyBetweenDifferentPlaces() {
        var f = InterpretingFixture()
        f.person("Anna", speaks: "de native")
        f.interpreter("Tomáš", pairs: "cs>de")
        f.item("Town hall", from: "09:00", to: "10:00", place: "Radnice")
        f.item("Same hall", from: "10:00", to: "11:00", place: "Radnice")
        // Same place back to back: one person does both.
        XCTAssertEqual(assign(f).stats.covered, 2)
        // Another place 15 minutes later: the 30-minute buffer forbids it.
        f.items[1].location = ItemLocation(name: "Zámek")
        f.items[1].timing = ItemTiming(start: InterpretingFixture.at(14, "10:15"), end: InterpretingFixture.at(14, "11:00"), timeZone: "Europe/Prague")
        let blocked = assign(f)
        XCTAssertEqual(blocked.stats.covered, 1)
        XCTAssertEqual(blocked.uncovered.first?.reasons.first?.hasSuffix("too far away to be here in time"), true)
        // Thirty minutes later it fits; an unnamed place never costs travel.
        f.items[1].timing = ItemTiming(start: InterpretingFixture.at(14, "10:30"), end: InterpretingFixture.at(14, "11:00"), timeZone: "Europe/Prague")
        XCTAssertEqual(assign(f).stats.covered, 2)
        f.items[1].location = ItemLocation()
        f.items[1].timing = ItemTiming(start: InterpretingFixture.at(14, "10:00"), end: InterpretingFixture.at(14, "11:00"), timeZone: "Europe/Prague")
        XCTAssertEqual(assign(f).stats.covered, 2)
        // A longer buffer in the settings.
        f.items[1].location = ItemLocation(name: "Zámek")
        f.items[1].timing = ItemTiming(start: InterpretingFixture.at(14, "10:30"), end: InterpretingFixture.at(14, "11:00"), timeZone: "Europe/Prague")
        f.settings.travelBufferMinutes = 45
        XCTAssertEqual(assign(f).stats.covered, 1)
    }

    func testLongItemsGetTwoPerPair() {
        var f = InterpretingFixture()
        f.person("Anna", speaks: "de native")
        let a = f.interpreter("Tomáš", pairs: "cs>de")
        let b = f.interpreter("Eliška", pairs: "cs>de")
        let long = f.item("Conference", from: "09:00", to: "12:00")
        let plan = assign(f)
        XCTAssertEqual(triples(plan), ["\(a)@\(long) cs→de", "\(b)@\(long) cs→de"])
        XCTAssertTrue(plan.explanation(for: plan.assignments[0])!.hasPrefix("one of two for cs→de: the item lasts more than 2 h"))
        // With one interpreter only, half coverage is better than none, and said so.
        f.interpreters.removeLast()
        let half = assign(f)
        XCTAssertEqual(triples(half), ["\(a)@\(long) cs→de"])
        XCTAssertEqual(half.stats.covered, 0)
        XCTAssertEqual(half.stats.partial, 1)
        XCTAssertEqual(half.uncovered.map(\.isPartial), [true])
        // The threshold is a setting.
        f.settings.pairInterpretersAfterMinutes = 180
        XCTAssertEqual(assign(f).stats.covered, 1)
    }

    func testDailyMaximum() {
        var f = InterpretingFixture()
        f.person("Anna", speaks: "de native")
        let tomas = f.interpreter("Tomáš", pairs: "cs>de", maxPerDay: 120)
        f.item("One", from: "09:00", to: "10:00")
        f.item("Two", from: "11:00", to: "12:00")
        f.item("Three", from: "13:00", to: "14:00")
        f.item("Next day", day: 15, from: "09:00", to: "10:00")
        let plan = assign(f)
        XCTAssertEqual(plan.stats.covered, 3)
        XCTAssertEqual(plan.uncovered.count, 1)
        XCTAssertEqual(plan.uncovered[0].reasons, ["Tomáš I. would exceed 2 h on 2027-05-14"])
        XCTAssertEqual(Set(plan.assignments.map(\.interpreterId)), [tomas])
        // An item across midnight counts on both days, as far as it touches each.
        var night = InterpretingFixture()
        night.person("Anna", speaks: "de native")
        night.interpreter("Tomáš", pairs: "cs>de", maxPerDay: 120)
        night.item("Late", from: "22:30", to: "00:30")
        night.item("Early", day: 15, from: "08:00", to: "09:00")
        // 90 min on the 14th, 30 + 60 on the 15th: both fit.
        XCTAssertEqual(assign(night).stats.covered, 2)
        night.items[1].timing = ItemTiming(start: InterpretingFixture.at(15, "08:00"), end: InterpretingFixture.at(15, "09:45"), timeZone: "Europe/Prague")
        XCTAssertEqual(assign(night).stats.covered, 1)
    }

    func testAvailabilityAndMode() {
        var f = InterpretingFixture()
        f.person("Anna", speaks: "de native")
        let morning = [(InterpretingFixture.at(14, "08:00"), InterpretingFixture.at(14, "12:00"))]
        let early = f.interpreter("Early", pairs: "cs>de", available: morning)
        let plain = f.interpreter("Plain", pairs: "cs>de", modes: [.consecutive])
        let talk = f.item("Talk", from: "10:00", to: "11:00", plan: InterpretationPlan(mode: .whispered))
        let late = f.item("Late talk", from: "11:30", to: "12:30", plan: InterpretationPlan(mode: .whispered))
        let plan = assign(f)
        XCTAssertEqual(triples(plan), ["\(early)@\(talk) cs→de"])
        XCTAssertEqual(plan.uncovered.map(\.need.itemId), [late])
        XCTAssertEqual(plan.uncovered[0].reasons, ["Early I. is not available then", "Plain I. does not work whispered"])
        _ = plain
    }

    func testOneCoupleOfLanguagesPerItem() {
        var f = InterpretingFixture()
        f.person("Anna", speaks: "de native")
        f.person("Pierre", speaks: "fr native")
        let jan = f.interpreter("Jan", pairs: "cs>de de>cs cs>fr")
        let item = f.item("Meeting", plan: InterpretationPlan(addedNeeds: [LanguagePair("de", "cs")]))
        let plan = assign(f)
        // cs→de with de→cs is one couple; cs→fr would be a second one.
        XCTAssertEqual(triples(plan), ["\(jan)@\(item) cs→de", "\(jan)@\(item) de→cs"])
        XCTAssertEqual(plan.uncovered.map(\.need.pair), [LanguagePair("cs", "fr")])
        XCTAssertEqual(plan.uncovered[0].reasons, ["Jan I. already interprets cs→de here"])
    }

    func testRelayWhenNobodyInterpretsThePair() {
        var f = InterpretingFixture()
        f.person("Pierre", speaks: "fr native")
        let eliska = f.interpreter("Eliška", pairs: "cs>en")
        let john = f.interpreter("John", pairs: "en>fr")
        let item = f.item("Meeting")
        let plan = assign(f)
        XCTAssertEqual(triples(plan), ["\(eliska)@\(item) cs→en", "\(john)@\(item) en→fr"])
        XCTAssertEqual(plan.coverage[0].status, .relay(bridge: "en", firstLeg: [eliska], secondLeg: [john]))
        XCTAssertEqual(plan.stats.relayed, 1)
        XCTAssertEqual(plan.explanation(for: plan.assignments[0]),
                       "relay for cs→fr through en: nobody can interpret cs→fr here; only interpreter for cs→en")
    }

    func testNoRelayWhenDirectIsPossible() {
        var f = InterpretingFixture()
        f.person("Pierre", speaks: "fr native")
        f.interpreter("Eliška", pairs: "cs>en")
        f.interpreter("John", pairs: "en>fr")
        let klara = f.interpreter("Klára", pairs: "cs>fr")
        let item = f.item("Meeting")
        let plan = assign(f)
        XCTAssertEqual(triples(plan), ["\(klara)@\(item) cs→fr"])
        XCTAssertEqual(plan.stats.relayed, 0)
    }

    func testRelayWhenTheDirectInterpreterIsNeededElsewhere() {
        var f = InterpretingFixture()
        f.person("Pierre", speaks: "fr native")
        let eliska = f.interpreter("Eliška", pairs: "cs>en")
        let john = f.interpreter("John", pairs: "en>fr")
        let klara = f.interpreter("Klára", pairs: "cs>fr")
        // At the same time: Klára takes one item directly, the other is relayed through English.
        f.item("A", from: "09:00", to: "10:00")
        f.item("B", from: "09:00", to: "10:00")
        let plan = assign(f)
        XCTAssertEqual(plan.stats.covered, 2)
        XCTAssertEqual(plan.stats.relayed, 1)
        XCTAssertEqual(Set(plan.coverage.map(\.status)),
                       [.direct(interpreterIds: [klara]), .relay(bridge: "en", firstLeg: [eliska], secondLeg: [john])])
        let leg = plan.assignments.first { $0.interpreterId == eliska }!
        XCTAssertEqual(plan.explanation(for: leg),
                       "relay for cs→fr through en: its interpreters are needed elsewhere; only interpreter for cs→en")
    }

    func testHandMadeAssignmentsAreKeptAndPlannedAround() {
        var f = InterpretingFixture()
        f.person("Anna", speaks: "de native")
        let a = f.interpreter("Tomáš", pairs: "cs>de")
        let b = f.interpreter("Eliška", pairs: "cs>de")
        let one = f.item("One", from: "09:00", to: "10:00")
        let two = f.item("Two", from: "09:00", to: "10:00")
        f.assign(b, at: one, "cs>de", manual: true)
        // A stale automatic assignment is replaced.
        f.assign(b, at: two, "cs>de")
        let plan = assign(f)
        XCTAssertEqual(triples(plan), ["\(b)@\(one) cs→de", "\(a)@\(two) cs→de"])
        let kept = plan.assignments.first { $0.manual }!
        XCTAssertEqual(kept.itemId, one)
        XCTAssertEqual(plan.explanation(for: kept), "set by hand")
    }

    func testCancelledItemsGetNobody() {
        var f = InterpretingFixture()
        f.person("Anna", speaks: "de native")
        f.interpreter("Tomáš", pairs: "cs>de")
        f.item("Cancelled", status: .cancelled)
        XCTAssertEqual(assign(f).assignments, [])
    }

    func testScarceInterpretersAreKeptForWhatOnlyTheyCanDo() {
        // Taken in programme order, the flexible interpreter would go to the first item and leave
        // the second uncovered; the plan covers both.
        var f = InterpretingFixture()
        f.person("Anna", speaks: "de native")
        f.person("Pierre", speaks: "fr native")
        let both = f.interpreter("Both", pairs: "cs>de cs>fr")
        let german = f.interpreter("German", pairs: "cs>de")
        let a = f.item("A", from: "09:00", to: "10:00", audience: Audience(participantIds: [1]))
        let b = f.item("B", from: "09:00", to: "10:00", audience: Audience(participantIds: [2]))
        let plan = assign(f)
        XCTAssertEqual(triples(plan), ["\(german)@\(a) cs→de", "\(both)@\(b) cs→fr"])
    }

    // MARK: Optimal against brute force

    func testOptimalAgainstBruteForceOnRandomSmallVisits() {
        var random = SplitMix64(seed: 20_270_514)
        var checked = 0, proven = 0, withRelay = 0, withPartial = 0, withManual = 0
        var attempts = 0, largest = 0
        while checked < 240 && attempts < 2_000 {
            attempts += 1
            let f = Self.randomVisit(&random)
            guard let brute = InterpretingBruteForce(f.snapshot, limit: 60_000).best() else { continue }
            checked += 1
            let plan = InterpreterAssigner.assign(f.snapshot)
            let judge = InterpretingBruteForce(f.snapshot, limit: 0)
            XCTAssertTrue(judge.isFeasible(plan.assignments), "seed case \(checked): infeasible plan \(plan.lines())")
            let objective = judge.objective(plan.assignments)
            XCTAssertEqual(objective, brute, "case \(checked): plan \(plan.lines())")
            if plan.stats.provenOptimal { proven += 1 }
            if plan.stats.relayed > 0 { withRelay += 1 }
            if plan.stats.partial > 0 { withPartial += 1 }
            if f.assignments.contains(where: \.manual) { withManual += 1 }
            if f.items.count >= 4 && f.interpreters.count >= 3 { largest += 1 }
            if objective != brute { break }
        }
        print("brute force: \(checked) visits, \(withRelay) with a relay, \(withPartial) half covered, \(withManual) with a hand-made assignment, \(largest) with 4+ items and 3+ interpreters")
        XCTAssertGreaterThanOrEqual(checked, 200)
        XCTAssertEqual(proven, checked)
        // The random visits exercise every feature.
        XCTAssertGreaterThan(withRelay, 5)
        XCTAssertGreaterThan(withPartial, 5)
        XCTAssertGreaterThan(withManual, 5)
        XCTAssertGreaterThan(largest, 20)
    }

    /// The heuristic alone (no exact search) on the same kind of visits: never infeasible, and
    /// how often it is optimal is reported, not required.
    func testHeuristicAloneIsFeasibleAndUsuallyOptimal() {
        var random = SplitMix64(seed: 77)
        var checked = 0, optimal = 0
        while checked < 150 {
            let f = Self.randomVisit(&random)
            guard let brute = InterpretingBruteForce(f.snapshot, limit: 60_000).best() else { continue }
            checked += 1
            let plan = InterpreterAssigner.assign(f.snapshot, limits: .init(exactItemLimit: 0))
            let judge = InterpretingBruteForce(f.snapshot, limit: 0)
            XCTAssertTrue(judge.isFeasible(plan.assignments))
            XCTAssertFalse(plan.stats.provenOptimal)
            XCTAssertLessThanOrEqual(judge.objective(plan.assignments), brute)
            if judge.objective(plan.assignments) == brute { optimal += 1 }
        }
        print("heuristic alone optimal on \(optimal) of \(checked) small visits")
        XCTAssertGreaterThan(optimal, checked * 3 / 4)
    }

    /// A small random visit: 2 to 5 items over two days at three places, needs added by hand
    /// (so any pair can occur), 1 to 4 interpreters with 1 to 3 pairs, sometimes a window of
    /// availability, a low daily maximum or a hand-made assignment.
    static func randomVisit(_ random: inout SplitMix64) -> InterpretingFixture {
        var f = InterpretingFixture()
        let languages = ["cs", "de", "fr", "en"]
        let places = ["", "Radnice", "Zámek"]
        func pick<T>(_ values: [T]) -> T { values[Int(random.next() % UInt64(values.count))] }
        func chance(_ percent: UInt64) -> Bool { random.next() % 100 < percent }
        let itemCount = 2 + Int(random.next() % 4)
        for index in 0..<itemCount {
            let startSlot = 16 + Int(random.next() % 14)  // 08:00 to 14:30
            let length = pick([30, 60, 90, 120, 150, 180])
            let day = chance(70) ? 14 : 15
            let from = String(format: "%02d:%02d", startSlot / 2, startSlot % 2 * 30)
            let end = startSlot * 30 + length
            let to = String(format: "%02d:%02d", end / 60, end % 60)
            let working = chance(75) ? "cs" : pick(languages)
            var needs: [LanguagePair] = []
            for _ in 0..<(1 + Int(random.next() % 2)) {
                let from = chance(70) ? working : pick(languages)
                let to = pick(languages.filter { $0 != from })
                if !needs.contains(LanguagePair(from, to)) { needs.append(LanguagePair(from, to)) }
            }
            f.item("Item \(index)", day: day, from: from, to: to, language: working, place: pick(places), audience: Audience(),
                   plan: InterpretationPlan(mode: chance(80) ? .consecutive : .whispered, addedNeeds: needs))
        }
        let interpreterCount = 1 + Int(random.next() % 4)
        for index in 0..<interpreterCount {
            var pairs: [String] = []
            for _ in 0..<(1 + Int(random.next() % 2)) {
                let a = pick(languages), b = pick(languages.filter { $0 != a })
                pairs.append("\(a)>\(b)")
                if chance(50) { pairs.append("\(b)>\(a)") }
            }
            let modes: [InterpretingMode] = chance(75) ? [.consecutive, .whispered] : [.consecutive]
            let window = chance(20) ? [(InterpretingFixture.at(14, "08:00"), InterpretingFixture.at(14, "23:00"))] : []
            f.interpreter("I\(index)", pairs: Array(Set(pairs)).sorted().joined(separator: " "), modes: modes,
                          available: window, maxPerDay: pick([150, 240, 360, 360]))
        }
        if chance(15) {
            // A hand-made assignment that breaks no rule on its own.
            let item = pick(f.items), person = pick(f.interpreters)
            if let pair = person.pairs.first, item.timing.minutes <= person.maxMinutesPerDay,
               person.modes.contains(item.interpretation.mode),
               person.isAvailable(for: item.timing, visitZone: TimeZone(identifier: "Europe/Prague")!) {
                f.assign(person.participantId, at: item.id!, pair.description.replacingOccurrences(of: "→", with: ">"), manual: true)
            }
        }
        return f
    }

    // MARK: The sample visit

    func testSampleVisitIsFullyCoveredWithoutClashes() throws {
        let store = try PlannerStore(inMemory: ())
        let id = try SampleVisit.install(in: store)
        let snapshot = try XCTUnwrap(try store.snapshot(ofVisit: id))
        let plan = InterpreterAssigner.assign(snapshot)
        XCTAssertGreaterThan(plan.stats.needs, 5)
        XCTAssertEqual(plan.uncovered.map { "\($0.itemTitle) \($0.need.pair): \($0.reasons)" }, [])
        XCTAssertEqual(plan.stats.covered, plan.stats.needs)
        XCTAssertTrue(plan.stats.provenOptimal)
        // The official meeting's German into French goes through Czech, marked as a relay.
        let relay = try XCTUnwrap(plan.coverage.first { $0.need.pair == LanguagePair("de", "fr") })
        guard case .relay(let bridge, _, _) = relay.status else { return XCTFail("\(relay.status)") }
        XCTAssertEqual(bridge, "cs")
        // Stored, the plan leaves no interpreting problem of any kind.
        try store.replaceAssignments(ofVisit: id, with: plan.assignments)
        let stored = try XCTUnwrap(try store.snapshot(ofVisit: id))
        XCTAssertEqual(ProblemFinder.interpretingProblems(in: stored).map(\.message), [])
        XCTAssertTrue(NeedCoverage.evaluate(stored).allSatisfy(\.isCovered))
        XCTAssertTrue(InterpretingBruteForce(stored, limit: 0).isFeasible(stored.assignments))
        // Every assignment is explained.
        XCTAssertTrue(plan.assignments.allSatisfy { !(plan.explanation(for: $0) ?? "").isEmpty })
    }

    func testAssigningIsDeterministic() throws {
        let store = try PlannerStore(inMemory: ())
        let id = try SampleVisit.install(in: store)
        let snapshot = try XCTUnwrap(try store.snapshot(ofVisit: id))
        let first = InterpreterAssigner.assign(snapshot)
        for _ in 0..<3 {
            let again = InterpreterAssigner.assign(snapshot)
            XCTAssertEqual(again.assignments, first.assignments)
            XCTAssertEqual(again.explanations, first.explanations)
        }
    }
}

/// An independent judge for small visits: its own rules check and objective (sharing no code
/// with the assigner beyond the public models), and an exhaustive search over every way of
/// staffing every item.
struct InterpretingBruteForce {
    struct Objective: Comparable, CustomStringConvertible {
        var covered = 0, partial = 0, relayed = 0, squares = 0
        static func < (a: Objective, b: Objective) -> Bool {
            (a.covered, a.partial, -a.relayed, -a.squares) < (b.covered, b.partial, -b.relayed, -b.squares)
        }
        var description: String { "covered \(covered) partial \(partial) relayed \(relayed) squares \(squares)" }
        static func + (a: Objective, b: Objective) -> Objective {
            Objective(covered: a.covered + b.covered, partial: a.partial + b.partial, relayed: a.relayed + b.relayed, squares: a.squares + b.squares)
        }
    }

    let snapshot: VisitSnapshot
    let items: [ProgrammeItem]
    let needs: [Int64: [LanguagePair]]
    let limit: Int
    let zone = TimeZone(identifier: "Europe/Prague")!
    // Facts computed once through the public models (time zones make them slow to recompute).
    private let minutes: [Int64: Int]
    private let required: [Int64: Int]
    private let day: [Int64: CalendarDate]
    private let profiles: [Int64: Interpreter]
    /// "person item" pairs where the person may work: pair aside, the mode and availability allow it.
    private let mayWork: Set<[Int64]>
    /// Item couples one person cannot both work (overlap, or the travel buffer between places).
    private let clash: Set<[Int64]>

    init(_ snapshot: VisitSnapshot, limit: Int) {
        self.snapshot = snapshot
        self.limit = limit
        items = snapshot.programme.filter(\.isActive)
        let resolver = AudienceResolver(snapshot)
        needs = Dictionary(uniqueKeysWithValues: items.map { ($0.id!, InterpretationNeeds.derive(for: $0, resolver: resolver).map(\.pair)) })
        minutes = Dictionary(uniqueKeysWithValues: items.map { ($0.id!, $0.timing.minutes) })
        let threshold = snapshot.itinerarySettings.pairInterpretersAfterMinutes
        required = Dictionary(uniqueKeysWithValues: items.map { ($0.id!, $0.timing.minutes > threshold ? 2 : 1) })
        day = Dictionary(uniqueKeysWithValues: items.map { ($0.id!, $0.timing.startDate) })
        profiles = Dictionary(uniqueKeysWithValues: snapshot.interpreters.map { ($0.participantId, $0) })
        var mayWork = Set<[Int64]>()
        for profile in snapshot.interpreters {
            for item in items where profile.modes.contains(item.interpretation.mode)
                && profile.isAvailable(for: item.timing, visitZone: TimeZone(identifier: "Europe/Prague")!) {
                mayWork.insert([profile.participantId, item.id!])
            }
        }
        self.mayWork = mayWork
        let buffer = TimeInterval(snapshot.itinerarySettings.travelBufferMinutes * 60)
        var clash = Set<[Int64]>()
        for a in items {
            for b in items where a.id != b.id {
                let gap = a.location.isElsewhere(than: b.location) ? buffer : 0
                if a.timing.overlaps(b.timing, buffer: gap) { clash.insert([a.id!, b.id!]) }
            }
        }
        self.clash = clash
    }

    /// The coverage part of the objective at one item, given the assignments there.
    private func score(ofItem id: Int64, _ here: [InterpretingAssignment]) -> Objective {
        var result = Objective()
        func on(_ pair: LanguagePair) -> Set<Int64> { Set(here.filter { $0.pair == pair }.map(\.interpreterId)) }
        let r = required[id]!
        for pair in needs[id]! {
            let languages = Set(here.flatMap { [$0.pair.from, $0.pair.to] }).subtracting([pair.from, pair.to])
            let legs = languages.map { (on(LanguagePair(pair.from, $0)), on(LanguagePair($0, pair.to))) }
            if on(pair).count >= r {
                result.covered += 1
            } else if legs.contains(where: { $0.count >= r && $1.count >= r && $0.union($1).count >= 2 * r }) {
                result.covered += 1
                result.relayed += 1
            } else if r == 2 && !on(pair).isEmpty {
                result.partial += 1
            } else if r == 2 && legs.contains(where: { !$0.isEmpty && !$1.isEmpty && $0.union($1).count >= 2 }) {
                result.partial += 1
                result.relayed += 1
            }
        }
        return result
    }

    /// The lexicographic objective of a set of assignments.
    func objective(_ assignments: [InterpretingAssignment]) -> Objective {
        var result = Objective()
        let byItem = Dictionary(grouping: assignments, by: \.itemId)
        for item in items { result = result + score(ofItem: item.id!, byItem[item.id!] ?? []) }
        for (_, mine) in Dictionary(grouping: assignments, by: \.interpreterId) {
            let total = Set(mine.map(\.itemId)).reduce(0) { $0 + (minutes[$1] ?? 0) }
            result.squares += total * total
        }
        return result
    }

    /// Every rule, for assignments that are not hand-made (those are kept whatever they break).
    func isFeasible(_ assignments: [InterpretingAssignment]) -> Bool {
        for (person, mine) in Dictionary(grouping: assignments, by: \.interpreterId) {
            let profile = profiles[person]!
            for a in mine where !a.manual {
                guard profile.pairs.contains(a.pair), mayWork.contains([person, a.itemId]) else { return false }
            }
            let itemIds = Array(Set(mine.map(\.itemId)))
            for id in itemIds {
                let couples = Set(mine.filter { $0.itemId == id }.map { [$0.pair.from, $0.pair.to].sorted() })
                if couples.count > 1 { return false }
            }
            for a in itemIds {
                for b in itemIds where clash.contains([a, b]) { return false }
            }
            // Items here stay within one day.
            for (_, worked) in Dictionary(grouping: itemIds, by: { day[$0]! })
            where worked.reduce(0, { $0 + minutes[$1]! }) > profile.maxMinutesPerDay {
                return false
            }
        }
        return true
    }

    /// The best objective over every staffing, or nil when the walk takes more than `limit` steps.
    func best() -> Objective? {
        // Per item and interpreter: nothing, or some of their pairs between one couple of languages.
        // Only pairs that can matter are tried: a need's pair or a possible relay leg (from its
        // source or into its target); any other assignment covers nothing and only adds minutes.
        let fixed = snapshot.assignments.filter(\.manual)
        var cells: [[[InterpretingAssignment]]] = []
        var cellItems: [Int64] = []
        for item in items where !(needs[item.id!]!.isEmpty) {
            let itemNeeds = needs[item.id!]!
            for profile in snapshot.interpreters {
                let mine = fixed.filter { $0.itemId == item.id && $0.interpreterId == profile.participantId }
                var choices: [[InterpretingAssignment]] = mine.isEmpty ? [[]] : []
                let usable = profile.pairs.filter { pair in
                    itemNeeds.contains { pair.from == $0.from || pair.to == $0.to }
                        && profile.covers(pair, mode: item.interpretation.mode) && profile.isAvailable(for: item.timing, visitZone: zone)
                }
                let couples = Set((usable + mine.map(\.pair)).map { [$0.from, $0.to].sorted() })
                for couple in couples {
                    if let manual = mine.first, [manual.pair.from, manual.pair.to].sorted() != couple { continue }
                    let pairs = Array(Set(usable + mine.map(\.pair)).filter { [$0.from, $0.to].sorted() == couple }).sorted()
                    for mask in 1..<(1 << pairs.count) {
                        let chosen = pairs.indices.filter { mask & (1 << $0) != 0 }.map { pairs[$0] }
                        guard mine.allSatisfy({ chosen.contains($0.pair) }) else { continue }
                        choices.append(chosen.map { pair in
                            InterpretingAssignment(itemId: item.id!, interpreterId: profile.participantId, pair: pair,
                                                   manual: mine.contains { $0.pair == pair })
                        })
                    }
                }
                if choices != [[]] {
                    cells.append(choices)
                    cellItems.append(item.id!)
                }
            }
        }
        // Items with needs but nobody who could work there still count (as uncovered).
        let staffed = Set(cellItems)
        let unstaffed = items.filter { !needs[$0.id!]!.isEmpty && !staffed.contains($0.id!) }
            .reduce(Objective()) { sum, item in sum + score(ofItem: item.id!, snapshot.assignments.filter { $0.manual && $0.itemId == item.id }) }
        var steps = 0
        var best: Objective?
        var chosen: [InterpretingAssignment] = fixed.filter { a in !staffed.contains(a.itemId) }
        // Per person: items worked, minutes per day and in all, kept as the walk goes.
        var worked: [Int64: [Int64]] = [:]
        var daily: [Int64: [CalendarDate: Int]] = [:]
        var totals: [Int64: Int] = [:]
        for a in chosen where worked[a.interpreterId, default: []].contains(a.itemId) == false {
            worked[a.interpreterId, default: []].append(a.itemId)
            daily[a.interpreterId, default: [:]][day[a.itemId]!, default: 0] += minutes[a.itemId]!
            totals[a.interpreterId, default: 0] += minutes[a.itemId]!
        }
        // Cells come item by item: an item's coverage is scored once its last cell is chosen.
        func walk(_ index: Int, _ covered: Objective) {
            steps += 1
            var covered = covered
            if index > 0 && (index == cells.count || cellItems[index] != cellItems[index - 1]) {
                let id = cellItems[index - 1]
                covered = covered + score(ofItem: id, chosen.filter { $0.itemId == id })
            }
            if index == cells.count {
                var value = covered
                value.squares = totals.values.reduce(0) { $0 + $1 * $1 }
                if best == nil || best! < value { best = value }
                return
            }
            for choice in cells[index] where steps <= limit {
                guard let first = choice.first else {
                    walk(index + 1, covered)
                    continue
                }
                let person = first.interpreterId, item = first.itemId
                // A clash with their other items, or too many minutes that day.
                let others = worked[person] ?? []
                let total = (daily[person]?[day[item]!] ?? 0) + minutes[item]!
                if others.contains(where: { clash.contains([item, $0]) }) || total > profiles[person]!.maxMinutesPerDay { continue }
                worked[person, default: []].append(item)
                daily[person, default: [:]][day[item]!] = total
                totals[person, default: 0] += minutes[item]!
                chosen += choice
                walk(index + 1, covered)
                chosen.removeLast(choice.count)
                worked[person]!.removeLast()
                daily[person]![day[item]!] = total - minutes[item]!
                totals[person]! -= minutes[item]!
            }
        }
        walk(0, unstaffed)
        return steps <= limit ? best : nil
    }
}
