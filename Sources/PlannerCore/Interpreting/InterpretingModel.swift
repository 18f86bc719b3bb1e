import Foundation

/// A direction between two languages numbered by the model: the solver compares directions
/// millions of times, strings would be too slow.
struct PairCode: Hashable, Comparable, Sendable {
    let from: Int
    let to: Int

    /// The unordered couple: cs→de and de→cs share one.
    var couple: Couple { Couple(a: min(from, to), b: max(from, to)) }

    static func < (x: PairCode, y: PairCode) -> Bool { (x.from, x.to) < (y.from, y.to) }
}

/// Two languages an interpreter works between at one item.
struct Couple: Hashable, Sendable {
    let a: Int
    let b: Int
}

/// The facts shared by the coverage, the assigner and the problem finder, computed once per
/// snapshot: items as plain numbers (real instants, minutes per local day), needs, interpreters
/// and who could take which direction at which item on their own ("statically eligible":
/// pair, mode, availability and daily maximum for this item alone).
final class InterpretingModel: Sendable {
    struct DayShare: Sendable {
        /// Index into `days`.
        let day: Int
        let minutes: Int
    }

    struct Item: Sendable {
        let id: Int64
        let title: String
        /// Seconds since the reference date: the real span, DST included.
        let start: Double
        let end: Double
        let minutes: Int
        /// The item's minutes on each local day it touches, in the visit's zone.
        let days: [DayShare]
        /// Folded location name; empty means "anywhere" (never costs travel time).
        let place: String
        let mode: InterpretingMode
        /// Interpreters per direction: two for long items.
        let required: Int
        /// Indices into `needs`.
        var needs: [Int] = []
    }

    /// A relay: the need's source into `language` by one team, `language` into the target by another.
    struct Bridge: Sendable {
        let language: Int
        let first: PairCode
        let second: PairCode
    }

    struct Need: Sendable {
        let need: InterpretationNeed
        let item: Int
        let pair: PairCode
        /// Statically eligible for the direct pair.
        let direct: [Int]
        /// Bridges with statically eligible interpreters on both legs, best language first.
        let bridges: [Bridge]
    }

    struct Person: Sendable {
        let id: Int64
        /// "Agnieszka W.".
        let name: String
        /// Nil for somebody assigned without an interpreter profile.
        let profile: Interpreter?
        let pairs: Set<PairCode>
        /// Availability windows as instants; empty means always.
        let windows: [(start: Double, end: Double)]
        let maxPerDay: Int
    }

    /// A kept hand-made assignment, located in the model.
    struct Fixed: Sendable {
        let item: Int
        let person: Int
        let pair: PairCode
        let assignment: InterpretingAssignment
    }

    let snapshot: VisitSnapshot
    let settings: ItinerarySettings
    /// Language codes, numbered in preference order: the visit's languages first, then by code.
    let languages: [String]
    let languageIndex: [String: Int]
    let items: [Item]
    let itemIndex: [Int64: Int]
    let needs: [Need]
    let people: [Person]
    let personIndex: [Int64: Int]
    let days: [CalendarDate]
    /// Seconds kept free between items at different places.
    let buffer: Double
    /// Per item: direction → statically eligible interpreters (ascending).
    let eligible: [[PairCode: [Int]]]
    /// `canWork[i * items.count + j]`: mode, availability and daily maximum allow person i at item j.
    let canWork: [Bool]
    /// Manual assignments on active items.
    let fixed: [Fixed]
    /// Audience members with no language at B2 or better, per item index.
    let notUnderstood: [Int: [Int64]]

