import ArgumentParser
import PlannerCore

/// `visitplanner assign --visit V [--apply] [--keep-confirmed]`: the optimal placement of the
/// visit's guests with host families, each placement with its reasons and each unplaced guest
/// with what blocks them. `--apply` stores the proposal (new and moved placements as proposed).
struct AssignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign",
        abstract: tr("Suggest the best placement of the guests with host families, with reasons."))

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(tr("The visit: its id or exact title."), valueName: "visit"))
    var visit: String

    @Flag(help: ArgumentHelp(tr("Store the proposal: new and moved placements become “proposed”.")))
    var apply = false

    @Flag(name: .customLong("keep-confirmed"),
          help: ArgumentHelp(tr("Never move a confirmed placement.")))
    var keepConfirmed = false

    func run() throws {
        let store = try global.openStore()
        let details = try store.findVisit(visit)
        guard let snapshot = try store.snapshot(ofVisit: details.id) else {
            throw PlannerError.notFound(.visit, key: visit)
        }
        let proposal = try PlacementPlanner.propose(snapshot, keepConfirmed: keepConfirmed)
        if apply {
            try store.replacePlacements(ofVisit: details.id, with: proposal.placements(replacing: snapshot.placements))
        }
        let names = Dictionary(snapshot.offers.map { ($0.id, $0.household.name) }, uniquingKeysWith: { a, _ in a })
        if global.json {
            try JSONOutput.print(AssignJSON(proposal, visit: VisitJSON(details, participants: snapshot.participants.count),
                                            households: names, applied: apply))
            return
        }
        Console.out(TextFormat.visitHeading(details))
        Console.out(tr("{placed} of {guests} guests placed, score {score}{proof}", ["placed": String(proposal.placedGuests), "guests": String(proposal.guests), "score": String(proposal.score), "proof": proposal.provenOptimal ? " (" + tr("proven optimal") + ")" : " (" + tr("best found, not proven optimal") + ")"]))
        Console.out("")
        for entry in proposal.entries where entry.householdId != nil {
            let change = entry.fixed ? tr("confirmed") : entry.currentHouseholdId == nil ? tr("new")
                : entry.changed ? tr("moved") : tr("kept")
            Console.out("\(entry.unit.names) → \(names[entry.householdId!] ?? "?")  [\(change)]")
            Console.out("    " + (entry.evaluation?.summary ?? ""))
        }
        let unplaced = proposal.unplaced
        if !unplaced.isEmpty {
            Console.out("")
            Console.out(tr("Not placed:"))
            for entry in unplaced {
                Console.out("\(entry.unit.names): \(entry.unplacedReason ?? "")")
            }
        }
        if apply { Console.out(""); Console.out(tr("Stored as proposed placements.")) }
    }
}

/// `assign --json`.
struct AssignJSON: Encodable {
    struct Guest: Encodable {
        let id: Int64
        let name: String
    }
    struct Entry: Encodable {
        let unit: String
        let guests: [Guest]
        @ExplicitNull var householdId: Int64?
        @ExplicitNull var household: String?
        /// new, moved, kept, confirmed, or unplaced.
        let change: String
        let reasonsMet: [String]
        let reasonsMissed: [String]
        @ExplicitNull var score: Int?
        @ExplicitNull var unplacedReason: String?
    }

    let visit: VisitJSON
    let guests: Int
    let placedGuests: Int
    let score: Int
    let provenOptimal: Bool
    let applied: Bool
    let placements: [Entry]
    let unplaced: [Entry]

    init(_ proposal: PlacementProposal, visit: VisitJSON, households: [Int64: String], applied: Bool) {
        self.visit = visit
        guests = proposal.guests
        placedGuests = proposal.placedGuests
        score = proposal.score
        provenOptimal = proposal.provenOptimal
        self.applied = applied
        let entries = proposal.entries.map { entry in
            Entry(unit: entry.unit.id, guests: entry.unit.members.map { Guest(id: $0.id!, name: $0.fullName) },
                  householdId: entry.householdId, household: entry.householdId.flatMap { households[$0] },
                  change: entry.householdId == nil ? "unplaced" : entry.fixed ? "confirmed"
                      : entry.currentHouseholdId == nil ? "new" : entry.changed ? "moved" : "kept",
                  reasonsMet: entry.evaluation?.reasons.filter(\.met).map(\.text) ?? [],
                  reasonsMissed: entry.evaluation?.reasons.filter { !$0.met }.map(\.text) ?? [],
                  score: entry.evaluation?.score, unplacedReason: entry.unplacedReason)
        }
        placements = entries.filter { $0.householdId != nil }
        unplaced = entries.filter { $0.householdId == nil }
    }
}
