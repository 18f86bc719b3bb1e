/// A visit: one delegation (or several) staying in the host town for some days.
public struct Visit: Hashable, Codable, Sendable, Identifiable {
    public var id: Int64?
    public var title: String
    public var hostTownId: Int64
    public var kind: VisitKind
    public var startDate: CalendarDate
    public var endDate: CalendarDate
    /// ISO 639-1 codes of the languages the visit's texts are written in; the host's first.
    public var languages: [String]
    /// ISO 4217 code of the reporting currency.
    public var currency: String
    public var status: VisitStatus
    public var notes: String

    public init(id: Int64? = nil, title: String, hostTownId: Int64, kind: VisitKind,
                startDate: CalendarDate, endDate: CalendarDate, languages: [String], currency: String,
                status: VisitStatus = .planning, notes: String = "") {
        self.id = id
        self.title = title
        self.hostTownId = hostTownId
        self.kind = kind
        self.startDate = startDate
        self.endDate = endDate
        self.languages = languages
        self.currency = currency
        self.status = status
        self.notes = notes
    }

    /// Nights between arrival and departure day.
    public var nights: Int { endDate.dayNumber - startDate.dayNumber }
}

/// A visit with its towns resolved: what lists and forms show.
public struct VisitDetails: Hashable, Sendable, Identifiable {
    public var visit: Visit
    public var hostTown: Town
    public var partnerTowns: [Town]
    public var id: Int64 { visit.id! }

    public init(visit: Visit, hostTown: Town, partnerTowns: [Town]) {
        self.visit = visit
        self.hostTown = hostTown
        self.partnerTowns = partnerTowns
    }

    /// Host and partners, host first.
    public var towns: [Town] { [hostTown] + partnerTowns }
}

/// What the visit form edits: towns are given by name and country and matched (or created) by
/// the store, so the user never manages town records separately.
public struct VisitDraft: Hashable, Sendable {
    public struct TownEntry: Hashable, Sendable {
        public var name: String
        public var countryCode: String
        public init(name: String, countryCode: String) {
            self.name = name
            self.countryCode = countryCode
        }
    }

    public var title: String
    public var hostTown: TownEntry
    public var partnerTowns: [TownEntry]
    public var kind: VisitKind
    public var startDate: CalendarDate?
    public var endDate: CalendarDate?
    public var languages: [String]
    public var currency: String
    public var status: VisitStatus
    public var notes: String

    public init(title: String = "", hostTown: TownEntry = .init(name: "", countryCode: ""),
                partnerTowns: [TownEntry] = [], kind: VisitKind = .citizensMeeting,
                startDate: CalendarDate? = nil, endDate: CalendarDate? = nil, languages: [String] = [],
                currency: String = "EUR", status: VisitStatus = .planning, notes: String = "") {
        self.title = title
        self.hostTown = hostTown
        self.partnerTowns = partnerTowns
        self.kind = kind
        self.startDate = startDate
        self.endDate = endDate
        self.languages = languages
        self.currency = currency
        self.status = status
        self.notes = notes
    }

    /// The draft that edits an existing visit.
    public init(_ details: VisitDetails) {
        let v = details.visit
        self.init(title: v.title,
                  hostTown: .init(name: details.hostTown.name, countryCode: details.hostTown.countryCode),
                  partnerTowns: details.partnerTowns.map { .init(name: $0.name, countryCode: $0.countryCode) },
                  kind: v.kind, startDate: v.startDate, endDate: v.endDate, languages: v.languages,
                  currency: v.currency, status: v.status, notes: v.notes)
    }
}

/// One row of the visit list.
public struct VisitSummary: Hashable, Sendable, Identifiable {
    public var details: VisitDetails
    public var participantCount: Int
    public var id: Int64 { details.id }
}
