import Foundation
import PlannerCore
import XCTest

/// Every document speaks its reader's language: the real exports, read back with pdftotext,
/// in each of the app's five languages, by default and on demand.
final class DocumentLanguageTests: XCTestCase {
    private var cli: CLIRunner!
    private let sample = "Ascension meeting 2027"
    private static let languages = ["cs", "de", "en", "fr", "pl"]
    /// The visit's first day, as each language writes a day heading (ICU's full date).
    private static let firstDay = ["cs": "čtvrtek 13. května 2027", "de": "Donnerstag, 13. Mai 2027", "en": "Thursday, 13 May 2027",
                                   "fr": "jeudi 13 mai 2027", "pl": "czwartek, 13 maja 2027"]

    override func setUpWithError() throws {
        cli = try CLIRunner()
        XCTAssertEqual(try cli.run(database: "demo").status, 0)
        let assign = try cli.run(["assign", "--visit", sample, "--apply", "--database", cli.databasePath])
        XCTAssertEqual(assign.status, 0, assign.stderr)
    }

    override func tearDown() { cli.cleanUp() }

    // MARK: Helpers

    /// The compiled catalogue of `code`, as the exports read it.
    private func catalog(_ code: String) throws -> MessageCatalog {
        guard code != "en" else { return .english }
        let file = CLIRunner.packageRoot.appendingPathComponent(".build/locale/\(code)/LC_MESSAGES/visitplanner.mo")
        return try MessageCatalog(language: code, moFile: file)
    }

    /// Exports `format` with `arguments` into a new file; its text with white space folded.
    private func export(_ format: String, _ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let output = cli.folder.appendingPathComponent("\(format)-\(UUID().uuidString).\(format == "ical" ? "ics" : "pdf")")
        let result = try cli.run(["export", "--visit", sample, "--format", format, "--output", output.path] + arguments
                                 + ["--database", cli.databasePath])
        XCTAssertEqual(result.status, 0, result.stderr, file: file, line: line)
        if format == "ical" {
            // Unfold the 75-octet lines and unescape TEXT.
            return try String(contentsOf: output, encoding: .utf8).replacingOccurrences(of: "\r\n ", with: "")
                .replacingOccurrences(of: "\\,", with: ",").replacingOccurrences(of: "\\;", with: ";")
        }
        return try PDFCheck(url: output).flatText()
    }

