import ArgumentParser
import Foundation
import PlannerCore

/// `visitplanner people erase --person P [--visit V] [--yes]`: erases one person irreversibly
/// from the database and its backups (GDPR Art. 17). Lists what will go, then asks on a
/// terminal; without a terminal it needs `--yes`.
struct PeopleEraseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "erase",
        abstract: tr("Erase one person irreversibly, from the database and from its backups."))

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(tr("The person: their id or exact full name."), valueName: "person"))
    var person: String

    @Option(help: ArgumentHelp(tr("The visit: its id or exact title (needed when the name is in several visits)."),
                               valueName: "visit"))
    var visit: String?

    @Flag(help: ArgumentHelp(tr("Erase without asking.")))
    var yes = false

    struct Document: Encodable {
        let participantId: Int64
        let fullName: String
        let visitId: Int64
        let erased: [ErasedCountJSON]
        let cleaned: [String]
        let deleted: [String]
        let failed: [String]
        let notCleaned: [String]
        let residue: [String]
        let complete: Bool

        init(_ report: ErasureReport) {
            participantId = report.plan.person.participantId
            fullName = report.plan.person.fullName
            visitId = report.plan.visitId
            erased = report.items.map(ErasedCountJSON.init)
            cleaned = report.copies.cleaned
            deleted = report.copies.deleted
            failed = report.copies.failed
            notCleaned = report.plan.notCleaned
            residue = report.residue
            complete = report.isComplete
        }
    }

    func run() throws {
        let store = try global.openStore()
        let participant: Participant
        if let visit {
            participant = try store.findParticipant(person, inVisit: try store.findVisit(visit).id)
        } else {
            participant = try store.findParticipantInAnyVisit(person)
        }
        let plan = try store.erasurePlan(forParticipant: participant.id!)
        if !yes { try confirm(plan) }
        let report = try store.erase(plan)
        if global.json {
            try JSONOutput.print(Document(report))
        } else {
            Console.out(report.summary)
            for line in report.lines { Console.out("  " + line) }
        }
        guard report.isComplete else {
            throw CLIFailure(message: tr("{name} is erased from the database, but some files still hold traces (listed above).", ["name": plan.person.fullName]))
        }
    }

    /// Lists the plan and asks y/N on the terminal; refuses without one.
    private func confirm(_ plan: ErasurePlan) throws {
        try ErasureConfirmation.ask(
            plan.question + " " + tr("(visit: {title})", ["title": plan.visitTitle]),
            lines: plan.lines(includingUndoHistory: false),
            refusal: tr("Not erasing {name}: confirm with --yes (there is no terminal to ask on). Nothing was changed.", ["name": plan.person.fullName]),
            json: global.json)
    }
}
