/// One sign of where the people of a file come from.
public enum OriginSign: Sendable, Hashable {
    /// The file's header is written in this language (ISO 639-1).
    case headerLanguage(String)
    /// A phone number with this international code ("+49"), of this country ("DE").
    case phoneCode(String, country: String)
    /// The person speaks this language (ISO 639-1) natively.
    case nativeLanguage(String)

    /// "headers in German", "+49 phone numbers", "native speakers of German".
    public var description: String {
        switch self {
        case .headerLanguage(let code): tr("headers in {language}", ["language": CountrySigns.languageName(code)])
        case .phoneCode(let code, _): tr("{code} phone numbers", ["code": code])
        case .nativeLanguage(let code): tr("native speakers of {language}", ["language": CountrySigns.languageName(code)])
        }
    }

    /// The kind and value for machine-readable output: "header:de", "phone:+49", "native:de".
    public var key: String {
        switch self {
        case .headerLanguage(let code): "header:\(code)"
        case .phoneCode(let code, _): "phone:\(code)"
        case .nativeLanguage(let code): "native:\(code)"
        }
    }

    /// The country the sign points to, if one can be named.
    var country: String? {
        switch self {
        case .headerLanguage(let code), .nativeLanguage(let code): CountrySigns.mainCountry(ofLanguage: code)
        case .phoneCode(_, let country): country
        }
    }

    /// A phone number says where someone lives: it counts double.
    var weight: Int {
        if case .phoneCode = self { return 2 }
        return 1
    }

    /// Header first, then phones, then languages (the order of the message).
    var order: Int {
        switch self {
        case .headerLanguage: 0
        case .phoneCode: 1
        case .nativeLanguage: 2
        }
    }
}

/// What a file says about where its people come from, before any town is chosen: the header's
/// language and each row's phone codes and native languages.
public struct ImportOrigin: Sendable, Hashable {
    /// The header's language, if recognised.
    public var headerLanguage: String?
    /// Each participant row's own signs, by row number as in the file.
    public var rowSigns: [Int: [OriginSign]]
    /// The row numbers looked at, in file order.
    public var rowNumbers: [Int]

    public init(headerLanguage: String?, rowSigns: [Int: [OriginSign]], rowNumbers: [Int]) {
        self.headerLanguage = headerLanguage
        self.rowSigns = rowSigns
        self.rowNumbers = rowNumbers
    }

    /// Every sign of row `number`, the header's included.
    public func signs(ofRow number: Int) -> [OriginSign] {
        (headerLanguage.map { [OriginSign.headerLanguage($0)] } ?? []) + (rowSigns[number] ?? [])
    }

    /// The country most signs point to (phones count double); nil when nothing points anywhere.
    public var likelyCountry: String? { ImportOriginCheck.likelyCountry(of: rowNumbers.map(signs(ofRow:))) }

    /// The file's signs that point to `likelyCountry`, most frequent kinds first.
    public var signsOfLikelyCountry: [OriginSign] {
        guard let country = likelyCountry else { return [] }
        return ImportOriginCheck.distinct(rowNumbers.flatMap(signs(ofRow:)).filter { $0.country == country })
    }

    /// "The file looks like people from Germany (headers in German, +49 phone numbers).", or nil
    /// when the file gives no sign.
    public var summary: String? {
        guard let country = likelyCountry else { return nil }
        return tr("The file looks like people from {country} ({signs}).", ["country": CountrySigns.countryName(country), "signs": ImportOriginCheck.list(signsOfLikelyCountry)])
    }

    /// `summary`, and the town among `towns` in that country when there is one: "… Birkenfeld am
    /// See is in Germany." For the step where the user chooses the town.
    public func hint(among towns: [Town]) -> String? {
        guard let summary else { return nil }
        guard let town = matchingTown(among: towns) else { return summary }
        return summary + " " + tr("{town} is in {country}.", ["town": town.name, "country": CountrySigns.countryName(town.countryCode)])
    }

    /// The one town among `towns` in the likely country, to point the user at (never chosen for them).
    public func matchingTown(among towns: [Town]) -> Town? {
        guard let country = likelyCountry else { return nil }
        let matches = towns.filter { $0.countryCode == country }
        return matches.count == 1 ? matches[0] : nil
    }
}

/// Rows that look as if they came from another country than the town they would be stored
/// under. The import needs an explicit confirmation (`ImportPreview.confirmTown()`).
public struct ImportOriginWarning: Sendable, Hashable {
    /// The town the rows would be stored under.
    public var townId: Int64
    /// Where the rows seem to come from, when the signs name a country.
    public var country: String?
    /// Row numbers as in the file.
    public var rows: [Int]
    /// The signs against the town, header first.
    public var signs: [OriginSign]
    /// "These 14 rows look like people from Germany (…), but Saint-Aubin-sur-Loire is in France."
    public var message: String
}

/// Decides whether a file's rows fit the town they would be stored under, from signs alone:
/// the header's language, phone country codes and native languages. A row contradicts its town
/// when its own signs point elsewhere and none of them to the town (or, without own signs, when
/// the header is in another language than the town's, English and the host's aside).
public enum ImportOriginCheck {
    /// How one sign relates to one town.
    public enum Verdict: Sendable, Hashable {
        case supports, contradicts, neutral
    }

