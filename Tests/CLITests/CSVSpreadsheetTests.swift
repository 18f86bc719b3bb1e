import Foundation
import PlannerCore
import XCTest

/// The exported participants CSV as a spreadsheet program reads it: LibreOffice Calc (headless,
/// Debian's libreoffice-calc-nogui) converts it to .xlsx and Tests/DataTests/csv_cells.py reads
/// the real cells back with openpyxl. Names with diacritics come out exact, phone numbers as the
/// app wrote them and shown without an apostrophe, as text (not numbers), and formulas stay
/// text, never evaluated. The defaults follow the window's language: a semicolon and a
/// byte-order mark in Czech and German, a comma and none in English.
///
/// How LibreOffice is asked to read: a headless conversion has no Text Import dialog, and
/// without filter options it assumes a comma and the system's 8-bit charset whatever the file
/// holds (a BOM included). `--infilter` therefore says what a user in that region has: the
/// separator Excel assumes there (its list separator: `;` where numbers have a decimal comma),
/// UTF-8, and the region's language, which decides what reads as a number (a space groups
/// thousands in Czech). It also switches on the most eager reading the dialog offers, "detect
/// special numbers" and "evaluate formulas", because Excel evaluates formulas when it opens a CSV.
/// Skipped only when LibreOffice is not installed (CI installs it: meson-helpers/install-deps.sh).
final class CSVSpreadsheetTests: XCTestCase {
    private var cli: CLIRunner!
    private let sample = "Ascension meeting 2027"
    private let joiner = "\u{2060}"

    /// What the test gives five participants: name, phone and an allergies cell.
    private struct Person {
        let given: String
        let family: String
        let phone: String
        let allergies: String
    }

    private let people = [
        Person(given: "Łukasz", family: "Králová", phone: "+420 775 924 589", allergies: "=1+1"),
        Person(given: "Zoë", family: "Náměstí", phone: "+49 151 2345", allergies: "=HYPERLINK(\"http://evil.example\";\"click\")"),
        Person(given: "Jiří", family: "Šťastný", phone: "775 924 589", allergies: "-2+3"),
        Person(given: "Ólöf", family: "Ðorđević", phone: "0612345678", allergies: "@SUM(A1)"),
        Person(given: "Noé", family: "Lefèvre-Dąbrowska", phone: "+4915112345", allergies: "+1+2; \"peanuts\""),
    ]

    /// The columns of the participants CSV the test reads.
    private let givenColumn = 0, familyColumn = 1, allergiesColumn = 10, phoneColumn = 13

    override func setUpWithError() throws {
        guard let soffice = Self.soffice else {
            throw XCTSkip("SKIP: LibreOffice is not installed (soffice not on PATH); meson-helpers/install-deps.sh installs libreoffice-calc-nogui")
        }
        _ = soffice
        cli = try CLIRunner()
        XCTAssertEqual(try cli.run(database: "demo").status, 0)
        let store = try PlannerStore(path: cli.databasePath)
        let visit = try store.findVisit(sample)
        let participants = try XCTUnwrap(store.snapshot(ofVisit: visit.id)?.participants)
        for (person, wanted) in zip(participants, people) {
            var changed = person
            changed.givenName = wanted.given
            changed.familyName = wanted.family
            changed.phone = wanted.phone
            changed.allergies = wanted.allergies
            _ = try store.save(changed)
        }
    }

    override func tearDown() { cli?.cleanUp() }

    private static let soffice: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/soffice" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    // MARK: The three window languages

    func testCzechWindowSemicolonAndBOM() throws {
        try check(window: "cs", separator: ";", byteOrderMark: true, languageId: 1029)
    }

    func testGermanWindowSemicolonAndBOM() throws {
        try check(window: "de", separator: ";", byteOrderMark: true, languageId: 1031)
    }

    func testEnglishWindowComma() throws {
        try check(window: "en", separator: ",", byteOrderMark: false, languageId: 1033)
    }

    /// An explicit option wins over the language's default: a German window's file with commas
    /// and no mark still reads right where commas are expected.
    func testOptionsOverrideTheDefaults() throws {
        try check(window: "de", separator: ",", byteOrderMark: false, languageId: 1033,
                  options: ["--option", "separator=comma", "--option", "bom=false"])
    }

    // MARK: Helpers

