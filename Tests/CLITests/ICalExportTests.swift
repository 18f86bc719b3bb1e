import Foundation
import PlannerCore
import XCTest

/// `visitplanner export --format ical` (the `ical` plugin) on the sample visit: the bytes of the
/// files (CR LF, 75-octet folding, escaping), and what Python's `icalendar` reads from them
/// (Tests/DataTests/ical_check.py, run with .build/test-venv from meson-helpers/install-deps.sh),
/// compared in UTC with what PlannerCore says. Needs the plugins staged beside the executable
/// (meson-helpers/stage-plugins.sh).
final class ICalExportTests: XCTestCase {
    private var cli: CLIRunner!
    private let sample = "Ascension meeting 2027"

    override func setUpWithError() throws {
        cli = try CLIRunner()
        XCTAssertEqual(try cli.run(database: "demo").status, 0)
    }

    override func tearDown() { cli.cleanUp() }

    // MARK: Helpers

    /// Runs `export --visit <sample> --format ical --output <name> arguments…` and returns the file's bytes.
    private func export(_ name: String, _ arguments: String..., file: StaticString = #filePath, line: UInt = #line) throws -> [UInt8] {
        let path = cli.folder.appendingPathComponent(name).path
        let result = try cli.run(["export", "--visit", sample, "--format", "ical", "--output", path] + arguments
            + ["--database", cli.databasePath])
        XCTAssertEqual(result.status, 0, result.stderr, file: file, line: line)
        XCTAssertEqual(result.stderr, "", file: file, line: line)
        return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    private func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    /// The content lines, unfolded (a CR LF followed by a space or a tab joins two lines).
    private func unfolded(_ bytes: [UInt8]) -> [String] {
        text(bytes).replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\r\n\t", with: "")
            .components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    /// The value of the unfolded line `NAME…:value` in the VEVENT with `uid`.
    private func property(_ name: String, ofEvent uid: String, in bytes: [UInt8]) -> String? {
        var inEvent = false, matches = false
        var found: String?
        for line in unfolded(bytes) {
            if line == "BEGIN:VEVENT" { inEvent = true; matches = false; found = nil }
            if inEvent, line == "UID:\(uid)" { matches = true }
            if inEvent, found == nil, line.hasPrefix(name + ":") || line.hasPrefix(name + ";") {
                found = String(line[line.index(after: line.firstIndex(of: ":")!)...])
            }
            if line == "END:VEVENT" {
                if matches { return found }
                inEvent = false
            }
        }
        return nil
    }

    /// Checks the byte-level rules: CR LF after every line and nowhere else, at most 75 octets
    /// per physical line, every physical line valid UTF-8 on its own (no sequence cut by folding).
    private func assertWellFormed(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(Array(bytes.suffix(2)), [13, 10], "the last line ends with CR LF too", file: file, line: line)
        var start = 0
        var count = 0
        for index in bytes.indices {
            if bytes[index] == 13 {
                XCTAssertTrue(index + 1 < bytes.count && bytes[index + 1] == 10, "a CR without LF at byte \(index)", file: file, line: line)
            }
            guard bytes[index] == 10 else { continue }
            XCTAssertTrue(index > 0 && bytes[index - 1] == 13, "a bare LF at byte \(index)", file: file, line: line)
            let physical = Array(bytes[start..<max(start, index - 1)])
            XCTAssertLessThanOrEqual(physical.count, 75, "line \(count + 1) has \(physical.count) octets: \(text(physical))",
                                     file: file, line: line)
            XCTAssertNotNil(String(validating: physical, as: UTF8.self), "line \(count + 1) is not UTF-8 on its own (a split sequence)",
                            file: file, line: line)
            start = index + 1
            count += 1
        }
        XCTAssertGreaterThan(count, 5, file: file, line: line)
    }

    /// The `.build` folder holding the executable the tests run (`.build/<triple>/debug/visitplanner`).
    private static var buildFolder: URL? {
        var folder = CLIRunner.binary.resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.path != "/" {
            if folder.lastPathComponent == ".build" { return folder }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }

    /// What Python's `icalendar` reads from the file (see Tests/DataTests/ical_check.py).
    private func parsed(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        let build = try XCTUnwrap(Self.buildFolder, "cannot find the .build folder above \(CLIRunner.binary.path)", file: file, line: line)
        let python = build.appendingPathComponent("test-venv/bin/python3")
        guard FileManager.default.isExecutableFile(atPath: python.path) else {
            // A failure, not a skip: without the venv nothing checks that calendars can read the files.
            throw SetupError(message: "\(python.path) is missing: run meson-helpers/install-deps.sh "
                + "(it creates the venv with Python's icalendar from PyPI)")
        }
        let script = build.deletingLastPathComponent().appendingPathComponent("Tests/DataTests/ical_check.py")
        let input = cli.folder.appendingPathComponent("check-\(UUID().uuidString).ics")
        try Data(bytes).write(to: input)
        let output = cli.folder.appendingPathComponent("check-\(UUID().uuidString).json")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        defer { try? handle.close() }
        let process = Process()
        process.executableURL = python
        process.arguments = [script.path, input.path]
        process.standardOutput = handle
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "icalendar could not read the file: \(message)", file: file, line: line)
        let json = try JSONSerialization.jsonObject(with: try Data(contentsOf: output))
        let result = try XCTUnwrap(json as? [String: Any], file: file, line: line)
        XCTAssertEqual((result["errors"] as? [Any])?.count, 0, "icalendar noted problems: \(result["errors"] ?? "")", file: file, line: line)
        return result
    }

    private struct SetupError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    private func events(_ parsed: [String: Any], file: StaticString = #filePath, line: UInt = #line) throws -> [[String: Any]] {
        try XCTUnwrap(parsed["events"] as? [[String: Any]], file: file, line: line)
    }

    private func store() throws -> PlannerStore { try PlannerStore(path: cli.databasePath) }

    private func snapshot() throws -> VisitSnapshot { try XCTUnwrap(try store().snapshot(ofVisit: 1)) }

    private func item(_ id: Int64) throws -> ProgrammeItem { try XCTUnwrap(try snapshot().programme.first { $0.id == id }) }

    /// "2027-05-13T15:00:00Z", as ical_check.py prints instants.
    private func utc(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    /// The UID of a programme item, as the visit's file gives it.
    private func uid(ofItem id: Int64, in bytes: [UInt8]) throws -> String {
        let uids = unfolded(bytes).filter { $0.hasPrefix("UID:item-") && $0.hasSuffix("-\(id)@visitplanner") }
        XCTAssertEqual(uids.count, 1, "one event for item \(id)")
        return String(try XCTUnwrap(uids.first).dropFirst(4))
    }

    // MARK: Bytes

    func testVisitFileIsWellFormed() throws {
        let bytes = try export("visit.ics")
        assertWellFormed(bytes)
        let lines = unfolded(bytes)
        XCTAssertEqual(Array(lines.prefix(7)), [
            "BEGIN:VCALENDAR", "PRODID:-//VisitPlanner//VisitPlanner iCal export 1.0//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:Ascension meeting 2027", "X-WR-TIMEZONE:Europe/Prague",
        ])
        XCTAssertEqual(lines.last, "END:VCALENDAR")
        XCTAssertEqual(lines.filter { $0 == "BEGIN:VEVENT" }.count, 13, "every item of the programme")
        for stamp in lines.filter({ $0.hasPrefix("DTSTAMP:") }) {
            XCTAssertNotNil(stamp.range(of: #"^DTSTAMP:\d{8}T\d{6}Z$"#, options: .regularExpression), "DTSTAMP in UTC: \(stamp)")
        }
        // Once per event (the VTIMEZONE's observances have DTSTARTs without parameters).
        for name in ["UID:", "DTSTAMP:", "SEQUENCE:", "DTSTART;", "DTEND;", "SUMMARY:", "DESCRIPTION:", "STATUS:", "TRANSP:"] {
            XCTAssertEqual(lines.filter { $0.hasPrefix(name) }.count, 13, name)
        }
        let welcome = try uid(ofItem: 1, in: bytes)
        XCTAssertEqual(property("DTSTART", ofEvent: welcome, in: bytes), "20270513T170000")
        XCTAssertTrue(lines.contains("DTSTART;TZID=Europe/Prague:20270513T170000"))
        XCTAssertTrue(lines.contains("DTEND;TZID=Europe/Prague:20270513T183000"))
        XCTAssertEqual(property("SUMMARY", ofEvent: welcome, in: bytes), "Příjezd a přivítání starostou", "the host language by default")
        XCTAssertEqual(property("LOCATION", ofEvent: welcome, in: bytes), "Náměstí Míru\\, Horní Lhota", "the comma escaped")
        XCTAssertEqual(property("GEO", ofEvent: welcome, in: bytes), "49.562700;16.074200")
        XCTAssertEqual(property("STATUS", ofEvent: welcome, in: bytes), "CONFIRMED")
        XCTAssertEqual(property("STATUS", ofEvent: try uid(ofItem: 6, in: bytes), in: bytes), "TENTATIVE", "the concert is only planned")
        XCTAssertNil(property("GEO", ofEvent: try uid(ofItem: 9, in: bytes), in: bytes), "the Sokolovna has no coordinates")
    }

    func testLongPolishDescriptionIsFoldedAndEscaped() throws {
        var welcome = try item(1)
        let polish = "Burmistrz wita delegacje na rynku; potem krótki spacer, zwiedzanie ratusza i źródła „Żółw” "
            + "(przewodnik: pan Łukasz Żądło). Back\\slash, średnik; przecinek,\nnowa linia\r\ni jeszcze jedna ąęśćźżółń ĄĘŚĆŹŻÓŁŃ 😀."
        welcome.descriptions["pl"] = polish
        welcome.titles["pl"] = "Przyjazd; powitanie, burmistrz\\ratusz"
        try store().saveProgrammeItem(welcome)
        let bytes = try export("visit-pl.ics", "--language", "pl")
        assertWellFormed(bytes)
        let uid = try uid(ofItem: 1, in: bytes)
        XCTAssertEqual(property("SUMMARY", ofEvent: uid, in: bytes), "Przyjazd\\; powitanie\\, burmistrz\\\\ratusz",
                       "backslash first, then ; and ,")
        let description = try XCTUnwrap(property("DESCRIPTION", ofEvent: uid, in: bytes))
        XCTAssertTrue(description.hasPrefix(
            "Burmistrz wita delegacje na rynku\\; potem krótki spacer\\, zwiedzanie ratusza i źródła „Żółw” (przewodnik: pan Łukasz Żądło). "
            + "Back\\\\slash\\, średnik\\; przecinek\\,\\nnowa linia\\ni jeszcze jedna ąęśćźżółń ĄĘŚĆŹŻÓŁŃ 😀.\\nDla: Wszyscy"), description)
        XCTAssertFalse(text(bytes).contains("\r\r"))
        // The long line really was folded, and more than once.
        let raw = text(bytes)
        let start = try XCTUnwrap(raw.range(of: "DESCRIPTION:Burmistrz"))
        let continuations = raw[start.lowerBound...].components(separatedBy: "\r\n").dropFirst().prefix { $0.hasPrefix(" ") }
        XCTAssertGreaterThanOrEqual(continuations.count, 3, "a 250-octet description takes four physical lines")

        let parsed = try events(try parsed(bytes)).first { $0["uid"] as? String == uid }
        XCTAssertEqual(parsed?["summary"] as? String, "Przyjazd; powitanie, burmistrz\\ratusz")
        let expected = polish.replacingOccurrences(of: "\r\n", with: "\n")
        XCTAssertTrue((parsed?["description"] as? String)?.hasPrefix(expected + "\nDla: Wszyscy") == true,
                      "icalendar reads back the same text: \(parsed?["description"] ?? "")")
    }

    func testFoldingBacksOffToTheStartOfAUTF8Sequence() throws {
        var welcome = try item(1)
        // "SUMMARY:" is 8 octets: 65 more, then a 4-octet emoji that would straddle octet 75.
        welcome.titles["pl"] = String(repeating: "a", count: 65) + "😀" + String(repeating: "ż", count: 40)
        // "DESCRIPTION:" is 12 octets: 62 more, then "ż" (2 octets) over octets 75 and 76.
        welcome.descriptions["pl"] = String(repeating: "b", count: 62) + String(repeating: "ż", count: 80)
        try store().saveProgrammeItem(welcome)
        let bytes = try export("fold.ics", "--language", "pl")
        assertWellFormed(bytes)
        let physical = text(bytes).components(separatedBy: "\r\n")
        let summary = try XCTUnwrap(physical.firstIndex { $0.hasPrefix("SUMMARY:aaaa") })
        XCTAssertEqual(physical[summary].utf8.count, 73, "cut before the emoji, not inside it")
        XCTAssertTrue(physical[summary + 1].hasPrefix(" 😀ż"))
        XCTAssertTrue(physical[summary + 1].utf8.count <= 75)
        let description = try XCTUnwrap(physical.firstIndex { $0.hasPrefix("DESCRIPTION:bbbb") })
        XCTAssertEqual(physical[description].utf8.count, 74, "cut before the ż")
        XCTAssertEqual(physical[description + 1].utf8.count, 75, "a space and 37 × ż")
        let event = try events(try parsed(bytes)).first { $0["uid"] as? String == (try? uid(ofItem: 1, in: bytes)) }
        XCTAssertEqual(event?["summary"] as? String, welcome.titles["pl"])
    }

    // MARK: Identity

    func testUIDsAreStableAcrossExports() throws {
        let first = unfolded(try export("one.ics")).filter { $0.hasPrefix("UID:") }
        let second = unfolded(try export("two.ics")).filter { $0.hasPrefix("UID:") }
        XCTAssertEqual(first.count, 13)
        XCTAssertEqual(Set(first).count, 13, "unique within the file")
        XCTAssertEqual(first, second, "the same UIDs each time")
        for line in first { XCTAssertNotNil(line.range(of: #"^UID:item-[0-9a-f]{8}-1-\d+@visitplanner$"#, options: .regularExpression), line) }
        // A person's file gives the items she attends the visit's UIDs: a calendar holding both keeps one event.
        let lea = Set(unfolded(try export("lea.ics", "--person", "Léa Bonnet")).filter { $0.hasPrefix("UID:item-") })
        XCTAssertFalse(lea.isEmpty)
        XCTAssertTrue(lea.isSubset(of: Set(first)))
    }

    func testSequenceGrowsAfterAnEdit() throws {
        let before = try export("before.ics")
        let uid = try uid(ofItem: 5, in: before)
        XCTAssertEqual(property("SEQUENCE", ofEvent: uid, in: before), "0", "never changed since it was created")
        // Saving the item unchanged is not a change.
        try store().saveProgrammeItem(try item(5))
        XCTAssertEqual(property("SEQUENCE", ofEvent: uid, in: try export("same.ics")), "0")
        var trip = try item(5)
        trip.timing = ItemTiming(start: LocalDateTime(date: CalendarDate(year: 2027, month: 5, day: 14)!, time: TimeOfDay(hour: 14, minute: 30)!),
                                 end: LocalDateTime(date: CalendarDate(year: 2027, month: 5, day: 14)!, time: TimeOfDay(hour: 17, minute: 30)!),
                                 timeZone: "Europe/Prague")
        try store().saveProgrammeItem(trip)
        let after = try export("after.ics")
        XCTAssertEqual(property("DTSTART", ofEvent: uid, in: after), "20270514T143000")
        XCTAssertEqual(property("SEQUENCE", ofEvent: uid, in: after), "1")
        trip.status = .cancelled
        try store().saveProgrammeItem(trip)
        let cancelled = try export("cancelled.ics")
        XCTAssertEqual(property("SEQUENCE", ofEvent: uid, in: cancelled), "2")
        XCTAssertEqual(property("STATUS", ofEvent: uid, in: cancelled), "CANCELLED")
        let parsed = try events(try parsed(cancelled)).first { $0["uid"] as? String == uid }
        XCTAssertEqual(parsed?["sequence"] as? Int, 2)
        let welcome = try self.uid(ofItem: 1, in: cancelled)
        XCTAssertEqual(property("SEQUENCE", ofEvent: welcome, in: cancelled), "0", "only the edited item's SEQUENCE grew")
    }

    // MARK: Times

    func testTimesInUTCMatchPlannerCore() throws {
        let bytes = try export("visit.ics")
        let parsed = try parsed(bytes)
        XCTAssertEqual(parsed["timezones"] as? [String], ["Europe/Prague"])
        let events = try events(parsed)
        let programme = try snapshot().programme
        XCTAssertEqual(events.count, programme.count)
        for item in programme {
            let uid = try uid(ofItem: item.id!, in: bytes)
            let event = try XCTUnwrap(events.first { $0["uid"] as? String == uid }, "item \(item.id!)")
            XCTAssertEqual(event["summary"] as? String, item.title(in: ["cs"]))
            if item.timing.isAllDay {
                XCTAssertEqual(event["start"] as? String, item.timing.startDate.description)
                XCTAssertEqual(event["end"] as? String, item.timing.endDate.adding(days: 1).description, "DTEND is exclusive")
            } else {
                XCTAssertEqual(event["start"] as? String, utc(item.timing.start), "item \(item.id!)")
                XCTAssertEqual(event["end"] as? String, utc(item.timing.end), "item \(item.id!)")
                XCTAssertEqual(event["startViaVtimezone"] as? String, utc(item.timing.start), "the file's own VTIMEZONE agrees")
                XCTAssertEqual(event["endViaVtimezone"] as? String, utc(item.timing.end))
                XCTAssertEqual(event["tzid"] as? String, "Europe/Prague")
            }
        }
        let welcome = try XCTUnwrap(events.first { $0["uid"] as? String == (try? uid(ofItem: 1, in: bytes)) })
        XCTAssertEqual(welcome["start"] as? String, "2027-05-13T15:00:00Z", "17:00 in Prague, summer time")
        XCTAssertEqual(welcome["geo"] as? [Double], [49.5627, 16.0742])
        XCTAssertEqual(welcome["status"] as? String, "CONFIRMED")
    }

    func testAllDaySportsDayIsADate() throws {
        let bytes = try export("visit.ics")
        let uid = try uid(ofItem: 7, in: bytes)
        let lines = unfolded(bytes)
        XCTAssertTrue(lines.contains("DTSTART;VALUE=DATE:20270515"))
        XCTAssertTrue(lines.contains("DTEND;VALUE=DATE:20270516"))
        XCTAssertEqual(property("TRANSP", ofEvent: uid, in: bytes), "TRANSPARENT")
        let event = try events(try parsed(bytes)).first { $0["uid"] as? String == uid }
        XCTAssertEqual(event?["start"] as? String, "2027-05-15")
        XCTAssertEqual(event?["end"] as? String, "2027-05-16")
    }

    func testMultiDayItemHasAnExclusiveEndDate() throws {
        let camp = try store().saveProgrammeItem(ProgrammeItem(
            visitId: 1, titles: ["cs": "Stanování u rybníka"],
            timing: ItemTiming(allDayFrom: CalendarDate(year: 2027, month: 5, day: 15)!, to: CalendarDate(year: 2027, month: 5, day: 16)!,
                               timeZone: "Europe/Prague"),
            audience: .everyone, workingLanguage: "cs"))
        let bytes = try export("visit.ics")
        let uid = try uid(ofItem: camp.id!, in: bytes)
        XCTAssertEqual(property("DTSTART", ofEvent: uid, in: bytes), "20270515")
        XCTAssertEqual(property("DTEND", ofEvent: uid, in: bytes), "20270517")
        XCTAssertTrue(unfolded(bytes).contains("DTEND;VALUE=DATE:20270517"))
        let event = try events(try parsed(bytes)).first { $0["uid"] as? String == uid }
        XCTAssertEqual(event?["start"] as? String, "2027-05-15")
        XCTAssertEqual(event?["end"] as? String, "2027-05-17")
    }

    func testItemInLisbonKeepsItsZone() throws {
        let call = try store().saveProgrammeItem(ProgrammeItem(
            visitId: 1, titles: ["cs": "Videohovor s Lisabonem"],
            timing: ItemTiming(start: LocalDateTime(date: CalendarDate(year: 2027, month: 5, day: 16)!, time: TimeOfDay(hour: 9, minute: 0)!),
                               end: LocalDateTime(date: CalendarDate(year: 2027, month: 5, day: 16)!, time: TimeOfDay(hour: 9, minute: 30)!),
                               timeZone: "Europe/Lisbon"),
            audience: Audience(roles: [.organizer]), workingLanguage: "pt"))
        let bytes = try export("visit.ics")
        assertWellFormed(bytes)
        let lines = unfolded(bytes)
        XCTAssertTrue(lines.contains("DTSTART;TZID=Europe/Lisbon:20270516T090000"))
        XCTAssertTrue(lines.contains("DTEND;TZID=Europe/Lisbon:20270516T093000"))
        // A VTIMEZONE for every TZID used, and only one each.
        let used = Set(lines.compactMap { line -> String? in
            guard let range = line.range(of: #"^DT(START|END);TZID=[^:]+"#, options: .regularExpression) else { return nil }
            return String(line[range].split(separator: "=")[1])
        })
        XCTAssertEqual(used, ["Europe/Prague", "Europe/Lisbon"])
        let defined = lines.enumerated().filter { $0.element == "BEGIN:VTIMEZONE" }.map { lines[$0.offset + 1] }
        XCTAssertEqual(defined, ["TZID:Europe/Lisbon", "TZID:Europe/Prague"])
        let parsed = try parsed(bytes)
        XCTAssertEqual(parsed["timezones"] as? [String], ["Europe/Lisbon", "Europe/Prague"])
        let uid = try uid(ofItem: call.id!, in: bytes)
        let event = try XCTUnwrap(try events(parsed).first { $0["uid"] as? String == uid })
        XCTAssertEqual(event["tzid"] as? String, "Europe/Lisbon")
        XCTAssertEqual(event["start"] as? String, "2027-05-16T08:00:00Z", "09:00 in Lisbon (WEST, UTC+1)")
        XCTAssertEqual(event["startViaVtimezone"] as? String, "2027-05-16T08:00:00Z")
        XCTAssertEqual(event["end"] as? String, utc(call.timing.end))
    }

    // MARK: Status

    func testCancelledItemIsCancelledInTheVisitAndInSchedules() throws {
        var concert = try item(6)
        concert.status = .cancelled
        try store().saveProgrammeItem(concert)
        let visit = try export("visit.ics")
        let concertUID = try uid(ofItem: 6, in: visit)
        XCTAssertEqual(property("STATUS", ofEvent: concertUID, in: visit), "CANCELLED")
        XCTAssertEqual(try events(try parsed(visit)).first { $0["uid"] as? String == concertUID }?["status"] as? String, "CANCELLED")
        // A person's schedule drops cancelled items; her calendar must still learn of it.
        let lea = try export("lea.ics", "--person", "Léa Bonnet")
        XCTAssertEqual(property("STATUS", ofEvent: concertUID, in: lea), "CANCELLED")
        XCTAssertEqual(property("SUMMARY", ofEvent: concertUID, in: lea), "Concert de la fanfare de Birkenfeld")
        XCTAssertEqual(property("STATUS", ofEvent: try uid(ofItem: 1, in: visit), in: lea), "CONFIRMED")
        XCTAssertEqual(unfolded(lea).filter { $0.hasPrefix("UID:") }.count, Set(unfolded(lea).filter { $0.hasPrefix("UID:") }).count)
    }

    // MARK: Scopes

    func testPersonFileInHerLanguage() throws {
        let bytes = try export("lea.ics", "--person", "Léa Bonnet")
        assertWellFormed(bytes)
        let lines = unfolded(bytes)
        XCTAssertTrue(lines.contains("X-WR-CALNAME:Ascension meeting 2027\u{00A0}: Léa Bonnet"), "French punctuation: \(lines)")
        let parsed = try parsed(bytes)
        let events = try events(parsed)
        let summaries = events.compactMap { $0["summary"] as? String }
        XCTAssertTrue(summaries.contains("Arrivée et accueil par le maire"), "French, her language: \(summaries)")
        XCTAssertTrue(summaries.contains("Atelier jeunesse « Nos rivières »"))
        XCTAssertFalse(summaries.contains { $0.hasPrefix("Réunion officielle") }, "not hers")
        // Her arrival has a time: a moment (no DTEND); her departure at 08:30 on Monday.
        let arrival = try XCTUnwrap(events.first { ($0["uid"] as? String)?.hasPrefix("arrival-") == true })
        XCTAssertEqual(arrival["summary"] as? String, "Arrivée", "the fixed texts in French too")
        XCTAssertEqual(arrival["start"] as? String, "2027-05-13T15:00:00Z")
        XCTAssertTrue(arrival["end"] is NSNull)
        let departure = try XCTUnwrap(events.first { ($0["uid"] as? String)?.hasPrefix("departure-") == true })
        XCTAssertEqual(departure["start"] as? String, "2027-05-17T06:30:00Z")
        XCTAssertEqual(events.count, 13, "11 items, arrival and departure")

        let german = try self.events(try self.parsed(try export("lea-de.ics", "--person", "Léa Bonnet", "--language", "de")))
        XCTAssertTrue(german.contains { $0["summary"] as? String == "Ankunft und Begrüßung durch den Bürgermeister" })
    }

    func testLeaderSeesWhomSheLeads() throws {
        let bytes = try export("louise.ics", "--person", "Louise Fournier")
        let workshop = try XCTUnwrap(try events(try parsed(bytes)).first { $0["summary"] as? String == "Atelier jeunesse « Nos rivières »" })
        XCTAssertTrue((workshop["description"] as? String)?.contains("Encadre 12 jeunes") == true, "\(workshop["description"] ?? "")")
    }

    func testInterpreterFileNamesThePairs() throws {
        let bytes = try export("tomas.ics", "--interpreter", "Tomáš Král", "--language", "en")
        assertWellFormed(bytes)
        XCTAssertTrue(unfolded(bytes).contains("X-WR-CALNAME:Ascension meeting 2027: Tomáš Král (interpreting)"))
        let events = try events(try parsed(bytes))
        XCTAssertFalse(events.isEmpty)
        let snapshot = try snapshot()
        let tomas = try XCTUnwrap(snapshot.participants.first { $0.fullName == "Tomáš Král" })
        let items = Set(snapshot.assignments.filter { $0.interpreterId == tomas.id }.map(\.itemId))
        XCTAssertEqual(events.count, items.count, "only the items he interprets at")
        for event in events {
            let description = try XCTUnwrap(event["description"] as? String)
            XCTAssertTrue(description.contains("Interprets "), description)
            XCTAssertTrue(description.contains("cs→de") || description.contains("de→cs"), description)
            XCTAssertTrue((event["summary"] as? String)?.contains("→") == true)
            XCTAssertFalse((event["uid"] as? String)?.hasPrefix("arrival-") == true)
        }
        let meeting = try XCTUnwrap(events.first { ($0["summary"] as? String)?.hasPrefix("Oficiální setkání") == true })
        XCTAssertEqual(meeting["summary"] as? String, "Oficiální setkání a podpis obnovení partnerství (cs→de, de→cs)")
        XCTAssertTrue((meeting["description"] as? String)?.contains("Mode: Consecutive; working language: cs") == true)
    }

    /// The household lodging Léa Bonnet once the planner has placed the guests.
    private func leasHousehold() throws -> Int {
        XCTAssertEqual(try cli.run(database: "assign", "--visit", sample, "--apply").status, 0)
        let people = try XCTUnwrap(try cli.run(database: "people", "list", "--visit", sample, "--json").json()["participants"] as? [[String: Any]])
        let lea = try XCTUnwrap(people.first { $0["fullName"] as? String == "Léa Bonnet" })
        return try XCTUnwrap((lea["placement"] as? [String: Any])?["householdId"] as? Int)
    }

    func testHouseholdFileHasTheFamilysTasks() throws {
        let home = try leasHousehold()
        let bytes = try export("home.ics", "--household", String(home), "--language", "en")
        assertWellFormed(bytes)
        let events = try events(try parsed(bytes))
        let summaries = events.compactMap { $0["summary"] as? String }
        XCTAssertTrue(summaries.contains { $0.contains("Léa Bonnet") && $0.hasSuffix("arrive (Bus, Náměstí Míru)") }, "\(summaries)")
        let bring = try XCTUnwrap(events.first { ($0["summary"] as? String)?.hasPrefix("Bring ") == true
            && ($0["summary"] as? String)?.contains("Workshop mládeže") == true })
        XCTAssertEqual(bring["start"] as? String, "2027-05-14T07:00:00Z", "09:00 in Prague")
        XCTAssertTrue(bring["end"] is NSNull, "a moment")
        XCTAssertEqual(bring["location"] as? String, "Základní škola, Školní 12, Horní Lhota")
        let breakfasts = events.filter { ($0["summary"] as? String)?.hasPrefix("Breakfast at home") == true }
        XCTAssertEqual(breakfasts.compactMap { $0["start"] as? String }, ["2027-05-14", "2027-05-15", "2027-05-16", "2027-05-17"])
        XCTAssertTrue(summaries.contains { $0.hasPrefix("Pick up ") })
        XCTAssertTrue(summaries.contains { $0.hasSuffix("leave (Bus, Náměstí Míru)") })
        let uids = events.compactMap { $0["uid"] as? String }
        XCTAssertEqual(Set(uids).count, uids.count)
        let again = try self.events(try parsed(try export("home-again.ics", "--household", String(home))))
        XCTAssertEqual(again.compactMap { $0["uid"] as? String }, uids, "stable UIDs")
    }

    func testHouseholdWithoutGuestsIsAnEmptyButValidCalendar() throws {
        let bytes = try export("novak.ics", "--household", "Hana a Václav Novák")
        assertWellFormed(bytes)
        let parsed = try parsed(bytes)
        XCTAssertEqual((parsed["events"] as? [Any])?.count, 0)
        XCTAssertEqual(parsed["timezones"] as? [String], ["Europe/Prague"], "RFC 5545 wants one component")
    }

    func testEachPersonWritesOneCalendarPerParticipant() throws {
        let folder = cli.folder.appendingPathComponent("people")
        let result = try cli.run(["export", "--visit", sample, "--format", "ical", "--output", folder.path, "--each-person",
                                  "--database", cli.databasePath])
        XCTAssertEqual(result.status, 0, result.stderr)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        XCTAssertEqual(files.count, try snapshot().participants.count)
        XCTAssertTrue(files.allSatisfy { $0.hasSuffix(".ics") })
        XCTAssertTrue(files.contains("Léa Bonnet.ics"))
        for name in files.prefix(3) {
            let bytes = Array(try Data(contentsOf: folder.appendingPathComponent(name)))
            assertWellFormed(bytes)
            _ = try parsed(bytes)
        }
    }

    func testEachHouseholdWritesOneCalendarPerHostFamily() throws {
        _ = try leasHousehold()
        let folder = cli.folder.appendingPathComponent("families")
        let result = try cli.run(["export", "--visit", sample, "--format", "ical", "--output", folder.path, "--each-household",
                                  "--database", cli.databasePath])
        XCTAssertEqual(result.status, 0, result.stderr)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        XCTAssertFalse(files.isEmpty)
        for name in files {
            let bytes = Array(try Data(contentsOf: folder.appendingPathComponent(name)))
            assertWellFormed(bytes)
            XCTAssertFalse(try events(try parsed(bytes)).isEmpty, name)
        }
    }
}
