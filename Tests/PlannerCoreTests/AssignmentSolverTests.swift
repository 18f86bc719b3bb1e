import XCTest
@testable import PlannerCore

final class AssignmentSolverTests: XCTestCase {
    typealias Instance = AssignmentInstance

    private func instance(_ units: [(String, Int)], _ hosts: [(String, Int)], _ pairs: [(String, String, Int)]) -> Instance {
        Instance(units: units.map { .init(id: $0.0, size: $0.1) },
                 hosts: hosts.map { .init(id: $0.0, capacity: $0.1) },
                 pairs: pairs.map { .init(unit: $0.0, host: $0.1, score: $0.2) })
    }

    private func placements(_ solution: AssignmentSolution) -> [String: String] {
        Dictionary(uniqueKeysWithValues: solution.assignments.map { ($0.unit, $0.host) })
    }

    // MARK: Hand cases

    func testSpecExample() throws {
        let solution = try AssignmentSolver.solve(instance([("u1", 1), ("u2", 3)], [("h1", 2), ("h2", 4)],
                                                           [("u1", "h1", 40), ("u1", "h2", 15), ("u2", "h2", 90)]))
        XCTAssertEqual(placements(solution), ["u1": "h1", "u2": "h2"])
        XCTAssertEqual(solution.placedGuests, 4)
        XCTAssertEqual(solution.score, 130)
        XCTAssertTrue(solution.provenOptimal)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: solution.jsonData()) as? [String: Any])
        XCTAssertEqual(json["assignments"] as? [[String]], [["u1", "h1"], ["u2", "h2"]])
        XCTAssertEqual(json["placed_guests"] as? Int, 4)
        XCTAssertEqual(json["score"] as? Int, 130)
    }

    func testGroupIsNeverSplit() throws {
        // Three beds in two households of two: the relaxation splits the group 2 + 1.
        let solution = try AssignmentSolver.solve(instance([("family", 3), ("solo", 1)], [("h1", 2), ("h2", 2)],
                                                           [("family", "h1", 50), ("family", "h2", 50), ("solo", "h1", 1)]))
        XCTAssertEqual(placements(solution), ["solo": "h1"])
        XCTAssertEqual(solution.placedGuests, 1)
        XCTAssertTrue(solution.provenOptimal)
        XCTAssertEqual(solution.upperBound, solution.objective)
    }

    func testFractionalRelaxationIsRepairedAndProven() throws {
        // Three pairs of siblings, two homes of three beds: the LP places 6, only 4 fit whole.
        let solution = try AssignmentSolver.solve(instance([("a", 2), ("b", 2), ("c", 2)], [("h1", 3), ("h2", 3)],
                                                           [("a", "h1", 10), ("a", "h2", 1), ("b", "h1", 5), ("b", "h2", 5),
                                                            ("c", "h1", 1), ("c", "h2", 10)]))
        XCTAssertEqual(solution.placedGuests, 4)
        XCTAssertEqual(solution.score, 20)
        XCTAssertEqual(placements(solution), ["a": "h1", "c": "h2"])
        XCTAssertTrue(solution.provenOptimal)
        try assertFeasible(solution, in: instance([("a", 2), ("b", 2), ("c", 2)], [("h1", 3), ("h2", 3)],
                                                  [("a", "h1", 10), ("a", "h2", 1), ("b", "h1", 5), ("b", "h2", 5),
                                                   ("c", "h1", 1), ("c", "h2", 10)]))
    }

    func testCapacityKeepsTheBestScores() throws {
        let solution = try AssignmentSolver.solve(instance([("a", 1), ("b", 1), ("c", 1)], [("h", 2)],
                                                           [("a", "h", 5), ("b", "h", 30), ("c", "h", 20)]))
        XCTAssertEqual(placements(solution), ["b": "h", "c": "h"])
        XCTAssertEqual(solution.score, 50)
    }

    func testNegativeScoresAreChosenWhenTheyPlaceMoreGuests() throws {
        let lonely = try AssignmentSolver.solve(instance([("a", 1)], [("h", 1)], [("a", "h", -1_000_000)]))
        XCTAssertEqual(placements(lonely), ["a": "h"])
        XCTAssertEqual(lonely.score, -1_000_000)
        // Lexicographic: two guests at -900 beat one guest at +1,000,000.
        let couple = try AssignmentSolver.solve(instance([("solo", 1), ("couple", 2)], [("h", 2)],
                                                         [("solo", "h", 1_000_000), ("couple", "h", -900)]))
        XCTAssertEqual(placements(couple), ["couple": "h"])
        XCTAssertEqual(couple.placedGuests, 2)
        XCTAssertEqual(couple.score, -900)
        // Moving one guest to a worse home to make room for another.
        let chain = try AssignmentSolver.solve(instance([("a", 1), ("b", 1)], [("h1", 1), ("h2", 1)],
                                                        [("a", "h1", 100), ("a", "h2", -50), ("b", "h1", 0)]))
        XCTAssertEqual(placements(chain), ["a": "h2", "b": "h1"])
    }

    func testTiesAreDeterministic() throws {
        var units: [(String, Int)] = [], hosts: [(String, Int)] = [], pairs: [(String, String, Int)] = []
        for i in 0..<12 { units.append(("u\(i)", i % 4 == 0 ? 2 : 1)) }
        for j in 0..<6 { hosts.append(("h\(j)", 2)) }
        for i in 0..<12 { for j in 0..<6 { pairs.append(("u\(i)", "h\(j)", 7)) } }
        let problem = instance(units, hosts, pairs)
        let first = try AssignmentSolver.solve(problem)
        for _ in 0..<3 { XCTAssertEqual(try AssignmentSolver.solve(problem), first) }
        XCTAssertEqual(first.placedGuests, 12)
        XCTAssertEqual(try AssignmentSolver.solve(AssignmentInstance.parse(json: problem.jsonData())), first)
    }

    func testEmptyInstances() throws {
        let empty = try AssignmentSolver.solve(instance([], [], []))
        XCTAssertTrue(empty.assignments.isEmpty)
        XCTAssertEqual(empty.objective, .init(placedGuests: 0, score: 0))
        XCTAssertTrue(empty.provenOptimal)
        let noPairs = try AssignmentSolver.solve(instance([("a", 1), ("b", 3)], [("h", 4)], []))
        XCTAssertTrue(noPairs.assignments.isEmpty)
        XCTAssertTrue(noPairs.provenOptimal)
        let noRoom = try AssignmentSolver.solve(instance([("a", 2)], [("h", 0), ("k", 1)], [("a", "h", 3), ("a", "k", 3)]))
        XCTAssertTrue(noRoom.assignments.isEmpty)
    }

    func testFixedUnitsStayAndTakeBeds() throws {
        let problem = instance([("a", 1), ("b", 1), ("c", 2)], [("h1", 2), ("h2", 2)],
                               [("a", "h1", 1), ("a", "h2", 100), ("b", "h2", 50), ("b", "h1", 0), ("c", "h2", 10), ("c", "h1", 10)])
        let free = try AssignmentSolver.solve(problem)
        XCTAssertEqual(free.placedGuests, 4)
        let kept = try AssignmentSolver.solve(problem, fixed: ["a": "h1"])
        XCTAssertEqual(placements(kept)["a"], "h1")
        XCTAssertEqual(kept.placedGuests, 4)  // h1 has one bed left: the couple goes to h2, b to h1
        XCTAssertEqual(placements(kept), ["a": "h1", "b": "h1", "c": "h2"])
        try assertFeasible(kept, in: problem)

        XCTAssertThrowsError(try AssignmentSolver.solve(problem, fixed: ["zz": "h1"])) { error in
            XCTAssertTrue("\(error)".contains("unknown unit \"zz\""), "\(error)")
        }
        XCTAssertThrowsError(try AssignmentSolver.solve(problem, fixed: ["a": "nowhere"])) { error in
            XCTAssertTrue("\(error)".contains("unknown host \"nowhere\""), "\(error)")
        }
        XCTAssertThrowsError(try AssignmentSolver.solve(instance([("a", 1)], [("h", 1)], []), fixed: ["a": "h"])) { error in
            XCTAssertTrue("\(error)".contains("not an allowed pair"), "\(error)")
        }
        XCTAssertThrowsError(try AssignmentSolver.solve(problem, fixed: ["c": "h1", "a": "h1"])) { error in
            XCTAssertTrue("\(error)".contains("need 3 beds at host \"h1\""), "\(error)")
        }
    }

    func testInvalidInstanceBuiltInCodeIsRejected() {
        XCTAssertThrowsError(try AssignmentSolver.solve(instance([("a", 1)], [("h", 1)], [("a", "x", 1)])))
        XCTAssertThrowsError(try AssignmentSolver.solve(instance([("a", 0)], [("h", 1)], [])))
        XCTAssertThrowsError(try AssignmentSolver.solve(instance([("a", 1)], [("h", 1)], [("a", "h", 1), ("a", "h", 2)])))
        XCTAssertThrowsError(try AssignmentSolver.solve(instance([("a", 1)], [("h", 1)], [("a", "h", 1_000_001)])))
    }

    // MARK: Random instances against brute force

    func testRandomSmallInstancesMatchBruteForce() throws {
        var rng = SplitMix64(seed: 20_270_513)
        var proven = 0, nonTrivial = 0
        for round in 0..<600 {
            let problem = Self.randomInstance(&rng, unitsUpTo: 8, hostsUpTo: 5, bigScores: round % 7 == 0)
            let solution = try AssignmentSolver.solve(problem)
            try assertFeasible(solution, in: problem, "round \(round)")
            let exact = BruteForce.solve(problem)
            XCTAssertEqual(solution.objective, exact, "round \(round): \(problem.jsonDescription)")
            XCTAssertTrue(solution.provenOptimal, "round \(round)")
            XCTAssertGreaterThanOrEqual(solution.upperBound, solution.objective)
            if solution.provenOptimal { proven += 1 }
            if solution.splitGroupsAtRoot > 0 { nonTrivial += 1 }
            XCTAssertEqual(try AssignmentSolver.solve(problem), solution, "deterministic, round \(round)")
        }
        XCTAssertEqual(proven, 600)
        XCTAssertGreaterThan(nonTrivial, 20, "the random instances should exercise branch and bound")
    }

    func testRandomInstancesWithFixedUnitsMatchBruteForce() throws {
        var rng = SplitMix64(seed: 77)
        var checked = 0
        for round in 0..<300 {
            let problem = Self.randomInstance(&rng, unitsUpTo: 7, hostsUpTo: 4, bigScores: false)
            guard let pair = problem.pairs.first(where: { _ in rng.next() % 2 == 0 }) else { continue }
            let fixed = [pair.unit: pair.host]
            let size = problem.units.first { $0.id == pair.unit }!.size
            let capacity = problem.hosts.first { $0.id == pair.host }!.capacity
            guard size <= capacity else {
                XCTAssertThrowsError(try AssignmentSolver.solve(problem, fixed: fixed))
                continue
            }
            let solution = try AssignmentSolver.solve(problem, fixed: fixed)
            try assertFeasible(solution, in: problem, "round \(round)")
            XCTAssertEqual(placements(solution)[pair.unit], pair.host)
            XCTAssertEqual(solution.objective, BruteForce.solve(problem, fixed: fixed), "round \(round)")
            checked += 1
        }
        XCTAssertGreaterThan(checked, 100)
    }

    func testMediumRandomInstancesAreFeasibleAndMostlyProven() throws {
        // Node-limited (deterministic); 35 % groups and tight beds make these harder than real visits.
        var rng = SplitMix64(seed: 5)
        var proven = 0
        for round in 0..<20 {
            let problem = Self.randomInstance(&rng, unitsUpTo: 40, hostsUpTo: 20, bigScores: round % 3 == 0)
            let solution = try AssignmentSolver.solve(problem, limits: .init(timeLimit: .seconds(120), nodeLimit: 3000))
            try assertFeasible(solution, in: problem, "round \(round)")
            XCTAssertGreaterThanOrEqual(solution.upperBound, solution.objective, "round \(round)")
            if solution.provenOptimal {
                proven += 1
                XCTAssertEqual(solution.upperBound, solution.objective)
            }
        }
        XCTAssertGreaterThanOrEqual(proven, 15)
    }

    func testLimitsReturnTheBestSolutionFoundNotProven() throws {
        // The relaxation splits the groups; one node is not enough to prove anything.
        let problem = instance([("a", 2), ("b", 2), ("c", 2), ("d", 3)], [("h1", 3), ("h2", 3), ("h3", 4)],
                               [("a", "h1", 10), ("a", "h2", 1), ("b", "h1", 5), ("b", "h2", 5), ("b", "h3", 2),
                                ("c", "h1", 1), ("c", "h2", 10), ("d", "h3", 7), ("d", "h1", 9)])
        let limited = try AssignmentSolver.solve(problem, limits: .init(nodeLimit: 1))
        try assertFeasible(limited, in: problem)
        XCTAssertLessThanOrEqual(limited.objective, BruteForce.solve(problem))
        XCTAssertGreaterThanOrEqual(limited.upperBound, BruteForce.solve(problem))
        let full = try AssignmentSolver.solve(problem)
        XCTAssertTrue(full.provenOptimal)
        XCTAssertEqual(full.objective, BruteForce.solve(problem))
    }

    // MARK: Helpers

    static func randomInstance(_ rng: inout SplitMix64, unitsUpTo: Int, hostsUpTo: Int, bigScores: Bool) -> Instance {
        let unitCount = Int(rng.next() % UInt64(unitsUpTo + 1))
        let hostCount = 1 + Int(rng.next() % UInt64(hostsUpTo))
        let density = 0.3 + Double(rng.next() % 60) / 100
        var units: [Instance.Unit] = [], hosts: [Instance.Host] = [], pairs: [Instance.Pair] = []
        for i in 0..<unitCount {
            let size = rng.next() % 100 < 35 ? 2 + Int(rng.next() % 3) : 1
            units.append(.init(id: "u\(i)", size: size))
        }
        for j in 0..<hostCount { hosts.append(.init(id: "h\(j)", capacity: Int(rng.next() % 6))) }
        for i in 0..<unitCount {
            for j in 0..<hostCount where Double(rng.next() % 1000) / 1000 < density {
                let score = bigScores ? Int(rng.next() % 2_000_001) - 1_000_000 : Int(rng.next() % 51) - 20
                pairs.append(.init(unit: "u\(i)", host: "h\(j)", score: score))
            }
        }
        // Input order of pairs is not grouped by unit in real files.
        for k in stride(from: pairs.count - 1, to: 0, by: -1) {
            pairs.swapAt(k, Int(rng.next() % UInt64(k + 1)))
        }
        return Instance(units: units, hosts: hosts, pairs: pairs)
    }

    private func assertFeasible(_ solution: AssignmentSolution, in problem: Instance, _ context: String = "",
                                file: StaticString = #filePath, line: UInt = #line) throws {
        let sizes = Dictionary(uniqueKeysWithValues: problem.units.map { ($0.id, $0.size) })
        let capacity = Dictionary(uniqueKeysWithValues: problem.hosts.map { ($0.id, $0.capacity) })
        var scores: [String: Int] = [:]
        for pair in problem.pairs { scores[pair.unit + "\u{0}" + pair.host] = pair.score }
        var used: [String: Int] = [:], seen = Set<String>()
        var placed = 0, score = 0
        for (unit, host) in solution.assignments {
            XCTAssertTrue(seen.insert(unit).inserted, "\(context): \(unit) twice", file: file, line: line)
            let pairScore = try XCTUnwrap(scores[unit + "\u{0}" + host], "\(context): (\(unit), \(host)) not allowed", file: file, line: line)
            used[host, default: 0] += sizes[unit]!
            placed += sizes[unit]!
            score += pairScore
        }
        for (host, beds) in used {
            XCTAssertLessThanOrEqual(beds, capacity[host]!, "\(context): \(host) over capacity", file: file, line: line)
        }
        XCTAssertEqual(placed, solution.placedGuests, context, file: file, line: line)
        XCTAssertEqual(score, solution.score, context, file: file, line: line)
    }
}

