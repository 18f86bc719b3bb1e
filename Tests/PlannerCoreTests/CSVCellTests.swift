@testable import PlannerCore
import XCTest

/// The CSV writing rules of `CSVDocument`: byte-order mark, separators, RFC 4180 quoting, large
/// and unusual cells, formula neutralising, phone numbers, and the language conventions that set
/// the defaults. What LibreOffice makes of the files is checked in CLITests/CSVSpreadsheetTests.
final class CSVCellTests: XCTestCase {
    private let joiner = "\u{2060}"

    private func text(_ rows: [[String]], separator: Character = ",", byteOrderMark: Bool = false) -> String {
        var csv = CSVDocument(header: rows[0], separator: separator)
        for row in rows.dropFirst() { csv.append(row) }
        return csv.text(byteOrderMark: byteOrderMark)
    }

    func testByteOrderMarkOnlyWhenAsked() {
        let with = Array(text([["Jméno"]], byteOrderMark: true).utf8)
        XCTAssertEqual(Array(with.prefix(3)), [0xEF, 0xBB, 0xBF])
        XCTAssertEqual(String(decoding: with.dropFirst(3), as: UTF8.self), "Jméno\r\n")
        XCTAssertEqual(Array(text([["Jméno"]]).utf8.prefix(1)), [0x4A], "no mark by default")
    }

    func testSeparatorsAndQuoting() {
        let rows = [["a", "b", "c"], ["x,y", "x;y", "x\ty"]]
        XCTAssertEqual(text(rows), "a,b,c\r\n\"x,y\",x;y,x\ty\r\n", "only the separator in use is quoted")
        XCTAssertEqual(text(rows, separator: ";"), "a;b;c\r\nx,y;\"x;y\";x\ty\r\n")
        XCTAssertEqual(text(rows, separator: "\t"), "a\tb\tc\r\nx,y\tx;y\t\"x\ty\"\r\n")
        XCTAssertEqual(text([["q"], ["say \"hi\""], ["two\nlines"], ["cr\rhere"], [" padded "], [""]]),
                       "q\r\n\"say \"\"hi\"\"\"\r\n\"two\nlines\"\r\n\"cr\rhere\"\r\n\" padded \"\r\n\r\n")
        XCTAssertEqual(CSVDocument.Separator.allCases.map(\.character), [",", ";", "\t"])
    }

    func testLargeEmojiAndRightToLeftCellsKeptWhole() {
        let big = String(repeating: "Náměstí, \"Míru\" ", count: 65_536)  // 1 MiB and more of UTF-8
        XCTAssertGreaterThan(big.utf8.count, 1_048_576)
        let emoji = "Zoë 👩🏽‍🍳🇨🇿"
        let arabic = "ليلى حداد"
        let hebrew = "נועה כהן (+972)"
        let output = text([["a", "b", "c", "d"], [big, emoji, arabic, hebrew]])
        XCTAssertEqual(output, "a,b,c,d\r\n\"" + big.replacingOccurrences(of: "\"", with: "\"\"") + "\"," + emoji + ","
                       + arabic + "," + hebrew + "\r\n")
        XCTAssertTrue(output.contains("👩🏽‍🍳🇨🇿"), "grapheme clusters are not split")
    }

    func testFormulasNeutralised() {
        for formula in ["=1+1", "=HYPERLINK(\"http://evil\";\"x\")", "-2+3", "@SUM(A1)", "+1+2", "+SUM(A1)", "+2-3",
                        "-x", "-", "\tx", "\rx", "=", "-nan", "-inf", "+cmd|' /C calc'!A0"] {
            XCTAssertEqual(CSVDocument.cell(formula), "'" + formula, formula)
        }
        XCTAssertEqual(text([["f"], ["=1+1"], ["@me"]]), "f\r\n'=1+1\r\n'@me\r\n")
        XCTAssertEqual(text([["f"], ["=HYPERLINK(\"a\";\"b\")"]], separator: ";"), "f\r\n\"'=HYPERLINK(\"\"a\"\";\"\"b\"\")\"\r\n")
    }

    func testPlainNumbersAndOrdinaryTextUnchanged() {
        for value in ["-5", "+3", "-2.5", "-2,5", "42", "Náměstí Míru", "2027-05-13", "a=b", "x+1", ""] {
            XCTAssertEqual(CSVDocument.cell(value), value, value)
        }
    }

    func testPhonesGetTheInvisibleMarkNotAnApostrophe() {
        for phone in ["+420 775 924 589", "+49 151 2345", "+4915112345", "+49 (0)151 2345-67", "+1 555.010.9999", "+33 6 12 34 56 78",
                      "+420\u{00A0}775\u{00A0}924\u{00A0}589"] {
            XCTAssertEqual(CSVDocument.cell(phone), joiner + phone, "any cell: \(phone)")
            XCTAssertEqual(CSVDocument.phone(phone), joiner + phone, "phone column: \(phone)")
        }
        XCTAssertEqual(CSVDocument.cell("+42 12"), "'+42 12", "fewer than five digits is not a phone number")
        XCTAssertEqual(CSVDocument.cell("+1234"), "+1234", "nor a number")
        // In a phone column, numbers a spreadsheet would read as a number keep their zeros and spaces.
        for local in ["775 924 589", "0612345678", "0151 2345678"] {
            XCTAssertEqual(CSVDocument.phone(local), joiner + local, local)
            XCTAssertEqual(CSVDocument.cell(local), local, "elsewhere digits are left to the spreadsheet: \(local)")
        }
        for other in ["", "0151/2345678", "ask the school", "=1+1"] {
            XCTAssertEqual(CSVDocument.phone(other), other, other)
        }
        XCTAssertEqual(text([["Phone", "Note"], [CSVDocument.phone("+420 775 924 589"), "+1+2"]], separator: ";"),
                       "Phone;Note\r\n\(joiner)+420 775 924 589;'+1+2\r\n")
    }

    func testConventionsFollowTheLanguagesNumbers() {
        for code in ["cs", "de", "fr", "pl"] {
            XCTAssertEqual(CSVDocument.Convention(language: code), .init(separator: .semicolon, byteOrderMark: true), code)
        }
        XCTAssertEqual(CSVDocument.Convention(language: "en"), .init(separator: .comma, byteOrderMark: false))
    }

    /// The options' defaults are those of the language spoken: the window's, or the document's
    /// while the worker reads a format for a chosen language.
    func testOptionDefaultsSpeakTheLanguage() {
        func defaults(_ options: [ExportOption]) -> [String: String] {
            Dictionary(uniqueKeysWithValues: options.map { ($0.key, $0.defaultValue) })
        }
        let german = MessageCatalog(language: "de", messages: [:], pluralRule: .oneOther)
        XCTAssertEqual(defaults(Localization.speaking(german) { CSVDocument.exportOptions() }), ["separator": "semicolon", "bom": "true"])
        XCTAssertEqual(defaults(Localization.speaking(.english) { CSVDocument.exportOptions() }), ["separator": "comma", "bom": "false"])
        let separator = CSVDocument.exportOptions().first { $0.key == "separator" }
        XCTAssertTrue(separator?.accepts("tab") ?? false)
        XCTAssertFalse(separator?.accepts("pipe") ?? true)
        XCTAssertEqual(CSVDocument.Separator(rawValue: "tab")?.character, "\t")
    }
}
