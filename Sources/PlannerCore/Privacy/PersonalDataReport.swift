import Foundation

/// Everything VisitPlanner holds about one participant of a visit, and where it came from: the
/// copy a person may ask for under GDPR Art. 15. The stored record is included whole
/// (`participant`, every field, health and contacts too), so a field added later cannot be
/// forgotten here; the rest is what other records say about the person, with names resolved.
///
/// A pure function of a snapshot: `PlannerStore.personalDataReport` builds it from the
/// participant's visit. Encoded as JSON for the machine-readable copy; `text` is the readable one.
public struct PersonalDataReport: Codable, Hashable, Sendable {
    /// The visit the record belongs to.
    public struct VisitInfo: Codable, Hashable, Sendable {
        public var id: Int64
        public var title: String
        public var startDate: CalendarDate
        public var endDate: CalendarDate
        public var hostTown: String
    }

    /// Where the person is lodged.
    public struct PlacementInfo: Codable, Hashable, Sendable {
        public var householdId: Int64
        public var householdName: String
        /// `proposed`, `offered`, `confirmed`, `declined`.
        public var status: PlacementStatus
        /// The status for people, in the report's language.
        public var statusText: String
        public var offeredOn: CalendarDate?
        public var offeredHow: String
        public var answerNote: String
        public var overrideReason: String?
    }

    /// One line of the person's schedule.
    public struct ScheduleEntryInfo: Codable, Hashable, Sendable {
        /// "09:30–11:00", "all day"…
        public var time: String
        public var title: String
        /// What the person does there ("Attends", "Interprets cs→fr"), or "" for arrival and departure.
        public var involvement: String
        public var place: String
        public var meals: [String]
        public var transport: String
    }

    /// One day of the schedule.
    public struct ScheduleDayInfo: Codable, Hashable, Sendable {
        public var date: CalendarDate
        public var entries: [ScheduleEntryInfo]
    }

    /// One interpreting assignment.
    public struct AssignmentInfo: Codable, Hashable, Sendable {
        public var itemId: Int64
        public var itemTitle: String
        public var pair: LanguagePair
        /// Set by hand rather than by the assigner.
        public var manual: Bool
    }

    /// The person's interpreter profile (language pairs, modes, availability, rate) and work.
    public struct InterpretingInfo: Codable, Hashable, Sendable {
        public var profile: Interpreter
        public var assignments: [AssignmentInfo]
    }

    /// A household's hosting history naming the person (by their id or their name).
    public struct HostingMention: Codable, Hashable, Sendable {
        public var householdId: Int64
        public var householdName: String
        public var year: Int
        public var note: String
    }

    /// The day the report was made.
    public var madeOn: CalendarDate
    public var visit: VisitInfo
    /// The stored record, every field.
    public var participant: Participant
    /// The names behind the record's ids.
    public var townName: String?
    public var requestedHouseholdName: String?
    public var stayTogetherWithNames: [String]
    /// Where the record came from, and its last update by an import (sentences).
    public var source: String
    public var lastUpdate: String?
    public var placement: PlacementInfo?
    /// The visit's groups the person belongs to.
    public var groups: [String]
    public var schedule: [ScheduleDayInfo]
    public var interpreting: InterpretingInfo?
    public var hostingHistory: [HostingMention]

