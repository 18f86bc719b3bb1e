/// A hard rule that forbids lodging a unit with a household. Only an explicit override (with a
/// reason) places a guest against one, and such a placement stays listed in Problems.
public enum PlacementBlocker: Hashable, Sendable {
    case notOffered
    case notAvailable(from: CalendarDate, to: CalendarDate)
    case tooFewBeds(beds: Int, needed: Int)
    case noFreeBeds(free: Int, needed: Int)
    case petAllergy(guest: String, pets: [PetKind])
    case smokingHousehold(guest: String)
    case minorWithoutValidCheck(guest: String)
    case needsStepFree(guest: String)
    case needsGroundFloor(guest: String)
    case dietNotCooked(guest: String, diet: Diet)

    /// Groups blockers of the same kind in summaries ("3 households: no valid check").
    public var kind: String {
        switch self {
        case .notOffered: "not-offered"
        case .notAvailable: "availability"
        case .tooFewBeds, .noFreeBeds: "beds"
        case .petAllergy: "pets"
        case .smokingHousehold: "smoking"
        case .minorWithoutValidCheck: "safeguarding"
        case .needsStepFree, .needsGroundFloor: "access"
        case .dietNotCooked: "diet"
        }
    }

    public var message: String {
        switch self {
        case .notOffered:
            tr("not offering beds for this visit")
        case .notAvailable(let from, let to):
            tr("available only {from} – {to}", ["from": from.description, "to": to.description])
        case .tooFewBeds(let beds, let needed):
            tr("{beds} beds for {needed} guests who stay together", ["beds": String(beds), "needed": String(needed)])
        case .noFreeBeds(let free, let needed):
            tr("{free} free beds, {needed} needed", ["free": String(free), "needed": String(needed)])
        case .petAllergy(let guest, let pets):
            tr("{pets} — {guest} is allergic", ["pets": pets.map(\.displayName).joined(separator: ", "), "guest": guest])
        case .smokingHousehold(let guest):
            tr("smoking household — {guest} needs a smoke-free home", ["guest": guest])
        case .minorWithoutValidCheck(let guest):
            tr("no safeguarding check valid through the visit — {guest} is a minor", ["guest": guest])
        case .needsStepFree(let guest):
            tr("no step-free access — needed by {guest}", ["guest": guest])
        case .needsGroundFloor(let guest):
            tr("no ground-floor room — needed by {guest}", ["guest": guest])
        case .dietNotCooked(let guest, let diet):
            tr("does not cook {diet} — {guest}'s diet (a hard rule in this visit)", ["diet": diet.displayName.inRunningText, "guest": guest])
        }
    }
}

/// A preference a pair meets (points added) or misses (shown for the explanation, no points).
public struct PlacementReason: Hashable, Sendable {
    public var met: Bool
    public var text: String
    public var points: Int
}

/// What the rules say about lodging one unit with one household.
public struct PairEvaluation: Hashable, Sendable {
    public var blockers: [PlacementBlocker]
    public var reasons: [PlacementReason]
    public var isAllowed: Bool { blockers.isEmpty }
    /// The soft score: sum of the met preferences' points.
    public var score: Int { reasons.reduce(0) { $0 + $1.points } }

    /// "shared language de B1; requested by the guest; no pets" — the met ones first.
    public var summary: String {
        (reasons.filter(\.met).map(\.text) + reasons.filter { !$0.met }.map(\.text)).joined(separator: "; ")
    }
}
