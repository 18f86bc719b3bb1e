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
            return tr("{name} is not available then", ["name": name])
        case .otherCouple(let pair):
            return tr("{name} already interprets {pair} here", ["name": name, "pair": model.pair(pair).description])
        case .busy(let k, false):
            return tr("{name} is busy at {item}", ["name": name, "item": model.items[k].title])
        case .busy(let k, true):
            return tr("{name} is at {item}, too far away to be here in time", ["name": name, "item": model.items[k].title])
        case .dayMaximum(let day):
            return tr("{name} would exceed {duration} on {date}", ["name": name, "duration": InterpretingModel.duration(model.people[i].maxPerDay), "date": model.days[day].description])
        case .free:
            return tr("{name} is free but not assigned", ["name": name])
        }
    }

    /// "Agnieszka W. does not work whispered".
    static func doesNotWork(_ name: String, _ mode: InterpretingMode) -> String {
        switch mode {
        case .consecutive: tr("{name} does not work consecutive", ["name": name])
        case .simultaneous: tr("{name} does not work simultaneous", ["name": name])
        case .whispered: tr("{name} does not work whispered", ["name": name])
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
    /// for a need with nobody at all, the same for the legs of possible relays.
    func reasons(for n: Int) -> [String] {
        let need = model.needs[n], j = need.item, item = model.items[j]
        var reasons: [String] = []
        let level = level(of: n)
        switch level {
        case .partialDirect, .partialRelay:
            reasons.append(tr("{pair} needs two interpreters: the item lasts more than {duration}", ["pair": model.pair(need.pair).description, "duration": InterpretingModel.duration(model.settings.pairInterpretersAfterMinutes)]))
        default: break
        }
        let onPair = Set(staff(on: need.pair, at: j))
        let interpretsPair = model.people.contains { $0.pairs.contains(need.pair) }
        if !interpretsPair {
            reasons.append(tr("nobody interprets {pair}", ["pair": model.pair(need.pair).description]))
        } else {
            reasons += describeCandidates(need.pair, at: j, excluding: onPair)
        }
        // Relays, when nothing covers the need: bridges somebody could work, at most two, with
        // what keeps their legs open.
        guard level == .none else { return reasons }
        var shown = 0
        for b in model.languages.indices where b != need.pair.from && b != need.pair.to && shown < 2 {
            let first = PairCode(from: need.pair.from, to: b), second = PairCode(from: b, to: need.pair.to)
            guard model.people.contains(where: { $0.pairs.contains(first) }), model.people.contains(where: { $0.pairs.contains(second) }) else { continue }
            shown += 1
            let prefix = tr("relay through {language}: ", ["language": model.languages[b]])
            for leg in [first, second] {
                let on = Set(staff(on: leg, at: j))
                guard on.count < item.required else { continue }
                reasons += describeCandidates(leg, at: j, excluding: on).map { prefix + $0 }
            }
        }
        return reasons
    }
}