    /// The report on `participant` (a participant of `snapshot`'s visit).
    public init(_ participant: Participant, in snapshot: VisitSnapshot, madeOn: CalendarDate = .today()) {
        self.madeOn = madeOn
        let visit = snapshot.visit
        self.visit = VisitInfo(id: visit.id ?? 0, title: visit.title, startDate: visit.startDate, endDate: visit.endDate,
                               hostTown: snapshot.details.hostTown.name)
        self.participant = participant
        townName = snapshot.town(of: participant)?.name
        let households = Dictionary(snapshot.offers.map { ($0.id, $0.household) }, uniquingKeysWith: { a, _ in a })
        requestedHouseholdName = participant.requestedHouseholdId.flatMap { households[$0]?.name }
        let people = Dictionary(snapshot.participants.compactMap { p in p.id.map { ($0, p) } }, uniquingKeysWith: { a, _ in a })
        stayTogetherWithNames = participant.stayTogetherWith.compactMap { people[$0]?.fullName }
        source = participant.source.text
        lastUpdate = participant.lastUpdateSource?.text

        let id = participant.id ?? -1
        placement = snapshot.placement(of: id).map { placed in
            PlacementInfo(householdId: placed.householdId, householdName: households[placed.householdId]?.name ?? "",
                          status: placed.status, statusText: placed.status.displayName, offeredOn: placed.offeredOn,
                          offeredHow: placed.offeredHow, answerNote: placed.answerNote, overrideReason: placed.overrideReason)
        }
        groups = snapshot.groups.filter { $0.memberIds.contains(id) }.map(\.name)

        let personSchedule = PersonSchedule(participant, in: snapshot)
        schedule = personSchedule.days.map { day in
            ScheduleDayInfo(date: day.date, entries: day.entries.map { entry in
                ScheduleEntryInfo(time: entry.time.label, title: entry.title, involvement: entry.involvement?.summary ?? "",
                                  place: Self.place(entry.location), meals: entry.meals.map(\.summary), transport: entry.transport)
            })
        }

        let items = Dictionary(snapshot.programme.compactMap { item in item.id.map { ($0, item) } }, uniquingKeysWith: { a, _ in a })
        interpreting = snapshot.interpreters.first { $0.participantId == id }.map { profile in
            InterpretingInfo(profile: profile, assignments: snapshot.assignments.filter { $0.interpreterId == id }.map { assignment in
                AssignmentInfo(itemId: assignment.itemId,
                               itemTitle: items[assignment.itemId]?.title(in: personSchedule.languages) ?? "",
                               pair: assignment.pair, manual: assignment.manual)
            })
        }

        hostingHistory = snapshot.offers.flatMap { offer in
            offer.household.hostingHistory
                .filter { $0.guestUUIDs.contains(participant.uuid) || $0.guestNames.contains(participant.fullName) }
                .map { HostingMention(householdId: offer.id, householdName: offer.household.name, year: $0.year, note: $0.note) }
        }
    }

    /// "Name (address)", the name or the address alone.
    static func place(_ location: ItemLocation) -> String {
        [location.name, location.address].filter { !$0.isEmpty }.joined(separator: ", ")
    }

    /// The report as the JSON file handed over: sorted keys, indented, dates as `yyyy-MM-dd`.
    public func jsonData() throws -> Data { try PersonalDataText.json(self) }

