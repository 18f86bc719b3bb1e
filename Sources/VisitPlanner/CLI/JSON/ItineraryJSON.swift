import Foundation
import PlannerCore

/// When something happens, in the CLI's JSON. `start` and `end` are ISO 8601 instants with the
/// offset of `timeZone` (the item's own zone), `visitStart` and `visitEnd` the same instants with
/// the visit's offset; `startDate` and `endDate` are the first and last day on the own clock.
/// All-day entries run from midnight to midnight; `timeKnown` is false when only the day is
/// known (an arrival without a time). `label` is the text output's "09:00–12:00".
struct TimeJSON: Encodable {
    let start: String
    let end: String
    let timeZone: String
    let visitStart: String
    let visitEnd: String
    let visitTimeZone: String
    let startDate: CalendarDate
    let endDate: CalendarDate
    let allDay: Bool
    let timeKnown: Bool
    let label: String

    init(_ time: ScheduleTime) {
        let own = TimeZone.named(time.timing.timeZone), visit = TimeZone.named(time.visitTimeZone)
        start = Self.iso(time.start, in: own)
        end = Self.iso(time.end, in: own)
        timeZone = time.timing.timeZone
        visitStart = Self.iso(time.start, in: visit)
        visitEnd = Self.iso(time.end, in: visit)
        visitTimeZone = time.visitTimeZone
        startDate = time.timing.startDate
        endDate = time.timing.endDate
        allDay = time.isAllDay && !time.isTimeUnknown
        timeKnown = !time.isTimeUnknown
        label = time.label
    }

    /// "2027-05-14T09:00:00+02:00".
    static func iso(_ instant: Date, in zone: TimeZone) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = zone
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: instant)
    }
}

/// A place in the CLI's JSON; coordinates null when not known.
struct LocationJSON: Encodable {
    let name: String
    let address: String
    @ExplicitNull var latitude: Double?
    @ExplicitNull var longitude: Double?

    init(_ location: ItemLocation) {
        name = location.name
        address = location.address
        latitude = location.latitude
        longitude = location.longitude
    }
}

/// A person named in the CLI's JSON: id and full name.
struct PersonRefJSON: Encodable {
    let id: Int64
    let name: String

    init(_ participant: Participant) {
        id = participant.id ?? 0
        name = participant.fullName
    }
}

/// A direction of interpretation: `"cs→de"` with its two codes.
struct PairJSON: Encodable {
    let pair: String
    let from: String
    let to: String

    init(_ pair: LanguagePair) {
        self.pair = pair.description
        from = pair.from
        to = pair.to
    }
}

/// `itinerary --json`: the programme day by day (an item of several days under each of them;
/// cancelled items included, with `"status": "cancelled"`).
struct ProgrammeJSON: Encodable {
    struct AudienceJSON: Encodable {
        let summary: String
        let everyone: Bool
        let groupIds: [Int64]
        /// `Role` raw values.
        let roles: [String]
        let townIds: [Int64]
        let participantIds: [Int64]
        let hostFamilies: Bool
        /// How many participants and host households it resolves to now.
        let participants: Int
        let households: Int
    }

    struct MealJSON: Encodable {
        /// `MealKind` and `MealProvider` raw values.
        let kind: String
        let provider: String
    }

    struct DirectionJSON: Encodable {
        let pair: PairJSON
        /// `derived` (from the audience's languages), `added` (by hand) or `assigned` (no need
        /// asks for it but an interpreter works it, as on a relay leg).
        let origin: String
        /// The listeners the need serves; null for an `assigned` direction.
        @ExplicitNull var listeners: Int?
        let interpreters: [PersonRefJSON]
        /// For a need: `covered`, `relay` (through `bridge`), `partial` or `uncovered`; null otherwise.
        @ExplicitNull var coverage: String?
        @ExplicitNull var bridge: String?
    }

    struct InterpretationJSON: Encodable {
        let wanted: Bool
        /// `InterpretingMode` raw value.
        let mode: String
        /// The directions needed, then other directions with an interpreter assigned.
        let directions: [DirectionJSON]
        let summary: String
    }

    struct ItemJSON: Encodable {
        let id: Int64
        let title: String
        let titles: [String: String]
        let descriptions: [String: String]
        /// `ItemStatus` raw value.
        let status: String
        let time: TimeJSON
        let location: LocationJSON
        let audience: AudienceJSON
        /// ISO 639-1.
        let workingLanguage: String
        let meals: [MealJSON]
        let transport: String
        let interpretation: InterpretationJSON
        let notes: String
    }

    struct DayJSON: Encodable {
        let date: CalendarDate
        let items: [ItemJSON]
    }

