import Foundation

/// File-system care for the database file: private permissions, the default location, and the
/// backup taken before a migration changes an existing file.
enum DatabaseFile {
    /// `$XDG_DATA_HOME/visitplanner/planner.sqlite3`, falling back to `~/.local/share`.
    static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = xdg
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            dataHome = home + "/.local/share"
        }
        return dataHome + "/visitplanner/planner.sqlite3"
    }

    /// Creates the parent folders (0700) and an empty file (0600) when missing. The file holds
    /// data about minors and health, so nobody else on the machine may read it; SQLite gives its
    /// -wal and -shm files the same mode as the database.
    static func prepare(path: String) throws(PlannerError) {
        let fm = FileManager.default
        let folder = (path as NSString).deletingLastPathComponent
        do {
            if !folder.isEmpty && !fm.fileExists(atPath: folder) {
                try fm.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                       attributes: [.posixPermissions: 0o700])
            }
        } catch {
            throw .cannotCreate(path: path, reason: error.localizedDescription)
        }
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { throw .notADatabase(path: path) }
            // Root may write to any file: honour the user's "read-only" mark ourselves.
            let mode = (try? fm.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? 0o600
            if mode & 0o200 == 0 || !fm.isWritableFile(atPath: path) { throw .readOnly(path: path) }
            return
        }
        guard fm.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw .cannotCreate(path: path, reason: String(cString: strerror(errno)))
        }
    }

    /// Whether the file starts like an SQLite database (or is still empty).
    static func looksLikeSQLite(path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        return header.isEmpty || header == Data("SQLite format 3\0".utf8)
    }

    /// Copies `path` to `<path>.bak-<version>` (keeping an existing backup of that version), with
    /// the database's private mode. Called with the file checkpointed, so the copy is complete.
    static func backup(path: String, schemaVersion: Int) throws(PlannerError) {
        let target = "\(path).bak-\(schemaVersion)"
        let fm = FileManager.default
        guard !fm.fileExists(atPath: target) else { return }
        do {
            try fm.copyItem(atPath: path, toPath: target)
            try fm.setAttributes([.posixPermissions: 0o600], ofItemAtPath: target)
        } catch {
            throw .cannotCreate(path: target, reason: error.localizedDescription)
        }
    }
}
