/// An item's interpreting as a programme shows it: each direction it needs (derived from the
/// audience's languages, or added by hand), then any other direction with an interpreter
/// assigned (a relay leg), each with who is assigned to it.
///
/// Public so that every printed programme (the CLI's `itinerary`, the PDF plugins) says the same
/// thing about the same item from one rule.
public struct ItemInterpreting: Sendable {
    public struct Direction: Sendable {
        public let pair: LanguagePair
        /// `derived`, `added`, or `assigned` (no need asks for it, an interpreter works it).
        public let origin: String
        /// The listeners it serves; nil for an `assigned` direction.
        public let listeners: Int?
        /// Assigned interpreters, in the snapshot's order.
        public let interpreters: [Participant]
        /// For a need: `covered`, `relay`, `partial` or `uncovered` (nil for an `assigned` direction).
        public var coverage: String? = nil
        /// The bridge language of a relay.
        public var bridge: String? = nil
    }

    public let wanted: Bool
    public let mode: InterpretingMode
    public let directions: [Direction]

    /// `coverage` is `NeedCoverage.evaluate(snapshot)`, computed once for the whole programme.
    public init(_ item: ProgrammeItem, snapshot: VisitSnapshot, resolver: AudienceResolver, coverage allCoverage: [NeedCoverage]) {
        wanted = item.interpretation.wanted
        mode = item.interpretation.mode
        let assigned = snapshot.assignments.filter { $0.itemId == item.id }
        func interpreters(_ pair: LanguagePair) -> [Participant] {
            let ids = Set(assigned.filter { $0.pair == pair }.map(\.interpreterId))
            return snapshot.participants.filter { ids.contains($0.id ?? -1) }
        }
        let needs = InterpretationNeeds.derive(for: item, resolver: resolver)
        let coverage = allCoverage.filter { $0.need.itemId == item.id }
        var directions = needs.map { need in
            var direction = Direction(pair: need.pair, origin: need.origin.rawValue, listeners: need.participantIds.count,
                                      interpreters: interpreters(need.pair))
            switch coverage.first(where: { $0.need.pair == need.pair })?.status {
            case .direct?: direction.coverage = "covered"
            case .relay(let bridge, _, _)?:
                direction.coverage = "relay"
                direction.bridge = bridge
            case .partial(_, let bridge, _)?:
                direction.coverage = "partial"
                direction.bridge = bridge
            case .uncovered?, nil: direction.coverage = "uncovered"
            }
            return direction
        }
        for pair in Set(assigned.map(\.pair)).sorted() where !needs.contains(where: { $0.pair == pair }) {
            directions.append(Direction(pair: pair, origin: "assigned", listeners: nil, interpreters: interpreters(pair)))
        }
        self.directions = directions
    }

    /// "not needed", "none needed", or "Consecutive: cs→de Tomáš Král; de→fr not assigned".
    public var text: String {
        guard wanted else { return tr("not needed") }
        guard !directions.isEmpty else { return tr("none needed") }
        let parts = directions.map { direction in
            if let bridge = direction.bridge, direction.interpreters.isEmpty {
                return "\(direction.pair) " + tr("relayed through {bridge}", ["bridge": bridge])
            }
            return "\(direction.pair) " + (direction.interpreters.isEmpty ? tr("not assigned")
                : direction.interpreters.map(\.fullName).joined(separator: ", "))
        }
        return "\(mode.displayName): " + parts.joined(separator: "; ")
    }
}
