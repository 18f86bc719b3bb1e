import Foundation
import PlannerCore
import Synchronization
import XCTest

final class ChildProcessTests: XCTestCase {
    private static func shell(_ script: String, stderrLimit: Int = 65_536) -> ChildProcess {
        ChildProcess(executable: URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", script], stderrLimit: stderrLimit)
    }

    func testCollectsStatusAndBothStreams() throws {
        let ended = try Self.shell("printf 'one\\ntwo'; echo oops >&2; exit 3").run()
        XCTAssertEqual(ended.status, 3)
        XCTAssertFalse(ended.signalled)
        XCTAssertEqual(String(decoding: ended.stdout, as: UTF8.self), "one\ntwo")
        XCTAssertEqual(String(decoding: ended.stderr, as: UTF8.self), "oops\n")
    }

    func testHandsStdoutOverLineByLineIncludingAnUnfinishedLastLine() throws {
        let lines = Mutex<[String]>([])
        let ended = try Self.shell("echo progress 1 2; sleep 0.2; echo progress 2 2; printf last").run { line in
            lines.withLock { $0.append(line) }
        }
        XCTAssertEqual(ended.status, 0)
        XCTAssertEqual(lines.withLock { $0 }, ["progress 1 2", "progress 2 2", "last"])
        XCTAssertTrue(ended.stdout.isEmpty, "lines handed over are not kept as well")
    }

    func testKeepsAllOfALargeOutput() throws {
        // 4 MB: many times the pipe's buffer, so the child blocks until the reader catches up.
        let ended = try Self.shell("head -c 4194304 /dev/zero").run()
        XCTAssertEqual(ended.stdout.count, 4_194_304)
    }

    func testKeepsOnlyTheStartOfStderr() throws {
        let ended = try Self.shell("head -c 100000 /dev/zero >&2", stderrLimit: 1000).run()
        XCTAssertEqual(ended.stderr.count, 1000)
    }

    func testReportsTheSignalThatEndedTheChild() throws {
        let ended = try Self.shell("echo before; kill -SEGV $$").run()
        XCTAssertTrue(ended.signalled)
        XCTAssertEqual(ended.status, SIGSEGV)
        XCTAssertEqual(String(decoding: ended.stdout, as: UTF8.self), "before\n")
    }

    func testTerminateStopsAChildThatIgnoresSIGTERM() throws {
        let child = Self.shell("trap '' TERM; echo ready; while :; do sleep 0.05; done")
        let ready = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        let result = Mutex<ChildProcess.Termination?>(nil)
        try child.start(onStdoutLine: { _ in ready.signal() }) { termination in
            result.withLock { $0 = termination }
            finished.signal()
        }
        XCTAssertEqual(ready.wait(timeout: .now() + 10), .success)
        child.terminate()
        XCTAssertEqual(finished.wait(timeout: .now() + 10), .success, "SIGKILL follows an ignored SIGTERM")
        XCTAssertEqual(result.withLock { $0?.signalled }, true)
    }

    func testAMissingExecutableThrows() {
        let child = ChildProcess(executable: URL(fileURLWithPath: "/nonexistent/visitplanner"), arguments: [])
        XCTAssertThrowsError(try child.run())
    }

    /// Many short children at once, each decoded while others start and end: the pattern that
    /// crashed with `readabilityHandler` (a race in the pipe teardown corrupting runtime metadata).
    func testManyConcurrentChildren() throws {
        struct Answer: Decodable { let n: Int; let name: String? }
        let failures = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 64) { index in
            do {
                let ended = try Self.shell("echo '{\"n\": \(index), \"name\": null}'; echo noise >&2").run()
                let answer = try JSONDecoder().decode(Answer.self, from: ended.stdout)
                if answer.n != index || ended.stderr != Data("noise\n".utf8) {
                    failures.withLock { $0.append("child \(index): \(answer.n)") }
                }
            } catch {
                failures.withLock { $0.append("child \(index): \(error)") }
            }
        }
        XCTAssertEqual(failures.withLock { $0 }, [])
    }
}
