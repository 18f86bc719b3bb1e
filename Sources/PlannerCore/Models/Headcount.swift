/// One person of a visit counted without saying who: their town, role, age band and days of
/// stay. The budget, the grant checks and the key figures count these, so they keep their
/// numbers after retention has erased the participants' records.
public struct Headcount: Hashable, Codable, Sendable {
    public var townId: Int64?
    public var role: Role
    public var ageBand: AgeBand
    /// Under 18 on the visit's first day.
    public var isMinor: Bool
    public var arrival: CalendarDate?
    public var departure: CalendarDate?
    /// Arrives by train, bus or another green means (the grant's green-travel rate).
    public var arrivesGreen: Bool

    public init(townId: Int64?, role: Role, ageBand: AgeBand, isMinor: Bool, arrival: CalendarDate?, departure: CalendarDate?,
                arrivesGreen: Bool = false) {
        self.townId = townId
        self.role = role
        self.ageBand = ageBand
        self.isMinor = isMinor
        self.arrival = arrival
        self.departure = departure
        self.arrivesGreen = arrivesGreen
    }

    /// The participant counted, as of the visit's first day.
    public init(_ participant: Participant, in visit: Visit) {
        self.init(townId: participant.townId, role: participant.role, ageBand: AgeBand(age: participant.age(at: visit)),
                  isMinor: participant.birthDate != nil && participant.isMinor(at: visit),
                  arrival: participant.arrival?.date, departure: participant.departure?.date,
                  arrivesGreen: participant.arrival?.means.isGreenTravel ?? false)
    }

    /// Someone from a partner town.
    public func isGuest(of details: VisitDetails) -> Bool {
        guard let townId else { return false }
        return details.partnerTowns.contains { $0.id == townId }
    }
}
