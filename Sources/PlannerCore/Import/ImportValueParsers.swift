import Foundation

/// What a parser has to say about a cell it read: a warning (the user should check what was
/// made of it) or an error (the cell cannot be used).
public struct ParseNote: Sendable, Hashable {
    public var severity: ImportSeverity
    public var message: String
    public init(_ severity: ImportSeverity, _ message: String) {
        self.severity = severity
        self.message = message
    }
    static func warning(_ message: String) -> ParseNote { ParseNote(.warning, message) }
    static func error(_ message: String) -> ParseNote { ParseNote(.error, message) }
}

/// How dates written with slashes are read: 03/04/2011 is 3 April in France and Central
/// Europe, 4 March in the USA.
public enum DateOrder: String, Sendable, Hashable, Codable {
    /// Day first (03/04/2011 = 3 April).
    case dayFirst
    /// Month first (03/04/2011 = 4 March).
    case monthFirst
    /// Day first, but warn on every date that could be read both ways.
    case dayFirstAsking
}

/// Parsers for the values of registration spreadsheets, in English, Czech, German, French and
/// Polish. Each returns the value (nil when the cell is empty or unreadable) and, when the user
/// should know, a note. They never throw.
public enum ImportValueParsers {
    // MARK: Dates

    /// Reads `dd.mm.yyyy`, `d. m. yyyy`, `dd/mm/yyyy`, `dd-mm-yyyy`, `yyyy-mm-dd` (and a
    /// trailing time, which is dropped). Impossible days (31.02.2011) are errors; a date that
    /// reads both ways under `.dayFirstAsking` is a warning.
    public static func date(_ text: String, order: DateOrder = .dayFirst) -> (CalendarDate?, ParseNote?) {
        var trimmed = ImportText.trim(text)
        guard !trimmed.isEmpty else { return (nil, nil) }
        // "04/03/2027 01:43:02": the time is not part of a date field.
        if let space = trimmed.lastIndex(of: " "), trimmed[trimmed.index(after: space)...].contains(":") {
            trimmed = ImportText.trim(String(trimmed[..<space]))
        }
        // Messages are made only when needed: translating them costs more than parsing a date.
        var unreadable: ParseNote { ParseNote.error(tr("Cannot read “{text}” as a date (13.05.2027, 13/05/2027 or 2027-05-13)", ["text": text])) }
        let parts = trimmed.split(whereSeparator: { $0 == "." || $0 == "/" || $0 == "-" || $0 == " " }).map(String.init)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else { return (nil, unreadable) }
        var impossible: ParseNote { ParseNote.error(tr("“{text}” is not a real day", ["text": text])) }
        if parts[0].count == 4 {
            guard let date = CalendarDate(year: a, month: b, day: c) else { return (nil, impossible) }
            return (date, nil)
        }
        guard parts[2].count == 4 || parts[2].count == 2, parts[0].count <= 2, parts[1].count <= 2 else { return (nil, unreadable) }
        var year = c
        var note: ParseNote?
        if parts[2].count == 2 {
            let thisYear = CalendarDate.today().year % 100
            year = c > thisYear ? 1900 + c : 2000 + c
            note = .warning(tr("Two-digit year: read as {year}", ["year": String(year)]))
        }
        let slashes = trimmed.contains("/")
        var day = a, month = b
        if slashes && order == .monthFirst { day = b; month = a }
        guard let date = CalendarDate(year: year, month: month, day: day) else {
            // 13/05/2027 under month-first is simply day-first.
            if slashes, order == .monthFirst, let swapped = CalendarDate(year: year, month: b, day: a) { return (swapped, note) }
            return (nil, impossible)
        }
        if slashes && order == .dayFirstAsking && a <= 12 && b <= 12 && a != b {
            return (date, .warning(tr("“{text}” could be day/month or month/day: read as {date}. Accept if that is right.", ["text": text, "date": date.description])))
        }
        return (date, note)
    }

