import Foundation
import XCTest
@testable import PlannerCore

/// Encodings, delimiters, quotes and broken files.
final class ImportReaderTests: XCTestCase {
    /// Encodes text in a single-byte code page through Foundation (the way Excel would save it).
    private func encode(_ text: String, _ encoding: String.Encoding) throws -> Data {
        try XCTUnwrap(text.data(using: encoding), "Foundation cannot encode in \(encoding)")
    }

    func testWindows1250HouseholdsAreDetectedAndRead() throws {
        let text = try ImportFixtures.text(ImportFixtures.hosts)
        let bytes = try encode(text, .windowsCP1250)
        XCTAssertNil(String(data: bytes, encoding: .utf8))
        let table = try SpreadsheetReader.read(bytes)
        XCTAssertEqual(table.encoding, .windows1250)
        XCTAssertTrue(table.encodingIsGuess)
        XCTAssertEqual(table.header[0], "Příjmení")
        XCTAssertEqual(table.rows[3].cells[1], "Alena a Lukáš Dvořák")
        XCTAssertEqual(table.rows[2].cells[7], "pes, kočka")
        let utf8 = try SpreadsheetReader.read(try ImportFixtures.data(ImportFixtures.hosts))
        XCTAssertEqual(table.header, utf8.header)
        XCTAssertEqual(table.rows.map(\.cells), utf8.rows.map(\.cells))
    }

    func testWindows1252FrenchAndGermanFilesAreDetectedAndRead() throws {
        for name in [ImportFixtures.saintAubin, ImportFixtures.birkenfeld] {
            // Windows-1252 has no em dash problem (0x97) but no "ř": these files fit it.
            var text = try ImportFixtures.text(name)
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            text = text.replacingOccurrences(of: "Dvořák", with: "Dvorak").replacingOccurrences(of: "Horní", with: "Horni")
            let bytes = try encode(text, .windowsCP1252)
            let table = try SpreadsheetReader.read(bytes)
            XCTAssertEqual(table.encoding, .windows1252, name)
            let utf8 = try SpreadsheetReader.read(Data(text.utf8))
            XCTAssertEqual(table.header, utf8.header, name)
            XCTAssertEqual(table.rows.map(\.cells), utf8.rows.map(\.cells), name)
        }
        let french = try SpreadsheetReader.read(try encode("Nom;Prénom;Remarques\nGUÉRIN;Maël;très à l'aise, frère\n", .windowsCP1252))
        XCTAssertEqual(french.encoding, .windows1252)
        XCTAssertEqual(french.rows[0].cells, ["GUÉRIN", "Maël", "très à l'aise, frère"])
    }

    func testEncodingCanBeForced() throws {
        let bytes = try encode("Příjmení;Jméno\nDvořák;Lukáš\n", .windowsCP1250)
        let forced = try SpreadsheetReader.read(bytes, encoding: .windows1252)
        XCTAssertEqual(forced.encoding, .windows1252)
        XCTAssertFalse(forced.encodingIsGuess)
        XCTAssertEqual(forced.rows[0].cells[0], "Dvoøák")
        XCTAssertEqual(try SpreadsheetReader.read(bytes, encoding: .iso88592).rows[0].cells[0], "Dvořák")
        XCTAssertThrowsError(try SpreadsheetReader.read(bytes, encoding: .utf8)) { error in
            XCTAssertEqual(error as? ImportError, .invalidText(encoding: "utf-8"))
        }
        XCTAssertEqual(SpreadsheetEncoding(name: "CP1250"), .windows1250)
        XCTAssertEqual(SpreadsheetEncoding(name: "utf-16"), .utf16LittleEndian)
        XCTAssertNil(SpreadsheetEncoding(name: "ebcdic"))
    }

    func testUTF16WithBOM() throws {
        let text = "Name\tAge\nZoë Lefèvre\t14\n"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let table = try SpreadsheetReader.read(bytes: bytes)
        XCTAssertEqual(table.encoding, .utf16LittleEndian)
        XCTAssertEqual(table.delimiter, .tab)
        XCTAssertEqual(table.rows[0].cells, ["Zoë Lefèvre", "14"])
    }

