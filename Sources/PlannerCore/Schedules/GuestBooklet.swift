import Synchronization

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
    /// speaks, best first), then in the visit's languages. For many guests of one snapshot,
    /// `GuestBooklets` shares the work they have in common.
    public init(_ guest: Participant, in snapshot: VisitSnapshot, languages: [String] = []) {
        let programme = ResolvedProgramme(snapshot)
        self.init(guest, programme: programme, languages: languages) { household in
            FamilyTasks(HouseholdSchedule(household, programme: programme, languages: snapshot.visit.languages))
        }
    }

    init(_ guest: Participant, programme: ResolvedProgramme, languages: [String], familyTasks: (Household) -> FamilyTasks) {
        let snapshot = programme.snapshot
        self.guest = guest
        town = snapshot.town(of: guest)
        let schedule = PersonSchedule(guest, programme: programme, languages: languages)
        self.schedule = schedule
        placementStatus = schedule.household == nil ? nil : guest.id.flatMap(snapshot.placement(of:))?.status
        contacts = Self.contacts(of: guest, household: schedule.household, in: snapshot)

        // What the family does for this guest, from the family's own schedule.
        let tasks = schedule.household.map(familyTasks)?.byGuest[guest.id ?? -1] ?? FamilyTasks.Guest()
        let scheduleDays = Dictionary(schedule.days.map { ($0.date, $0.entries) }, uniquingKeysWith: { a, _ in a })
        let dates = Set(scheduleDays.keys).union(tasks.breakfasts).sorted()
        days = dates.map { date in
            let lines = (scheduleDays[date] ?? []).map { entry in
                let key = FamilyTasks.Key(itemId: entry.item?.id, day: date)
                return Line(entry: entry, broughtAt: entry.item == nil ? nil : tasks.brought[key],
                            pickedUpAt: entry.item == nil ? nil : tasks.pickedUp[key])
            }
            return Day(date: date, breakfastAtHome: tasks.breakfasts.contains(date), lines: lines)
        }
    }

    /// What a household does for each of its guests: bring them (item, day), pick them up,
    /// breakfast at home.
    struct FamilyTasks: Sendable {
        struct Key: Hashable, Sendable {
            let itemId: Int64?
            let day: CalendarDate
        }

        struct Guest: Sendable {
            var brought: [Key: ScheduleTime] = [:]
            var pickedUp: [Key: ScheduleTime] = [:]
            var breakfasts = Set<CalendarDate>()
        }

        var byGuest: [Int64: Guest] = [:]

        init(_ family: HouseholdSchedule) {
            for task in family.entries {
                for guest in task.guests {
                    let id = guest.id ?? -1
                    switch task.task {
                    case .bring(let item): byGuest[id, default: Guest()].brought[Key(itemId: item.id, day: task.time.day)] = task.time
                    case .pickUp(let item): byGuest[id, default: Guest()].pickedUp[Key(itemId: item.id, day: task.time.day)] = task.time
                    case .meal(.breakfast, nil): byGuest[id, default: Guest()].breakfasts.insert(task.time.day)
                    default: break
                    }
                }
            }
        }
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

/// The booklets of many guests of one snapshot (a batch export): the programme's audiences are
/// resolved once, and each host family's schedule is worked out once for all its guests,
/// instead of once per booklet. Thread-safe.
public final class GuestBooklets: Sendable {
    public let snapshot: VisitSnapshot
    private let programme: ResolvedProgramme
    private let families = Mutex<[Int64: GuestBooklet.FamilyTasks]>([:])

    public init(_ snapshot: VisitSnapshot) {
        self.snapshot = snapshot
        programme = ResolvedProgramme(snapshot)
    }

    /// The booklet of `guest`, as `GuestBooklet(guest, in: snapshot, languages:)` makes it.
    public func booklet(for guest: Participant, languages: [String] = []) -> GuestBooklet {
        GuestBooklet(guest, programme: programme, languages: languages) { household in
            let id = household.id ?? -1
            if let known = families.withLock({ $0[id] }) { return known }
            let tasks = GuestBooklet.FamilyTasks(HouseholdSchedule(household, programme: programme, languages: snapshot.visit.languages))
            families.withLock { $0[id] = tasks }
            return tasks
        }
    }
}