    /// The order for a column of dates: a value like 25/12/2011 proves day-first, 12/25/2011
    /// month-first; if nothing proves it, day-first (silently when the file is French, Czech,
    /// German or Polish, where nobody writes month first; asking otherwise).
    public static func dateOrder(for values: [String], fileLanguage: String?) -> DateOrder {
        var dayFirst = false, monthFirst = false
        for value in values where value.contains("/") {
            let parts = value.split(whereSeparator: { $0 == "/" || $0 == " " })
            guard parts.count >= 3, let a = Int(parts[0]), let b = Int(parts[1]) else { continue }
            if a > 12 && b <= 12 { dayFirst = true }
            if b > 12 && a <= 12 { monthFirst = true }
        }
        if dayFirst { return .dayFirst }
        if monthFirst { return .monthFirst }
        if let fileLanguage, ["fr", "cs", "de", "pl", "sk"].contains(fileLanguage) { return .dayFirst }
        return .dayFirstAsking
    }

    // MARK: Yes / no

    private static let yesWords: Set<String> = ["yes", "y", "true", "1", "x", "ano", "jo", "ja", "j", "oui", "tak",
                                                "si", "vrai", "wahr", "richtig", "ok", "✓", "✔", "signee", "signe", "unterschrieben",
                                                "podepsano", "podpisano", "yes signed", "signed"]
    private static let noWords: Set<String> = ["no", "n", "false", "0", "ne", "nein", "non", "nie", "faux", "falsch", "-", "–", "—",
                                               "keine", "kein", "aucun", "aucune", "none", "zadne", "zadna", "brak", "nic"]

    /// Reads yes/no in the five languages: ano/ne, ja/nein, oui/non, tak/nie, yes/no (also 1/0,
    /// x). A detail in brackets is returned ("Oui (chats)" → yes, "chats"). Empty → nil.
    public static func yesNo(_ text: String) -> (Bool?, detail: String, ParseNote?) {
        let trimmed = ImportText.trim(text)
        guard !trimmed.isEmpty else { return (nil, "", nil) }
        var head = trimmed
        var detail = ""
        if let open = trimmed.firstIndex(of: "(") {
            head = String(trimmed[..<open])
            detail = String(trimmed[trimmed.index(after: open)...].filter { $0 != ")" })
        } else if let separator = trimmed.firstIndex(where: { $0 == "," || $0 == ":" || $0 == "–" || $0 == "—" }) {
            head = String(trimmed[..<separator])
            detail = String(trimmed[trimmed.index(after: separator)...])
        }
        let key = ImportText.fold(ImportText.trim(head))
        let detailText = ImportText.trim(detail)
        if yesWords.contains(key) || yesWords.contains(ImportText.folded(key)) { return (true, detailText, nil) }
        if noWords.contains(key) || noWords.contains(ImportText.folded(key)) { return (false, detailText, nil) }
        return (nil, trimmed, .warning(tr("Cannot read “{text}” as yes or no: taken as no", ["text": text])))
    }

    // MARK: Gender

    private static let genders: [String: Gender] = {
        var map: [String: Gender] = [:]
        for word in ["f", "w", "z", "k", "female", "woman", "girl", "femme", "fille", "feminin", "f.", "weiblich", "frau", "madchen",
                     "zena", "zenske", "zensky", "divka", "kobieta", "dziewczyna", "zenska", "kobiecy", "mrs", "ms"] { map[word] = .female }
        for word in ["m", "h", "male", "man", "boy", "homme", "garcon", "masculin", "mannlich", "mann", "junge", "muz", "muzske",
                     "muzsky", "chlapec", "mezczyzna", "chlopiec", "meski", "mr"] { map[word] = .male }
        for word in ["d", "x", "diverse", "divers", "other", "autre", "non binary", "nonbinary", "non binaire", "jine", "jine pohlavi",
                     "inna", "inne", "nicht binar"] { map[word] = .diverse }
        return map
    }()

    /// femme/homme, weiblich/männlich/divers, žena/muž, kobieta/mężczyzna, female/male, F/M…
    public static func gender(_ text: String) -> (Gender, ParseNote?) {
        let key = ImportText.folded(text)
        guard !key.isEmpty else { return (.notStated, nil) }
        if let gender = genders[key] { return (gender, nil) }
        if let first = key.split(separator: " ").first, let gender = genders[String(first)] { return (gender, nil) }
        return (.notStated, .warning(tr("Cannot read “{text}” as a gender: left as not stated", ["text": text])))
    }

