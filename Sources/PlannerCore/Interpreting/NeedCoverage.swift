/// How the assignments meet one interpretation need, and why not when they do not.
public struct NeedCoverage: Hashable, Sendable {
    public enum Status: Hashable, Sendable {
        /// Enough interpreters on the pair itself (two over the length threshold, else one).
        case direct(interpreterIds: [Int64])
        /// No direct coverage, but the item's interpreters carry the speech into `bridge` and from
        /// it into the target, each leg with enough people, different people on each leg.
        case relay(bridge: String, firstLeg: [Int64], secondLeg: [Int64])
        /// One interpreter (or one per relay leg) where two are required.
        case partial(interpreterIds: [Int64], bridge: String?, reasons: [String])
        case uncovered(reasons: [String])
    }

    public var need: InterpretationNeed
    /// The item's title in the visit's first language that has one.
    public var itemTitle: String
    /// Interpreters required per direction at this item.
    public var required: Int
    public var status: Status

    /// Fully covered, directly or by relay.
    public var isCovered: Bool {
        switch status {
        case .direct, .relay: true
        case .partial, .uncovered: false
        }
    }

    /// Interpreted through a bridge language (fully or partly).
    public var isRelay: Bool {
        switch status {
        case .relay: true
        case .partial(_, let bridge, _): bridge != nil
        default: false
        }
    }

    /// Why the need is not fully covered (empty when it is).
    public var reasons: [String] {
        switch status {
        case .direct, .relay: []
        case .partial(_, _, let reasons), .uncovered(let reasons): reasons
        }
    }

    /// The coverage of every need of every active item by the snapshot's assignments, in
    /// programme order.
    public static func evaluate(_ snapshot: VisitSnapshot) -> [NeedCoverage] {
        let model = InterpretingModel(snapshot)
        return all(in: AssignmentState(loading: snapshot.assignments, model: model))
    }

    /// The coverage the snapshot would have with `assignments` instead of its own.
    public static func evaluate(_ snapshot: VisitSnapshot, assignments: [InterpretingAssignment]) -> [NeedCoverage] {
        evaluate(snapshot.replacingAssignments(with: assignments))
    }

    static func all(in state: AssignmentState) -> [NeedCoverage] {
        state.model.needs.indices.map { of($0, in: state) }
    }

    static func of(_ n: Int, in state: AssignmentState) -> NeedCoverage {
        let model = state.model, need = model.needs[n], item = model.items[need.item]
        let ids = { (people: [Int]) in people.map { model.people[$0].id } }
        let status: Status
        switch state.level(of: n) {
        case .direct(let people):
            status = .direct(interpreterIds: ids(people))
        case .relay(let bridge, let first, let second):
            status = .relay(bridge: model.languages[bridge], firstLeg: ids(first), secondLeg: ids(second))
        case .partialDirect(let people):
            status = .partial(interpreterIds: ids(people), bridge: nil, reasons: state.reasons(for: n))
        case .partialRelay(let bridge, let first, let second):
            status = .partial(interpreterIds: ids(Array(Set(first + second)).sorted()), bridge: model.languages[bridge],
                              reasons: state.reasons(for: n))
        case .none:
            status = .uncovered(reasons: state.reasons(for: n))
        }
        return NeedCoverage(need: need.need, itemTitle: item.title, required: item.required, status: status)
    }
}

extension VisitSnapshot {
    /// The same visit with other interpreting assignments.
    func replacingAssignments(with assignments: [InterpretingAssignment]) -> VisitSnapshot {
        VisitSnapshot(details: details, participants: participants, offers: offers, placements: placements,
                      placementSettings: placementSettings, budgetLines: budgetLines, funding: funding,
                      exchangeRates: exchangeRates, programme: programme, groups: groups, interpreters: interpreters,
                      assignments: assignments, itinerarySettings: itinerarySettings)
    }
}

/// Why somebody who interprets a pair is not on it at an item, first reason only.
enum Blocker: Hashable {
    case mode(InterpretingMode)
    case unavailable
    /// Already works between another couple of languages at the item.
    case otherCouple(PairCode)
    /// At an overlapping item; `travel` when only the travel time between places is missing.
    case busy(item: Int, travel: Bool)
    /// Over their daily maximum on that day (index into the model's days).
    case dayMaximum(day: Int)
    /// Nothing stops them: the plan simply does not use them.
    case free
}

extension AssignmentState {
    /// State holding `assignments` as they are (rules unchecked): for judging a stored plan.
    init(loading assignments: [InterpretingAssignment], model: InterpretingModel) {
        self.init(model: model, withFixed: false)
        for a in assignments {
            guard let j = model.itemIndex[a.itemId], let i = model.personIndex[a.interpreterId], let pair = model.code(a.pair),
                  pair.from != pair.to else { continue }
            add(i, j, pair)
        }
    }

    /// Why person i is not on `pair` at item j.
    func blocker(_ i: Int, _ j: Int, _ pair: PairCode) -> Blocker {
        let person = model.people[i], item = model.items[j]
        if let profile = person.profile, !profile.modes.contains(item.mode) { return .mode(item.mode) }
        if !model.isAvailable(i, at: j) { return .unavailable }
        if let pairs = staff[j][i], let other = pairs.sorted().first(where: { $0.couple != pair.couple }) { return .otherCouple(other) }
        if !works(i, at: j) {
            let clashes = itemsOf[i].filter { model.conflict(j, $0) }.sorted { (model.items[$0].start, $0) < (model.items[$1].start, $1) }
            if let k = clashes.first {
                let other = model.items[k]
                let overlap = item.start < other.end && other.start < item.end
                return .busy(item: k, travel: !overlap)
            }
            let base = i * model.days.count
            if let share = item.days.first(where: { dayLoad[base + $0.day] + $0.minutes > person.maxPerDay }) {
                return .dayMaximum(day: share.day)
            }
        }
        return .free
    }

