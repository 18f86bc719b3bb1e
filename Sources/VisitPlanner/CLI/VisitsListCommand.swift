import ArgumentParser
import PlannerCore

/// `visitplanner visits list`: every visit with its dates and towns, newest first.
struct VisitsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: tr("List the visits: id, title, dates, host town, partner towns."))

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let visits = try global.openStore().visits()
        if global.json {
            try JSONOutput.print(VisitListJSON(visits: visits.map { VisitJSON($0.details, participants: $0.participantCount) }))
            return
        }
        guard !visits.isEmpty else {
            Console.out(tr("No visits. Run “visitplanner demo” to create the sample visit."))
            return
        }
        var table = TextTable([
            .init(title: tr("ID"), alignment: .right),
            .init(title: tr("TITLE")),
            .init(title: tr("DATES")),
            .init(title: tr("HOST TOWN")),
            .init(title: tr("PARTNER TOWNS")),
            .init(title: tr("PEOPLE"), alignment: .right),
            .init(title: tr("STATUS")),
        ])
        for summary in visits {
            let details = summary.details
            table.append([
                String(details.id),
                details.visit.title,
                TextFormat.dateRange(details.visit),
                details.hostTown.label,
                details.partnerTowns.map(\.label).joined(separator: ", "),
                String(summary.participantCount),
                details.visit.status.displayName,
            ])
        }
        Console.out(table.render())
    }
}