    // MARK: Names

    /// "BONNET" → "Bonnet", "GUÉRIN" → "Guérin", "JEAN-PIERRE" → "Jean-Pierre"; names with
    /// lower-case letters are kept as written. Spaces are tidied.
    public static func name(_ text: String) -> String {
        let tidy = ImportText.trim(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let letters = tidy.filter(\.isLetter)
        guard letters.count >= 2, letters.allSatisfy({ !$0.isLowercase }), letters.contains(where: \.isUppercase) else { return tidy }
        var result = ""
        var startOfWord = true
        for character in tidy.lowercased() {
            result.append(startOfWord ? Character(String(character).uppercased()) : character)
            startOfWord = character == " " || character == "-" || character == "'" || character == "’"
        }
        return result
    }

    /// Splits "Léa Bonnet", "BONNET Léa" or "Bonnet, Léa" into given and family name.
    public static func fullName(_ text: String) -> (given: String, family: String) {
        let tidy = ImportText.trim(text)
        if let comma = tidy.firstIndex(of: ",") {
            return (name(String(tidy[tidy.index(after: comma)...])), name(String(tidy[..<comma])))
        }
        let words = tidy.split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count > 1 else { return ("", name(tidy)) }
        func isCaps(_ word: String) -> Bool {
            let letters = word.filter(\.isLetter)
            return letters.count >= 2 && letters.allSatisfy { !$0.isLowercase }
        }
        let caps = words.map(isCaps)
        if caps.contains(true) && caps.contains(false) {
            let family = words.filter(isCaps).joined(separator: " ")
            let given = words.filter { !isCaps($0) }.joined(separator: " ")
            return (name(given), name(family))
        }
        return (name(words.dropLast().joined(separator: " ")), name(words.last!))
    }

    /// Splits a list cell: "a, b; c", "a et b", "a und b", "a a b", "a i b", "a and b".
    static func listParts(_ text: String) -> [String] {
        var parts: [String] = []
        for piece in text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "/" || $0 == "+" || $0 == "&" || $0 == "\n" }) {
            var current: [Substring] = []
            for word in piece.split(whereSeparator: \.isWhitespace) {
                if ["et", "und", "a", "i", "and", "oraz"].contains(word.lowercased()) && !current.isEmpty {
                    parts.append(current.joined(separator: " "))
                    current = []
                } else {
                    current.append(word)
                }
            }
            if !current.isEmpty { parts.append(current.joined(separator: " ")) }
        }
        return parts.map(ImportText.trim).filter { !$0.isEmpty }
    }

    /// Spreadsheet programs run a cell starting with = + - @ as a formula. The importer keeps
    /// such a cell as text and never evaluates it; phone numbers (+420 …), negative numbers and
    /// a lone dash are not formulas.
    public static func looksLikeFormula(_ text: String, field: ImportField) -> Bool {
        let trimmed = ImportText.trim(text)
        guard let first = trimmed.first, "=+-@".contains(first), trimmed.count > 1 else { return false }
        if field == .phone, Plausibility.isPhone(trimmed) { return false }
        if first == "-" || first == "+", Double(trimmed) != nil { return false }
        if first == "-" && trimmed.dropFirst().first == " " { return false }
        return true
    }

    /// A whole number ≥ 0 ("3", "3 lůžka", "3 beds").
    public static func count(_ text: String) -> (Int?, ParseNote?) {
        let trimmed = ImportText.trim(text)
        guard !trimmed.isEmpty else { return (nil, nil) }
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        guard let value = Int(digits), digits.count <= 4 else {
            return (nil, .error(tr("“{text}” is not a whole number", ["text": text])))
        }
        return (value, digits.count == trimmed.count ? nil : .warning(tr("Read “{text}” as {value}", ["text": text, "value": String(value)])))
    }
}
