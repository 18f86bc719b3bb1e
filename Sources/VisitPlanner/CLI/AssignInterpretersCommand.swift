import ArgumentParser
import PlannerCore

/// `visitplanner assign-interpreters --visit V [--apply]`: the interpreters' plan for the
/// programme (what the Assign Interpreters button does), each assignment with why it was chosen
/// and each need left uncovered with why. `--apply` stores it (hand-made assignments stay).
struct AssignInterpretersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign-interpreters",
        abstract: tr("Plan the interpreters of the programme, with reasons."))

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(tr("The visit: its id or exact title."), valueName: "visit"))
    var visit: String

    @Flag(help: ArgumentHelp(tr("Store the plan (assignments made by hand are kept).")))
    var apply = false

    func run() throws {
        let store = try global.openStore()
        let details = try store.findVisit(visit)
        guard let snapshot = try store.snapshot(ofVisit: details.id) else {
            throw PlannerError.notFound(.visit, key: visit)
        }
        let plan = InterpreterAssigner.assign(snapshot)
        if apply { try store.replaceAssignments(ofVisit: details.id, with: plan.assignments) }
        let names = Dictionary(snapshot.participants.compactMap { p in p.id.map { ($0, p.fullName) } }, uniquingKeysWith: { a, _ in a })
        let titles = Dictionary(snapshot.programme.compactMap { item in item.id.map { ($0, item.title(in: details.visit.languages)) } },
                                uniquingKeysWith: { a, _ in a })
        let stats = plan.stats
        if global.json {
            try JSONOutput.print(AssignInterpretersJSON(
                visit: VisitJSON(details, participants: snapshot.participants.count), applied: apply,
                needs: stats.needs, covered: stats.covered, partial: stats.partial, relayed: stats.relayed,
                provenOptimal: stats.provenOptimal,
                assignments: plan.assignments.map { a in
                    .init(itemId: a.itemId, item: titles[a.itemId] ?? "", interpreterId: a.interpreterId,
                          interpreter: names[a.interpreterId] ?? "", pair: a.pair.description, manual: a.manual,
                          why: plan.explanation(for: a) ?? "")
                },
                uncovered: plan.uncovered.map { u in
                    .init(itemId: u.need.itemId, item: u.itemTitle, pair: u.need.pair.description, partial: u.isPartial, reasons: u.reasons)
                }))
            return
        }
        Console.out(TextFormat.visitHeading(details))
        Console.out(tr("{covered} of {needs} interpretation needs covered ({relayed} by relay){proof}", ["covered": String(stats.covered), "needs": String(stats.needs), "relayed": String(stats.relayed), "proof": stats.provenOptimal ? " (" + tr("proven optimal") + ")" : " (" + tr("best found, not proven optimal") + ")"]))
        Console.out("")
        for assignment in plan.assignments {
            Console.out("\(titles[assignment.itemId] ?? "?"): \(assignment.pair) → \(names[assignment.interpreterId] ?? "?")"
                        + (assignment.manual ? "  [" + tr("by hand") + "]" : ""))
            if let why = plan.explanation(for: assignment), !why.isEmpty { Console.out("    " + why) }
        }
        if !plan.uncovered.isEmpty {
            Console.out("")
            Console.out(tr("Not covered:"))
            for entry in plan.uncovered {
                Console.out("\(entry.itemTitle): \(entry.need.pair)" + (entry.isPartial ? " (" + tr("one of two") + ")" : "")
                            + " — " + entry.reasons.joined(separator: "; "))
            }
        }
        if apply { Console.out(""); Console.out(tr("Stored.")) }
    }
}

/// `assign-interpreters --json`.
struct AssignInterpretersJSON: Encodable {
    struct Assignment: Encodable {
        let itemId: Int64
        let item: String
        let interpreterId: Int64
        let interpreter: String
        let pair: String
        let manual: Bool
        let why: String
    }
    struct Uncovered: Encodable {
        let itemId: Int64
        let item: String
        let pair: String
        let partial: Bool
        let reasons: [String]
    }
    let visit: VisitJSON
    let applied: Bool
    let needs: Int
    let covered: Int
    let partial: Int
    let relayed: Int
    let provenOptimal: Bool
    let assignments: [Assignment]
    let uncovered: [Uncovered]
}
