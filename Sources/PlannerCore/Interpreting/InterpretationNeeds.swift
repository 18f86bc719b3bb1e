/// One direction of interpretation that an item needs: its working language into a language some
/// of the audience understand (derived), or a pair the user added.
public struct InterpretationNeed: Hashable, Sendable, CustomStringConvertible {
    /// Where the need comes from.
    public enum Origin: String, Hashable, Sendable {
        /// From the audience's languages and levels.
        case derived
        /// Added by the user in the item's interpretation plan.
        case added
    }

    public var itemId: Int64
    public var pair: LanguagePair
    /// The people the need serves: for a derived need, those who get their interpretation through
    /// it; for an added one, the audience members who understand its target (possibly nobody).
    public var participantIds: [Int64]
    public var origin: Origin

    public init(itemId: Int64, pair: LanguagePair, participantIds: [Int64] = [], origin: Origin = .derived) {
        self.itemId = itemId
        self.pair = pair
        self.participantIds = participantIds
        self.origin = origin
    }

    /// "cs→de".
    public var description: String { pair.description }
}

/// An item's needs, and the audience members whose languages do not tell what they understand.
public struct ItemInterpretationNeeds: Hashable, Sendable {
    public var itemId: Int64
    /// Derived needs first (the language serving most people first), then the added ones in the
    /// order the user gave them.
    public var needs: [InterpretationNeed]
    /// Audience members who do not understand the working language and know no language at B2
    /// or better (or none recorded): nobody can tell what to interpret for them.
    public var notUnderstoodParticipantIds: [Int64]
}

/// Derives who needs interpretation into which language at a programme item.
///
/// Somebody understands a language at B2 or better (native included); below that, an item in
/// that language needs interpretation for them. The targets are chosen greedily as a small set
/// covering everybody: the language understood by most of the people still without one, ties
/// broken by the visit's language order, then by code. Greedy set cover is not always the
/// smallest set, but with the handful of languages of a visit it nearly always is, and it is
/// predictable for the user ("French for 12 people, then German for 5").
public enum InterpretationNeeds {
    /// The lowest level at which somebody follows an item without interpretation.
    public static let understandingLevel = LanguageLevel.b2

    /// Whether `person` follows speech in `language` (B2 or better, or native).
    public static func understands(_ person: Participant, _ language: String) -> Bool {
        let code = language.lowercased()
        return person.languages.contains { $0.code == code && $0.level >= understandingLevel }
    }

    /// The needs of `item`: none for a cancelled item or one where interpretation is not wanted.
    public static func derive(for item: ProgrammeItem, in snapshot: VisitSnapshot) -> [InterpretationNeed] {
        analyse(item, resolver: AudienceResolver(snapshot)).needs
    }

    /// The needs of `item`, resolving its audience with `resolver` (reuse one for many items).
    public static func derive(for item: ProgrammeItem, resolver: AudienceResolver) -> [InterpretationNeed] {
        analyse(item, resolver: resolver).needs
    }

    /// The needs of `item` and the audience members nobody can interpret for.
    public static func analyse(_ item: ProgrammeItem, resolver: AudienceResolver) -> ItemInterpretationNeeds {
        let itemId = item.id ?? 0
        guard item.isActive, item.interpretation.wanted else {
            return ItemInterpretationNeeds(itemId: itemId, needs: [], notUnderstoodParticipantIds: [])
        }
        let working = item.workingLanguage
        let visitOrder = resolver.snapshot.visit.languages.map { $0.lowercased() }
        let audience = resolver.participants(of: item.audience)

        // Who needs what: the languages each listener understands well enough.
        var waiting: [(id: Int64, languages: Set<String>)] = []
        var notUnderstood: [Int64] = []
        for person in audience {
            guard let id = person.id, !understands(person, working) else { continue }
            let known = Set(person.languages.filter { $0.level >= understandingLevel && $0.code != working }.map(\.code))
            if known.isEmpty { notUnderstood.append(id) } else { waiting.append((id, known)) }
        }

        // Greedy cover: most people first; ties by the visit's order, then by code.
        func rank(_ code: String) -> (Int, String) { (visitOrder.firstIndex(of: code) ?? visitOrder.count, code) }
        var derived: [InterpretationNeed] = []
        while !waiting.isEmpty {
            var counts: [String: Int] = [:]
            for person in waiting { for code in person.languages { counts[code, default: 0] += 1 } }
            let best = counts.max { a, b in a.value != b.value ? a.value < b.value : rank(a.key) > rank(b.key) }!.key
            let served = waiting.filter { $0.languages.contains(best) }.map(\.id)
            waiting.removeAll { $0.languages.contains(best) }
            derived.append(InterpretationNeed(itemId: itemId, pair: LanguagePair(working, best), participantIds: served.sorted()))
        }

        let plan = item.interpretation
        var needs = derived.filter { !plan.dismissedNeeds.contains($0.pair) }
        for pair in plan.addedNeeds where pair.from != pair.to && !needs.contains(where: { $0.pair == pair }) {
            let listeners = audience.filter { understands($0, pair.to) }.compactMap(\.id).sorted()
            needs.append(InterpretationNeed(itemId: itemId, pair: pair, participantIds: listeners, origin: .added))
        }
        return ItemInterpretationNeeds(itemId: itemId, needs: needs, notUnderstoodParticipantIds: notUnderstood.sorted())
    }

    /// The needs of every active item of the programme, in programme order (items without needs
    /// included, so their unknown listeners are reported too).
    public static func all(in snapshot: VisitSnapshot) -> [ItemInterpretationNeeds] {
        let resolver = AudienceResolver(snapshot)
        return snapshot.programme.filter { $0.isActive && $0.id != nil }.map { analyse($0, resolver: resolver) }
    }
}
