import ArgumentParser
import PlannerCore

/// `visitplanner problems --visit V`: every conflict and warning the visit's data reveal
/// (consent, placements, capacity, budget, programme overlaps…), errors first, each with what it
/// is about. Finding problems is not a failure: the status is 0 whatever is found.
struct ProblemsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "problems",
        abstract: tr("List every conflict and warning of a visit, with its severity and what it is about."))

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(tr("The visit: its id or exact title."), valueName: "visit"))
    var visit: String

    func run() throws {
        let store = try global.openStore()
        let details = try store.findVisit(visit)
        guard let snapshot = try store.snapshot(ofVisit: details.id) else {
            throw PlannerError.notFound(.visit, key: visit)
        }
        let problems = ProblemFinder.problems(in: snapshot)
        if global.json {
            try JSONOutput.print(ProblemsJSON(problems, visit: VisitJSON(details, participants: snapshot.participants.count),
                                              snapshot: snapshot))
            return
        }
        Console.out(ProblemsText(problems: problems, snapshot: snapshot).render())
    }
}

/// What a problem is about, named: the kind (stable, for JSON), its id and a readable name.
struct ProblemSubject {
    /// `visit`, `participant`, `household`, `budget`, `budget-line`, `budget-category`, `programme-item`.
    let kind: String
    let id: Int64?
    /// `BudgetCategory` raw value for `budget-category`.
    let category: String?
    let name: String

    init(_ subject: VisitProblem.Subject, in snapshot: VisitSnapshot) {
        switch subject {
        case .visit:
            self.init(kind: "visit", id: snapshot.details.id, category: nil, name: snapshot.visit.title)
        case .participant(let id):
            self.init(kind: "participant", id: id, category: nil,
                      name: snapshot.participants.first { $0.id == id }?.fullName ?? "")
        case .household(let id):
            self.init(kind: "household", id: id, category: nil, name: snapshot.offers.first { $0.id == id }?.household.name ?? "")
        case .budget:
            self.init(kind: "budget", id: nil, category: nil, name: tr("Budget"))
        case .budgetLine(let id):
            self.init(kind: "budget-line", id: id, category: nil,
                      name: snapshot.budgetLines.first { $0.id == id }?.description ?? "")
        case .budgetCategory(let category):
            self.init(kind: "budget-category", id: nil, category: category.rawValue, name: category.displayName)
        case .programmeItem(let id):
            self.init(kind: "programme-item", id: id, category: nil,
                      name: snapshot.programme.first { $0.id == id }?.title(in: snapshot.visit.languages) ?? "")
        case .dataProtection:
            self.init(kind: "data-protection", id: nil, category: nil, name: tr("Data Protection"))
        }
    }

    private init(kind: String, id: Int64?, category: String?, name: String) {
        self.kind = kind
        self.id = id
        self.category = category
        self.name = name
    }

    /// "household 12: Dvořák", "budget: Budget".
    var text: String {
        let label: String
        switch kind {
        case "visit": label = tr("visit")
        case "participant": label = tr("participant")
        case "household": label = tr("household")
        case "budget": label = tr("budget")
        case "budget-line": label = tr("budget line")
        case "budget-category": label = tr("budget category")
        default: label = tr("programme item")
        }
        let key = id.map { "\(label) \($0)" } ?? label
        return name.isEmpty ? key : "\(key): \(name)"
    }
}

/// The readable problem list: a count line, then one row per problem, errors first.
struct ProblemsText {
    let problems: [VisitProblem]
    let snapshot: VisitSnapshot

    func render() -> String {
        let heading = TextFormat.visitHeading(snapshot.details)
        guard !problems.isEmpty else { return heading + "\n" + tr("No problems found.") }
        let errors = problems.filter { $0.severity == .error }.count
        let warnings = problems.count - errors
        let counts = (errors == 1 ? tr("1 error") : tr("{count} errors", ["count": String(errors)])) + ", "
            + (warnings == 1 ? tr("1 warning") : tr("{count} warnings", ["count": String(warnings)]))
        var table = TextTable([
            .init(title: tr("SEVERITY")),
            .init(title: tr("SUBJECT")),
            .init(title: tr("PROBLEM")),
        ])
        for problem in problems {
            table.append([problem.severity == .error ? tr("error") : tr("warning"),
                          ProblemSubject(problem.subject, in: snapshot).text, problem.message])
        }
        return heading + "\n" + counts + "\n\n" + table.render()
    }
}
