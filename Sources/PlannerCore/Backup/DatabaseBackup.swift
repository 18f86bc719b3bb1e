import Foundation

/// One rolling backup of a database file: a consistent copy taken through SQLite's backup API.
public struct DatabaseBackup: Sendable, Hashable, Codable {
    /// Its name without the extension, which is also its time: "2026-12-04-183012".
    public let id: String
    public let path: String
    public let date: Date
    public let size: Int64

    /// "2026-12-04 18:30", local time: the ISO style the window and the CLI use for dates.
    public var dateText: String { Self.display.string(from: date) }

    /// "412 KB".
    public var sizeText: String { ByteCountFormatter.string(fromByteCount: size, countStyle: .file) }

    private static let display: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter
    }()
}
