import Foundation
import Synchronization

/// Runs one export in a child `visitplanner export …` process and commits its files atomically.
///
/// Plugin code is native code: if it crashes or hangs it must not take the window (or the
/// caller) with it. The child writes into a private staging folder beside the destination (same
/// file system, so the final `rename` is atomic); only when it exits successfully are the files
/// renamed into place. On failure, timeout or cancel the staging folder is removed: no partial
/// file is ever visible. The child reports progress as `progress I N` lines on its stdout.
///
/// The files are private by default (`ExportFilePermissions`): the staging folder is created
/// 0700 and the child creates its files under umask 077, so no file is ever readable by others
/// on its way; each file gets its final mode before it is renamed into place.
public final class ExportSupervisor: Sendable {
    /// How an export ended.
    public enum Outcome: Sendable, Equatable {
        /// The files now in place.
        case finished([URL])
        /// A translated, one-line reason; `usage` when the child rejected its arguments.
        case failed(String, usage: Bool)
        case cancelled
    }

    public let executable: URL
    public let arguments: [String]
    public let destination: URL
    public let isBatch: Bool
    public let timeout: TimeInterval
    /// Who may read the files once they are in place.
    public let permissions: ExportFilePermissions

    private struct State {
        var child: ChildProcess?
        var staging: URL?
        var cancelled = false
        var timedOut = false
        var done = false
    }
    private let state = Mutex(State())

    /// - Parameters:
    ///   - arguments: the child's `export …` arguments, without the staging options.
    ///   - destination: the file to write, or the folder of a batch.
    ///   - permissions: the files' modes, and those of the folders the export creates.
    public init(executable: URL, arguments: [String], destination: URL, isBatch: Bool, timeout: TimeInterval = 300,
                permissions: ExportFilePermissions = .private) {
        self.executable = executable
        self.arguments = arguments
        self.destination = destination
        self.isBatch = isBatch
        self.timeout = timeout
        self.permissions = permissions
    }

    /// The options that turn `export` into the worker writing into `folder`.
    public static let workerFolderOption = "--worker-folder"