/// Exhaustive search: every unit unassigned or on any allowed host with room.
enum BruteForce {
    static func solve(_ instance: AssignmentInstance, fixed: [String: String] = [:]) -> AssignmentSolution.Objective {
        let hostIndex = Dictionary(uniqueKeysWithValues: instance.hosts.enumerated().map { ($1.id, $0) })
        var options = [[(host: Int, score: Int)]](repeating: [], count: instance.units.count)
        let unitIndex = Dictionary(uniqueKeysWithValues: instance.units.enumerated().map { ($1.id, $0) })
        for pair in instance.pairs {
            let u = unitIndex[pair.unit]!
            if let must = fixed[pair.unit], must != pair.host { continue }
            options[u].append((hostIndex[pair.host]!, pair.score))
        }
        var remaining = instance.hosts.map(\.capacity)
        var best = AssignmentSolution.Objective(placedGuests: -1, score: 0)
        func visit(_ u: Int, _ placed: Int, _ score: Int) {
            if u == instance.units.count {
                let objective = AssignmentSolution.Objective(placedGuests: placed, score: score)
                if objective > best { best = objective }
                return
            }
            let size = instance.units[u].size
            if fixed[instance.units[u].id] == nil { visit(u + 1, placed, score) }
            for option in options[u] where remaining[option.host] >= size {
                remaining[option.host] -= size
                visit(u + 1, placed + size, score + option.score)
                remaining[option.host] += size
            }
        }
        visit(0, 0, 0)
        return best
    }
}

/// A small seeded generator (tests must be reproducible).
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}

extension AssignmentInstance {
    var jsonDescription: String { String(decoding: jsonData(), as: UTF8.self) }
}