    /// The readable report, in the current language.
    public var text: String {
        let p = participant
        var lines = [
            tr("Personal data held about {name}", ["name": p.fullName]),
            tr("Made on {date} by VisitPlanner.", ["date": madeOn.description]),
            tr("Visit: {title}, {start} to {end}, in {town}.", ["title": visit.title, "start": visit.startDate.description, "end": visit.endDate.description, "town": visit.hostTown]),
            "",
            tr("Where this record came from: {source}", ["source": source]),
        ]
        if let lastUpdate { lines.append(tr("Last updated: {source}", ["source": lastUpdate])) }
        lines += ["", tr("The record")]
        let languages = PersonalDataText.list(p.languages.map(\.displayName))
        let petAllergy = p.petAllergy.map { allergy in
            allergy.kinds.isEmpty ? tr("all animals") : allergy.kinds.map(\.displayName).joined(separator: ", ")
        } ?? tr("none")
        let fields: [(String, String)] = [
            (tr("Id: {value}"), p.id.map(String.init) ?? ""),
            (tr("Identifier shared with partner towns: {value}"), p.uuid),
            (tr("Given name: {value}"), p.givenName),
            (tr("Family name: {value}"), p.familyName),
            (tr("Town: {value}"), townName ?? ""),
            (tr("Role: {value}"), p.role.displayName),
            (tr("Birth date: {value}"), p.birthDate?.description ?? ""),
            (tr("Gender: {value}"), p.gender.displayName),
            (tr("Languages: {value}"), languages),
            (tr("Diets: {value}"), PersonalDataText.list(p.diets.map(\.displayName))),
            (tr("Diet note: {value}"), p.dietNote),
            (tr("Allergies: {value}"), p.allergies),
            (tr("Pet allergy: {value}"), petAllergy),
            (tr("Smoker: {value}"), PersonalDataText.yesNo(p.smoker)),
            (tr("Needs a step-free home: {value}"), PersonalDataText.yesNo(p.needsStepFree)),
            (tr("Needs a ground-floor room: {value}"), PersonalDataText.yesNo(p.needsGroundFloor)),
            (tr("Needs a smoke-free home: {value}"), PersonalDataText.yesNo(p.needsSmokeFreeHome)),
            (tr("Arrival: {value}"), p.arrival.map(PersonalDataText.travel) ?? ""),
            (tr("Departure: {value}"), p.departure.map(PersonalDataText.travel) ?? ""),
            (tr("To be lodged with: {value}"), PersonalDataText.list(stayTogetherWithNames)),
            (tr("Asked to stay with: {value}"), requestedHouseholdName ?? tr("none")),
            (tr("Phone: {value}"), p.phone),
            (tr("E-mail: {value}"), p.email),
            (tr("Emergency contact: {value}"), p.emergencyContact.map { "\($0.name), \($0.phone)" } ?? ""),
            (tr("Parental consent: {value}"), PersonalDataText.consent(p.parentalConsent, p.parentalConsentDate)),
            (tr("Photo consent: {value}"), PersonalDataText.consent(p.photoConsent, p.photoConsentDate)),
            (tr("Notes: {value}"), p.notes),
        ]
        lines += PersonalDataText.fields(fields)
        lines += ["", tr("Lodging")]
        if let placement {
            var line = tr("Placed with {household} ({status}).", ["household": placement.householdName, "status": placement.statusText])
            if let offeredOn = placement.offeredOn {
                line += " " + tr("Offered on {date}.", ["date": offeredOn.description])
            }
            lines.append(line)
            if !placement.answerNote.isEmpty { lines.append(tr("Answer: {note}", ["note": placement.answerNote])) }
            if let reason = placement.overrideReason { lines.append(tr("Placed despite a rule because: {reason}", ["reason": reason])) }
        } else {
            lines.append(tr("Not placed with a host family."))
        }
        if !groups.isEmpty { lines += ["", tr("Groups: {groups}", ["groups": groups.joined(separator: ", ")])] }
        lines += ["", tr("Schedule")]
        if schedule.isEmpty { lines.append(tr("Nothing in the programme for this person yet.")) }
        for day in schedule {
            lines.append("\(day.date.weekdayName) \(day.date)")
            for entry in day.entries {
                let details = [entry.involvement, entry.place, entry.meals.joined(separator: ", ")].filter { !$0.isEmpty }
                lines.append("  \(entry.time)  \(entry.title)" + (details.isEmpty ? "" : " (\(details.joined(separator: "; ")))"))
            }
        }
        if let interpreting {
            lines += ["", tr("Interpreting")]
            lines.append(tr("Language pairs: {pairs}", ["pairs": interpreting.profile.pairs.map(\.description).joined(separator: ", ")]))
            for assignment in interpreting.assignments {
                lines.append(tr("Interprets {pair} at {item}.", ["pair": assignment.pair.description, "item": assignment.itemTitle]))
            }
        }
        if !hostingHistory.isEmpty {
            lines += ["", tr("Hosting history")]
            for mention in hostingHistory {
                lines.append(tr("{year}: stayed with {household}. {note}", ["year": String(mention.year), "household": mention.householdName, "note": mention.note])
                    .trimmingCharacters(in: .whitespaces))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Shared pieces of the readable reports and their JSON.
enum PersonalDataText {
    /// The JSON of a report: the layout of the CLI's `--json` (sorted keys, indented).
    static func json<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    /// "Allergies: peanuts" for each `(format, value)`; empty values say "not recorded".
    static func fields(_ pairs: [(String, String)]) -> [String] {
        pairs.map { format, value in format.filled(["value": value.isEmpty ? tr("not recorded") : value]) }
    }

    static func yesNo(_ value: Bool) -> String { value ? tr("yes") : tr("no") }

    /// "yes, given on 2027-03-02", "yes (date not recorded)", "no".
    static func consent(_ given: Bool, _ date: CalendarDate?) -> String {
        guard given else { return tr("no") }
        guard let date else { return tr("yes (date not recorded)") }
        return tr("yes, given on {date}", ["date": date.description])
    }

    /// The items joined with commas, or "none" for an empty list (known to be empty, unlike an
    /// empty text, which is "not recorded").
    static func list(_ items: [String]) -> String { items.isEmpty ? tr("none") : items.joined(separator: ", ") }

    /// "2027-05-13 16:30, bus, Náměstí Míru".
    static func travel(_ travel: Travel) -> String {
        [travel.date.description + (travel.time.map { " \($0)" } ?? ""), travel.means.displayName, travel.place]
            .filter { !$0.isEmpty }.joined(separator: ", ")
    }
}
