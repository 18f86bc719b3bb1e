import Foundation
import PlannerCore

/// One VEVENT before it is written: what the calendar shows, and its identity.
struct ICalEvent: Sendable {
    /// When it takes place, as iCalendar writes it.
    enum When: Sendable {
        /// Wall-clock times in an IANA zone (DTSTART;TZID=…); no end for a moment (a pick-up).
        case timed(start: LocalDateTime, end: LocalDateTime?, zone: String)
        /// Whole days, first and last inclusive (written with an exclusive DTEND;VALUE=DATE).
        case days(first: CalendarDate, last: CalendarDate)

        /// An item's timing: timed in its own zone, or whole days.
        init(_ timing: ItemTiming) {
            if timing.isAllDay {
                self = .days(first: timing.startDate, last: max(timing.startDate, timing.endDate))
            } else {
                self = .timed(start: timing.localStart, end: timing.localEnd, zone: timing.timeZone)
            }
        }

        /// A schedule entry's time: a span, a moment, whole days, or a day whose time is not known.
        init(_ time: ScheduleTime) {
            if time.isTimeUnknown || time.isAllDay {
                self.init(time.timing)
            } else if time.isMoment {
                self = .timed(start: time.timing.localStart, end: nil, zone: time.timing.timeZone)
            } else {
                self.init(time.timing)
            }
        }

        /// The zone and the years its VTIMEZONE must cover, for a timed event.
        var zoneYears: (zone: String, years: ClosedRange<Int>)? {
            guard case .timed(let start, let end, let zone) = self else { return nil }
            return (zone, start.date.year...max(start.date.year, end?.date.year ?? start.date.year))
        }
    }

    /// Stable across exports (see `ICalUIDs`): a calendar that imports the file again updates
    /// the event instead of adding a copy.
    let uid: String
    let when: When
    let summary: String
    let description: String
    let location: ItemLocation
    /// Nil for events without a status of their own (an arrival, breakfast at home).
    let status: ItemStatus?
    /// The programme item the event comes from, if any.
    let itemId: Int64?

    init(uid: String, when: When, summary: String, description: String = "", location: ItemLocation = ItemLocation(),
         status: ItemStatus? = nil, itemId: Int64? = nil) {
        self.uid = uid
        self.when = when
        self.summary = summary
        self.description = description
        self.location = location
        self.status = status
        self.itemId = itemId
    }

    /// The same event marked cancelled.
    var cancelled: ICalEvent {
        ICalEvent(uid: uid, when: when, summary: summary, description: description, location: location, status: .cancelled,
                  itemId: itemId)
    }

    /// The VEVENT. `stamp` is DTSTAMP (UTC), `sequence` its SEQUENCE (the item's revision).
    func component(stamp: Date, sequence: Int) -> ICalComponent {
        var event = ICalComponent("VEVENT")
        event.addText("UID", uid)
        event.add("DTSTAMP", ICalValue.utc(stamp))
        event.add("SEQUENCE", String(sequence))
        switch when {
        case .timed(let start, let end, let zone):
            event.add("DTSTART", ICalValue.local(start), parameters: [("TZID", zone)])
            // A moment has no DTEND: RFC 5545 then ends it at DTSTART.
            if let end, end > start { event.add("DTEND", ICalValue.local(end), parameters: [("TZID", zone)]) }
        case .days(let first, let last):
            event.add("DTSTART", ICalValue.date(first), parameters: [("VALUE", "DATE")])
            event.add("DTEND", ICalValue.date(last.adding(days: 1)), parameters: [("VALUE", "DATE")])
        }
        event.addText("SUMMARY", summary)
        if !description.isEmpty { event.addText("DESCRIPTION", description) }
        let place = Self.place(location)
        if !place.isEmpty { event.addText("LOCATION", place) }
        if let latitude = location.latitude, let longitude = location.longitude,
           (-90...90).contains(latitude), (-180...180).contains(longitude) {
            event.add("GEO", ICalValue.float(latitude) + ";" + ICalValue.float(longitude))
        }
        if let status {
            switch status {
            case .planned: event.add("STATUS", "TENTATIVE")
            case .confirmed: event.add("STATUS", "CONFIRMED")
            case .cancelled: event.add("STATUS", "CANCELLED")
            }
        }
        // Whole days and moments do not make the reader busy.
        switch when {
        case .days, .timed(_, nil, _): event.add("TRANSP", "TRANSPARENT")
        case .timed: event.add("TRANSP", "OPAQUE")
        }
        return event
    }

    /// "Sokolovna, Tyršova 210, Horní Lhota"; the address alone when it already starts with the name.
    static func place(_ location: ItemLocation) -> String {
        let name = location.name.trimmingCharacters(in: .whitespacesAndNewlines)
        let address = location.address.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { return address }
        if address.isEmpty { return name }
        return address.hasPrefix(name) ? address : "\(name), \(address)"
    }
}

/// UIDs that stay the same from one export to the next.
///
/// Neither the visit nor a programme item has a UUID in the database (only participants and
/// households do), so an item's UID is built from the visit's and the item's row ids plus a short
/// hash of the host town (name and country), which keeps two committees' databases, each with a
/// "visit 1, item 7", apart: `item-<town hash>-<visit id>-<item id>@visitplanner`. The visit's,
/// a person's and an interpreter's files give an item the same UID, so a calendar holding two of
/// them keeps one event. A person's arrival and departure use the participant's UUID; a host
/// family's tasks use the household's UUID with the day or the guest they concern.
struct ICalUIDs: Sendable {
    let visitId: Int64
    let townKey: String

    init(_ snapshot: VisitSnapshot) {
        visitId = snapshot.visit.id ?? 0
        let town = snapshot.details.hostTown
        townKey = Self.fnv1a("\(town.countryCode.uppercased())|\(town.name)".lowercased())
    }

    func item(_ id: Int64?) -> String { "item-\(townKey)-\(visitId)-\(id ?? 0)@visitplanner" }

    func arrival(of person: Participant) -> String { "arrival-\(person.uuid)@visitplanner" }
    func departure(of person: Participant) -> String { "departure-\(person.uuid)@visitplanner" }

    /// A host family's task: `<task>-<household uuid>-<visit id>-<detail>@visitplanner`.
    func task(_ task: String, of household: Household, _ detail: String) -> String {
        "\(task)-\(household.uuid)-\(visitId)-\(detail)@visitplanner"
    }

    /// 32-bit FNV-1a of the UTF-8 bytes, as 8 hex digits (Swift's Hasher is seeded per process).
    static func fnv1a(_ text: String) -> String {
        var hash: UInt32 = 0x811C_9DC5
        for byte in text.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 0x0100_0193
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}
