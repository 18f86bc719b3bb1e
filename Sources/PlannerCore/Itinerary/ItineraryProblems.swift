import Foundation

extension ProblemFinder {
    /// The programme's problems: people expected at two items at once (an error; all-day items
    /// are day markers and clash with nothing), items outside the visit's dates (a warning:
    /// excursions happen the day before), people in the audience of an item before they arrive
    /// or after they leave, and audiences that match nobody. Cancelled items count for nothing;
    /// a missing translation is not a problem (the item's form shows it).
    static func itineraryProblems(in snapshot: VisitSnapshot) -> [VisitProblem] {
        let programme = ResolvedProgramme(snapshot)
        let languages = snapshot.visit.languages
        var found: [VisitProblem] = []
        let order = Dictionary(snapshot.participants.enumerated().compactMap { i, p in p.id.map { ($0, i) } },
                               uniquingKeysWith: { a, _ in a })
        /// The people of `ids` in the snapshot's order.
        func people(_ ids: some Sequence<Int64>) -> [Participant] {
            ids.compactMap { programme.people[$0] }.sorted { order[$0.id!]! < order[$1.id!]! }
        }

        let timed = programme.items.filter { !$0.item.timing.isAllDay }
        for (index, a) in timed.enumerated() {
            for b in timed[(index + 1)...] where a.item.timing.overlaps(b.item.timing) {
                let both = a.participantIds.intersection(b.participantIds)
                guard !both.isEmpty, let id = a.item.id else { continue }
                found.append(.init(severity: .error, subject: .programmeItem(id), message: tr("“{first}” ({firstTime}) and “{second}” ({secondTime}) overlap for {people}", ["first": a.item.title(in: languages), "firstTime": Self.when(a.item.timing), "second": b.item.title(in: languages), "secondTime": Self.when(b.item.timing), "people": Self.someNames(people(both))])))
            }
        }

        let visit = snapshot.visit
        for resolved in programme.items {
            let item = resolved.item
            guard let id = item.id else { continue }
            let title = item.title(in: languages)
            let days = item.timing.days(in: snapshot.timeZone)
            if let first = days.first, let last = days.last, first < visit.startDate || last > visit.endDate {
                found.append(.init(severity: .warning, subject: .programmeItem(id), message: tr("“{title}” ({time}) is outside the visit’s dates ({dates})", ["title": title, "time": Self.when(item.timing), "dates": "\(visit.startDate) – \(visit.endDate)"])))
            }
            if resolved.participantIds.isEmpty && resolved.householdIds.isEmpty {
                found.append(.init(severity: .warning, subject: .programmeItem(id), message: tr("“{title}” ({time}) is for nobody: its audience matches no participant", ["title": title, "time": Self.when(item.timing)])))
                continue
            }
            let audience = people(resolved.participantIds)
            let early = audience.filter { Stay($0, zone: snapshot.timeZone).startsBeforeArrival(item.timing) }
            if !early.isEmpty {
                found.append(.init(severity: .warning, subject: .programmeItem(id), message: tr("“{title}” ({time}) starts before the arrival of {people}", ["title": title, "time": Self.when(item.timing), "people": Self.someNames(early)])))
            }
            let late = audience.filter { Stay($0, zone: snapshot.timeZone).endsAfterDeparture(item.timing) }
            if !late.isEmpty {
                found.append(.init(severity: .warning, subject: .programmeItem(id), message: tr("“{title}” ({time}) ends after the departure of {people}", ["title": title, "time": Self.when(item.timing), "people": Self.someNames(late)])))
            }
        }
        return found
    }

    /// "2027-05-14 09:30", or "2027-05-15" for an all-day item (its first day), as written in its zone.
    private static func when(_ timing: ItemTiming) -> String {
        timing.isAllDay ? timing.startDate.description : timing.localStart.description
    }

    /// Up to three names, then how many more: "Léa Bonnet, Hugo Petit, Emma Roux and 9 others".
    static func someNames(_ people: [Participant]) -> String {
        let names = people.map(\.fullName)
        guard names.count > 3 else { return ListFormat.and(names) }
        let rest = names.count - 3
        return names.prefix(3).joined(separator: ", ") + " "
            + (rest == 1 ? tr("and 1 other") : tr("and {count} others", ["count": String(rest)]))
    }
}
