import ArgumentParser
import PlannerCore

/// `visitplanner households list [--visit V]`: host households with capacity, pets, smoking,
/// languages and check expiry; with a visit, also whether and when they can host it.
struct HouseholdsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: tr("List the host households: capacity, pets, smoking, languages, check expiry."))

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(tr("Also show availability for this visit (id or exact title)."),
                               valueName: "visit"))
    var visit: String?

    func run() throws {
        let store = try global.openStore()
        let details = try visit.map { key throws(PlannerError) in try store.findVisit(key) }
        let offers: [HostingOffer]
        if let details {
            offers = try store.hostingOffers(forVisit: details.id)
        } else {
            offers = try store.households().map { HostingOffer(household: $0, availability: nil) }
        }
        if global.json {
            try printJSON(store: store, details: details, offers: offers)
        } else {
            printText(details: details, offers: offers)
        }
    }

    private func printJSON(store: PlannerStore, details: VisitDetails?, offers: [HostingOffer]) throws {
        let visitJSON = try details.map { details throws(PlannerError) in
            VisitJSON(details, participants: try store.participantCount(ofVisit: details.id))
        }
        let households = offers.map { offer in
            details.map { HouseholdJSON(offer.household, offer: offer, visit: $0.visit) } ?? HouseholdJSON(offer.household)
        }
        try JSONOutput.print(HouseholdListJSON(visit: visitJSON, households: households))
    }

    private func printText(details: VisitDetails?, offers: [HostingOffer]) {
        if let details { Console.out(TextFormat.visitHeading(details)) }
        guard !offers.isEmpty else {
            Console.out(tr("No host households yet."))
            return
        }
        var columns: [TextTable.Column] = [
            .init(title: tr("ID"), alignment: .right),
            .init(title: tr("NAME")),
            .init(title: tr("BEDS"), alignment: .right),
            .init(title: tr("PETS")),
            .init(title: tr("SMOKING")),
            .init(title: tr("LANGUAGES")),
            .init(title: tr("CHECK UNTIL")),
        ]
        if details != nil { columns.append(.init(title: tr("AVAILABLE"))) }
        var table = TextTable(columns)
        for offer in offers {
            let household = offer.household
            var row = [
                household.id.map(String.init) ?? "",
                household.name,
                String(household.beds),
                household.pets.isEmpty ? TextFormat.none : household.pets.map(\.displayName).joined(separator: ", "),
                household.smoking ? tr("yes") : tr("no"),
                TextFormat.languages(household.languages),
                household.checkValidUntil?.description ?? TextFormat.none,
            ]
            if let details { row.append(availabilityText(offer.availability, visit: details.visit)) }
            table.append(row)
        }
        Console.out(table.render())
    }

    /// `whole visit`, `2027-05-13 – 2027-05-15 (partly)`, or `not offered`.
    private func availabilityText(_ availability: Availability?, visit: Visit) -> String {
        guard let availability else { return tr("not offered") }
        if availability.covers(visit) { return tr("whole visit") }
        return tr("{from} – {to} (partly)", ["from": availability.from.description, "to": availability.to.description])
    }
}
