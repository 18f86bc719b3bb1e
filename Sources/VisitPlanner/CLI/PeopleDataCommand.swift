import ArgumentParser
import PlannerCore

/// `visitplanner people data --person P [--visit V]`: everything held about one participant
/// (every field, consents, placement, schedule, groups, interpreting, mentions in hosting
/// histories) and where the record came from: the answer to a GDPR Art. 15 request.
struct PeopleDataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: tr("Show everything held about one participant, with where it came from."))

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(tr("The participant: their id or exact full name."), valueName: "person"))
    var person: String

    @Option(help: ArgumentHelp(tr("The visit to look in (id or exact title), when a name is in several visits."),
                               valueName: "visit"))
    var visit: String?

    func run() throws {
        let store = try global.openStore()
        let visitId = try visit.map { key throws(PlannerError) in try store.findVisit(key).id }
        let participant = try store.findParticipant(person, inVisit: visitId)
        let report = try store.personalDataReport(participantId: participant.id!)
        if global.json { return try JSONOutput.print(report) }
        Console.out(String(report.text.dropLast()))
    }
}