    init(_ snapshot: VisitSnapshot) {
        self.snapshot = snapshot
        settings = snapshot.itinerarySettings
        buffer = Double(max(0, settings.travelBufferMinutes)) * 60
        let zone = snapshot.timeZone
        let titleLanguages = snapshot.visit.languages
        let active = snapshot.programme.filter { $0.isActive && $0.id != nil }
        let analysed = InterpretationNeeds.all(in: snapshot)

        // Languages, numbered so that a lower number is preferred as a bridge.
        var codes = Set<String>()
        for entry in analysed { for need in entry.needs { codes.insert(need.pair.from); codes.insert(need.pair.to) } }
        for profile in snapshot.interpreters { for pair in profile.pairs { codes.insert(pair.from); codes.insert(pair.to) } }
        for assignment in snapshot.assignments { codes.insert(assignment.pair.from); codes.insert(assignment.pair.to) }
        let order = titleLanguages.map { $0.lowercased() }
        languages = codes.sorted { a, b in
            let ra = order.firstIndex(of: a) ?? order.count, rb = order.firstIndex(of: b) ?? order.count
            return ra != rb ? ra < rb : a < b
        }
        let languageIndex = Dictionary(uniqueKeysWithValues: languages.enumerated().map { ($1, $0) })
        self.languageIndex = languageIndex
        func code(_ pair: LanguagePair) -> PairCode { PairCode(from: languageIndex[pair.from]!, to: languageIndex[pair.to]!) }

        // Items, with their shares of each local day.
        var dayNumbers: [Int: CalendarDate] = [:]
        var spans: [(start: Date, end: Date, days: [(CalendarDate, Int)])] = []
        for item in active {
            let interval = item.timing.interval
            var shares: [(CalendarDate, Int)] = []
            for date in item.timing.days(in: zone) {
                let dayStart = LocalDateTime(date: date, time: TimeOfDay(hour: 0, minute: 0)!).instant(in: zone)
                let dayEnd = LocalDateTime(date: date.adding(days: 1), time: TimeOfDay(hour: 0, minute: 0)!).instant(in: zone)
                let seconds = min(interval.end, dayEnd).timeIntervalSince(max(interval.start, dayStart))
                let minutes = Int((seconds / 60).rounded())
                if minutes > 0 {
                    shares.append((date, minutes))
                    dayNumbers[date.dayNumber] = date
                }
            }
            spans.append((interval.start, interval.end, shares))
        }
        days = dayNumbers.keys.sorted().map { dayNumbers[$0]! }
        let dayIndex = Dictionary(uniqueKeysWithValues: days.enumerated().map { ($1.dayNumber, $0) })
        var items: [Item] = []
        for (item, span) in zip(active, spans) {
            // Validation keeps ends after starts; a hand-edited row must not count negative time.
            let minutes = max(0, item.timing.minutes)
            items.append(Item(id: item.id!, title: item.title(in: titleLanguages),
                              start: span.start.timeIntervalSinceReferenceDate, end: span.end.timeIntervalSinceReferenceDate,
                              minutes: minutes, days: span.days.map { DayShare(day: dayIndex[$0.0.dayNumber]!, minutes: $0.1) },
                              place: SearchKey.fold(item.location.name).trimmingCharacters(in: .whitespaces),
                              mode: item.interpretation.mode,
                              required: minutes > settings.pairInterpretersAfterMinutes ? 2 : 1))
        }
        let itemIndex = Dictionary(uniqueKeysWithValues: items.enumerated().map { ($1.id, $0) })
        self.itemIndex = itemIndex

        // People: every profile, and anybody assigned without one (they still cannot be in two places).
        let participants = Dictionary(snapshot.participants.compactMap { p in p.id.map { ($0, p) } }, uniquingKeysWith: { a, _ in a })
        func name(_ id: Int64) -> String {
            guard let person = participants[id] else { return tr("interpreter {id}", ["id": String(id)]) }
            let initial = person.familyName.first.map { " \($0)." } ?? ""
            return person.givenName.isEmpty ? person.fullName : person.givenName + initial
        }
        var people: [Person] = []
        var seen = Set<Int64>()
        for profile in snapshot.interpreters where seen.insert(profile.participantId).inserted {
            people.append(Person(id: profile.participantId, name: name(profile.participantId), profile: profile,
                                 pairs: Set(profile.pairs.filter { $0.from != $0.to }.map(code)),
                                 windows: profile.availability.map {
                                     ($0.start.instant(in: zone).timeIntervalSinceReferenceDate, $0.end.instant(in: zone).timeIntervalSinceReferenceDate)
                                 },
                                 maxPerDay: profile.maxMinutesPerDay))
        }
        for assignment in snapshot.assignments where seen.insert(assignment.interpreterId).inserted {
            people.append(Person(id: assignment.interpreterId, name: name(assignment.interpreterId), profile: nil,
                                 pairs: [], windows: [], maxPerDay: Int.max / 4))
        }
        let personIndex = Dictionary(uniqueKeysWithValues: people.enumerated().map { ($1.id, $0) })
        self.personIndex = personIndex

        // Who could take which direction at which item, on their own.
        var eligible = [[PairCode: [Int]]](repeating: [:], count: items.count)
        var canWork = [Bool](repeating: false, count: items.count * people.count)
        for (i, person) in people.enumerated() {
            for (j, item) in items.enumerated() {
                guard let profile = person.profile, profile.modes.contains(item.mode),
                      Self.isAvailable(person, start: item.start, end: item.end),
                      item.days.allSatisfy({ $0.minutes <= person.maxPerDay }) else { continue }
                canWork[i * items.count + j] = true
                for pair in person.pairs { eligible[j][pair, default: []].append(i) }
            }
        }
        self.eligible = eligible
        self.canWork = canWork

        // Needs, with their possible bridges.
        var needs: [Need] = []
        var notUnderstood: [Int: [Int64]] = [:]
        for entry in analysed {
            guard let j = itemIndex[entry.itemId] else { continue }
            if !entry.notUnderstoodParticipantIds.isEmpty { notUnderstood[j] = entry.notUnderstoodParticipantIds }
            for need in entry.needs {
                let pair = code(need.pair)
                var bridges: [Bridge] = []
                for b in languages.indices where b != pair.from && b != pair.to {
                    let first = PairCode(from: pair.from, to: b), second = PairCode(from: b, to: pair.to)
                    if eligible[j][first] != nil && eligible[j][second] != nil {
                        bridges.append(Bridge(language: b, first: first, second: second))
                    }
                }
                items[j].needs.append(needs.count)
                needs.append(Need(need: need, item: j, pair: pair, direct: eligible[j][pair] ?? [], bridges: bridges))
            }
        }
        self.items = items
        self.needs = needs
        self.people = people
        self.notUnderstood = notUnderstood

        fixed = snapshot.assignments.compactMap { a in
            guard a.manual, let j = itemIndex[a.itemId], let i = personIndex[a.interpreterId], a.pair.from != a.pair.to else { return nil }
            return Fixed(item: j, person: i, pair: code(a.pair), assignment: a)
        }
    }

