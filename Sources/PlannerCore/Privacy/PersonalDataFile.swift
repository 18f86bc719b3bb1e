import Foundation

/// Writes a personal-data report where the user asked: readable by the user only (0600, it
/// holds health data and contacts), whole or not at all (a partial file in the same folder,
/// renamed into place).
public enum PersonalDataFile {
    /// The mode of every report file.
    public static let mode: mode_t = 0o600

    /// A report that could not be written.
    public struct WriteError: Error, Sendable {
        public let path: String
        public let reason: String
        /// One sentence for people.
        public var message: String { tr("Cannot write “{path}”: {reason}", ["path": path, "reason": reason]) }
    }

    /// Where the readable copy goes beside the JSON file at `jsonPath`: "x.json" → "x.txt",
    /// any other name gets ".txt" appended.
    public static func textPath(besides jsonPath: String) -> String {
        jsonPath.lowercased().hasSuffix(".json") ? String(jsonPath.dropLast(5)) + ".txt" : jsonPath + ".txt"
    }

    /// Saves a report as the JSON file at `path` and its readable text beside it
    /// (`textPath(besides:)`), both 0600; when the second cannot be written, the first is
    /// removed again. Returns the text file's path.
    @discardableResult
    public static func save(json: Data, text: String, to path: String) throws(WriteError) -> String {
        let textFile = textPath(besides: path)
        try write(json, to: path)
        let written = Result { () throws(WriteError) in try write(Data(text.utf8), to: textFile) }
        if case .failure(let error) = written {
            try? FileManager.default.removeItem(atPath: path)
            throw error
        }
        return textFile
    }

    /// Writes `data` to `path`, replacing a file there.
    public static func write(_ data: Data, to path: String) throws(WriteError) {
        let fm = FileManager.default
        let partial = path + ".partial-\(UUID().uuidString.prefix(8))"
        do {
            guard fm.createFile(atPath: partial, contents: nil, attributes: [.posixPermissions: Int(mode)]) else {
                throw WriteError(path: path, reason: tr("the folder cannot be written to"))
            }
            // The umask may take bits away, never add them; set the mode anyway so it is exactly 0600.
            try fm.setAttributes([.posixPermissions: Int(mode)], ofItemAtPath: partial)
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: partial))
            defer { try? handle.close() }
            try handle.write(contentsOf: data)
            try handle.synchronize()
            guard rename(partial, path) == 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        } catch let error as WriteError {
            try? fm.removeItem(atPath: partial)
            throw error
        } catch {
            try? fm.removeItem(atPath: partial)
            throw WriteError(path: path, reason: error.localizedDescription)
        }
    }
}
