import Foundation

/// A large seeded visit for the interpreter-assignment benchmark (`make bench`): a festival-sized
/// programme of parallel items at a dozen venues, audiences of two to four language groups, and
/// interpreters with one to three pairs over eight languages. Built in memory, never stored.
///
/// The shape, meant to be realistic rather than easy:
/// - items from 08:00 to 22:00 over `days` days, 45 minutes to 4 hours (a quarter over the
///   two-hour threshold, so two interpreters per pair), mostly in Czech, some in another language
///   (their other listeners then need a relay or a rarer pair); 70 % consecutive, 20 %
///   simultaneous, 10 % whispered;
/// - interpreters mostly Czech into and out of one language (more of them for German, English,
///   French and Polish than for Italian, Spanish and Hungarian), some with a third pair or
///   between two foreign languages; half available the whole visit, half for two to six days;
///   daily maxima from 4 to 8 hours; all consecutive, 60 % whispered, 40 % simultaneous.
public enum GeneratedInterpretingInstance {
    /// The visit's languages: the host's first, then by how common they are at the visit.
    public static let languages = ["cs", "de", "en", "fr", "pl", "it", "es", "hu"]

    /// The visit for `seed`: the same seed always gives the same visit.
    public static func snapshot(items itemCount: Int = 400, interpreters interpreterCount: Int = 240, days: Int = 10,
                                seed: UInt64 = 1) -> VisitSnapshot {
        var random = SeededRandom(seed: seed)
        let zone = "Europe/Prague"
        let first = CalendarDate(year: 2027, month: 6, day: 1)!
        let visit = Visit(id: 1, title: "Generated interpreting visit", hostTownId: 1, kind: .officialDelegation,
                          startDate: first, endDate: first.adding(days: days - 1), languages: languages, currency: "CZK")
        let host = Town(id: 1, name: "Horní Lhota", countryCode: "CZ", languages: ["cs"], timeZone: zone)
        var nextId: Int64 = 1
        func newId() -> Int64 {
            defer { nextId += 1 }
            return nextId
        }

        // Listeners: three native speakers per language, one group per language.
        var participants: [Participant] = []
        var groups: [VisitGroup] = []
        for code in languages {
            var members: [Int64] = []
            for index in 0..<3 {
                let id = newId()
                members.append(id)
                participants.append(Participant(id: id, visitId: 1, givenName: "\(code.uppercased())\(index)", familyName: "Listener",
                                                townId: 1, languages: [LanguageSkill(code: code, level: .native)]))
            }
            groups.append(VisitGroup(id: newId(), visitId: 1, name: "Speakers of \(code)", memberIds: members))
        }

        // Interpreters.
        let weights = [("de", 5), ("en", 5), ("fr", 4), ("pl", 4), ("it", 2), ("es", 2), ("hu", 1)]
        func foreign() -> String {
            var roll = Int(random.next() % UInt64(weights.reduce(0) { $0 + $1.1 }))
            for (code, weight) in weights {
                if roll < weight { return code }
                roll -= weight
            }
            return "de"
        }
        var interpreters: [Interpreter] = []
        for index in 0..<interpreterCount {
            let id = newId()
            participants.append(Participant(id: id, visitId: 1, givenName: "Interpreter\(index)", familyName: "Generated",
                                            townId: 1, role: .interpreter))
            var pairs: [LanguagePair] = []
            if random.percent(90) {
                let language = foreign()
                pairs.append(LanguagePair("cs", language))
                if random.percent(90) { pairs.append(LanguagePair(language, "cs")) }
                if random.percent(30) {
                    let other = foreign()
                    if other != language { pairs.append(random.percent(50) ? LanguagePair(language, other) : LanguagePair(other, language)) }
                }
            } else {
                let a = foreign(), b = foreign()
                if a != b { pairs += [LanguagePair(a, b), LanguagePair(b, a)] } else { pairs.append(LanguagePair("cs", a)) }
            }
            var modes: [InterpretingMode] = [.consecutive]
            if random.percent(60) { modes.append(.whispered) }
            if random.percent(40) { modes.append(.simultaneous) }
            var availability: [AvailabilityWindow] = []
            if random.percent(50) {
                let length = 2 + Int(random.next() % 5)
                let start = Int(random.next() % UInt64(max(1, days - length + 1)))
                availability = [AvailabilityWindow(start: LocalDateTime(date: first.adding(days: start), time: TimeOfDay(hour: 7, minute: 0)!),
                                                   end: LocalDateTime(date: first.adding(days: min(days - 1, start + length - 1)),
                                                                      time: TimeOfDay(hour: 23, minute: 0)!))]
            }
            let maximum = [240, 300, 360, 360, 420, 480][Int(random.next() % 6)]
            interpreters.append(Interpreter(participantId: id, visitId: 1, pairs: pairs, modes: modes, availability: availability,
                                            maxMinutesPerDay: maximum))
        }

        // The programme.
        let venues = ["Radnice", "Sokolovna", "Zámek", "Kino", "Knihovna", "Škola", "Kostel", "Muzeum", "Divadlo",
                      "Sportovní hala", "Hotel Slavia", "Pivovar"]
        var items: [ProgrammeItem] = []
        for index in 0..<itemCount {
            let day = first.adding(days: index * days / max(1, itemCount))
            let length = [45, 60, 60, 90, 90, 120, 120, 150, 180, 240][Int(random.next() % 10)]
            // 08:00 to 22:00, in quarter hours.
            let latest = (22 * 60 - length - 8 * 60) / 15
            let start = 8 * 60 + 15 * Int(random.next() % UInt64(latest + 1))
            let end = start + length
            let working = random.percent(80) ? "cs" : foreign()
            var audience: [String] = []
            let wanted = 2 + Int(random.next() % 3)
            while audience.count < wanted {
                let code = random.percent(20) ? "cs" : foreign()
                if code != working && !audience.contains(code) { audience.append(code) }
            }
            let mode: InterpretingMode = random.percent(70) ? .consecutive : (random.percent(67) ? .simultaneous : .whispered)
            let groupIds = audience.map { code in groups[languages.firstIndex(of: code)!].id! }
            items.append(ProgrammeItem(id: newId(), visitId: 1, titles: ["cs": "Bod programu \(index + 1)"],
                                       timing: ItemTiming(start: LocalDateTime(date: day, time: TimeOfDay(hour: start / 60, minute: start % 60)!),
                                                          end: LocalDateTime(date: day, time: TimeOfDay(hour: end / 60, minute: end % 60)!),
                                                          timeZone: zone),
                                       location: ItemLocation(name: venues[Int(random.next() % UInt64(venues.count))]),
                                       audience: Audience(groupIds: groupIds), workingLanguage: working, status: .confirmed,
                                       interpretation: InterpretationPlan(mode: mode)))
        }
        return VisitSnapshot(details: VisitDetails(visit: visit, hostTown: host, partnerTowns: []), participants: participants,
                             offers: [], placements: [], placementSettings: PlacementSettings(), programme: items, groups: groups,
                             interpreters: interpreters)
    }
}
