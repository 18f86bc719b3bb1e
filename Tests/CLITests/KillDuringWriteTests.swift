import Foundation
import XCTest

/// A process killed with SIGKILL in the middle of writing (a crash, a power cut of the laptop's
/// battery, the OOM killer) must leave a sound database that still holds every change a command
/// had reported done. 100 runs, each killing one of a script's writes (imports, a new visit,
/// placements) at a random moment. (Budget edits have no command yet: the window makes them.)
final class KillDuringWriteTests: XCTestCase {
    static let runs = 100

    private var cli: CLIRunner!
    override func setUpWithError() throws { cli = try CLIRunner() }
    override func tearDown() { cli.cleanUp() }

    /// One step of the script: the arguments (without --database) and what it must leave.
    private enum Step {
        case importGuests(tag: String)
        case assign
        case createVisit(tag: String)

        var kind: String {
            switch self {
            case .importGuests: "import"
            case .assign: "assign"
            case .createVisit: "visits create"
            }
        }

        func arguments(file: String) -> [String] {
            switch self {
            case .importGuests: ["import", "participants", "--visit", "1", file, "--town", "Saint-Aubin-sur-Loire", "--confirm-town"]
            case .assign: ["assign", "--visit", "1", "--apply", "--json"]
            case .createVisit(let tag):
                ["visits", "create", "--title", "Visit \(tag)", "--start", "2027-09-10", "--end", "2027-09-14",
                 "--host-town", "Horní Lhota", "--partner-town", "Saint-Aubin-sur-Loire", "--language", "cs,fr"]
            }
        }
    }

    func testKilledWritesLeaveASoundDatabaseWithEveryReportedChange() throws {
        XCTAssertEqual(try cli.run(database: "demo").status, 0)
        let template = cli.folder.appendingPathComponent("template.sqlite3").path
        try FileManager.default.copyItem(atPath: cli.databasePath, toPath: template)
        var random = SystemRandomNumberGenerator()
        var killedMidway = 0, finishedBeforeTheKill = 0
        // How long each kind of step takes here, from its unkilled runs: kills are spread over
        // that span (plus a tenth), so they land before, during and after the write.
        var durations: [String: [Double]] = [:]

        for run in 0..<Self.runs {
            let database = cli.folder.appendingPathComponent("run-\(run).sqlite3").path
            try FileManager.default.copyItem(atPath: template, toPath: database)
            let steps: [Step] = [.importGuests(tag: "A\(run)"), .createVisit(tag: "V\(run)"), .assign, .importGuests(tag: "B\(run)")]
            let victim = Int.random(in: 0..<steps.count, using: &random)
            var succeeded: [(Step, String)] = []   // with the command's stdout

            for (index, step) in steps.enumerated() where index <= victim {
                var file = ""
                if case .importGuests(let tag) = step { file = try guestFile(tag: tag, rows: 30) }
                let arguments = step.arguments(file: file) + ["--database", database]
                        let kind = step.kind
                let usual = durations[kind].map { $0.reduce(0, +) / Double($0.count) } ?? 0.3
                let killAfter = index == victim ? Double.random(in: 0...(usual * 1.1), using: &random) : nil
                let started = Date()
                let outcome = try runKilling(arguments, after: killAfter)
                if killAfter == nil { durations[kind, default: []].append(Date().timeIntervalSince(started)) }
                if outcome.status == 0 && !outcome.killed {
                    succeeded.append((step, outcome.stdout))
                    if index == victim { finishedBeforeTheKill += 1 }
                } else if index == victim {
                    killedMidway += 1
                } else {
                    XCTFail("run \(run): step \(index) failed without being killed: \(outcome.stderr)")
                }
            }

            let check = try sqlite(database, "PRAGMA integrity_check")
            XCTAssertEqual(check, "ok", "run \(run): integrity_check after a kill")
            let people = try cli.run(["people", "list", "--visit", "1", "--json", "--database", database])
            XCTAssertEqual(people.status, 0, "run \(run): \(people.stderr)")
            let list = try XCTUnwrap(try people.json()["participants"] as? [[String: Any]], people.stdout)
            let names = Set(list.compactMap { $0["fullName"] as? String })
            for (position, (step, stdout)) in succeeded.enumerated() {
                switch step {
                case .importGuests(let tag):
                    let missing = (1...30).map { "Guest\(tag)x\($0) Kill" }.filter { !names.contains($0) }
                    XCTAssertEqual(missing, [], "run \(run): a reported import lost rows")
                case .createVisit(let tag):
                    let visits = try cli.run(["visits", "list", "--json", "--database", database]).stdout
                    XCTAssertTrue(visits.contains("Visit \(tag)"), "run \(run): a reported visit is missing")
                case .assign:
                    // Unless a later assign ran (it may move people), what it stored is there.
                    guard !succeeded.dropFirst(position + 1).contains(where: { if case .assign = $0.0 { true } else { false } }) else { continue }
                    let reported = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
                    let placed = list.filter { !($0["placement"] is NSNull) && $0["placement"] != nil }.count
                    XCTAssertEqual(placed, reported["placedGuests"] as? Int, "run \(run): a reported assign lost placements")
                }
            }
            try? FileManager.default.removeItem(atPath: database)
            for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
        }
        print("SIGKILL runs: \(Self.runs); killed while running: \(killedMidway); finished before the kill: \(finishedBeforeTheKill)")
        XCTAssertGreaterThan(killedMidway, Self.runs / 4, "too few kills landed while a command ran")
    }

    /// 30 new guests with names unique to `tag` (so each import's rows can be found).
    private func guestFile(tag: String, rows: Int) throws -> String {
        var csv = "given name,family name,phone,birth date\n"
        for row in 1...rows { csv += "Guest\(tag)x\(row),Kill,+33 6 12 34 \(String(format: "%02d", row)) 00,2011-0\(1 + row % 9)-1\(row % 10)\n" }
        let path = cli.folder.appendingPathComponent("guests-\(tag).csv").path
        try Data(csv.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Runs the CLI; with `after`, sends SIGKILL that many seconds after the start.
    private func runKilling(_ arguments: [String], after delay: Double?) throws -> CLIRunner.Result {
        try cli.runProgram(CLIRunner.binary, arguments, environment: cli.environment()) { process in
            guard let delay else { return }
            Thread.sleep(forTimeInterval: delay)
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
    }

    /// sqlite3's own answer, from outside the app.
    private func sqlite(_ database: String, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [database, sql]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
