import Foundation
import XCTest

/// A PDF read back with poppler-utils (`pdftotext`, `pdffonts`, `pdfinfo`), as a reader's
/// viewer or a screen reader would extract it: the checks of the booklet, host letter and
/// budget exports.
struct PopplerPDF {
    let path: String

    /// One word of `pdftotext -bbox` with its box in points.
    struct Word {
        let text: String
        let xMin: Double
        let xMax: Double
        let yMin: Double
        let yMax: Double
    }

    /// Runs a poppler tool and returns its stdout (the test fails on a non-zero exit).
    static func run(_ tool: String, _ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/\(tool)")
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "\(tool) \(arguments.joined(separator: " ")) failed", file: file, line: line)
        return String(decoding: data, as: UTF8.self)
    }

    /// The text in reading order.
    func text() throws -> String { try Self.run("pdftotext", ["-enc", "UTF-8", path, "-"]) }

    /// The text with runs of white space (line breaks included) made single spaces: phrases
    /// that wrap still match.
    func flatText() throws -> String {
        try text().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The text as laid out on the page (`pdftotext -layout`), white space runs made single
    /// spaces: a label and the value beside it read "Planned costs 112,741.00 CZK".
    func flatLayoutText() throws -> String {
        try Self.run("pdftotext", ["-enc", "UTF-8", "-layout", path, "-"]).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    func pageCount() throws -> Int {
        let info = try Self.run("pdfinfo", [path])
        let line = info.split(separator: "\n").first { $0.hasPrefix("Pages:") } ?? ""
        return Int(line.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) ?? 0
    }

    /// Every word with its box, and the page size.
    func words() throws -> (words: [Word], pageWidth: Double, pageHeight: Double) {
        let html = try Self.run("pdftotext", ["-enc", "UTF-8", "-bbox", path, "-"])
        func attribute(_ name: String, in tag: Substring) -> Double {
            guard let range = tag.range(of: "\(name)=\"") else { return .nan }
            let rest = tag[range.upperBound...]
            return Double(rest.prefix { $0 != "\"" }) ?? .nan
        }
        var words: [Word] = []
        var width = 0.0, height = 0.0
        for line in html.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("<page ") {
                width = attribute("width", in: Substring(trimmed))
                height = attribute("height", in: Substring(trimmed))
            } else if trimmed.hasPrefix("<word "), let close = trimmed.firstIndex(of: ">") {
                let tag = trimmed[..<close]
                let text = trimmed[trimmed.index(after: close)...].replacingOccurrences(of: "</word>", with: "")
                words.append(Word(text: text, xMin: attribute("xMin", in: tag), xMax: attribute("xMax", in: tag),
                                  yMin: attribute("yMin", in: tag), yMax: attribute("yMax", in: tag)))
            }
        }
        return (words, width, height)
    }

    /// Every font is embedded (subset) and is DejaVu: nothing silently replaced.
    func assertFontsEmbeddedDejaVu(file: StaticString = #filePath, line: UInt = #line) throws {
        let output = try Self.run("pdffonts", [path])
        let rows = output.split(separator: "\n").dropFirst(2)
        XCTAssertFalse(rows.isEmpty, "no fonts in \(path)", file: file, line: line)
        for row in rows {
            let columns = row.split(separator: " ", omittingEmptySubsequences: true)
            XCTAssertTrue(row.contains("DejaVuSans"), "not DejaVu: \(row)", file: file, line: line)
            // name type encoding emb sub uni object ID: "emb" is the fourth column from the end of the flags.
            XCTAssertEqual(columns.count >= 7 ? String(columns[columns.count - 5]) : "", "yes", "not embedded: \(row)", file: file, line: line)
        }
    }

    /// Every word lies inside the page.
    func assertWordsInsidePage(file: StaticString = #filePath, line: UInt = #line) throws {
        let (words, width, height) = try words()
        XCTAssertFalse(words.isEmpty, file: file, line: line)
        for word in words {
            XCTAssertTrue(word.xMin >= 0 && word.xMax <= width && word.yMin >= 0 && word.yMax <= height,
                          "“\(word.text.prefix(40))” leaves the page: x \(word.xMin)–\(word.xMax) of \(width)", file: file, line: line)
        }
    }
}
