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
    }

    public var severity: Severity
    public var subject: Subject
    public var message: String
    public var id: String { "\(subject)|\(message)" }
}

/// Finds the problems that the data recorded so far can reveal.
public enum ProblemFinder {
    public static func problems(in snapshot: VisitSnapshot) -> [VisitProblem] {
        let visit = snapshot.visit
        var found: [VisitProblem] = []
        let ids = Set(snapshot.participants.compactMap(\.id))
        for p in snapshot.participants {
            let who = p.fullName
            if p.isMinor(at: visit) && !p.parentalConsent && p.isGuest(of: snapshot.details) {
                found.append(.init(severity: .error, subject: .participant(p.id!),
                                   message: tr("{name} is a minor without signed parental consent").filled(["name": who])))
            }
            if p.birthDate == nil && p.role == .youth {
                found.append(.init(severity: .warning, subject: .participant(p.id!),
                                   message: tr("{name} has no birth date: cannot tell whether they are a minor").filled(["name": who])))
            }
            if p.townId == nil {
                found.append(.init(severity: .warning, subject: .participant(p.id!),
                                   message: tr("{name} belongs to no town of the visit").filled(["name": who])))
            }
            if let arrival = p.arrival, arrival.date > visit.endDate || arrival.date < visit.startDate.adding(days: -7) {
                found.append(.init(severity: .warning, subject: .participant(p.id!),
                                   message: tr("{name} arrives on {date}, outside the visit").filled(["name": who, "date": arrival.date.description])))
            }
            if let departure = p.departure, departure.date < visit.startDate || departure.date > visit.endDate.adding(days: 7) {
                found.append(.init(severity: .warning, subject: .participant(p.id!),
                                   message: tr("{name} leaves on {date}, outside the visit").filled(["name": who, "date": departure.date.description])))
            }
            for other in p.stayTogetherWith where !ids.contains(other) {
                _ = other
                found.append(.init(severity: .warning, subject: .participant(p.id!),
                                   message: tr("{name} wants to stay with somebody who is no longer in the visit").filled(["name": who])))
            }
        }
        let overview = VisitOverview(snapshot)
        if overview.bedsOffered < overview.bedsNeeded {
            found.append(.init(severity: .error, subject: .visit,
                               message: tr("{needed} guests but only {offered} beds offered").filled(
                                   ["needed": String(overview.bedsNeeded), "offered": String(overview.bedsOffered)])))
        }
        for offer in snapshot.offers {
            guard let availability = offer.availability else { continue }
            if !availability.covers(visit) {
                found.append(.init(severity: .warning, subject: .household(offer.id),
                                   message: tr("{name} cannot host every night of the visit").filled(["name": offer.household.name])))
            }
        }
        return found.sorted { ($0.severity, $1.message) > ($1.severity, $0.message) }
    }
}
