extension ProblemFinder {
    /// The interpreting problems of the stored plan:
    /// - errors: an interpreter at two items at once (or without the travel time between two
    ///   places), outside their availability, on a pair or in a mode they do not work, between two
    ///   couples of languages at one item; a need nobody covers;
    /// - warnings: over the daily maximum, a need half covered (one of two interpreters), an
    ///   interpreter without a profile or a profile without pairs, listeners whose languages do
    ///   not tell what they understand.
    public static func interpretingProblems(in snapshot: VisitSnapshot) -> [VisitProblem] {
        let model = InterpretingModel(snapshot)
        let state = AssignmentState(loading: snapshot.assignments, model: model)
        var found: [VisitProblem] = []
        found += bookingProblems(model, state)
        found += needProblems(model, state)
        found += profileProblems(model, snapshot)
        return found
    }

    /// Clashes, availability, pairs, modes, couples and daily maxima, per interpreter.
    private static func bookingProblems(_ model: InterpretingModel, _ state: AssignmentState) -> [VisitProblem] {
        var found: [VisitProblem] = []
        for (i, person) in model.people.enumerated() {
            let subject = VisitProblem.Subject.participant(person.id)
            let items = state.itemsOf[i].sorted { (model.items[$0].start, $0) < (model.items[$1].start, $1) }
            for (index, j) in items.enumerated() {
                let item = model.items[j]
                for k in items[(index + 1)...] where model.conflict(j, k) {
                    let other = model.items[k]
                    let values = ["name": person.name, "first": item.title, "second": other.title]
                    let overlap = item.start < other.end && other.start < item.end
                    found.append(.init(severity: .error, subject: subject, message: overlap
                        ? tr("{name} is booked at {first} and {second} at the same time").filled(values)
                        : tr("{name} has too little time to get from {first} to {second}").filled(values)))
                }
                guard let profile = person.profile else {
                    found.append(.init(severity: .error, subject: subject,
                                       message: tr("{name} interprets at {item} but has no interpreter profile", ["name": person.name, "item": item.title])))
                    continue
                }
                if !model.isAvailable(i, at: j) {
                    found.append(.init(severity: .error, subject: subject,
                                       message: tr("{name} is not available for {item}", ["name": person.name, "item": item.title])))
                }
                if !profile.modes.contains(item.mode) {
                    found.append(.init(severity: .error, subject: subject,
                                       message: tr("{reason}, needed at {item}", ["reason": AssignmentState.doesNotWork(person.name, item.mode), "item": item.title])))
                }
                let pairs = state.staff[j][i] ?? []
                for pair in pairs.sorted() where !person.pairs.contains(pair) {
                    found.append(.init(severity: .error, subject: subject,
                                       message: tr("{name} does not interpret {pair}, assigned at {item}", ["name": person.name, "pair": model.pair(pair).description, "item": item.title])))
                }
                if Set(pairs.map(\.couple)).count > 1 {
                    found.append(.init(severity: .error, subject: subject,
                                       message: tr("{name} would interpret between more than two languages at {item}", ["name": person.name, "item": item.title])))
                }
            }
            for (d, date) in model.days.enumerated() {
                let minutes = state.dayLoad[i * model.days.count + d]
                if minutes > person.maxPerDay {
                    found.append(.init(severity: .warning, subject: subject,
                                       message: tr("{name} works {worked} on {date}, more than {maximum}", ["name": person.name, "worked": InterpretingModel.duration(minutes), "date": date.description, "maximum": InterpretingModel.duration(person.maxPerDay)])))
                }
            }
        }
        return found
    }

    /// Needs left open or half covered, each about its item.
    private static func needProblems(_ model: InterpretingModel, _ state: AssignmentState) -> [VisitProblem] {
        var found: [VisitProblem] = []
        for n in model.needs.indices {
            let coverage = NeedCoverage.of(n, in: state)
            let subject = VisitProblem.Subject.programmeItem(coverage.need.itemId)
            let values = ["item": coverage.itemTitle, "pair": coverage.need.pair.description]
            switch coverage.status {
            case .direct, .relay:
                continue
            case .partial:
                found.append(.init(severity: .warning, subject: subject,
                                   message: tr("{item}: only one interpreter for {pair}, two are needed").filled(values)))
            case .uncovered(let reasons):
                let nobody = tr("nobody interprets {pair}", ["pair": coverage.need.pair.description])
                let message = reasons == [nobody]
                    ? tr("{item}: {reason}", ["item": coverage.itemTitle, "reason": nobody])
                    : tr("{item}: no interpreter for {pair} ({reasons})").filled(values.merging(["reasons": reasons.joined(separator: "; ")]) { a, _ in a })
                found.append(.init(severity: .error, subject: subject, message: message))
            }
        }
        return found
    }

    /// Interpreters without a usable profile, and listeners nobody knows how to serve.
    private static func profileProblems(_ model: InterpretingModel, _ snapshot: VisitSnapshot) -> [VisitProblem] {
        var found: [VisitProblem] = []
        let profiles = Dictionary(snapshot.interpreters.map { ($0.participantId, $0) }, uniquingKeysWith: { a, _ in a })
        for person in snapshot.participants where person.role == .interpreter {
            guard let id = person.id else { continue }
            if let profile = profiles[id] {
                if profile.pairs.isEmpty {
                    found.append(.init(severity: .warning, subject: .participant(id),
                                       message: tr("{name}'s interpreter profile has no language pairs", ["name": person.fullName])))
                }
            } else {
                found.append(.init(severity: .warning, subject: .participant(id),
                                   message: tr("{name} is an interpreter without a profile (pairs, availability)", ["name": person.fullName])))
            }
        }
        let unknown = Set(model.notUnderstood.values.flatMap { $0 })
        let people = snapshot.participants.filter { $0.id.map(unknown.contains) ?? false }
        if people.count > 5 {
            // One line for many: "Show" opens the first of them.
            found.append(.init(severity: .warning, subject: .participant(people[0].id!),
                               message: tr("{count} listeners have no language at B2 or better: cannot tell what they understand", ["count": String(people.count)])))
        } else {
            for person in people {
                found.append(.init(severity: .warning, subject: .participant(person.id!),
                                   message: tr("Cannot tell what {name} understands: no language at B2 or better", ["name": person.fullName])))
            }
        }
        return found
    }
}