    /// `programme`.
    let view = "programme"
    let visit: VisitJSON
    let timeZone: String
    let languages: [String]
    let days: [DayJSON]

    init(_ snapshot: VisitSnapshot, visit: VisitJSON, languages: [String]) {
        self.visit = visit
        timeZone = snapshot.details.hostTown.timeZone
        self.languages = languages
        let resolver = AudienceResolver(snapshot)
        let coverage = NeedCoverage.evaluate(snapshot)
        let zone = timeZone
        let items = snapshot.programme.map { item -> (ProgrammeItem, ItemJSON) in
            let audience = item.audience
            let interpreting = ItemInterpreting(item, snapshot: snapshot, resolver: resolver, coverage: coverage)
            let time = ScheduleTime(item.timing, visitTimeZone: zone)
            return (item, ItemJSON(
                id: item.id ?? 0, title: item.title(in: languages), titles: item.titles, descriptions: item.descriptions,
                status: item.status.rawValue, time: TimeJSON(time), location: LocationJSON(item.location),
                audience: AudienceJSON(summary: resolver.summary(of: audience), everyone: audience.everyone, groupIds: audience.groupIds,
                                       roles: audience.roles.map(\.rawValue), townIds: audience.townIds,
                                       participantIds: audience.participantIds, hostFamilies: audience.hostFamilies,
                                       participants: resolver.participants(of: audience).count,
                                       households: resolver.households(of: audience).count),
                workingLanguage: item.workingLanguage,
                meals: item.meals.map { MealJSON(kind: $0.kind.rawValue, provider: $0.provider.rawValue) },
                transport: item.transport,
                interpretation: InterpretationJSON(
                    wanted: interpreting.wanted, mode: interpreting.mode.rawValue,
                    directions: interpreting.directions.map {
                        DirectionJSON(pair: PairJSON($0.pair), origin: $0.origin, listeners: $0.listeners,
                                      interpreters: $0.interpreters.map(PersonRefJSON.init), coverage: $0.coverage, bridge: $0.bridge)
                    },
                    summary: interpreting.text),
                notes: item.notes))
        }
        let json = Dictionary(items.map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
        days = ScheduleDay.group(snapshot.programme) { ScheduleTime($0.timing, visitTimeZone: zone).days }
            .map { DayJSON(date: $0.date, items: $0.entries.compactMap { json[$0] }) }
    }
}

/// `itinerary --person P --json`: one participant's schedule.
struct PersonScheduleJSON: Encodable {
    struct HostJSON: Encodable {
        let id: Int64
        let name: String
        /// `PlacementStatus` raw value.
        let status: String
    }

    struct PersonJSON: Encodable {
        let id: Int64
        let fullName: String
        let role: String
        @ExplicitNull var town: TownJSON?
        /// The household lodging them; null when not placed.
        @ExplicitNull var household: HostJSON?
    }

    struct DutyJSON: Encodable {
        let pair: PairJSON
        /// Other interpreters assigned to the same item and direction.
        let partners: [PersonRefJSON]
    }

    struct InvolvementJSON: Encodable {
        /// `attends`, `leads` or `interprets`.
        let kind: String
        let summary: String
        /// For `leads`: the young people of their town there; else null.
        @ExplicitNull var youngPeople: Int?
        /// For `interprets`; else empty.
        let duties: [DutyJSON]

        init(_ involvement: Involvement) {
            kind = involvement.key
            summary = involvement.summary
            switch involvement {
            case .attends:
                youngPeople = nil
                duties = []
            case .leads(let count):
                youngPeople = count
                duties = []
            case .interprets(let list):
                youngPeople = nil
                duties = list.map { DutyJSON(pair: PairJSON($0.pair), partners: $0.partners.map(PersonRefJSON.init)) }
            }
        }
    }

    struct MealJSON: Encodable {
        let kind: String
        let provider: String
        /// The family serving it, when a host family does and the person is placed.
        @ExplicitNull var householdId: Int64?
        @ExplicitNull var household: String?
        let summary: String
    }

    struct EntryJSON: Encodable {
        /// `item`, `arrival` or `departure`.
        let kind: String
        @ExplicitNull var itemId: Int64?
        let title: String
        let time: TimeJSON
        /// Null for arrival and departure.
        @ExplicitNull var involvement: InvolvementJSON?
        let meals: [MealJSON]
        let location: LocationJSON
        /// How to get there; the means of travel (`TravelMeans` raw value) for arrival and departure.
        let transport: String
    }

    struct DayJSON: Encodable {
        let date: CalendarDate
        let entries: [EntryJSON]
    }

    /// `person`.
    let view = "person"
    let visit: VisitJSON
    let person: PersonJSON
    let languages: [String]
    let days: [DayJSON]

