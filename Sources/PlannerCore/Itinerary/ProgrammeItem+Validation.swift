import Foundation

extension ProgrammeItem {
    /// What keeps the item from being stored. An item outside the visit's dates is not among
    /// them (excursions happen the day before): `ProblemFinder` warns about it instead.
    public func issues(visitLanguages: [String]) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        let host = visitLanguages.first ?? workingLanguage
        if (titles[host] ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            issues.append(.init(.title, .missingTitle(language: host)))
        }
        if TimeZone(identifier: timing.timeZone) == nil {
            issues.append(.init(.timeZone, timing.timeZone.isEmpty ? .required : .unknownTimeZone(timing.timeZone)))
        } else if timing.isAllDay ? timing.endDate < timing.startDate : !timing.isValid {
            issues.append(.init(timing.isAllDay || timing.endDate != timing.startDate ? .endDate : .endTime, .endBeforeStart))
        }
        if !LanguagePair.isCode(workingLanguage) {
            issues.append(.init(.workingLanguage, workingLanguage.isEmpty ? .required : .unreadableLanguage(workingLanguage)))
        }
        if (location.latitude == nil) != (location.longitude == nil) {
            issues.append(.init(.itemLocation, .coordinatesIncomplete))
        } else if let lat = location.latitude, let lon = location.longitude, abs(lat) > 90 || abs(lon) > 180 {
            issues.append(.init(.itemLocation, .coordinateOutOfRange))
        }
        return issues
    }
}

extension Interpreter {
    /// What keeps the profile from being stored.
    public func issues() -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if pairs.isEmpty { issues.append(.init(.languagePairs, .noLanguagePairs)) }
        if modes.isEmpty { issues.append(.init(.modes, .noModes)) }
        if maxMinutesPerDay <= 0 { issues.append(.init(.maxHours, .notPositive)) }
        if let rate, rate.amount < 0 { issues.append(.init(.rate, .negative)) }
        if availability.contains(where: { $0.end <= $0.start }) { issues.append(.init(.availability, .endBeforeStart)) }
        return issues
    }
}

extension LanguagePair {
    /// Reads "cs>de, de>cs, cs<>fr" ("<>" or "↔" for both directions; "→", "->", ">" for one).
    public static func parseList(_ text: String) throws(ValidationIssue.Problem) -> [LanguagePair] {
        var result: [LanguagePair] = []
        for raw in text.split(whereSeparator: { $0 == "," || $0 == ";" }) {
            let part = raw.trimmingCharacters(in: .whitespaces)
            if part.isEmpty { continue }
            var found: [LanguagePair]?
            for separator in ["<>", "↔", "<->"] where part.contains(separator) {
                let sides = part.components(separatedBy: separator).map { $0.trimmingCharacters(in: .whitespaces) }
                if sides.count == 2, sides.allSatisfy(isCode), sides[0].lowercased() != sides[1].lowercased() {
                    found = [LanguagePair(sides[0], sides[1]), LanguagePair(sides[1], sides[0])]
                }
                break
            }
            if found == nil, !part.contains("<"), let pair = LanguagePair(text: part), pair.from != pair.to { found = [pair] }
            guard let found else { throw .unreadablePair(part) }
            for pair in found where !result.contains(pair) { result.append(pair) }
        }
        return result
    }

    /// "cs<>de, cs>pl": `format` as the user types it in a form (and `parseList` reads back).
    public static func typedForm(_ pairs: [LanguagePair]) -> String {
        format(pairs).replacingOccurrences(of: "→", with: ">").replacingOccurrences(of: "↔", with: "<>")
    }

    /// "cs↔de, cs→pl": both directions written once.
    public static func format(_ pairs: [LanguagePair]) -> String {
        var parts: [String] = []
        var done = Set<LanguagePair>()
        for pair in pairs where !done.contains(pair) {
            if pairs.contains(pair.reversed) {
                parts.append("\(pair.from)↔\(pair.to)")
                done.insert(pair.reversed)
            } else {
                parts.append(pair.description)
            }
            done.insert(pair)
        }
        return parts.joined(separator: ", ")
    }
}
