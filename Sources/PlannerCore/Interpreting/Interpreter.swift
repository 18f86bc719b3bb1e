import Foundation

/// What the budget pays an interpreter per.
public enum RateUnit: String, Codable, Sendable, CaseIterable {
    case hour, halfDay = "half-day", day

    public var displayName: String {
        switch self {
        case .hour: tr("per hour")
        case .halfDay: tr("per half day")
        case .day: tr("per day")
        }
    }
}

/// A span of wall-clock time in the visit's zone when an interpreter can work.
public struct AvailabilityWindow: Hashable, Codable, Sendable {
    public var start: LocalDateTime
    public var end: LocalDateTime
    public init(start: LocalDateTime, end: LocalDateTime) {
        self.start = start
        self.end = end
    }
}

/// A participant with the interpreter role, and what they can do.
public struct Interpreter: Hashable, Codable, Sendable, Identifiable {
    /// The participant's id: one profile per interpreter.
    public var participantId: Int64
    public var visitId: Int64
    /// Directions they interpret; "cs↔de" is two pairs.
    public var pairs: [LanguagePair]
    public var modes: [InterpretingMode]
    /// When they can work, in the visit's zone; empty means the whole visit.
    public var availability: [AvailabilityWindow]
    /// Working time per day at most, in minutes (default 6 hours).
    public var maxMinutesPerDay: Int
    /// What they cost, if known; the budget uses it.
    public var rate: Money?
    public var rateUnit: RateUnit

    public var id: Int64 { participantId }

    public init(participantId: Int64, visitId: Int64, pairs: [LanguagePair] = [], modes: [InterpretingMode] = [.consecutive],
                availability: [AvailabilityWindow] = [], maxMinutesPerDay: Int = 360, rate: Money? = nil,
                rateUnit: RateUnit = .halfDay) {
        self.participantId = participantId
        self.visitId = visitId
        self.pairs = pairs
        self.modes = modes
        self.availability = availability
        self.maxMinutesPerDay = maxMinutesPerDay
        self.rate = rate
        self.rateUnit = rateUnit
    }

    /// Whether they interpret `pair` in `mode`.
    public func covers(_ pair: LanguagePair, mode: InterpretingMode) -> Bool {
        modes.contains(mode) && pairs.contains(pair)
    }

    /// Whether they can work through all of `timing` (always, with no windows given).
    public func isAvailable(for timing: ItemTiming, visitZone: TimeZone) -> Bool {
        guard !availability.isEmpty else { return true }
        let span = timing.interval
        return availability.contains { window in
            window.start.instant(in: visitZone) <= span.start && span.end <= window.end.instant(in: visitZone)
        }
    }
}

/// An interpreter working at an item in one direction (one leg of a relay, or a direct pair).
public struct InterpretingAssignment: Hashable, Codable, Sendable, Identifiable {
    public var id: Int64?
    public var itemId: Int64
    public var interpreterId: Int64
    public var pair: LanguagePair
    /// Set by hand: Assign keeps it and plans around it.
    public var manual: Bool

    public init(id: Int64? = nil, itemId: Int64, interpreterId: Int64, pair: LanguagePair, manual: Bool = false) {
        self.id = id
        self.itemId = itemId
        self.interpreterId = interpreterId
        self.pair = pair
        self.manual = manual
    }
}
