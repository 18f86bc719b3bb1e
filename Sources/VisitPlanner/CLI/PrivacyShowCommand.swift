import ArgumentParser
import PlannerCore

/// `visitplanner privacy [show] --visit V`: the Data Protection section of a visit: what is
/// held, until when, and what retention has erased.
struct PrivacyShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: tr("Show what personal data a visit holds and until when."))

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(tr("The visit: its id or exact title."), valueName: "visit"))
    var visit: String

    struct Document: Encodable {
        struct Period: Encodable {
            let until: String
            let isDefault: Bool
            let status: String
            @ExplicitNull var erasedOn: String?
            let held: [String]
            @ExplicitNull var reason: String?
        }
        let visitId: Int64
        let healthData: Period
        let evidence: Period
        let keptHeadcount: Int
        let keptFigures: [String]

        init(_ summary: DataProtectionSummary, policy: RetentionPolicy) {
            func period(_ p: DataProtectionSummary.Period, reason: String?) -> Period {
                Period(until: p.until.description, isDefault: p.isDefaultDate, status: p.status.rawValue,
                       erasedOn: p.erasedOn?.description, held: p.held, reason: reason)
            }
            visitId = policy.visitId
            healthData = period(summary.health, reason: nil)
            evidence = period(summary.evidence, reason: policy.reason)
            keptHeadcount = policy.keptHeadcount.count
            keptFigures = summary.keptFigures
        }
    }

    func run() throws {
        let store = try global.openStore()
        let id = try store.findVisit(visit).id
        guard let snapshot = try store.snapshot(ofVisit: id) else { throw PlannerError.notFound(.visit, key: visit) }
        let summary = DataProtectionSummary(snapshot)
        if global.json {
            try JSONOutput.print(Document(summary, policy: snapshot.retention))
            return
        }
        Console.out(tr("Data protection of “{title}”", ["title": snapshot.visit.title]))
        for period in [summary.health, summary.evidence] {
            Console.out("")
            Console.out(period.title)
            Console.out("  " + period.covers)
            Console.out("  " + period.dateLine)
            if let reason = period.reason { Console.out("  " + reason) }
            Console.out("  " + period.statusLine)
            for line in period.held { Console.out("    - " + line) }
        }
        Console.out("")
        Console.out(summary.keptForReports)
        for line in summary.keptFigures { Console.out("  - " + line) }
        Console.out(summary.householdsNote)
    }
}
