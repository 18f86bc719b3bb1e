import Foundation
import XCTest

/// `visitplanner solve-instance FILE`: the solution JSON on stdout, one-line errors, exit codes.
final class SolveInstanceTests: XCTestCase {
    private var cli: CLIRunner!

    override func setUpWithError() throws { cli = try CLIRunner() }
    override func tearDown() { cli.cleanUp() }

    private func write(_ text: String, _ name: String = "instance.json") throws -> String {
        let url = cli.folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func testSolvesTheSpecExample() throws {
        let path = try write("""
        {
          "units": [ {"id": "u1", "size": 1}, {"id": "u2", "size": 3} ],
          "hosts": [ {"id": "h1", "capacity": 2}, {"id": "h2", "capacity": 4} ],
          "pairs": [ ["u1", "h1", 40], ["u1", "h2", 15], ["u2", "h2", 90] ]
        }
        """)
        let result = try cli.run(["solve-instance", path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "")
        let json = try result.json()
        XCTAssertEqual(json["assignments"] as? [[String]], [["u1", "h1"], ["u2", "h2"]])
        XCTAssertEqual(json["placed_guests"] as? Int, 4)
        XCTAssertEqual(json["score"] as? Int, 130)
        XCTAssertEqual(json["proven_optimal"] as? Bool, true)
        // --json is implied and accepted; the database is never touched.
        let again = try cli.run(["--json", "solve-instance", path, "--database", cli.databasePath])
        XCTAssertEqual(again.stdout, result.stdout)
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.databasePath))
    }

    func testGroupsAndLexicographicObjective() throws {
        let path = try write("""
        {"units":[{"id":"solo","size":1},{"id":"couple","size":2},{"id":"trio","size":3}],
         "hosts":[{"id":"a","capacity":2},{"id":"b","capacity":2}],
         "pairs":[["solo","a",1000],["couple","a",-5],["trio","a",90],["trio","b",90],["solo","b",-1]]}
        """)
        let result = try cli.run(["solve-instance", path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let json = try result.json()
        XCTAssertEqual(json["assignments"] as? [[String]], [["solo", "b"], ["couple", "a"]])
        XCTAssertEqual(json["placed_guests"] as? Int, 3)
        XCTAssertEqual(json["score"] as? Int, -6)
    }

    func testMalformedInputExitsOneWithOneLine() throws {
        let cases = [
            (#"{"units":[{"id":"a","size":1}],"hosts":[],"pairs":[["a","x",1]]}"#, "unknown host \"x\""),
            (#"{"units":[{"id":"a","size":-2}],"hosts":[],"pairs":[]}"#, "negative size"),
            (#"{"units":[{"id":"a","size":1},{"id":"a","size":1}],"hosts":[],"pairs":[]}"#, "duplicate unit id"),
            ("this is not json", "not valid instance JSON"),
        ]
        for (index, (text, expected)) in cases.enumerated() {
            let path = try write(text, "bad\(index).json")
            let result = try cli.run(["solve-instance", path])
            XCTAssertEqual(result.status, 1, text)
            XCTAssertEqual(result.stdout, "")
            XCTAssertEqual(result.stderrLines.count, 1, result.stderr)
            XCTAssertTrue(result.stderr.hasPrefix("visitplanner: "), result.stderr)
            XCTAssertTrue(result.stderr.contains(expected), "\(expected) in \(result.stderr)")
        }
        let missing = try cli.run(["solve-instance", cli.folder.appendingPathComponent("nope.json").path])
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(missing.stderrLines.count, 1)
        XCTAssertEqual(try cli.run(["solve-instance"]).status, 2)
        let help = try cli.run(["solve-instance", "--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("USAGE"))
    }

    func testSameInputSameOutput() throws {
        var units: [String] = [], hosts: [String] = [], pairs: [String] = []
        for i in 0..<60 { units.append(#"{"id":"u\#(i)","size":\#(i % 5 == 0 ? 2 : 1)}"#) }
        for j in 0..<25 { hosts.append(#"{"id":"h\#(j)","capacity":\#(1 + j % 3)}"#) }
        for i in 0..<60 { for j in 0..<25 where (i + j) % 3 != 0 { pairs.append(#"["u\#(i)","h\#(j)",\#((i * j) % 7)]"#) } }
        let path = try write(#"{"units":[\#(units.joined(separator: ","))],"hosts":[\#(hosts.joined(separator: ","))],"pairs":[\#(pairs.joined(separator: ","))]}"#)
        let first = try cli.run(["solve-instance", path])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertEqual(try cli.run(["solve-instance", path]).stdout, first.stdout)
    }
}
