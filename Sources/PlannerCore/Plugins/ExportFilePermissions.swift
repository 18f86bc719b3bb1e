import Foundation

/// Who may read the files an export writes. Exports hold health data and minors' contacts, so
/// they are private like the database unless the user chooses otherwise.
public enum ExportFilePermissions: String, Sendable, Hashable, CaseIterable {
    /// Only the user: files 0600, folders the export creates 0700.
    case `private`
    /// Other users of this computer may read (not change) them: files 0644, new folders 0755.
    case shared

    /// The mode of each exported file.
    public var fileMode: mode_t {
        switch self {
        case .private: 0o600
        case .shared: 0o644
        }
    }

    /// The mode of a folder the export creates (a batch's folder, missing parent folders).
    /// Folders that exist already keep theirs.
    public var folderMode: mode_t {
        switch self {
        case .private: 0o700
        case .shared: 0o755
        }
    }
}
