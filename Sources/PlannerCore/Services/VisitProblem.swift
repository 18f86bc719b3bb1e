/// Something in a visit that needs the committee's attention. Later features (placement,
/// itinerary, budget) add their own kinds; the Problems panel shows them all.
public struct VisitProblem: Hashable, Sendable, Identifiable {
    public enum Severity: String, Sendable, Comparable, CaseIterable {
        case warning, error
        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }

    /// What the problem is about, so "Show" can select it.
    public enum Subject: Hashable, Sendable {
        case visit
        case participant(Int64)
        case household(Int64)
        /// The Budget page as a whole (a missing rate, a grant rule).
        case budget
        case budgetLine(Int64)
        case budgetCategory(BudgetCategory)
        /// A programme item (an overlap, an uncovered interpretation need, a date outside the visit).
        case programmeItem(Int64)
        /// The visit's Data Protection section (a retention date has passed).
        case dataProtection
    }

    public var severity: Severity
    public var subject: Subject
    public var message: String
    public var id: String { "\(subject)|\(message)" }
}

/// Finds the problems that the data recorded so far can reveal.
public enum ProblemFinder {
    /// - Parameter today: retention dates passed before this day are reported.
    public static func problems(in snapshot: VisitSnapshot, today: CalendarDate = .today()) -> [VisitProblem] {
        let visit = snapshot.visit
        var found: [VisitProblem] = []
        let ids = Set(snapshot.participants.compactMap(\.id))
        for p in snapshot.participants {
            let who = p.fullName
            if p.isMinor(at: visit) && !p.parentalConsent && p.isGuest(of: snapshot.details) {
                found.append(.init(severity: .error, subject: .participant(p.id!),
                                   message: tr("{name} is a minor without signed parental consent", ["name": who])))
            }
            if p.birthDate == nil && p.role == .youth {
                found.append(.init(severity: .warning, subject: .participant(p.id!),
                                   message: tr("{name} has no birth date: cannot tell whether they are a minor", ["name": who])))
            }
            if p.townId == nil {
                found.append(.init(severity: .warning, subject: .participant(p.id!),
                                   message: tr("{name} belongs to no town of the visit", ["name": who])))
            }
            if let arrival = p.arrival, arrival.date > visit.endDate || arrival.date < visit.startDate.adding(days: -7) {
                found.append(.init(severity: .warning, subject: .participant(p.id!),
                                   message: tr("{name} arrives on {date}, outside the visit", ["name": who, "date": arrival.date.description])))
            }
            if let departure = p.departure, departure.date < visit.startDate || departure.date > visit.endDate.adding(days: 7) {
                found.append(.init(severity: .warning, subject: .participant(p.id!),
                                   message: tr("{name} leaves on {date}, outside the visit", ["name": who, "date": departure.date.description])))
            }
            // One problem per person, however many of their partners are gone (ids must be unique).
            if p.stayTogetherWith.contains(where: { !ids.contains($0) }) {
                found.append(.init(severity: .warning, subject: .participant(p.id!),
                                   message: tr("{name} wants to stay with somebody who is no longer in the visit", ["name": who])))
            }
        }
        // Once retention has erased the records, the visit is history: lodging, programme and
        // interpreting have nobody left to plan for, so only the budget's problems remain.
        guard snapshot.retention.evidenceErasedOn == nil else {
            return (found + budgetProblems(in: snapshot) + DataProtectionSummary(snapshot, today: today).problems)
                .sorted { ($0.severity, $1.message) > ($1.severity, $0.message) }
        }
        let overview = VisitOverview(snapshot)
        if overview.bedsOffered < overview.bedsNeeded {
            found.append(.init(severity: .error, subject: .visit,
                               message: tr("{needed} guests but only {offered} beds offered", ["needed": String(overview.bedsNeeded), "offered": String(overview.bedsOffered)])))
        }
        for offer in snapshot.offers {
            guard let availability = offer.availability else { continue }
            if !availability.covers(visit) {
                found.append(.init(severity: .warning, subject: .household(offer.id),
                                   message: tr("{name} cannot host every night of the visit", ["name": offer.household.name])))
            }
        }
        found += placementProblems(in: snapshot)
        found += budgetProblems(in: snapshot)
        found += itineraryProblems(in: snapshot)
        found += interpretingProblems(in: snapshot)
        found += DataProtectionSummary(snapshot, today: today).problems
        return found.sorted { ($0.severity, $1.message) > ($1.severity, $0.message) }
    }