    private func check(window: String, separator: Character, byteOrderMark: Bool, languageId: Int, options: [String] = [],
                       file: StaticString = #filePath, line: UInt = #line) throws {
        let csv = cli.folder.appendingPathComponent("participants-\(window).csv")
        // With the health and contact columns: the allergies and phones are what is measured.
        let result = try cli.run(["export", "--visit", sample, "--format", "csv-participants", "--output", csv.path,
                                  "--option", "health=yes"]
            + options + ["--database", cli.databasePath],
                                 environment: ["LANGUAGE": window, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"])
        XCTAssertEqual(result.status, 0, result.stderr, file: file, line: line)
        let bytes = Array(try Data(contentsOf: csv))
        XCTAssertEqual(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], byteOrderMark, "byte-order mark", file: file, line: line)
        let text = String(decoding: byteOrderMark ? Array(bytes.dropFirst(3)) : bytes, as: UTF8.self)
        let header = try XCTUnwrap(text.components(separatedBy: "\r\n").first, file: file, line: line)
        XCTAssertEqual(header.split(separator: separator).count, 16, "the header split at \(separator): \(header)", file: file, line: line)

        let rows = try spreadsheet(csv, separator: separator, languageId: languageId, file: file, line: line)
        XCTAssertEqual(rows.count, 1 + 47, "a header and 47 participants", file: file, line: line)
        XCTAssertEqual(rows.first?.count, 16, "LibreOffice split the header into 16 cells: \(rows.first ?? [])", file: file, line: line)
        XCTAssertEqual(rows.first?.first?.value, "Jméno", "the headings speak the visit's language (Czech)", file: file, line: line)
        for person in people {
            // Found by the exact names: diacritics came through UTF-8 and LibreOffice unchanged.
            guard let row = rows.first(where: { $0.count > phoneColumn && $0[givenColumn].value == person.given
                                                && $0[familyColumn].value == person.family }) else {
                XCTFail("no row for \(person.given) \(person.family) in \(rows.map { $0.prefix(2).map(\.value) })", file: file, line: line)
                continue
            }
            XCTAssertEqual(row[givenColumn].type, "s", file: file, line: line)

            let phone = row[phoneColumn]
            XCTAssertEqual(phone.type, "s", "\(person.phone) is text, not a number or a formula: \(phone)", file: file, line: line)
            XCTAssertEqual(phone.value, CSVDocument.phone(person.phone), "the phone as the app wrote it", file: file, line: line)
            XCTAssertEqual(phone.value, joiner + person.phone, file: file, line: line)
            XCTAssertEqual(phone.shown, person.phone, "shown as typed, no apostrophe", file: file, line: line)

            let allergies = row[allergiesColumn]
            XCTAssertEqual(allergies.type, "s", "\(person.allergies) was evaluated: \(allergies)", file: file, line: line)
            XCTAssertEqual(allergies.value, "'" + person.allergies, "the formula stays text, marked", file: file, line: line)
        }
        // Every other phone of the sample (all "+…") comes out as text too.
        let phones = rows.dropFirst().compactMap { $0.count > phoneColumn ? $0[phoneColumn] : nil }.filter { !$0.value.isEmpty }
        XCTAssertGreaterThan(phones.count, 30, file: file, line: line)
        for phone in phones {
            XCTAssertEqual(phone.type, "s", "\(phone)", file: file, line: line)
            XCTAssertFalse(phone.shown.hasPrefix("'"), "\(phone)", file: file, line: line)
        }
    }

    /// One cell as LibreOffice read it.
    private struct Cell: CustomStringConvertible {
        let value: String
        let type: String
        /// The text without the invisible word joiner (what a reader sees).
        var shown: String { value.replacingOccurrences(of: "\u{2060}", with: "") }
        var description: String { "\(type) \(value.debugDescription)" }
    }

    /// `csv` opened in LibreOffice with `separator`, UTF-8 and the language `languageId` (see
    /// the type's comment), saved as .xlsx and read back cell by cell.
    private func spreadsheet(_ csv: URL, separator: Character, languageId: Int,
                             file: StaticString, line: UInt) throws -> [[Cell]] {
        let soffice = try XCTUnwrap(Self.soffice)
        let out = cli.folder.appendingPathComponent("xlsx-\(UUID().uuidString)")
        // separator, quote ("), UTF-8 (76), from line 1, no column formats, language, quoted
        // fields not forced to text, detect special numbers, 3 export-only tokens, sheet,
        // evaluate formulas.
        let separatorCode = separator.asciiValue.map(Int.init) ?? 44
        let filter = "CSV:\(separatorCode),34,76,1,,\(languageId),false,true,false,false,false,-1,true"
        // A profile of its own: no clash with a LibreOffice the user has open, nothing of theirs read.
        let profile = cli.folder.appendingPathComponent("lo-profile")
        try run(soffice, ["-env:UserInstallation=file://\(profile.path)", "--headless", "--norestore",
                          "--infilter=\(filter)", "--convert-to", "xlsx", "--outdir", out.path, csv.path],
                what: "LibreOffice", file: file, line: line)
        let xlsx = out.appendingPathComponent(csv.deletingPathExtension().lastPathComponent + ".xlsx")
        XCTAssertTrue(FileManager.default.fileExists(atPath: xlsx.path), "LibreOffice wrote no \(xlsx.path)", file: file, line: line)

        let script = CLIRunner.packageRoot.appendingPathComponent("Tests/DataTests/csv_cells.py")
        let json = try run("/usr/bin/python3", [script.path, xlsx.path],
                           what: "csv_cells.py (needs python3-openpyxl: meson-helpers/install-deps.sh)", file: file, line: line)
        let object = try JSONSerialization.jsonObject(with: json) as? [String: Any]
        let rows = try XCTUnwrap(object?["rows"] as? [[[String: String]]], file: file, line: line)
        return rows.map { $0.map { Cell(value: $0["value"] ?? "", type: $0["type"] ?? "") } }
    }

    /// Runs `tool` and returns its stdout; a non-zero exit fails with its stderr.
    @discardableResult
    private func run(_ tool: String, _ arguments: [String], what: String, file: StaticString, line: UInt) throws -> Data {
        // LibreOffice keeps its profile under HOME: the test's own folder, never the user's.
        var environment = ProcessInfo.processInfo.environment
        environment["DISPLAY"] = nil
        environment["HOME"] = cli.folder.path
        let result = try cli.runProgram(URL(fileURLWithPath: tool), arguments, environment: environment)
        XCTAssertEqual(result.status, 0, "\(what) failed: \(result.stderr)", file: file, line: line)
        return Data(result.stdout.utf8)
    }
}
