/// What cleaning the database's copies did, after an erasure or a retention: each copy
/// rewritten without the data, left as it was, deleted, or neither.
public struct CopiesCleaning: Sendable, Hashable {
    /// Copies rewritten without the erased data.
    public let cleaned: [String]
    /// Copies that never held it, left as they were.
    public let untouched: [String]
    /// Copies that could not be cleaned and were deleted instead.
    public let deleted: [String]
    /// Copies that could neither be cleaned nor deleted: they still hold the data.
    public let failed: [String]

    /// Nothing cleaned (nothing was erased).
    static let none = CopiesCleaning(cleaned: [], untouched: [], deleted: [], failed: [])

    init(cleaned: [String], untouched: [String], deleted: [String], failed: [String]) {
        self.cleaned = cleaned
        self.untouched = untouched
        self.deleted = deleted
        self.failed = failed
    }

    /// Cleans each copy with `scrub`, one after the other.
    init(_ copies: [DatabaseCopy], with scrub: some DatabaseScrub) {
        var cleaned: [String] = [], untouched: [String] = [], deleted: [String] = [], failed: [String] = []
        for copy in copies {
            switch BackupCleaner.clean(copy.path, with: scrub) {
            case .cleaned: cleaned.append(copy.path)
            case .untouched: untouched.append(copy.path)
            case .deleted: deleted.append(copy.path)
            case .failed: failed.append(copy.path)
            }
        }
        self.init(cleaned: cleaned, untouched: untouched, deleted: deleted, failed: failed)
    }

    /// " 3 backups cleaned.", with the deleted ones: what a summary adds after its first sentence.
    var summarySuffix: String {
        var text = ""
        if !cleaned.isEmpty {
            text += " " + trn("{count} backup cleaned.", "{count} backups cleaned.", cleaned.count)
        }
        if !deleted.isEmpty {
            text += " " + trn("{count} backup could not be cleaned and was deleted.", "{count} backups could not be cleaned and were deleted.", deleted.count)
        }
        return text
    }

    /// One line per cleaned or deleted copy.
    var lines: [String] {
        cleaned.map { tr("Cleaned: {path}", ["path": $0]) } + deleted.map { tr("Could not be cleaned, deleted: {path}", ["path": $0]) }
    }

    /// The confirmation's lines about the copies, the Undo history and the damaged copies left
    /// as they are: the same for an erasure and a retention.
    static func confirmationLines(copies: [DatabaseCopy], notCleaned: [String], includingUndoHistory: Bool) -> [String] {
        var lines: [String] = []
        if !copies.isEmpty {
            lines.append(trn("{count} backup copy of the database is cleaned the same way (one that cannot be cleaned is deleted)", "{count} backup copies of the database are cleaned the same way (one that cannot be cleaned is deleted)", copies.count))
        }
        if includingUndoHistory { lines.append(tr("The Undo history is cleared, with the receipts of imports")) }
        return lines + notCleaned.map(notCleanedLine)
    }

    /// "Not cleaned (a damaged copy: delete it by hand): PATH".
    static func notCleanedLine(_ path: String) -> String {
        tr("Not cleaned (a damaged copy: delete it by hand): {path}", ["path": path])
    }

    /// "Still holds a trace (…): PATH", for a file of the open database.
    static func residueLine(_ path: String) -> String {
        tr("Still holds a trace (close other windows on this database and erase again): {path}", ["path": path])
    }
}
