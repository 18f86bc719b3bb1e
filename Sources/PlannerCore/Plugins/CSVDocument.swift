import Foundation

/// A CSV file as RFC 4180 wants it: fields quoted when they hold the separator, a quote or a
/// line break, quotes doubled, CRLF between records.
///
/// Cells are written so that spreadsheet programs show them as they are and run nothing (CSV
/// injection, OWASP); see docs/exports.md, where LibreOffice's and Excel's readings are listed:
/// - a cell that begins with `=`, `+`, `-` or `@` (or a tab or carriage return) is prefixed with
///   an apostrophe, which shows that it was neutralised: Excel would run it as a formula;
/// - a plain number (`-5`, `+3`, `-2.5`) stays as it is, unless it is a phone number;
/// - a phone number that begins with `+` ("+420 775 924 589") gets an invisible word joiner
///   (U+2060) in front instead: an apostrophe would be shown, and "00420 775 924 589" is read as
///   the number 420775924589 where a space groups thousands (Czech, French, Polish).
public struct CSVDocument: Sendable {
    public let separator: Character
    public private(set) var records: [[String]] = []

    /// U+2060 WORD JOINER: invisible, not a space (never trimmed), and neither a sign nor a
    /// digit, so no spreadsheet reads what follows as a formula or a number.
    public static let textMarker = "\u{2060}"

    public init(header: [String], separator: Character = ",") {
        self.separator = separator
        records.append(header)
    }

    public mutating func append(_ record: [String]) { records.append(record) }

    /// The text, with a UTF-8 byte-order mark first when `byteOrderMark` (spreadsheet programs
    /// then read accents correctly).
    public func text(byteOrderMark: Bool = false) -> String {
        let body = records.map { $0.map(field).joined(separator: String(separator)) }.joined(separator: "\r\n") + "\r\n"
        return byteOrderMark ? "\u{FEFF}" + body : body
    }

    func field(_ raw: String) -> String {
        let value = Self.cell(raw)
        let needsQuotes = value.contains(separator) || value.contains("\"") || value.contains("\n") || value.contains("\r")
            || value.hasPrefix(" ") || value.hasSuffix(" ")
        return needsQuotes ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
    }

    /// `raw` as a cell that spreadsheets show as it is and never evaluate (see the type's rules).
    public static func cell(_ raw: String) -> String {
        guard let first = raw.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return raw }
        // A phone first: "+4915112345" read as a number would lose its plus.
        if first == "+", isInternationalPhone(raw) { return textMarker + raw }
        if isPlainNumber(raw) { return raw }
        return "'" + raw
    }

    /// A phone number as spreadsheets should show it: as typed. One that begins with `+` (Excel
    /// would take it for a formula) or holds only digits and spaces (read as a number, leading
    /// zeros and grouping lost: "0612 345 678", and "775 924 589" in Czech) gets the invisible
    /// `textMarker` first; anything else is an ordinary cell.
    public static func phone(_ number: String) -> String {
        if number.first == "+", isInternationalPhone(number) { return textMarker + number }
        let spaces = CharacterSet(charactersIn: " \u{00A0}\u{202F}")
        if let first = number.unicodeScalars.first, ("0"..."9").contains(first),
           number.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || spaces.contains($0) }) {
            return textMarker + number
        }
        return number
    }

    /// `-5`, `+3`, `-2.5`, `-2,5`: a number a spreadsheet reads as such, nothing to run.
    static func isPlainNumber(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars
        if let sign = scalars.first, sign == "+" || sign == "-" { scalars = scalars.dropFirst() }
        let parts = String(scalars).split(separator: ".", omittingEmptySubsequences: false).flatMap {
            $0.split(separator: ",", omittingEmptySubsequences: false)
        }
        return (1...2).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && $0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }
    }

    /// `+` then a digit, then only digits, spaces and the marks phone numbers are written with
    /// ("+49 (0)151 2345-67", "+1 555.010.9999"), at least five digits: no expression ("+1+2",
    /// "+SUM(A1)", "+2-3").
    static func isInternationalPhone(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count > 1, scalars[0] == "+", ("0"..."9").contains(scalars[1]) else { return false }
        let marks = CharacterSet(charactersIn: " \u{00A0}\u{202F}-./()")
        var digits = 0
        for scalar in scalars.dropFirst() {
            if ("0"..."9").contains(scalar) { digits += 1 } else if !marks.contains(scalar) { return false }
        }
        return digits >= 5
    }

    // MARK: - Options

    /// A CSV file's field separator (the `separator` option's values).
    public enum Separator: String, Sendable, CaseIterable {
        case comma, semicolon, tab

        public var character: Character {
            switch self {
            case .comma: ","
            case .semicolon: ";"
            case .tab: "\t"
            }
        }
    }

    /// What spreadsheet programs expect of a CSV file in a language's countries: Excel opens it
    /// with the region's list separator, a semicolon where numbers have a decimal comma (cs, de,
    /// fr, pl…), and reads it as UTF-8 only after a byte-order mark; elsewhere a comma, no mark.
    public struct Convention: Sendable, Equatable {
        public let separator: Separator
        public let byteOrderMark: Bool

        public init(separator: Separator, byteOrderMark: Bool) {
            self.separator = separator
            self.byteOrderMark = byteOrderMark
        }

        /// The convention where `language` (ISO 639-1) is spoken, from its number format.
        public init(language: String) {
            let decimalComma = Locale(identifier: language).decimalSeparator == ","
            self.init(separator: decimalComma ? .semicolon : .comma, byteOrderMark: decimalComma)
        }
    }

    /// The options every CSV export offers, separator and byte-order mark, with the defaults of
    /// the language being spoken: the document's while the export worker reads a format for
    /// chosen document languages, else the window's (see `ExportWorker.run`).
    public static func exportOptions() -> [ExportOption] {
        let convention = Convention(language: Localization.document?.language ?? MessageCatalogs.windowLanguage)
        return [ExportOption(key: "separator", label: Localization.tr("Separator"),
                             kind: .choice([.init(Separator.comma.rawValue, label: Localization.tr("Comma")),
                                            .init(Separator.semicolon.rawValue,
                                                  label: Localization.tr("Semicolon (spreadsheets set to Czech, German, French)")),
                                            .init(Separator.tab.rawValue, label: Localization.tr("Tab"))]),
                             defaultValue: convention.separator.rawValue),
                ExportOption(key: "bom", label: Localization.tr("Byte-order mark for spreadsheet programs"), kind: .flag,
                             defaultValue: convention.byteOrderMark ? "true" : "false")]
    }

    /// The separator an export job chose.
    public static func separator(of job: ExportJob) -> Character {
        (job.option("separator").flatMap(Separator.init(rawValue:)) ?? .comma).character
    }
}
