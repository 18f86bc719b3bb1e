/// A CSV file as RFC 4180 wants it: fields quoted when they hold the separator, a quote or a
/// line break, quotes doubled, CRLF between records.
///
/// A cell that begins with `=`, `+`, `-` or `@` (or a tab or carriage return) is prefixed with
/// an apostrophe: spreadsheet programs would otherwise run it as a formula (CSV injection, OWASP).
/// Negative numbers are the one legitimate exception and stay as they are.
public struct CSVDocument: Sendable {
    public let separator: Character
    public private(set) var records: [[String]] = []

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
        var value = raw
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(value) == nil {
            value = "'" + value
        }
        let needsQuotes = value.contains(separator) || value.contains("\"") || value.contains("\n") || value.contains("\r")
            || value.hasPrefix(" ") || value.hasSuffix(" ")
        return needsQuotes ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
    }

    /// The options every CSV export offers: separator and byte-order mark.
    public static func exportOptions() -> [ExportOption] {
        [ExportOption(key: "separator", label: Localization.tr("Separator"),
                      kind: .choice([.init("comma", label: Localization.tr("Comma")),
                                     .init("semicolon", label: Localization.tr("Semicolon (spreadsheets set to Czech, German, French)"))]),
                      defaultValue: "comma"),
         ExportOption(key: "bom", label: Localization.tr("Byte-order mark for spreadsheet programs"), kind: .flag, defaultValue: "false")]
    }

    /// The separator an export job chose.
    public static func separator(of job: ExportJob) -> Character { job.option("separator") == "semicolon" ? ";" : "," }
}