    static func isAvailable(_ person: Person, start: Double, end: Double) -> Bool {
        person.windows.isEmpty || person.windows.contains { $0.start <= start && end <= $0.end }
    }

    func isAvailable(_ i: Int, at j: Int) -> Bool { Self.isAvailable(people[i], start: items[j].start, end: items[j].end) }

    /// Whether one person cannot work both items: they overlap, or leave too little time to travel
    /// between two different places.
    func conflict(_ j: Int, _ k: Int) -> Bool {
        guard j != k else { return false }
        let a = items[j], b = items[k]
        let gap = !a.place.isEmpty && !b.place.isEmpty && a.place != b.place ? buffer : 0
        return a.start < b.end + gap && b.start < a.end + gap
    }

    func isEligible(_ i: Int, _ j: Int, _ pair: PairCode) -> Bool {
        canWork[i * items.count + j] && people[i].pairs.contains(pair)
    }

    func pair(_ code: PairCode) -> LanguagePair { LanguagePair(languages[code.from], languages[code.to]) }

    /// The model's code of a pair; nil when neither a need, a profile nor an assignment uses it.
    func code(_ pair: LanguagePair) -> PairCode? {
        guard let from = languageIndex[pair.from], let to = languageIndex[pair.to] else { return nil }
        return PairCode(from: from, to: to)
    }

    /// "6 h", "1 h 30 min", "45 min".
    static func duration(_ minutes: Int) -> String {
        let h = minutes / 60, m = minutes % 60
        if h == 0 { return tr("{minutes} min", ["minutes": String(m)]) }
        if m == 0 { return tr("{hours} h", ["hours": String(h)]) }
        return tr("{hours} h {minutes} min", ["hours": String(h), "minutes": String(m)])
    }
}