    init(_ schedule: PersonSchedule, visit: VisitJSON, snapshot: VisitSnapshot) {
        self.visit = visit
        let p = schedule.participant
        let placement = p.id.flatMap(snapshot.placement(of:))
        person = PersonJSON(id: p.id ?? 0, fullName: p.fullName, role: p.role.rawValue, town: snapshot.town(of: p).map(TownJSON.init),
                            household: schedule.household.map { HostJSON(id: $0.id ?? 0, name: $0.name, status: placement?.status.rawValue ?? "") })
        languages = schedule.languages
        days = schedule.days.map { day in
            DayJSON(date: day.date, entries: day.entries.map { entry in
                let kind: String
                var transport = entry.transport
                switch entry.event {
                case .item: kind = "item"
                case .arrival(let travel): kind = "arrival"; transport = travel.means.rawValue
                case .departure(let travel): kind = "departure"; transport = travel.means.rawValue
                }
                return EntryJSON(kind: kind, itemId: entry.item?.id, title: entry.title, time: TimeJSON(entry.time),
                                 involvement: entry.involvement.map(InvolvementJSON.init),
                                 meals: entry.meals.map { MealJSON(kind: $0.kind.rawValue, provider: $0.provider.rawValue,
                                                                   householdId: $0.household?.id, household: $0.household?.name,
                                                                   summary: $0.summary) },
                                 location: LocationJSON(entry.location), transport: transport)
            })
        }
    }
}

/// `itinerary --household H --json`: what one host family does, with its guests and their diets.
struct HouseholdScheduleJSON: Encodable {
    struct HouseholdRefJSON: Encodable {
        let id: Int64
        let name: String
        let contactPerson: String
        let address: String
        let phone: String
        let email: String
    }

    struct NeedsJSON: Encodable {
        /// `Diet` raw values.
        let diets: [String]
        let dietNote: String
        let allergies: String
        /// Animal kinds (`PetKind` raw values; empty: all animals); null without a pet allergy.
        @ExplicitNull var petAllergy: [String]?
        let summary: String
    }

    struct GuestJSON: Encodable {
        let id: Int64
        let fullName: String
        let role: String
        @ExplicitNull var town: TownJSON?
        @ExplicitNull var arrival: ParticipantJSON.TravelJSON?
        @ExplicitNull var departure: ParticipantJSON.TravelJSON?
        let needs: NeedsJSON
    }

    struct EntryJSON: Encodable {
        /// `guests-arrive`, `bring`, `pick-up`, `take-part`, `meal` or `guests-leave`.
        let task: String
        @ExplicitNull var itemId: Int64?
        /// `MealKind` raw value for `meal`; else null.
        @ExplicitNull var meal: String?
        let title: String
        let summary: String
        let time: TimeJSON
        let location: LocationJSON
        let guests: [PersonRefJSON]
    }

    struct DayJSON: Encodable {
        let date: CalendarDate
        let entries: [EntryJSON]
    }

    /// `household`.
    let view = "household"
    let visit: VisitJSON
    let household: HouseholdRefJSON
    let languages: [String]
    let guests: [GuestJSON]
    let days: [DayJSON]

    init(_ schedule: HouseholdSchedule, visit: VisitJSON, snapshot: VisitSnapshot) {
        self.visit = visit
        let h = schedule.household
        household = HouseholdRefJSON(id: h.id ?? 0, name: h.name, contactPerson: h.contactPerson, address: h.address,
                                     phone: h.phone, email: h.email)
        languages = schedule.languages
        guests = zip(schedule.guests, schedule.needs).map { guest, needs in
            GuestJSON(id: guest.id ?? 0, fullName: guest.fullName, role: guest.role.rawValue,
                      town: snapshot.town(of: guest).map(TownJSON.init),
                      arrival: guest.arrival.map(ParticipantJSON.TravelJSON.init),
                      departure: guest.departure.map(ParticipantJSON.TravelJSON.init),
                      needs: NeedsJSON(diets: guest.diets.map(\.rawValue), dietNote: guest.dietNote, allergies: guest.allergies,
                                       petAllergy: guest.petAllergy.map { $0.kinds.map(\.rawValue) }, summary: needs.summary))
        }
        days = schedule.days.map { day in
            DayJSON(date: day.date, entries: day.entries.map { entry in
                var meal: String?
                if case .meal(let kind, _) = entry.task { meal = kind.rawValue }
                return EntryJSON(task: entry.key, itemId: entry.item?.id, meal: meal, title: entry.title, summary: entry.summary,
                                 time: TimeJSON(entry.time), location: LocationJSON(entry.location),
                                 guests: entry.guests.map(PersonRefJSON.init))
            })
        }
    }
}
