import Foundation

/// Everything VisitPlanner holds about one host household, and where it came from (GDPR
/// Art. 15): the stored record whole (contacts, adults and their checks, children, hosting
/// history), its availability for each visit, the guests placed with it and the guests who asked
/// for it. Households outlive visits, so the report covers every visit's snapshot.
public struct HouseholdDataReport: Codable, Hashable, Sendable {
    /// When the household can host during one visit.
    public struct AvailabilityInfo: Codable, Hashable, Sendable {
        public var visitId: Int64
        public var visitTitle: String
        public var from: CalendarDate
        public var to: CalendarDate
        public var isBackup: Bool
    }

    /// A guest placed with the household in one visit.
    public struct GuestInfo: Codable, Hashable, Sendable {
        public var visitId: Int64
        public var visitTitle: String
        public var participantId: Int64
        public var name: String
        public var status: PlacementStatus
        public var statusText: String
    }

    /// A guest who asked to stay with this household.
    public struct RequestInfo: Codable, Hashable, Sendable {
        public var visitId: Int64
        public var visitTitle: String
        public var participantId: Int64
        public var name: String
    }

    public var madeOn: CalendarDate
    /// The stored record, every field.
    public var household: Household
    /// Where the record came from, and its last update by an import (sentences).
    public var source: String
    public var lastUpdate: String?
    public var availability: [AvailabilityInfo]
    public var guests: [GuestInfo]
    public var requestedBy: [RequestInfo]

    /// The report on `household` over the visits of `snapshots` (any order; sorted by visit start).
    public init(_ household: Household, snapshots: [VisitSnapshot], madeOn: CalendarDate = .today()) {
        self.madeOn = madeOn
        self.household = household
        source = household.source.text
        lastUpdate = household.lastUpdateSource?.text
        let id = household.id ?? -1
        let ordered = snapshots.sorted { ($0.visit.startDate, $0.visit.id ?? 0) < ($1.visit.startDate, $1.visit.id ?? 0) }
        availability = ordered.compactMap { snapshot in
            snapshot.offers.first { $0.id == id }?.availability.map { a in
                AvailabilityInfo(visitId: snapshot.visit.id ?? 0, visitTitle: snapshot.visit.title, from: a.from, to: a.to, isBackup: a.isBackup)
            }
        }
        guests = ordered.flatMap { snapshot in
            let people = Dictionary(snapshot.participants.compactMap { p in p.id.map { ($0, p) } }, uniquingKeysWith: { a, _ in a })
            return snapshot.placements.filter { $0.householdId == id }.map { placement in
                GuestInfo(visitId: snapshot.visit.id ?? 0, visitTitle: snapshot.visit.title, participantId: placement.participantId,
                          name: people[placement.participantId]?.fullName ?? "", status: placement.status,
                          statusText: placement.status.displayName)
            }
        }
        requestedBy = ordered.flatMap { snapshot in
            snapshot.participants.filter { $0.requestedHouseholdId == id }.map { p in
                RequestInfo(visitId: snapshot.visit.id ?? 0, visitTitle: snapshot.visit.title, participantId: p.id ?? 0, name: p.fullName)
            }
        }
    }

    /// The report as the JSON file handed over: sorted keys, indented, dates as `yyyy-MM-dd`.
    public func jsonData() throws -> Data { try PersonalDataText.json(self) }

    /// The readable report, in the current language.
    public var text: String {
        let h = household
        var lines = [
            tr("Personal data held about the household {name}", ["name": h.name]),
            tr("Made on {date} by VisitPlanner.", ["date": madeOn.description]),
            "",
            tr("Where this record came from: {source}", ["source": source]),
        ]
        if let lastUpdate { lines.append(tr("Last updated: {source}", ["source": lastUpdate])) }
        lines += ["", tr("The record")]
        var location = ""
        if let latitude = h.latitude, let longitude = h.longitude { location = "\(latitude), \(longitude)" }
        let adults = h.adults.map { adult in
            adult.checkValidUntil.map { tr("{name} (check valid until {date})", ["name": adult.name, "date": $0.description]) }
                ?? tr("{name} (no check recorded)", ["name": adult.name])
        }
        let children = h.children.map { tr("{age} years", ["age": String($0.age)]) }
        let fields: [(String, String)] = [
            (tr("Id: {value}"), h.id.map(String.init) ?? ""),
            (tr("Identifier shared with partner towns: {value}"), h.uuid),
            (tr("Name: {value}"), h.name),
            (tr("Contact person: {value}"), h.contactPerson),
            (tr("Address: {value}"), h.address),
            (tr("Location: {value}"), location),
            (tr("Phone: {value}"), h.phone),
            (tr("E-mail: {value}"), h.email),
            (tr("Beds: {value}"), String(h.beds)),
            (tr("Pets: {value}"), PersonalDataText.list(h.pets.map(\.displayName))),
            (tr("Smoking at home: {value}"), PersonalDataText.yesNo(h.smoking)),
            (tr("Languages: {value}"), PersonalDataText.list(h.languages.map(\.displayName))),
            (tr("Adults: {value}"), PersonalDataText.list(adults)),
            (tr("Children: {value}"), PersonalDataText.list(children)),
            (tr("Step-free home: {value}"), PersonalDataText.yesNo(h.stepFree)),
            (tr("Ground-floor room: {value}"), PersonalDataText.yesNo(h.groundFloor)),
            (tr("Can cook: {value}"), PersonalDataText.list(h.canCook.map(\.displayName))),
            (tr("Would rather host: {value}"), h.prefersGuests.displayName),
            (tr("Notes: {value}"), h.notes),
        ]
        lines += PersonalDataText.fields(fields)
        lines += ["", tr("Availability")]
        if availability.isEmpty { lines.append(tr("Not offered for any visit.")) }
        for a in availability {
            lines.append((a.isBackup ? tr("{visit}: from {from} to {to}, on the backup list.") : tr("{visit}: from {from} to {to}."))
                .filled(["visit": a.visitTitle, "from": a.from.description, "to": a.to.description]))
        }
        lines += ["", tr("Guests placed with the household")]
        if guests.isEmpty { lines.append(tr("No guests placed.")) }
        for guest in guests {
            lines.append(tr("{visit}: {name} ({status}).", ["visit": guest.visitTitle, "name": guest.name, "status": guest.statusText]))
        }
        if !requestedBy.isEmpty {
            lines += ["", tr("Guests who asked to stay with the household")]
            for request in requestedBy {
                lines.append(tr("{visit}: {name}.", ["visit": request.visitTitle, "name": request.name]))
            }
        }
        lines += ["", tr("Hosting history")]
        if h.hostingHistory.isEmpty { lines.append(tr("No hosting history recorded.")) }
        for record in h.hostingHistory {
            let guests = record.guestNames.isEmpty ? "" : " " + tr("Guests: {names}.", ["names": record.guestNames.joined(separator: ", ")])
            lines.append("\(record.year): \(record.note)" + guests)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
