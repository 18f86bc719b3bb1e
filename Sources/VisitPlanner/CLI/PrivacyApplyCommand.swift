import ArgumentParser
import Foundation
import PlannerCore

/// `visitplanner privacy apply --visit V [--yes]`: erases what a visit's retention dates say
/// is due, after listing it; like `people erase`, it asks on a terminal and needs `--yes`
/// without one.
struct PrivacyApplyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: tr("Erase the personal data whose retention date has passed, after listing it."))

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(tr("The visit: its id or exact title."), valueName: "visit"))
    var visit: String

    @Flag(help: ArgumentHelp(tr("Erase without asking.")))
    var yes = false

    struct Document: Encodable {
        let visitId: Int64
        let healthDataErased: [ErasedCountJSON]
        let evidenceErased: [ErasedCountJSON]
        let peopleErased: Int
        let keptHeadcount: Int
        let cleaned: [String]
        let deleted: [String]
        let failed: [String]
        let notCleaned: [String]
        let residue: [String]
        let complete: Bool

        init(_ report: RetentionReport) {
            let plan = report.plan
            visitId = plan.visitId
            healthDataErased = plan.healthItems.map(ErasedCountJSON.init)
            evidenceErased = plan.evidenceItems.map(ErasedCountJSON.init)
            peopleErased = plan.people
            keptHeadcount = plan.headcount.count
            cleaned = report.copies.cleaned
            deleted = report.copies.deleted
            failed = report.copies.failed
            notCleaned = plan.notCleaned
            residue = report.residue
            complete = report.isComplete
        }
    }

    func run() throws {
        let store = try global.openStore()
        let plan = try store.retentionPlan(forVisit: try store.findVisit(visit).id)
        if plan.isEmpty {
            if global.json {
                try JSONOutput.print(Document(try store.applyRetention(plan)))
            } else {
                Console.out(plan.nothingDue)
            }
            return
        }
        if !yes { try confirm(plan) }
        let report = try store.applyRetention(plan)
        if global.json {
            try JSONOutput.print(Document(report))
        } else {
            Console.out(report.summary)
            for line in report.lines { Console.out("  " + line) }
        }
        guard report.isComplete else {
            throw CLIFailure(message: tr("The retention is applied to the database, but some files still hold traces (listed above)."))
        }
    }

    /// Lists the plan and asks y/N on the terminal; refuses without one.
    private func confirm(_ plan: RetentionPlan) throws {
        try ErasureConfirmation.ask(
            plan.question, lines: plan.lines(includingUndoHistory: false),
            refusal: tr("Not applying the data retention of “{title}”: confirm with --yes (there is no terminal to ask on). Nothing was changed.", ["title": plan.visitTitle]),
            json: global.json)
    }
}
