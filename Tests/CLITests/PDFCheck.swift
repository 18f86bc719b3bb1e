import Foundation
import XCTest

/// Reads a PDF back with poppler's command-line tools (poppler-utils, listed in
/// meson-helpers/install-deps.sh), the way a reader's viewer or a grant officer's copy-paste
/// would: the text, the page count and size, the fonts, and every word's position.
struct PDFCheck {
    let url: URL

    init(url: URL) { self.url = url }
    init(path: String) { url = URL(fileURLWithPath: path) }

    /// A word and its box, from `pdftotext -bbox`.
    struct Word {
        let page: Int
        let text: String
        let xMin: Double
        let xMax: Double
        let yMin: Double
        let yMax: Double
    }

    /// A font row of `pdffonts`.
    struct Font {
        let name: String
        let embedded: Bool
    }

    /// Runs a poppler tool and returns its standard output.
    static func run(_ tool: String, _ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let candidates = ["/usr/bin/\(tool)", "/usr/local/bin/\(tool)"]
        guard let path = candidates.first(where: FileManager.default.isExecutableFile(atPath:)) else {
            XCTFail("\(tool) is missing: install poppler-utils (meson-helpers/install-deps.sh)", file: file, line: line)
            throw CocoaError(.fileNoSuchFile)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("pdfcheck-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: out) }
        let handle = try FileHandle(forWritingTo: out)
        process.standardOutput = handle
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        XCTAssertEqual(process.terminationStatus, 0, "\(tool) \(arguments.joined(separator: " "))", file: file, line: line)
        return try String(contentsOf: out, encoding: .utf8)
    }

    /// The text in reading order, pages separated by form feeds.
    func text() throws -> String { try Self.run("pdftotext", ["-enc", "UTF-8", url.path, "-"]) }

    /// The text laid out as on the page (columns side by side stay on one line).
    func layoutText() throws -> String { try Self.run("pdftotext", ["-enc", "UTF-8", "-layout", url.path, "-"]) }

    /// The text of each page.
    func pages() throws -> [String] {
        var pages = try text().components(separatedBy: "\u{0C}")
        if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { pages.removeLast() }
        return pages
    }

    /// The laid-out text of each page.
    func layoutPages() throws -> [String] {
        var pages = try layoutText().components(separatedBy: "\u{0C}")
        if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { pages.removeLast() }
        return pages
    }

    /// The text with every whitespace run (line breaks included) made one space: a phrase is
    /// found even where a line wrapped inside it.
    func flatText() throws -> String {
        try text().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The laid-out text (`pdftotext -layout`) with white space runs made single spaces: a label
    /// and the value beside it read "Planned costs 112,741.00 CZK".
    func flatLayoutText() throws -> String {
        try layoutText().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `pdfinfo`'s fields ("Pages", "Page size", "Title"…).
    func info() throws -> [String: String] {
        var fields: [String: String] = [:]
        for line in try Self.run("pdfinfo", [url.path]).split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return fields
    }

    func pageCount() throws -> Int { Int(try info()["Pages"] ?? "") ?? 0 }

    /// Every font the PDF uses.
    func fonts() throws -> [Font] {
        let lines = try Self.run("pdffonts", [url.path]).split(separator: "\n").dropFirst(2)
        return lines.map { line in
            let columns = line.split(separator: " ", omittingEmptySubsequences: true)
            // name type… encoding emb sub uni object ID: "emb" is the 5th column from the end.
            return Font(name: String(columns[0]), embedded: columns.count >= 5 && columns[columns.count - 5] == "yes")
        }
    }

    /// Every word with its box, and each page's size.
    func words() throws -> (words: [Word], pageSize: (width: Double, height: Double)) {
        let html = try Self.run("pdftotext", ["-enc", "UTF-8", "-bbox", url.path, "-"])
        var words: [Word] = []
        var size = (width: 0.0, height: 0.0)
        var page = 0
        func attribute(_ name: String, in tag: Substring) -> Double {
            guard let start = tag.range(of: "\(name)=\"") else { return .nan }
            let rest = tag[start.upperBound...]
            return Double(rest[..<(rest.firstIndex(of: "\"") ?? rest.endIndex)]) ?? .nan
        }
        for line in html.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("<page ") {
                page += 1
                size = (attribute("width", in: Substring(trimmed)), attribute("height", in: Substring(trimmed)))
            } else if trimmed.hasPrefix("<word "), let close = trimmed.firstIndex(of: ">"), let end = trimmed.range(of: "</word>") {
                let tag = trimmed[..<close]
                let text = String(trimmed[trimmed.index(after: close)..<end.lowerBound])
                words.append(Word(page: page, text: text, xMin: attribute("xMin", in: tag), xMax: attribute("xMax", in: tag),
                                  yMin: attribute("yMin", in: tag), yMax: attribute("yMax", in: tag)))
            }
        }
        return (words, size)
    }

    /// Fails for any word outside the printable area: the page less the exporters' margins
    /// (PDFMargins.standard: 51 pt at the sides, 42.5 pt top and bottom; half a point of slack).
    func assertInsideMargins(horizontal: Double = 50.5, vertical: Double = 42, file: StaticString = #filePath,
                             line: UInt = #line) throws {
        let (words, size) = try words()
        XCTAssertFalse(words.isEmpty, "no words found", file: file, line: line)
        for word in words where word.xMin < horizontal || word.xMax > size.width - horizontal || word.yMin < vertical
            || word.yMax > size.height - vertical {
            XCTFail("page \(word.page): “\(word.text.prefix(40))” at x \(word.xMin)–\(word.xMax), y \(word.yMin)–\(word.yMax) "
                    + "leaves the printable area of \(size.width)×\(size.height)", file: file, line: line)
            return
        }
    }

    /// Fails unless every font is embedded and is DejaVu Sans (regular, bold or oblique).
    func assertFontsEmbeddedDejaVu(file: StaticString = #filePath, line: UInt = #line) throws {
        let fonts = try fonts()
        XCTAssertFalse(fonts.isEmpty, file: file, line: line)
        for font in fonts {
            XCTAssertTrue(font.embedded, "\(font.name) is not embedded", file: file, line: line)
            XCTAssertTrue(font.name.contains("+DejaVuSans"), "\(font.name) is not DejaVu Sans", file: file, line: line)
        }
    }

    /// Fails for any word outside the page itself (exporters whose margins differ).
    func assertWordsInsidePage(file: StaticString = #filePath, line: UInt = #line) throws {
        let (words, size) = try words()
        XCTAssertFalse(words.isEmpty, file: file, line: line)
        for word in words {
            XCTAssertTrue(word.xMin >= 0 && word.xMax <= size.width && word.yMin >= 0 && word.yMax <= size.height,
                          "“\(word.text.prefix(40))” leaves the page: x \(word.xMin)–\(word.xMax) of \(size.width)", file: file, line: line)
        }
    }
}
