import ArgumentParser
import PlannerCore

/// `visitplanner privacy set --visit V [--health-until D] [--evidence-until D] [--reason TEXT]`:
/// changes a visit's retention dates; what is not given stays.
struct PrivacySetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: tr("Set until when a visit keeps its health and contact data and its grant evidence."))

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(tr("The visit: its id or exact title."), valueName: "visit"))
    var visit: String

    @Option(name: .customLong("health-until"),
            help: ArgumentHelp(tr("The last day health and contact data is kept (YYYY-MM-DD), or “default”."), valueName: "date"))
    var healthUntil: String?

    @Option(name: .customLong("evidence-until"),
            help: ArgumentHelp(tr("The last day the grant evidence is kept (YYYY-MM-DD), or “default”."), valueName: "date"))
    var evidenceUntil: String?

    @Option(help: ArgumentHelp(tr("Why the evidence is kept that long; an empty text restores the default reason."),
                               valueName: "text"))
    var reason: String?

    func run() throws {
        let store = try global.openStore()
        guard let details = try store.visit(id: try store.findVisit(visit).id) else {
            throw PlannerError.notFound(.visit, key: visit)
        }
        let policy = try store.retentionPolicy(ofVisit: details.id)
        var draft = RetentionDraft(policy, visit: details.visit)
        var problems: [String] = []
        func date(_ text: String?, option: String, default fallback: CalendarDate, into value: inout CalendarDate?) {
            guard let text else { return }
            if text.trimmingCharacters(in: .whitespaces).lowercased() == "default" { value = fallback; return }
            guard let parsed = CalendarDate(userInput: text) else {
                problems.append("\(option): " + ValidationIssue.Problem.unreadableDate(text).message)
                return
            }
            value = parsed
        }
        date(healthUntil, option: "--health-until", default: RetentionPolicy.defaultHealthDataDate(for: details.visit),
             into: &draft.healthDataUntil)
        date(evidenceUntil, option: "--evidence-until", default: RetentionPolicy.defaultEvidenceDate(for: details.visit),
             into: &draft.evidenceUntil)
        if let reason { draft.evidenceReason = reason.isEmpty ? RetentionPolicy.defaultEvidenceReason : reason }
        let options: [ValidationIssue.Field: String] = [.healthDataUntil: "--health-until", .evidenceUntil: "--evidence-until",
                                                        .evidenceReason: "--reason"]
        problems += draft.validate(for: details.visit).map { "\(options[$0.field] ?? $0.field.rawValue): \($0.message)" }
        guard problems.isEmpty else { throw CLIFailure(message: problems.joined(separator: "; ")) }
        try store.setRetention(draft, forVisit: details.id)
        guard let snapshot = try store.snapshot(ofVisit: details.id) else { return }
        let summary = DataProtectionSummary(snapshot)
        if global.json {
            try JSONOutput.print(PrivacyShowCommand.Document(summary, policy: snapshot.retention))
        } else {
            Console.out(summary.health.title + ": " + summary.health.dateLine)
            Console.out(summary.evidence.title + ": " + summary.evidence.dateLine)
            if let reason = summary.evidence.reason { Console.out(reason) }
        }
    }
}
