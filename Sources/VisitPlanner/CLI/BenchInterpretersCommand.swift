import ArgumentParser
import Foundation
import PlannerCore

/// `visitplanner bench-interpreters` (hidden, for `make bench`): plans the interpreters of a
/// generated visit (or of the sample) in memory and prints one line of figures. It never touches
/// the database.
struct BenchInterpretersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-interpreters",
        abstract: "Time the interpreter assignment on a generated visit (benchmark).",
        shouldDisplay: false)

    /// Accepted like everywhere; the database is never opened.
    @OptionGroup var global: GlobalOptions

    @Option(help: "Programme items of the generated visit.")
    var items = 400

    @Option(help: "Interpreters of the generated visit.")
    var interpreters = 240

    @Option(help: "Days of the generated visit.")
    var days = 10

    @Option(help: "Seed of the generated visit.")
    var seed: UInt64 = 1

    @Flag(help: "Plan the sample visit instead of a generated one.")
    var sample = false

    @Option(help: "Runs; the fastest is reported.")
    var runs = 1

    @Flag(help: "Also list the needs left open, with their reasons.")
    var listUncovered = false

    @Flag(help: "Also list every assignment with why it was chosen.")
    var explain = false

    func validate() throws {
        guard (1...100_000).contains(items), (1...100_000).contains(interpreters), (1...366).contains(days), (1...100).contains(runs) else {
            throw ValidationError("--items, --interpreters, --days or --runs out of range.")
        }
    }

    func run() throws {
        let snapshot: VisitSnapshot
        let name: String
        if sample {
            let store = try PlannerStore(inMemory: ())
            let id = try SampleVisit.install(in: store)
            guard let loaded = try store.snapshot(ofVisit: id) else { throw CLIFailure(message: "The sample visit could not be read back.") }
            snapshot = loaded
            name = "sample"
        } else {
            snapshot = GeneratedInterpretingInstance.snapshot(items: items, interpreters: interpreters, days: days, seed: seed)
            name = "generated seed=\(seed)"
        }
        var best: AssignmentPlan?
        var fastest = Double.infinity
        let clock = ContinuousClock()
        for _ in 0..<runs {
            let start = clock.now
            let plan = InterpreterAssigner.assign(snapshot)
            let elapsed = Double((clock.now - start) / .microseconds(1)) / 1000
            if elapsed < fastest {
                fastest = elapsed
                best = plan
            }
        }
        let plan = best!
        // Judge the plan as the Problems panel would, once stored.
        let stored = snapshot.replacingAssignments(with: plan.assignments)
        let problems = ProblemFinder.interpretingProblems(in: stored)
        let broken = problems.filter { problem in
            if case .participant = problem.subject { return true }
            return false
        }.count
        let s = plan.stats
        Console.out("interpreters \(name): items=\(snapshot.programme.count) interpreters=\(snapshot.interpreters.count) "
            + "needs=\(s.needs) covered=\(s.covered) partial=\(s.partial) uncovered=\(s.uncovered) impossible=\(s.impossible) "
            + "relayed=\(s.relayed) assignments=\(s.assignments) used=\(s.interpretersUsed) max_minutes=\(s.maxMinutes) "
            + "sum_squares=\(s.sumOfSquaredMinutes) method=\(s.method.rawValue) proven=\(s.provenOptimal) nodes=\(s.nodes) "
            + "rule_problems=\(broken) ms=\(String(format: "%.1f", fastest))")
        if explain {
            let titles = Dictionary(snapshot.programme.compactMap { item in item.id.map { ($0, item.title(in: snapshot.visit.languages)) } },
                                    uniquingKeysWith: { a, _ in a })
            let names = Dictionary(snapshot.participants.compactMap { p in p.id.map { ($0, p.fullName) } }, uniquingKeysWith: { a, _ in a })
            for a in plan.assignments {
                Console.out("  \(titles[a.itemId] ?? "?") \(a.pair) \(names[a.interpreterId] ?? "?"): \(plan.explanation(for: a) ?? "")")
            }
        }
        if listUncovered {
            for need in plan.uncovered {
                Console.out("  \(need.itemTitle) \(need.need.pair)\(need.isPartial ? " (half)" : ""): \(need.reasons.joined(separator: "; "))")
            }
        }
    }
}