    /// The English fixed texts of the documents: the message ids used by the plugins and the
    /// schedules, cut at their placeholders, each piece of two or more words.
    private static let englishTexts: [(id: String, text: String)] = {
        let pot = (try? String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("po/visitplanner.pot"), encoding: .utf8)) ?? ""
        var texts: [(id: String, text: String)] = []
        for entry in pot.components(separatedBy: "\n\n") {
            let lines = entry.split(separator: "\n")
            guard lines.contains(where: { $0.hasPrefix("#:") && ($0.contains("Sources/Plugins/") || $0.contains("PlannerCore/Schedules/")) }),
                  let idLine = lines.firstIndex(where: { $0.hasPrefix("msgid ") }) else { continue }
            // msgid "…" and its continuation lines.
            var id = ""
            for line in lines[idLine...] {
                guard line.hasPrefix("msgid ") || line.hasPrefix("\"") else { break }
                let quoted = line.hasPrefix("msgid ") ? line.dropFirst(6) : line[...]
                id += quoted.dropFirst().dropLast().replacingOccurrences(of: "\\\"", with: "\"")
            }
            for piece in id.components(separatedBy: CharacterSet(charactersIn: "{}")).enumerated() where piece.offset % 2 == 0 {
                let words = piece.element.split(whereSeparator: { $0.isWhitespace || ",.:;()“”".contains($0) })
                if words.count >= 2 { texts.append((id, words.joined(separator: " "))) }
            }
        }
        return texts
    }()

    /// Fails for every English fixed text found in `text` (words compared with punctuation
    /// removed), unless the translation in `language` keeps those words itself ("Programme ·" is
    /// French too).
    private func assertNoEnglish(_ text: String, language: String, in what: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let catalog = try catalog(language)
        func words(_ text: String) -> String {
            " " + text.split(whereSeparator: { $0.isWhitespace || ",.:;()“”".contains($0) }).joined(separator: " ") + " "
        }
        let document = words(text)
        XCTAssertGreaterThan(Self.englishTexts.count, 100, "the template lists the documents' texts", file: file, line: line)
        for english in Self.englishTexts where document.contains(" \(english.text) ") && !words(catalog.translate(english.id)).contains(" \(english.text) ") {
            XCTFail("\(what) contains the English text “\(english.text)”", file: file, line: line)
        }
    }

    // MARK: Each language

    func testBookletLetterAndProgrammeInEveryLanguage() throws {
        for code in Self.languages {
            let texts = try catalog(code)
            let day = try XCTUnwrap(Self.firstDay[code])

            let booklet = try export("pdf-booklet", ["--person", "Léo Dubois", "--language", code])
            for heading in ["Emergency contacts", "Your programme", "Your host family"] {
                XCTAssertTrue(booklet.contains(texts.translate(heading)), "\(code) booklet lacks “\(texts.translate(heading))”")
            }
            XCTAssertTrue(booklet.contains(day), "\(code) booklet lacks the date “\(day)”")

            let letter = try export("pdf-host-letter", ["--household", "Jana a Tomáš Král", "--language", code])
            for heading in ["Whom to call", "Day by day"] {
                XCTAssertTrue(letter.contains(texts.translate(heading)), "\(code) letter lacks “\(texts.translate(heading))”")
            }
            XCTAssertTrue(letter.contains(day), "\(code) letter lacks the date “\(day)”")

            let programme = try export("pdf-programme", ["--language", code])
            XCTAssertTrue(programme.contains(texts.translate("Host town")), "\(code) programme lacks “\(texts.translate("Host town"))”")
            XCTAssertTrue(programme.contains(day), "\(code) programme lacks the date “\(day)”")

            if code != "en" {
                XCTAssertTrue(texts.has("Emergency contacts"), "the \(code) catalogue translates the booklet")
                try assertNoEnglish(booklet, language: code, in: "the \(code) booklet")
                try assertNoEnglish(letter, language: code, in: "the \(code) letter")
                try assertNoEnglish(programme, language: code, in: "the \(code) programme")
            }
        }
    }

    // MARK: The reader's language by default

    func testABookletSpeaksTheGuestsLanguageWithoutBeingAsked() throws {
        let french = try export("pdf-booklet", ["--person", "Léo Dubois"])
        XCTAssertTrue(french.contains(try catalog("fr").translate("Emergency contacts")), french)
        XCTAssertTrue(french.contains("jeudi 13 mai 2027"))
        XCTAssertTrue(french.contains("Arrivée et accueil par le maire"), "titles in French")
        try assertNoEnglish(french, language: "fr", in: "a French guest's booklet")

        let polish = try export("pdf-booklet", ["--person", "Julia Kamińska"])
        XCTAssertTrue(polish.contains(try catalog("pl").translate("Emergency contacts")), polish)
        XCTAssertTrue(polish.contains("czwartek, 13 maja 2027"))
        try assertNoEnglish(polish, language: "pl", in: "a Polish guest's booklet")
    }

    func testTheHostLetterSpeaksTheHouseholdsLanguage() throws {
        let letter = try export("pdf-host-letter", ["--household", "Jana a Tomáš Král"])
        XCTAssertTrue(letter.contains(try catalog("cs").translate("Whom to call")))
        XCTAssertTrue(letter.contains("čtvrtek 13. května 2027"))
        try assertNoEnglish(letter, language: "cs", in: "a Czech family's letter")
    }

    func testBilingualBookletAndLetter() throws {
        let booklet = try export("pdf-booklet", ["--person", "Léo Dubois", "--option", "bilingual=true"])
        for code in ["fr", "cs"] {
            XCTAssertTrue(booklet.contains(try catalog(code).translate("Emergency contacts")), "\(code) in the bilingual booklet")
            XCTAssertTrue(booklet.contains(Self.firstDay[code]!), "\(code) date in the bilingual booklet")
        }
        let letter = try export("pdf-host-letter", ["--household", "Jana a Tomáš Král", "--language", "cs,fr"])
        for code in ["cs", "fr"] {
            XCTAssertTrue(letter.contains(try catalog(code).translate("Day by day")), "\(code) in the bilingual letter")
        }
        let refused = try cli.run(["export", "--visit", sample, "--format", "pdf-booklet", "--person", "Léo Dubois", "--language", "fr,cs,de",
                                   "--output", cli.folder.appendingPathComponent("three.pdf").path, "--database", cli.databasePath])
        XCTAssertNotEqual(refused.status, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("three.pdf").path))
    }

    // MARK: Several languages, nothing dropped

    func testAProgrammeInFourLanguagesCarriesEveryTitle() throws {
        let text = try export("pdf-programme", ["--language", "cs,fr,de,pl"])
        for title in ["Příjezd a přivítání starostou", "Arrivée et accueil par le maire", "Ankunft und Begrüßung durch den Bürgermeister",
                      "Przyjazd i powitanie przez burmistrza"] {
            XCTAssertTrue(text.contains(title), "the four-language programme lacks “\(title)”")
        }
        for code in ["cs", "fr", "de", "pl"] { XCTAssertTrue(text.contains(Self.firstDay[code]!), "\(code) day heading") }
    }

    func testTheParticipantsProgrammeLeavesOutWhatOnlyOrganizersNeed() throws {
        let english = try export("pdf-programme", ["--language", "en"])
        for organizers in ["working language", "Confirmed", "Interpreting:", "Klára Veselá"] {
            XCTAssertFalse(english.contains(organizers), "the participants' programme shows “\(organizers)”")
        }
        let full = try export("pdf-programme", ["--language", "en", "--option", "for=organizers"])
        for organizers in ["working language", "Confirmed", "Interpreting:", "Klára Veselá"] {
            XCTAssertTrue(full.contains(organizers), "the organizers' programme lacks “\(organizers)”")
        }
        let booklet = try export("pdf-booklet", ["--person", "Léo Dubois", "--language", "en"])
        for organizers in ["working language", "Confirmed", "Proposed", "Klára Veselá", "Interpreting"] {
            XCTAssertFalse(booklet.contains(organizers), "the booklet shows “\(organizers)”")
        }
    }

    func testALanguageTheAppDoesNotHaveIsRefusedAndNothingIsWritten() throws {
        let output = cli.folder.appendingPathComponent("it.pdf")
        let result = try cli.run(["export", "--visit", sample, "--format", "pdf-booklet", "--person", "Léo Dubois", "--language", "it",
                                  "--output", output.path, "--database", cli.databasePath])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("“it”"), result.stderr)
        for code in Self.languages { XCTAssertTrue(result.stderr.contains("\(code) ("), "the message lists \(code): \(result.stderr)") }
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.path))
    }

    func testTheBudgetHeadingsSpeakEveryVisitLanguageAndItsFiguresTheHosts() throws {
        let text = try export("pdf-budget", [])
        for code in ["cs", "fr", "de", "pl"] {
            XCTAssertTrue(text.contains(try catalog(code).translate("Costs")), "\(code) heading in the budget")
        }
        XCTAssertTrue(text.contains(try catalog("cs").translate("Planned costs")), "the figures in the host's language")
        // Czech groups digits with a no-break space and writes a decimal comma.
        XCTAssertNotNil(text.range(of: #"\d[\x{00A0}\x{202F} ]\d{3},\d{2} CZK"#, options: .regularExpression), text)
    }

    // MARK: Calendars

    func testACalendarSpeaksThePersonsLanguage() throws {
        let french = try export("ical", ["--person", "Léo Dubois"])
        XCTAssertTrue(french.contains("SUMMARY:Arrivée et accueil par le maire"), french)
        XCTAssertTrue(french.contains("DESCRIPTION:Le maire accueille les délégations sur la place."), french)
        let meals = try catalog("fr").translate("Meals: {meals}").components(separatedBy: "{meals}")[0]
        XCTAssertTrue(french.contains(meals), "the French meals line “\(meals)”")
        XCTAssertFalse(french.contains("SUMMARY:Příjezd a přivítání starostou"))

        let polish = try export("ical", ["--person", "Julia Kamińska"])
        XCTAssertTrue(polish.contains("SUMMARY:Przyjazd i powitanie przez burmistrza"), polish)
    }
}
