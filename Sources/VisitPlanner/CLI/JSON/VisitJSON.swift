import PlannerCore

/// A town in the CLI's JSON: its name and ISO 3166-1 country code.
struct TownJSON: Encodable {
    let name: String
    let country: String

    init(_ town: Town) {
        name = town.name
        country = town.countryCode
    }
}

/// A visit in the CLI's JSON (`visits list`, and the header of per-visit lists).
struct VisitJSON: Encodable {
    let id: Int64
    let title: String
    let startDate: CalendarDate
    let endDate: CalendarDate
    let nights: Int
    let hostTown: TownJSON
    let partnerTowns: [TownJSON]
    let participants: Int
    /// Raw vocabulary values (`citizens-meeting`), stable across languages.
    let kind: String
    let status: String
    /// ISO 639-1 codes.
    let languages: [String]
    /// ISO 4217 code.
    let currency: String

    init(_ details: VisitDetails, participants: Int) {
        let visit = details.visit
        id = details.id
        title = visit.title
        startDate = visit.startDate
        endDate = visit.endDate
        nights = visit.nights
        hostTown = TownJSON(details.hostTown)
        partnerTowns = details.partnerTowns.map(TownJSON.init)
        self.participants = participants
        kind = visit.kind.rawValue
        status = visit.status.rawValue
        languages = visit.languages
        currency = visit.currency
    }
}

/// `visits list --json`.
struct VisitListJSON: Encodable {
    let visits: [VisitJSON]
}

/// `demo --json`: the sample visit's id and title.
struct DemoJSON: Encodable {
    let id: Int64
    let title: String
}
