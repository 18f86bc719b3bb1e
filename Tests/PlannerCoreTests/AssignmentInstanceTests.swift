import XCTest
@testable import PlannerCore

final class AssignmentInstanceTests: XCTestCase {
    private func parse(_ text: String) throws(AssignmentInstanceError) -> AssignmentInstance {
        try AssignmentInstance.parse(json: Data(text.utf8))
    }

    /// The error message of a rejected document (fails the test when it parses).
    private func message(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        do throws(AssignmentInstanceError) {
            _ = try parse(text)
            XCTFail("parsed: \(text)", file: file, line: line)
            return ""
        } catch {
            XCTAssertFalse(error.message.contains("\n"), "one line: \(error.message)", file: file, line: line)
            return error.message
        }
    }

    func testSpecExample() throws {
        let instance = try parse("""
        {
          "units": [ {"id": "u1", "size": 1}, {"id": "u2", "size": 3} ],
          "hosts": [ {"id": "h1", "capacity": 2}, {"id": "h2", "capacity": 4} ],
          "pairs": [ ["u1", "h1", 40], ["u1", "h2", 15], ["u2", "h2", 90] ]
        }
        """)
        XCTAssertEqual(instance.units, [.init(id: "u1", size: 1), .init(id: "u2", size: 3)])
        XCTAssertEqual(instance.hosts, [.init(id: "h1", capacity: 2), .init(id: "h2", capacity: 4)])
        XCTAssertEqual(instance.pairs, [.init(unit: "u1", host: "h1", score: 40), .init(unit: "u1", host: "h2", score: 15),
                                        .init(unit: "u2", host: "h2", score: 90)])
    }

    func testKeyOrderWhitespaceEscapesAndUnknownKeys() throws {
        let instance = try parse("""
        \u{FEFF}{"pairs":[ [ "Dvo\\u0159\\u00e1k \\"jr\\"" ,"h\\/1",-7] ,["b","h\\/1",0]],"comment":{"x":[1,2.5e3,true,null,"]"]},
        \t"hosts" : [{"capacity":3 ,"id":"h/1","note":"ok"}],
         "units":[{"size":2,"id":"Dvořák \\"jr\\""},{"id":"b","size":1.0}]}\r\n
        """)
        XCTAssertEqual(instance.units.map(\.id), ["Dvořák \"jr\"", "b"])
        XCTAssertEqual(instance.units.map(\.size), [2, 1])
        XCTAssertEqual(instance.pairs, [.init(unit: "Dvořák \"jr\"", host: "h/1", score: -7), .init(unit: "b", host: "h/1", score: 0)])
        let solution = try AssignmentSolver.solve(instance)
        XCTAssertEqual(solution.placedGuests, 3)
    }