    /// A participant's own signs: the country code of the phone, the native languages.
    public static func signs(of participant: Participant) -> [OriginSign] {
        var signs: [OriginSign] = []
        if let dial = CountrySigns.dialCode(of: participant.phone) { signs.append(.phoneCode(dial.code, country: dial.country)) }
        for skill in participant.languages where skill.level == .native { signs.append(.nativeLanguage(skill.code)) }
        return signs
    }

    /// The signs of a preview's participant rows.
    public static func origin(of rows: [ImportRow], headerLanguage: String?) -> ImportOrigin {
        var signs: [Int: [OriginSign]] = [:]
        for row in rows { if let p = row.participant { signs[row.number] = Self.signs(of: p) } }
        return ImportOrigin(headerLanguage: headerLanguage, rowSigns: signs, rowNumbers: rows.filter { $0.participant != nil }.map(\.number))
    }

    /// Whether `sign` speaks for `town`, against it, or says nothing. A header in English, or in
    /// the host town's language (committees hand out their own forms), says nothing.
    public static func verdict(_ sign: OriginSign, for town: Town, host: Town?) -> Verdict {
        guard !town.countryCode.isEmpty else { return .neutral }
        let spoken = Set(town.languages + CountrySigns.languages(ofCountry: town.countryCode))
        switch sign {
        case .headerLanguage(let code):
            if spoken.contains(code) { return .supports }
            if code == "en" { return .neutral }
            if let host, host.id != town.id,
               Set(host.languages + CountrySigns.languages(ofCountry: host.countryCode)).contains(code) { return .neutral }
            return .contradicts
        case .phoneCode(_, let country):
            return country == town.countryCode ? .supports : .contradicts
        case .nativeLanguage(let code):
            guard !spoken.isEmpty else { return .neutral }
            return spoken.contains(code) ? .supports : .contradicts
        }
    }

    /// The signs of one row (its own and the header's) that contradict `town`, or none. The
    /// row's own signs (phone, native languages) decide; the header only when they say nothing.
    /// A row with any own sign for its town is fine.
    public static func contradictions(_ signs: [OriginSign], town: Town, host: Town?) -> [OriginSign] {
        let judged = signs.map { ($0, verdict($0, for: town, host: host)) }
        let own = judged.filter { if case .headerLanguage = $0.0 { return false } else { return true } }
        let header = judged.filter { if case .headerLanguage = $0.0 { return true } else { return false } }
        guard !own.contains(where: { $0.1 == .supports }) else { return [] }
        if !own.contains(where: { $0.1 == .contradicts }) && header.contains(where: { $0.1 == .supports }) { return [] }
        return judged.filter { $0.1 == .contradicts }.map(\.0)
    }

    /// One warning per town whose rows look as if they came from elsewhere. `townOfRow` is the
    /// town each row would be stored under (rows without one are left out).
    public static func warnings(_ origin: ImportOrigin, host: Town?, townOfRow: (Int) -> Town?) -> [ImportOriginWarning] {
        var byTown: [Int64: (town: Town, rows: [Int], signs: [[OriginSign]])] = [:]
        var order: [Int64] = []
        for number in origin.rowNumbers {
            guard let town = townOfRow(number), let id = town.id else { continue }
            let against = contradictions(origin.signs(ofRow: number), town: town, host: host)
            guard !against.isEmpty else { continue }
            if byTown[id] == nil { order.append(id); byTown[id] = (town, [], []) }
            byTown[id]!.rows.append(number)
            byTown[id]!.signs.append(against)
        }
        return order.map { id in
            let (town, rows, signs) = byTown[id]!
            let country = likelyCountry(of: signs)
            let shown = distinct(signs.flatMap { $0 })
            let values = ["count": String(rows.count), "signs": list(shown), "town": town.name,
                          "townCountry": CountrySigns.countryName(town.countryCode),
                          "country": country.map(CountrySigns.countryName) ?? ""]
            let message = country != nil
                ? trn("This row looks like someone from {country} ({signs}), but {town} is in {townCountry}.",
                      "These {count} rows look like people from {country} ({signs}), but {town} is in {townCountry}.", rows.count)
                : trn("This row does not look like someone from {townCountry} ({signs}), where {town} is.",
                      "These {count} rows do not look like people from {townCountry} ({signs}), where {town} is.", rows.count)
            return ImportOriginWarning(townId: id, country: country, rows: rows, signs: shown, message: message.filled(values))
        }
    }

    /// The country the most weight points to, over rows of signs; ties go to the first in code order.
    static func likelyCountry(of rows: [[OriginSign]]) -> String? {
        var votes: [String: Int] = [:]
        for signs in rows { for sign in signs { if let country = sign.country { votes[country, default: 0] += sign.weight } } }
        return votes.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    /// Each sign once: header first, then phones and languages, the most frequent first.
    static func distinct(_ signs: [OriginSign]) -> [OriginSign] {
        var count: [OriginSign: Int] = [:]
        var first: [OriginSign: Int] = [:]
        for (index, sign) in signs.enumerated() {
            count[sign, default: 0] += 1
            if first[sign] == nil { first[sign] = index }
        }
        return count.keys.sorted { ($0.order, -count[$0]!, first[$0]!) < ($1.order, -count[$1]!, first[$1]!) }
    }

    /// "headers in German, +49 phone numbers, native speakers of German" (at most five).
    static func list(_ signs: [OriginSign]) -> String {
        signs.prefix(5).map(\.description).joined(separator: ", ")
    }
}