    func text(_ blocker: Blocker, person i: Int) -> String {
        let name = model.people[i].name
        switch blocker {
        case .mode(let mode):
            return Self.doesNotWork(name, mode)
        case .unavailable:
            return tr("{name} is not available then").filled(["name": name])
        case .otherCouple(let pair):
            return tr("{name} already interprets {pair} here").filled(["name": name, "pair": model.pair(pair).description])
        case .busy(let k, false):
            return tr("{name} is busy at {item}").filled(["name": name, "item": model.items[k].title])
        case .busy(let k, true):
            return tr("{name} is at {item}, too far away to be here in time").filled(["name": name, "item": model.items[k].title])
        case .dayMaximum(let day):
            return tr("{name} would exceed {duration} on {date}").filled(
                ["name": name, "duration": InterpretingModel.duration(model.people[i].maxPerDay), "date": model.days[day].description])
        case .free:
            return tr("{name} is free but not assigned").filled(["name": name])
        }
    }

    /// "Agnieszka W. does not work whispered".
    static func doesNotWork(_ name: String, _ mode: InterpretingMode) -> String {
        switch mode {
        case .consecutive: tr("{name} does not work consecutive").filled(["name": name])
        case .simultaneous: tr("{name} does not work simultaneous").filled(["name": name])
        case .whispered: tr("{name} does not work whispered").filled(["name": name])
        }
    }

    /// What keeps the interpreters of `pair` off item j: each of the first few by name, the rest counted by kind.
    func describeCandidates(_ pair: PairCode, at j: Int, excluding taken: Set<Int>) -> [String] {
        let candidates = model.people.indices.filter { model.people[$0].pairs.contains(pair) && !taken.contains($0) }
            .sorted { (model.people[$0].name, $0) < (model.people[$1].name, $1) }
        // Five names read well; beyond that, four names and counts.
        let shown = candidates.count <= 5 ? candidates.count : 4
        var reasons = candidates.prefix(shown).map { text(blocker($0, j, pair), person: $0) }
        guard candidates.count > shown else { return reasons }
        var counts: [String: Int] = [:]
        var order: [String] = []
        let pairText = model.pair(pair).description
        for i in candidates.dropFirst(shown) {
            let kind: String
            switch blocker(i, j, pair) {
            case .mode: kind = tr("other interpreters of {pair} who do not work in this mode: {count}")
            case .unavailable: kind = tr("other interpreters of {pair} not available then: {count}")
            case .otherCouple: kind = tr("other interpreters of {pair} already interpreting another pair here: {count}")
            case .busy: kind = tr("other interpreters of {pair} busy at other items: {count}")
            case .dayMaximum: kind = tr("other interpreters of {pair} at their daily maximum: {count}")
            case .free: kind = tr("other interpreters of {pair} free but not assigned: {count}")
            }
            if counts[kind] == nil { order.append(kind) }
            counts[kind, default: 0] += 1
        }
        reasons += order.map { $0.filled(["pair": pairText, "count": String(counts[$0]!)]) }
        return reasons
    }

    /// Why need n is not fully covered: who could interpret it and what keeps each of them away;
    /// when nobody interprets the pair, the same for the legs of possible relays.
    func reasons(for n: Int) -> [String] {
        let need = model.needs[n], j = need.item, item = model.items[j]
        var reasons: [String] = []
        let level = level(of: n)
        switch level {
        case .partialDirect, .partialRelay:
            reasons.append(tr("{pair} needs two interpreters: the item lasts more than {duration}").filled(
                ["pair": model.pair(need.pair).description, "duration": InterpretingModel.duration(model.settings.pairInterpretersAfterMinutes)]))
        default: break
        }
        let onPair = Set(staff(on: need.pair, at: j))
        let interpretsPair = model.people.contains { $0.pairs.contains(need.pair) }
        if !interpretsPair {
            reasons.append(tr("nobody interprets {pair}").filled(["pair": model.pair(need.pair).description]))
        } else {
            reasons += describeCandidates(need.pair, at: j, excluding: onPair)
        }
        guard !interpretsPair else { return reasons }
        // Relays: bridges somebody could work, at most two, with what keeps their legs open.
        var shown = 0
        for b in model.languages.indices where b != need.pair.from && b != need.pair.to && shown < 2 {
            let first = PairCode(from: need.pair.from, to: b), second = PairCode(from: b, to: need.pair.to)
            guard model.people.contains(where: { $0.pairs.contains(first) }), model.people.contains(where: { $0.pairs.contains(second) }) else { continue }
            shown += 1
            let prefix = tr("relay through {language}: ").filled(["language": model.languages[b]])
            for leg in [first, second] {
                let on = Set(staff(on: leg, at: j))
                guard on.count < item.required else { continue }
                reasons += describeCandidates(leg, at: j, excluding: on).map { prefix + $0 }
            }
        }
        return reasons
    }
}