    func testDelimitersQuotesAndLineEnds() throws {
        let pipe = try SpreadsheetReader.read(Data("a|b|c\r\n1|2|3\r\n\r\n\r\n".utf8))
        XCTAssertEqual(pipe.delimiter, .pipe)
        XCTAssertEqual(pipe.rows.map(\.cells), [["1", "2", "3"]])
        let quoted = try SpreadsheetReader.read(Data("Name,Notes,X\n\"Bonnet, Léa\",\"line one\nline \"\"two\"\"\",3\nHugo,,\n".utf8))
        XCTAssertEqual(quoted.delimiter, .comma)
        XCTAssertEqual(quoted.rows.count, 2)
        XCTAssertEqual(quoted.rows[0].cells, ["Bonnet, Léa", "line one\nline \"two\"", "3"])
        XCTAssertEqual(quoted.rows[1].number, 3)
        XCTAssertEqual(quoted.rows[1].line, 4)
        let forced = try SpreadsheetReader.read(Data("a;b,c\n1;2,3\n".utf8), delimiter: .comma)
        XCTAssertEqual(forced.header, ["a;b", "c"])
        // Short rows are padded; extra cells are kept aside.
        let ragged = try SpreadsheetReader.read(Data("a;b;c\n1\n1;2;3;4\n".utf8))
        XCTAssertEqual(ragged.rows[0].cells, ["1", "", ""])
        XCTAssertEqual(ragged.rows[1].extra, ["4"])
    }

    func testTruncatedFileReportsRowAndColumn() throws {
        let data = try ImportFixtures.data(ImportFixtures.saintAubin)
        // Cut in the middle of the last row's quoted language list.
        let text = String(decoding: data, as: UTF8.self)
        let cut = text.range(of: "\"français (langue maternelle), allemand")!.upperBound
        let table = try SpreadsheetReader.read(Data(text[..<cut].utf8))
        XCTAssertEqual(table.rows.count, 16)
        let last = try XCTUnwrap(table.rows.last)
        XCTAssertEqual(last.number, 17)
        XCTAssertEqual(last.readProblem?.column, 7)
        XCTAssertTrue(table.rows.dropLast().allSatisfy { $0.readProblem == nil })
        // An unterminated quote in the middle: that row is reported, the rows after it are read.
        let middle = try SpreadsheetReader.read(Data("a,b\n1,\"broken\n2,ok\n3,fine\n".utf8))
        XCTAssertEqual(middle.rows.map(\.number), [2, 3, 4])
        XCTAssertNotNil(middle.rows[0].readProblem)
    }

    func testEmptyBinaryAndHugeInput() throws {
        XCTAssertThrowsError(try SpreadsheetReader.read(Data())) { XCTAssertEqual($0 as? ImportError, .emptyFile) }
        XCTAssertThrowsError(try SpreadsheetReader.read(Data("\n\r\n  \n".utf8))) { XCTAssertEqual($0 as? ImportError, .emptyFile) }
        XCTAssertThrowsError(try SpreadsheetReader.read(Data([0xEF, 0xBB, 0xBF]))) { XCTAssertEqual($0 as? ImportError, .emptyFile) }
        XCTAssertThrowsError(try SpreadsheetReader.read(Data("Nom,Prénom\n".utf8))) { XCTAssertEqual($0 as? ImportError, .noDataRows) }
        // A PNG header, and a zipped .xlsx.
        XCTAssertThrowsError(try SpreadsheetReader.read(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]))) {
            XCTAssertEqual($0 as? ImportError, .binaryFile)
        }
        XCTAssertThrowsError(try SpreadsheetReader.read(Data([0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0x41, count: 100)))) {
            XCTAssertEqual($0 as? ImportError, .binaryFile)
        }
        var random = SystemRandomNumberGenerator()
        let noise = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &random) }
        XCTAssertThrowsError(try SpreadsheetReader.read(bytes: noise))
        // A cell over 1 MB, quoted or not.
        let big = String(repeating: "x", count: SpreadsheetReader.maximumCellSize + 1)
        XCTAssertThrowsError(try SpreadsheetReader.read(Data("a,b\n1,\(big)\n".utf8))) {
            XCTAssertEqual($0 as? ImportError, .cellTooLarge(row: 2, column: 2))
            XCTAssertTrue(($0 as? ImportError)?.message.contains("1 MB") == true)
        }
        XCTAssertThrowsError(try SpreadsheetReader.read(Data("a,b\n\"\(big)\",1\n".utf8))) {
            XCTAssertEqual($0 as? ImportError, .cellTooLarge(row: 2, column: 1))
        }
        XCTAssertThrowsError(try SpreadsheetReader.read(bytes: Array(repeating: 0x41, count: SpreadsheetReader.maximumFileSize + 1))) {
            XCTAssertEqual($0 as? ImportError, .fileTooLarge(bytes: SpreadsheetReader.maximumFileSize + 1))
        }
    }
}
