import Foundation

/// Why the store refused to open a file or to do what was asked.
public enum PlannerError: Error, Sendable, Equatable, CustomStringConvertible {
    case notADatabase(path: String)
    case corrupt(path: String)
    case readOnly(path: String)
    case newerSchema(path: String)
    case cannotCreate(path: String, reason: String)
    case notFound(RecordKind, key: String)
    case ambiguous(RecordKind, key: String)
    case invalid(ValidationFailure)
    case storage(String)
    /// Undo or redo found rows it would restore changed since the edit (another window, the
    /// command line), or would leave a row pointing at one that is gone.
    case changedSince
    /// There is no backup of this database that passes SQLite's integrity check.
    case noBackup(path: String)

    /// One translated sentence, for a dialog or for the CLI's single error line.
    public var message: String {
        switch self {
        case .notADatabase(let path):
            tr("“{path}” is not a VisitPlanner database (it is not an SQLite file). Nothing was changed.", ["path": path])
        case .corrupt(let path):
            tr("The database “{path}” is damaged. Nothing was written to it. Restore a backup (visitplanner backup restore, or Restore from Backup… in the window): the damaged file is then kept aside, never deleted.", ["path": path])
        case .readOnly(let path):
            tr("The database “{path}” is read-only. Make it writable or choose another file.", ["path": path])
        case .newerSchema(let path):
            tr("The database “{path}” was written by a newer version of VisitPlanner. Update VisitPlanner to open it.", ["path": path])
        case .cannotCreate(let path, let reason):
            tr("Cannot create the database “{path}”: {reason}", ["path": path, "reason": reason])
        case .notFound(let kind, let key):
            kind.notFound(key)
        case .ambiguous(let kind, let key):
            kind.ambiguous(key)
        case .invalid(let failure):
            failure.issues.map { "\($0.field.rawValue): \($0.message)" }.joined(separator: "; ")
        case .storage(let detail):
            tr("The database could not be updated: {detail}", ["detail": detail])
        case .noBackup(let path):
            tr("There is no usable backup of “{path}”.", ["path": path])
        case .changedSince:
            tr("The rows this edit touched were changed since, in another window or on the command line, so it cannot be taken back or done again. Nothing was changed.")
        }
    }

    public var description: String { message }

    public static func == (a: PlannerError, b: PlannerError) -> Bool { a.message == b.message }
}

extension ValidationFailure: Equatable {
    public static func == (a: ValidationFailure, b: ValidationFailure) -> Bool { a.issues == b.issues }
}
