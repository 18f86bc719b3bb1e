import Foundation

/// One language's translations, read from its compiled gettext catalogue (`visitplanner.mo`),
/// with that language's plural rule and locale.
///
/// The window translates through libintl, which follows the process's locale. A document must
/// speak its reader's language whatever the window's is, and on a machine that has only the
/// C.UTF-8 locale, so the exports read the same `.mo` files directly: the format is a fixed,
/// documented table of strings (GNU gettext manual, "The Format of GNU MO Files"), and no
/// library offers per-call language lookup. Translators keep working on the `.po` files.
public struct MessageCatalog: Sendable {
    /// The ISO 639-1 code ("fr").
    public let language: String
    /// The locale of dates, numbers and money in this language (English documents use British
    /// conventions: 24-hour times, day before month, as the other languages of a European visit).
    public let locale: Locale
    public let pluralRule: PluralRule
    /// Message id → its forms (one, or one per plural form). Plural ids are keyed by the singular.
    private let messages: [String: [String]]

    /// English: the message ids themselves.
    public static let english = MessageCatalog(language: "en", messages: [:], pluralRule: .oneOther)

    init(language: String, messages: [String: [String]], pluralRule: PluralRule) {
        self.language = language
        self.messages = messages
        self.pluralRule = pluralRule
        locale = Locale(identifier: Self.localeIdentifier(language))
    }

    /// The locale a document in `language` is formatted with.
    static func localeIdentifier(_ language: String) -> String { language == "en" ? "en_GB" : language }

    /// Reads a compiled catalogue.
    public init(language: String, moFile: URL) throws(MessageCatalogError) {
        let data: Data
        do { data = try Data(contentsOf: moFile) } catch { throw .unreadable(moFile.path) }
        let table = try Self.read(Array(data), path: moFile.path)
        let header = table[""]?.first ?? ""
        var rule = PluralRule.oneOther
        for line in header.split(separator: "\n") where line.lowercased().hasPrefix("plural-forms:") {
            guard let parsed = PluralRule(header: String(line.dropFirst("plural-forms:".count))) else {
                throw .badPluralForms(moFile.path)
            }
            rule = parsed
        }
        self.init(language: language, messages: table, pluralRule: rule)
    }

    /// The translation of `message`, or `message` itself when the catalogue has none.
    public func translate(_ message: String) -> String {
        guard let forms = messages[message], let first = forms.first, !first.isEmpty else { return message }
        return first
    }

    /// The form of a plural message for `count`: the catalogue's, or English's (`one` for 1).
    public func translate(one: String, other: String, count: Int) -> String {
        if let forms = messages[one], forms.count == pluralRule.count {
            let form = forms[pluralRule.form(for: count)]
            if !form.isEmpty { return form }
        }
        return count == 1 ? one : other
    }

    /// Whether the catalogue translates `message` (English translates everything).
    public func has(_ message: String) -> Bool { language == "en" || !(messages[message]?.first ?? "").isEmpty }

    // MARK: The MO file

    /// msgid → msgstr forms. Layout: magic, revision, count N, offset of the id table, offset of
    /// the string table; each table is N (length, offset) pairs of NUL-terminated strings. A plural
    /// id is "one\0other"; its string holds the forms separated by NUL. A context is "ctx\u{4}id".
    static func read(_ bytes: [UInt8], path: String) throws(MessageCatalogError) -> [String: [String]] {
        guard bytes.count >= 28 else { throw .notACatalogue(path) }
        func word(_ offset: Int, bigEndian: Bool) -> Int? {
            guard offset >= 0, offset + 4 <= bytes.count else { return nil }
            let b = bytes[offset..<offset + 4].map(UInt32.init)
            return Int(bigEndian ? b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3] : b[3] << 24 | b[2] << 16 | b[1] << 8 | b[0])
        }
        let bigEndian: Bool
        switch word(0, bigEndian: false) {
        case 0x950412de: bigEndian = false
        case 0xde120495: bigEndian = true
        default: throw .notACatalogue(path)
        }
        guard let count = word(8, bigEndian: bigEndian), let ids = word(12, bigEndian: bigEndian),
              let strings = word(16, bigEndian: bigEndian) else { throw .notACatalogue(path) }
        func string(table: Int, index: Int) -> String? {
            guard let length = word(table + 8 * index, bigEndian: bigEndian),
                  let offset = word(table + 8 * index + 4, bigEndian: bigEndian),
                  offset + length <= bytes.count else { return nil }
            return String(decoding: bytes[offset..<offset + length], as: UTF8.self)
        }
        var messages: [String: [String]] = [:]
        messages.reserveCapacity(count)
        for index in 0..<count {
            guard let id = string(table: ids, index: index), let value = string(table: strings, index: index) else {
                throw .notACatalogue(path)
            }
            // Plural entries are keyed by their singular id (what `translate(one:…)` looks up).
            let key = id.split(separator: "\0", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? id
            messages[key] = value.split(separator: "\0", omittingEmptySubsequences: false).map(String.init)
        }
        return messages
    }
}

/// Why a catalogue could not be read.
public enum MessageCatalogError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(String)
    case notACatalogue(String)
    case badPluralForms(String)

    public var description: String {
        switch self {
        case .unreadable(let path): tr("The translation file {path} cannot be read.", ["path": path])
        case .notACatalogue(let path): tr("{path} is not a compiled translation file (.mo).", ["path": path])
        case .badPluralForms(let path): tr("The plural rule of the translation file {path} cannot be read.", ["path": path])
        }
    }
}