    /// Starts the child. `progress(done, total)` and `completion` are called on a background
    /// queue, `completion` exactly once.
    public func start(progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in },
                      completion: @escaping @Sendable (Outcome) -> Void) {
        let parent = destination.standardizedFileURL.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".visitplanner-export-\(UUID().uuidString.prefix(8))")
        do {
            try Self.createFolders(parent, mode: permissions.folderMode)
            // mkdir with the mode itself: FileManager's attributes are set after creating, a
            // moment in which the folder would be open to others.
            guard mkdir(staging.path, 0o700) == 0 else { throw ExportError(String(cString: strerror(errno))) }
        } catch {
            completion(.failed(Localization.tr("Cannot write in the folder {folder}: {reason}")
                .filled(["folder": parent.path, "reason": (error as? ExportError)?.message ?? error.localizedDescription]), usage: false))
            return
        }
        let child = ChildProcess(executable: executable, arguments: arguments + [Self.workerFolderOption, staging.path])
        state.withLock {
            $0.child = child
            $0.staging = staging
        }
        do {
            try child.start(onStdoutLine: { line in
                let words = line.split(separator: " ")
                if words.count == 3, words[0] == "progress", let done = Int(words[1]), let total = Int(words[2]) {
                    progress(done, total)
                }
            }, completion: { [weak self] termination in
                guard let self else { return }
                completion(self.finish(termination))
            })
        } catch {
            try? FileManager.default.removeItem(at: staging)
            completion(.failed(Localization.tr("Cannot start the export: {reason}").filled(["reason": error.localizedDescription]),
                               usage: false))
            return
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { [weak self] in
            guard let self else { return }
            let running = self.state.withLock { state -> ChildProcess? in
                guard !state.done else { return nil }
                state.timedOut = true
                return state.child
            }
            running?.terminate()
        }
    }

    /// Runs the export and waits for it (the CLI).
    public func run(progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }) -> Outcome {
        let result = Mutex<Outcome?>(nil)
        let finished = DispatchSemaphore(value: 0)
        start(progress: progress) { outcome in
            result.withLock { $0 = outcome }
            finished.signal()
        }
        finished.wait()
        return result.withLock { $0 } ?? .cancelled
    }

    /// Stops the child; the completion reports `.cancelled` and nothing is written.
    public func cancel() {
        let running = state.withLock { state -> ChildProcess? in
            guard !state.done else { return nil }
            state.cancelled = true
            return state.child
        }
        running?.terminate()
    }

    private func finish(_ termination: ChildProcess.Termination) -> Outcome {
        let (staging, cancelled, timedOut) = state.withLock { state in
            state.done = true
            return (state.staging, state.cancelled, state.timedOut)
        }
        guard let staging else { return .cancelled }
        defer { try? FileManager.default.removeItem(at: staging) }
        if cancelled { return .cancelled }
        if timedOut {
            return .failed(Localization.tr("The export did not finish within {seconds} seconds and was stopped; nothing was written.")
                .filled(["seconds": String(Int(timeout))]), usage: false)
        }
        if termination.signalled {
            return .failed(Localization.tr("The export plugin crashed (signal {signal}); nothing was written.")
                .filled(["signal": Self.signalName(termination.status)]), usage: false)
        }
        guard termination.status == 0 else {
            let message = String(decoding: termination.stderr, as: UTF8.self)
                .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                .first { !$0.hasPrefix("Usage:") && !$0.hasPrefix("See '") && !$0.hasPrefix("Help:") }
            let usage = termination.status == 2 || termination.status == 64
            return .failed(message.map(Self.withoutPrefix)
                ?? Localization.tr("The export failed (status {status}); nothing was written.")
                .filled(["status": String(termination.status)]), usage: usage)
        }
        return commit(from: staging)
    }

    /// Moves the staged files into place: one `rename` per file.
    private func commit(from staging: URL) -> Outcome {
        let manager = FileManager.default
        let staged = ((try? manager.contentsOfDirectory(atPath: staging.path)) ?? []).sorted()
        do {
            if isBatch {
                try Self.createFolders(destination, mode: permissions.folderMode)
                var placed: [URL] = []
                for name in staged {
                    let target = destination.appendingPathComponent(name)
                    try setMode(of: staging.appendingPathComponent(name))
                    guard rename(staging.appendingPathComponent(name).path, target.path) == 0 else {
                        throw ExportError(String(cString: strerror(errno)))
                    }
                    placed.append(target)
                }
                return .finished(placed)
            }
            guard staged.count == 1, let name = staged.first else {
                return .failed(Localization.tr("The export produced no file."), usage: false)
            }
            try setMode(of: staging.appendingPathComponent(name))
            guard rename(staging.appendingPathComponent(name).path, destination.path) == 0 else {
                throw ExportError(String(cString: strerror(errno)))
            }
            return .finished([destination])
        } catch {
            return .failed(Localization.tr("Cannot put the exported file in place: {reason}")
                .filled(["reason": "\(error)"]), usage: false)
        }
    }

    /// Gives a staged file its final mode, whatever mode its plugin created it with.
    private func setMode(of file: URL) throws {
        guard chmod(file.path, permissions.fileMode) == 0 else { throw ExportError(String(cString: strerror(errno))) }
    }

    /// Creates `folder` and its missing parents with `mode`; folders that exist keep theirs.
    static func createFolders(_ folder: URL, mode: mode_t) throws {
        var missing: [URL] = []
        var current = folder.standardizedFileURL
        while !FileManager.default.fileExists(atPath: current.path), current.path != "/" {
            missing.append(current)
            current = current.deletingLastPathComponent()
        }
        for url in missing.reversed() {
            // mkdir applies the umask, which may only narrow the mode; chmod widens a shared
            // folder to exactly its mode (never a private one, so no moment open to others).
            guard mkdir(url.path, mode) == 0 || errno == EEXIST else { throw ExportError(String(cString: strerror(errno))) }
            if mode & 0o077 != 0 { _ = chmod(url.path, mode) }
        }
    }

    /// The child's line without the "visitplanner: " or ArgumentParser's "Error: " prefix.
    static func withoutPrefix(_ line: String) -> String {
        for prefix in ["visitplanner: ", "Error: "] where line.hasPrefix(prefix) { return String(line.dropFirst(prefix.count)) }
        return line
    }

    /// A signal that ended a child, as messages name it: "6, SIGABRT".
    public static func signalName(_ number: Int32) -> String {
        let names: [Int32: String] = [SIGSEGV: "SIGSEGV", SIGABRT: "SIGABRT", SIGILL: "SIGILL", SIGBUS: "SIGBUS", SIGFPE: "SIGFPE",
                                      SIGKILL: "SIGKILL", SIGTERM: "SIGTERM", SIGTRAP: "SIGTRAP"]
        return names[number].map { "\(number), \($0)" } ?? String(number)
    }
}