    /// Over-full households, overrides, placements against a hard rule, declined offers and
    /// guests still without a family.
    static func placementProblems(in snapshot: VisitSnapshot) -> [VisitProblem] {
        var found: [VisitProblem] = []
        let people = Dictionary(uniqueKeysWithValues: snapshot.participants.compactMap { p in p.id.map { ($0, p) } })
        let offers = Dictionary(uniqueKeysWithValues: snapshot.offers.map { ($0.id, $0) })
        let lodging = snapshot.placements.filter { $0.status.lodges && people[$0.participantId] != nil }
        for (householdId, placements) in Dictionary(grouping: lodging, by: \.householdId) {
            guard let offer = offers[householdId] else { continue }
            if placements.count > offer.household.beds {
                found.append(.init(severity: .error, subject: .household(householdId),
                                   message: tr("{name}: {count} guests for {beds} beds", ["name": offer.household.name, "count": String(placements.count), "beds": String(offer.household.beds)])))
            }
        }
        let rules = PlacementRules(snapshot)
        let units = PlacementUnits.build(snapshot)
        for placement in snapshot.placements {
            guard let guest = people[placement.participantId], let offer = offers[placement.householdId] else { continue }
            let who = guest.fullName, host = offer.household.name
            if placement.status == .declined {
                found.append(.init(severity: .warning, subject: .participant(guest.id!),
                                   message: tr("{host} declined {guest}: find another family", ["host": host, "guest": who])))
                continue
            }
            let unit = units.first { $0.members.contains { $0.id == guest.id } } ?? PlacementUnit(members: [guest], visit: snapshot.visit)
            // Judge the guest alone: a group's other members report their own blockers.
            let blockers = rules.blockers(PlacementUnit(members: [guest], visit: snapshot.visit), offer)
                .filter { if case .tooFewBeds = $0 { return false }; return true }
            if let reason = placement.overrideReason {
                found.append(.init(severity: .warning, subject: .participant(guest.id!),
                                   message: tr("{guest} is with {host} against a rule ({rule}); override: {reason}", ["guest": who, "host": host, "rule": blockers.first?.message ?? tr("a rule"), "reason": reason])))
            } else if let blocker = blockers.first {
                found.append(.init(severity: .error, subject: .participant(guest.id!),
                                   message: tr("{guest} with {host}: {rule}", ["guest": who, "host": host, "rule": blocker.message])))
            }
            let split = unit.members.filter { other in
                lodging.first { $0.participantId == other.id }.map { $0.householdId != placement.householdId } ?? false
            }
            if !split.isEmpty && !unit.pairedByPolicy {
                found.append(.init(severity: .warning, subject: .participant(guest.id!),
                                   message: tr("{guest} should stay with {others}, who are with another family", ["guest": who, "others": ListFormat.and(split.map(\.fullName))])))
            }
        }
        let lodged = Set(lodging.map(\.participantId))
        let unplaced = snapshot.participants.filter { $0.isGuest(of: snapshot.details) && !lodged.contains($0.id ?? -1) }
        if unplaced.count > 5 {
            // "Show" opens the first of them where households are ranked.
            found.append(.init(severity: .warning, subject: .participant(unplaced[0].id!),
                               message: tr("{count} guests have no host family yet", ["count": String(unplaced.count)])))
        } else {
            for guest in unplaced {
                found.append(.init(severity: .warning, subject: .participant(guest.id!),
                                   message: tr("{guest} has no host family yet", ["guest": guest.fullName])))
            }
        }
        return found
    }
}
