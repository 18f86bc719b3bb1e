import Foundation
import PDFSupport
import PlannerCore
import XCTest

/// The layout engine the PDF plugins share, driven directly and read back with poppler like
/// the exports: page breaks, repeated table headers, kept-together blocks, boxes, columns,
/// escaping, and the page numbers.
final class PDFDocumentLayoutTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("pdf-layout-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(at: folder) }

    private func document(_ name: String = #function, paper: PDFPaper = .a4) -> PDFDocument {
        PDFDocument(url: folder.appendingPathComponent("\(name.filter { $0.isLetter || $0.isNumber }).pdf"), paper: paper,
                    header: PDFRunningHeader(left: "Left header", right: "Right header"))
    }

    func testEmptyDocumentHasOnePageWithHeaderAndFooter() throws {
        let pdf = document()
        XCTAssertEqual(try pdf.finish(), 1)
        let text = try PDFCheck(url: pdf.url).flatText()
        XCTAssertEqual(text, "Left header Right header Page 1 of 1")
    }

    func testMarkupCharactersPrintAsWritten() throws {
        let pdf = document()
        pdf.heading("Tom & Jerry <3")
        pdf.paragraph(.bold("<b>not bold</b>") + PDFRichText(" & 'single' \"double\" ") + .italic("a<i>b"))
        pdf.paragraph("Line\u{0}with\u{7}controls\tand tab")
        try pdf.finish()
        let text = try PDFCheck(url: pdf.url).flatText()
        XCTAssertTrue(text.contains("Tom & Jerry <3"), text)
        XCTAssertTrue(text.contains("<b>not bold</b> & 'single' \"double\" a<i>b"), text)
        XCTAssertTrue(text.contains("Linewithcontrols"), text)
    }

    func testExplicitPageBreaksAndPageNumbers() throws {
        let pdf = document()
        for index in 1...4 {
            if index > 1 { pdf.pageBreak() }
            pdf.pageBreak() // a second break on an empty page adds nothing
            pdf.paragraph("Part \(index)")
        }
        XCTAssertEqual(try pdf.finish(), 4)
        let pages = try PDFCheck(url: pdf.url).pages()
        XCTAssertEqual(pages.count, 4)
        for (index, page) in pages.enumerated() {
            XCTAssertTrue(page.contains("Part \(index + 1)"))
            XCTAssertTrue(page.contains("Page \(index + 1) of 4"))
        }
    }

    /// A paragraph of many lines breaks between lines, never leaving one line alone on a page.
    func testLongParagraphBreaksBetweenLines() throws {
        let pdf = document()
        let words = (1...1_500).map { "word\($0)" }
        pdf.paragraph(words.joined(separator: " "))
        let pages = try pdf.finish()
        XCTAssertGreaterThanOrEqual(pages, 3)
        let check = PDFCheck(url: pdf.url)
        XCTAssertEqual(try check.text().split(whereSeparator: \.isWhitespace).filter { $0.hasPrefix("word") }, words.map { Substring($0) })
        let (placed, _) = try check.words()
        for page in 1...pages {
            let lines = Set(placed.filter { $0.page == page && $0.text.hasPrefix("word") }.map { ($0.yMin * 10).rounded() })
            XCTAssertGreaterThanOrEqual(lines.count, 2, "page \(page) has a lone line")
        }
        try check.assertInsideMargins()
    }

    func testTableRepeatsItsHeaderAndContinuationOnEveryPage() throws {
        let pdf = document()
        var table = PDFTable(columns: [PDFTable.Column("No.", width: 0.1, alignment: .right), PDFTable.Column("Name", width: 0.5),
                                       PDFTable.Column("Signature", width: 0.4)])
        table.minRowHeight = 26
        table.continuation = "Sheet (continued)"
        for index in 1...120 { table.addRow([PDFCell("\(index)"), PDFCell("Person \(index)"), .signature()]) }
        pdf.table(table)
        let pages = try pdf.finish()
        XCTAssertGreaterThanOrEqual(pages, 4)
        let texts = try PDFCheck(url: pdf.url).pages()
        for (index, page) in texts.enumerated() {
            XCTAssertTrue(page.contains("Signature"), "header on page \(index + 1)")
            XCTAssertEqual(page.contains("Sheet (continued)"), index > 0, "caption on page \(index + 1)")
        }
        // Every row once, in order, none split.
        let all = texts.joined()
        let rows = (1...120).map { all.range(of: "Person \($0)\n")?.lowerBound }
        XCTAssertEqual(rows.compactMap { $0 }.count, 120)
        XCTAssertEqual(rows.compactMap { $0 }, rows.compactMap { $0 }.sorted())
    }

    /// A heading never ends a page: when what follows does not fit, both move on.
    func testHeadingStaysWithWhatFollowsAndKeepTogetherMoves() throws {
        let pdf = document()
        for index in 1...44 { pdf.paragraph("Filler line \(index)") }
        pdf.heading("Lonely heading")
        pdf.keepTogether {
            for index in 1...8 { pdf.paragraph("Kept line \(index)") }
        }
        XCTAssertEqual(try pdf.finish(), 2)
        let pages = try PDFCheck(url: pdf.url).pages()
        XCTAssertFalse(pages[0].contains("Lonely heading"), pages[0])
        XCTAssertTrue(pages[1].contains("Lonely heading"))
        for index in 1...8 { XCTAssertTrue(pages[1].contains("Kept line \(index)")) }
    }

    func testSideBySideBoxRuleAndSignatureLine() throws {
        let pdf = document(paper: .letter)
        pdf.title("Title", subtitle: "Subtitle")
        pdf.sideBySide(["Vítejte v Horní Lhotě, milí hosté!", "Bienvenue à Horní Lhota, chers invités !"])
        pdf.rule()
        pdf.box(PDFBoxStyle(background: .shade)) {
            pdf.heading("In a box", level: 2)
            pdf.keyValues([("Host family", "Hana a Václav Novák"), ("Address", "Lipová 12, Horní Lhota")])
        }
        pdf.signatureLine("Signature")
        try pdf.finish()
        let check = PDFCheck(url: pdf.url)
        XCTAssertEqual(try check.info()["Page size"], "612 x 792 pts (letter)")
        let layout = try check.layoutText()
        XCTAssertNotNil(layout.range(of: #"Vítejte v Horní Lhotě, milí hosté!\s+Bienvenue à Horní Lhota, chers invités !"#,
                                     options: .regularExpression), layout)
        XCTAssertNotNil(layout.range(of: #"Host family\s+Hana a Václav Novák"#, options: .regularExpression), layout)
        try check.assertInsideMargins()
        try check.assertFontsEmbeddedDejaVu()
    }

    /// A box taller than a page is drawn in parts and its text flows on.
    func testBoxLongerThanAPage() throws {
        let pdf = document()
        pdf.box {
            for index in 1...80 { pdf.paragraph("Boxed line \(index)") }
        }
        XCTAssertEqual(try pdf.finish(), 2)
        let text = try PDFCheck(url: pdf.url).text()
        for index in 1...80 { XCTAssertTrue(text.contains("Boxed line \(index)\n")) }
    }

    func testUnwritablePathThrows() {
        let pdf = PDFDocument(url: folder.appendingPathComponent("missing/folder/x.pdf"))
        pdf.paragraph("Text")
        XCTAssertThrowsError(try pdf.finish()) { error in
            XCTAssertTrue(error is ExportError, "\(error)")
        }
    }

    /// One document is cheap: what a batch of booklets relies on (measured, with a generous
    /// bound for a loaded debug build).
    func testManyDocumentsAreFast() throws {
        let start = Date()
        let count = 100
        for index in 0..<count {
            let pdf = document("speed\(index % 5)")
            pdf.title("Personal programme", subtitle: "Ascension meeting 2027")
            for day in 1...4 {
                pdf.heading("Day \(day)")
                var table = PDFTable(columns: [PDFTable.Column("Time", width: 0.2), PDFTable.Column("Item", width: 0.8)])
                for item in 1...4 {
                    table.addRow([PDFCell(.bold("09:00–12:00")),
                                  PDFCell(PDFRichText(lines: [.bold("Item \(item) Příjezd a přivítání starostou"),
                                                              .small("Place: Náměstí Míru (Náměstí Míru, Horní Lhota)")]))])
                }
                pdf.table(table)
            }
            try pdf.finish()
        }
        let perDocument = Date().timeIntervalSince(start) / Double(count)
        print("PDFDocument: \(String(format: "%.1f", perDocument * 1000)) ms per document")
        XCTAssertLessThan(perDocument, 0.05)
    }
}
