import Foundation
import GRDB

/// What SQLite's `PRAGMA quick_check` says of a database file at open.
public enum IntegrityVerdict: Sendable, Equatable {
    case ok
    /// The check found damage (its first findings), or SQLite could not read the file's pages.
    case damaged(String)
    /// The time budget ran out first (a very large file on a slow disk): opened unchecked.
    case notChecked
}

/// The check at open: `quick_check` (b-tree structure, page and cell bounds; not index
/// contents, which the full `integrity_check` adds at many times the cost) on a read-only
/// connection, so a damaged file is never written to.
enum IntegrityCheck {
    /// A budget a user does not notice at start-up; the sample database takes about a millisecond.
    static let defaultBudget: TimeInterval = 2

    static func quick(path: String, budget: TimeInterval = defaultBudget) -> IntegrityVerdict {
        var config = Configuration()
        config.readonly = true
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            defer { try? queue.close() }
            // interrupt() may be called from any thread; it makes the running statement fail
            // with SQLITE_INTERRUPT, which is "not checked", never "damaged".
            let timer = DispatchWorkItem { queue.interrupt() }
            DispatchQueue.global().asyncAfter(deadline: .now() + budget, execute: timer)
            defer { timer.cancel() }
            let findings = try queue.read { try String.fetchAll($0, sql: "PRAGMA quick_check(20)") }
            return findings == ["ok"] ? .ok : .damaged(findings.prefix(5).joined(separator: "; "))
        } catch let error as DatabaseError where error.resultCode == .SQLITE_INTERRUPT {
            return .notChecked
        } catch let error as DatabaseError where [.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(error.resultCode) {
            return .damaged(error.message ?? "\(error.resultCode)")
        } catch {
            // Cannot open at all (permissions, missing): the open itself will say why.
            return .ok
        }
    }

    /// The full check, for a backup about to be restored.
    static func full(path: String) -> Bool {
        var config = Configuration()
        config.readonly = true
        guard let queue = try? DatabaseQueue(path: path, configuration: config) else { return false }
        defer { try? queue.close() }
        return (try? queue.read { try String.fetchAll($0, sql: "PRAGMA integrity_check(1)") }) == ["ok"]
    }
}
