/// What a guest's personal booklet holds: who they are staying with, whom to call, and their
/// own programme day by day with what their host family does for them (bringing them to their
/// first item, picking them up after the last one, breakfast at home).
///
/// The rules live here, not in the PDF plugin that prints it: the emergency contacts are the
/// group leaders of the guest's own town, the organizers of the host town, the host family and
/// the guest's own contact at home. A pure function of a snapshot.
///
/// The data model has no "what to bring" field: items' descriptions (written for participants,
/// unlike their notes, which are for the organizers only) are what a booklet can show.
public struct GuestBooklet: Hashable, Sendable {
    /// Someone to call during the visit.
    public struct Contact: Hashable, Sendable {
        public enum Kind: Hashable, Sendable {
            /// A group leader of the guest's own town.
            case leader
            /// An organizer of the host town.
            case organizer
            /// The family lodging the guest.
            case hostFamily
            /// The guest's own emergency contact at home.
            case home
        }

        public let kind: Kind
        public let name: String
        public let phone: String
        public let email: String

        public init(kind: Kind, name: String, phone: String, email: String = "") {
            self.kind = kind
            self.name = name
            self.phone = phone
            self.email = email
        }

        /// "Group leader", "Organizer", "Host family", "Contact at home".
        public var label: String {
            switch kind {
            case .leader: tr("Group leader")
            case .organizer: tr("Organizer")
            case .hostFamily: tr("Host family")
            case .home: tr("Contact at home")
            }
        }
    }

    /// One line of a day: an entry of the guest's schedule with what the host family does there.
    public struct Line: Hashable, Sendable {
        public let entry: PersonScheduleEntry
        /// The host family brings the guest to this item: when (the item's start).
        public let broughtAt: ScheduleTime?
        /// The host family picks the guest up after this item: when (the item's end).
        public let pickedUpAt: ScheduleTime?

        public init(entry: PersonScheduleEntry, broughtAt: ScheduleTime? = nil, pickedUpAt: ScheduleTime? = nil) {
            self.entry = entry
            self.broughtAt = broughtAt
            self.pickedUpAt = pickedUpAt
        }
    }

    /// One day of the booklet.
    public struct Day: Hashable, Sendable {
        public let date: CalendarDate
        /// The guest has breakfast with the host family that morning.
        public let breakfastAtHome: Bool
        public let lines: [Line]
    }

    public let guest: Participant
    public let town: Town?
    /// The guest's schedule; its `languages` are the booklet's title languages.
    public let schedule: PersonSchedule
    /// Where the guest stays; nil while no family is found (or when the placement was declined).
    public var household: Household? { schedule.household }
    /// The placement's status, when placed.
    public let placementStatus: PlacementStatus?
    /// Leaders first, then organizers, the host family and the contact at home; people without
    /// a phone number are listed too (the name still helps).
    public let contacts: [Contact]
    public let days: [Day]

    /// The booklet of `guest`; titles in `languages` first (default: the languages the guest
    /// speaks, best first), then in the visit's languages.
    public init(_ guest: Participant, in snapshot: VisitSnapshot, languages: [String] = []) {
        self.guest = guest
        town = snapshot.town(of: guest)
        let schedule = PersonSchedule(guest, in: snapshot, languages: languages)
        self.schedule = schedule
        placementStatus = schedule.household == nil ? nil : guest.id.flatMap(snapshot.placement(of:))?.status
        contacts = Self.contacts(of: guest, household: schedule.household, in: snapshot)

        // What the family does for this guest, from the family's own schedule.
        var brought: [TaskKey: ScheduleTime] = [:]
        var pickedUp: [TaskKey: ScheduleTime] = [:]
        var breakfasts = Set<CalendarDate>()
        if let household = schedule.household {
            let family = HouseholdSchedule(household, in: snapshot, languages: schedule.languages)
            for task in family.entries where task.guests.contains(where: { $0.id == guest.id }) {
                switch task.task {
                case .bring(let item): brought[TaskKey(itemId: item.id, day: task.time.day)] = task.time
                case .pickUp(let item): pickedUp[TaskKey(itemId: item.id, day: task.time.day)] = task.time
                case .meal(.breakfast, nil): breakfasts.insert(task.time.day)
                default: break
                }
            }
        }
        let scheduleDays = Dictionary(schedule.days.map { ($0.date, $0.entries) }, uniquingKeysWith: { a, _ in a })
        let dates = Set(scheduleDays.keys).union(breakfasts).sorted()
        days = dates.map { date in
            let lines = (scheduleDays[date] ?? []).map { entry in
                let key = TaskKey(itemId: entry.item?.id, day: date)
                return Line(entry: entry, broughtAt: entry.item == nil ? nil : brought[key],
                            pickedUpAt: entry.item == nil ? nil : pickedUp[key])
            }
            return Day(date: date, breakfastAtHome: breakfasts.contains(date), lines: lines)
        }
    }

    private struct TaskKey: Hashable {
        let itemId: Int64?
        let day: CalendarDate
    }

    /// The guest's emergency contacts, in the order a booklet lists them.
    public static func contacts(of guest: Participant, household: Household?, in snapshot: VisitSnapshot) -> [Contact] {
        var contacts: [Contact] = []
        if let town = guest.townId {
            for leader in snapshot.participants where leader.role == .leader && leader.townId == town && leader.id != guest.id {
                contacts.append(Contact(kind: .leader, name: leader.fullName, phone: leader.phone, email: leader.email))
            }
        }
        let hostTown = snapshot.details.hostTown.id
        for organizer in snapshot.participants where organizer.role == .organizer && organizer.townId == hostTown && organizer.id != guest.id {
            contacts.append(Contact(kind: .organizer, name: organizer.fullName, phone: organizer.phone, email: organizer.email))
        }
        if let household {
            contacts.append(Contact(kind: .hostFamily, name: household.contactPerson.isEmpty ? household.name : household.contactPerson,
                                    phone: household.phone, email: household.email))
        }
        if let home = guest.emergencyContact, !(home.name.isEmpty && home.phone.isEmpty) {
            contacts.append(Contact(kind: .home, name: home.name, phone: home.phone))
        }
        return contacts
    }
}
