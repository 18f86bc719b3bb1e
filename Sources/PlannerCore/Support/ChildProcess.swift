import Foundation
import Synchronization

/// Runs a child process and collects what it writes, for the code that keeps plugins out of
/// the caller's process (the export supervisor, the window's plugin list).
///
/// Written by hand instead of `FileHandle.readabilityHandler` because, on Linux, that handler
/// installs a libdispatch read source whose teardown races the termination handler and the
/// final read: it corrupted the Swift runtime's metadata and crashed the window in CI ("bad
/// pointer dereference" while decoding the child's answer; swift-corelibs-foundation #5507
/// tracks the race). Here each pipe is drained by blocking `poll`/`read` on its own thread, so
/// no descriptor is ever registered with libdispatch.
public final class ChildProcess: Sendable {
    /// How the child ended and what it wrote.
    public struct Termination: Sendable {
        /// The exit status, or the signal number when `signalled`.
        public let status: Int32
        /// True when a signal ended the child (a crash, or `terminate()`).
        public let signalled: Bool
        /// Everything written on stdout (empty when lines were handed to `onStdoutLine`).
        public let stdout: Data
        /// The first `stderrLimit` bytes written on stderr.
        public let stderr: Data
    }

    public let executable: URL
    public let arguments: [String]
    /// How much of stderr is kept (a child in a loop printing errors must not fill memory).
    public let stderrLimit: Int

    private struct State {
        var process: Process?
        var exited = false
        var stdout = Data()
        var stderr = Data()
    }
    private let state = Mutex(State())

    public init(executable: URL, arguments: [String], stderrLimit: Int = 65_536) {
        self.executable = executable
        self.arguments = arguments
        self.stderrLimit = stderrLimit
    }

    /// Starts the child; `completion` is called once, on a background thread, after the child
    /// has exited and both of its pipes are drained. (Like `Process` itself, this also waits for
    /// any process the child left running with its pipes open.) With `onStdoutLine`, stdout is handed over
    /// line by line (on a background thread) as it arrives instead of being kept.
    public func start(onStdoutLine: (@Sendable (String) -> Void)? = nil,
                      completion: @escaping @Sendable (Termination) -> Void) throws {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err

        let group = DispatchGroup()
        group.enter()
        process.terminationHandler = { [self] _ in
            state.withLock { $0.exited = true }
            group.leave()
        }
        try process.run()
        state.withLock { $0.process = process }

        group.enter()
        Thread.detachNewThread { [self] in
            var pending = Data()
            drain(out.fileHandleForReading) { chunk in
                guard let onStdoutLine else {
                    state.withLock { $0.stdout.append(chunk) }
                    return
                }
                pending.append(chunk)
                while let newline = pending.firstIndex(of: 0x0A) {
                    onStdoutLine(String(decoding: pending[pending.startIndex..<newline], as: UTF8.self))
                    pending.removeSubrange(pending.startIndex...newline)
                }
            }
            if let onStdoutLine, !pending.isEmpty { onStdoutLine(String(decoding: pending, as: UTF8.self)) }
            group.leave()
        }
        group.enter()
        Thread.detachNewThread { [self] in
            drain(err.fileHandleForReading) { chunk in
                state.withLock { state in
                    let room = stderrLimit - state.stderr.count
                    if room > 0 { state.stderr.append(chunk.prefix(room)) }
                }
            }
            group.leave()
        }
        group.notify(queue: .global()) { [self] in
            let termination = state.withLock { state in
                Termination(status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
                            stdout: state.stdout, stderr: state.stderr)
            }
            completion(termination)
        }
    }

    /// Starts the child and waits for it (the command line).
    public func run(onStdoutLine: (@Sendable (String) -> Void)? = nil) throws -> Termination {
        let result = Mutex<Termination?>(nil)
        let finished = DispatchSemaphore(value: 0)
        try start(onStdoutLine: onStdoutLine) { termination in
            result.withLock { $0 = termination }
            finished.signal()
        }
        finished.wait()
        return result.withLock { $0 }!
    }

    /// False once the child has exited (or before it started).
    public var isRunning: Bool {
        state.withLock { $0.process != nil && !$0.exited }
    }

    /// SIGTERM, then SIGKILL two seconds later for a child that ignores it (a plugin stuck in a
    /// loop might). Does nothing once the child has exited.
    public func terminate() {
        guard let process = state.withLock({ $0.exited ? nil : $0.process }), process.isRunning else { return }
        process.terminate()
        let pid = process.processIdentifier
        DispatchQueue.global().asyncAfter(deadline: .now() + 2) { [self] in
            if !state.withLock({ $0.exited }) { kill(pid, SIGKILL) }
        }
    }

    /// Reads `handle` until end of file: when the child and anything it started have closed it.
    private func drain(_ handle: FileHandle, _ deliver: (Data) -> Void) {
        let descriptor = handle.fileDescriptor
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return }
            deliver(Data(buffer[0..<count]))
        }
    }
}