    func testEmptyAndPairlessInstancesAreValid() throws {
        XCTAssertEqual(try parse(#"{"units":[],"hosts":[],"pairs":[]}"#).units, [])
        XCTAssertEqual(try parse(#"{"units":[{"id":"a","size":1}],"hosts":[{"id":"h","capacity":0}],"pairs":[]}"#).pairs, [])
    }

    func testRoundTrip() throws {
        var rng = SplitMix64(seed: 9)
        for _ in 0..<20 {
            var instance = AssignmentSolverTests.randomInstance(&rng, unitsUpTo: 30, hostsUpTo: 10, bigScores: true)
            instance.units.append(.init(id: "é \" \\ \n \u{1F600}", size: 2))
            let again = try AssignmentInstance.parse(json: instance.jsonData())
            XCTAssertEqual(again, instance)
            // The document is JSON for any other reader too.
            XCTAssertNoThrow(try JSONSerialization.jsonObject(with: instance.jsonData()))
        }
    }

    func testParsedAndBuiltInstancesSolveAlike() throws {
        var rng = SplitMix64(seed: 11)
        for _ in 0..<20 {
            let built = AssignmentSolverTests.randomInstance(&rng, unitsUpTo: 40, hostsUpTo: 20, bigScores: false)
            let parsed = try AssignmentInstance.parse(json: built.jsonData())
            XCTAssertEqual(try AssignmentSolver.solve(parsed), try AssignmentSolver.solve(built))
        }
    }

    func testErrorsNameTheProblem() {
        let hosts = #""hosts":[{"id":"h","capacity":2}]"#
        let units = #""units":[{"id":"a","size":1}]"#
        XCTAssertTrue(message("{\(units),\(hosts),\"pairs\":[[\"zz\",\"h\",1]]}").contains("unknown unit \"zz\""))
        XCTAssertTrue(message("{\(units),\(hosts),\"pairs\":[[\"a\",\"k\",1]]}").contains("unknown host \"k\""))
        XCTAssertTrue(message("{\"pairs\":[[\"a\",\"k\",1]],\(units),\(hosts)}").contains("unknown host \"k\""))
        XCTAssertTrue(message("{\"units\":[{\"id\":\"a\",\"size\":-1}],\(hosts),\"pairs\":[]}").contains("negative size"))
        XCTAssertTrue(message("{\"units\":[{\"id\":\"a\",\"size\":0}],\(hosts),\"pairs\":[]}").contains("size 0"))
        XCTAssertTrue(message("{\(units),\"hosts\":[{\"id\":\"h\",\"capacity\":-2}],\"pairs\":[]}").contains("negative capacity"))
        XCTAssertTrue(message("{\"units\":[{\"id\":\"a\",\"size\":1},{\"id\":\"a\",\"size\":2}],\(hosts),\"pairs\":[]}")
            .contains("duplicate unit id \"a\""))
        XCTAssertTrue(message("{\(units),\"hosts\":[{\"id\":\"h\",\"capacity\":1},{\"id\":\"h\",\"capacity\":1}],\"pairs\":[]}")
            .contains("duplicate host id \"h\""))
        XCTAssertTrue(message("{\(units),\(hosts),\"pairs\":[[\"a\",\"h\",1],[\"a\",\"h\",2]]}")
            .contains("duplicate pair (\"a\", \"h\") at pairs[0] and pairs[1]"))
        XCTAssertTrue(message("{\(units),\(hosts),\"pairs\":[[\"a\",\"h\",1000001]]}").contains("|score| must be at most 1000000"))
        XCTAssertTrue(message("{\(units),\(hosts),\"pairs\":[[\"a\",\"h\",1.5]]}").contains("must be an integer"))
        XCTAssertTrue(message("{\(units),\(hosts),\"pairs\":[[\"a\",\"h\"]]}").contains("expected ','"))
        XCTAssertTrue(message("{\(units),\(hosts),\"pairs\":[[\"a\",\"h\",1,2]]}").contains("']' closing"))
        XCTAssertTrue(message("{\(units),\(hosts)}").contains("no \"pairs\""))
        XCTAssertTrue(message("{\(units),\(units),\(hosts),\"pairs\":[]}").contains("appears twice"))
        XCTAssertTrue(message("{\"units\":[{\"size\":1}],\(hosts),\"pairs\":[]}").contains("has no \"id\""))
        XCTAssertTrue(message("{\"units\":[{\"id\":7,\"size\":1}],\(hosts),\"pairs\":[]}").contains("must be a string"))
        XCTAssertTrue(message("not json").hasPrefix("not valid instance JSON at line 1, column 1"))
        XCTAssertTrue(message("").contains("empty"))
        XCTAssertTrue(message("{\(units),\(hosts),\"pairs\":[]} x").contains("after the top-level object"))
        XCTAssertTrue(message("{\(units),\n\(hosts),\n\"pairs\":[\"a\"]}").contains("line 3"))
        XCTAssertTrue(message("{\"units\":[{\"id\":\"a\",\"size\":1}").contains("expected"))
        XCTAssertTrue(message("{\"units\":[{\"id\":\"a\u{1}\",\"size\":1}],\(hosts),\"pairs\":[]}").contains("control character"))
        XCTAssertTrue(message("[1,2]").contains("expected an object"))
    }

    func testLargeInstanceParsesQuickly() throws {
        // 2,000 units × 150 pairs = 300,000 pairs; the budget is generous for debug builds.
        var text = #"{"units":["#
        for i in 0..<2000 { text += (i > 0 ? "," : "") + #"{"id":"u\#(i)","size":\#(i % 10 == 0 ? 2 : 1)}"# }
        text += #"],"hosts":["#
        for j in 0..<1500 { text += (j > 0 ? "," : "") + #"{"id":"h\#(j)","capacity":\#(1 + j % 4)}"# }
        text += #"],"pairs":["#
        var pairs: [String] = []
        pairs.reserveCapacity(300_000)
        for i in 0..<2000 { for k in 0..<150 { pairs.append(#"["u\#(i)","h\#((i * 7 + k * 10) % 1500)",\#((i * k) % 97 - 40)]"#) } }
        text += pairs.joined(separator: ",") + "]}"
        let data = Data(text.utf8)
        let start = ContinuousClock.now
        let instance = try AssignmentInstance.parse(json: data)
        let elapsed = ContinuousClock.now - start
        XCTAssertEqual(instance.pairs.count, 300_000)
        XCTAssertLessThan(elapsed, .seconds(3), "parse took \(elapsed)")
    }
}
