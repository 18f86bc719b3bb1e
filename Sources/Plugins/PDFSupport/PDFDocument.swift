import CPangoCairo
import Foundation
import PlannerCore

/// A flowing PDF document: plugins append headings, paragraphs, tables and blocks from top to
/// bottom, and `finish()` measures, breaks into pages and writes the file.
///
/// Why a layout engine: exporters describe *what* to print; page breaks, repeated table
/// headers, wrapping, "page N of M" and keeping things together are decided here once, so no
/// plugin computes a coordinate and every PDF behaves the same. The whole document is known
/// before any page is drawn, which is what makes "of M" possible without drawing twice.
///
/// ```swift
/// let pdf = try PDFDocument(url: output.url, paper: PDFPaper(job: job),
///                           header: PDFRunningHeader(left: visit.title, right: "Horní Lhota · Zielona Dolina"),
///                           info: PDFInfo(title: visit.title, created: job.generatedAt))
/// pdf.title("Programme")
/// pdf.heading("Thursday 2027-05-13")
/// var table = PDFTable(columns: [.init("Time", width: 0.2), .init("Item", width: 0.8)])
/// table.addRow(["17:00–18:30", PDFCell(.bold("Příjezd a přivítání starostou"))])
/// pdf.table(table)
/// try pdf.finish()
/// ```
///
/// Not thread-safe: one document belongs to one thread (each holds its own pango context).
public final class PDFDocument {
    public let url: URL
    public let paper: PDFPaper
    public let margins: PDFMargins
    public let header: PDFRunningHeader?
    public let info: PDFInfo
    /// Pages written by `finish()` (0 before).
    public private(set) var pageCount = 0

    /// The width text runs in: the paper less the side margins.
    public var textWidth: Double { paper.size.width - margins.left - margins.right }

    let engine = TextEngine()
    /// Where appended blocks go: the document, or the innermost `keepTogether`/`box`.
    private var stack: [[Block]] = [[]]
    private var finished = false

    /// Starts a document; nothing is written until `finish()`.
    public init(url: URL, paper: PDFPaper = .a4, margins: PDFMargins = .standard, header: PDFRunningHeader? = nil,
                info: PDFInfo = PDFInfo()) {
        self.url = url
        self.paper = paper
        self.margins = margins
        self.header = header
        self.info = info
    }

    // MARK: Content

    /// The document's title (large, accent colour), optionally with a subtitle below it.
    public func title(_ text: String, subtitle: PDFRichText? = nil) {
        append(.text(PDFRichText(text), .title, keepWithNext: true, rule: false))
        if let subtitle, !subtitle.isEmpty { append(.text(subtitle, .subtitle, keepWithNext: false, rule: false)) }
    }

    /// A heading, kept on the same page as what follows it. Level 1 gets a rule under it.
    public func heading(_ text: String, level: Int = 1) {
        append(.text(PDFRichText(text), .heading(level), keepWithNext: true, rule: level <= 1))
    }

    /// A paragraph that wraps at the text width (inside a word when a word is longer than a
    /// line). Short paragraphs stay on one page; long ones break between lines, never leaving a
    /// single line alone at the bottom or the top of a page.
    public func paragraph(_ text: PDFRichText, style: PDFTextStyle = .body) {
        guard !text.isEmpty else { return }
        append(.text(text, style, keepWithNext: false, rule: false))
    }

    /// A plain-text paragraph.
    public func paragraph(_ text: String, style: PDFTextStyle = .body) { paragraph(PDFRichText(text), style: style) }

    /// "Key  value" lines: keys in a narrow bold column, values wrapping beside them.
    /// `keyWidth` is the key column's share of the text width.
    public func keyValues(_ pairs: [(key: String, value: PDFRichText)], keyWidth: Double = 0.28, style: PDFTextStyle = .body) {
        guard !pairs.isEmpty else { return }
        var table = PDFTable(columns: [PDFTable.Column("", width: keyWidth), PDFTable.Column("", width: 1 - keyWidth)])
        table.showsHeader = false
        table.lines = .none
        table.style = style.with(spaceAfter: 0)
        table.padding = (6, 1.5)
        table.spaceAfter = style.spaceAfter + 2
        for pair in pairs { table.addRow([PDFCell(.bold(pair.key)), PDFCell(pair.value)]) }
        append(.table(table))
    }

    /// One "key  value" line.
    public func keyValue(_ key: String, _ value: PDFRichText, keyWidth: Double = 0.28, style: PDFTextStyle = .body) {
        keyValues([(key, value)], keyWidth: keyWidth, style: style)
    }

    /// A table (see `PDFTable`).
    public func table(_ table: PDFTable) {
        guard !table.columns.isEmpty else { return }
        append(.table(table))
    }

    /// Texts side by side in equal columns (the same text in two languages); each column wraps
    /// on its own and the block breaks across pages between lines like a table row.
    public func sideBySide(_ columns: [PDFRichText], style: PDFTextStyle = .body, gap: Double = 16) {
        guard !columns.isEmpty else { return }
        var table = PDFTable(columns: columns.map { _ in PDFTable.Column("", width: 1) })
        table.showsHeader = false
        table.lines = .none
        table.style = style.with(spaceAfter: 0)
        table.padding = (gap / 2, 0)
        table.spaceAfter = style.spaceAfter
        table.addRow(columns.map { PDFCell($0) })
        append(.table(table))
    }

    /// A line across the text width.
    public func rule(color: PDFColor = .lightGray, width: Double = 0.6, spaceAround: Double = 6) {
        append(.rule(color, width, spaceAround))
    }

    /// Vertical space (dropped at the top of a page).
    public func space(_ points: Double) { append(.space(points)) }

    /// Starts a new page (unless the current page is still empty).
    public func pageBreak() { append(.pageBreak) }

    /// A label and a line to sign on: "Signature ____________".
    public func signatureLine(_ label: String, width: Double = 0.6) {
        var table = PDFTable(columns: [PDFTable.Column("", width: 1 - width), PDFTable.Column("", width: width)])
        table.showsHeader = false
        table.lines = .none
        table.minRowHeight = 30
        table.style = PDFTextStyle.body.with(spaceAfter: 0)
        table.padding = (4, 14)
        table.addRow([PDFCell(PDFRichText(label)), .signature()])
        append(.table(table))
    }

    /// Keeps everything `content` appends on one page when it fits on a page at all (it then
    /// starts on a new page rather than being split).
    public func keepTogether(_ content: () throws -> Void) rethrows {
        stack.append([])
        defer {
            let blocks = stack.removeLast()
            append(.group(blocks, nil))
        }
        try content()
    }

    /// Everything `content` appends, in a frame (optionally shaded), kept together when it fits
    /// on a page; a frame that must continue on the next page is drawn in parts.
    public func box(_ style: PDFBoxStyle = PDFBoxStyle(), _ content: () throws -> Void) rethrows {
        stack.append([])
        defer {
            let blocks = stack.removeLast()
            append(.group(blocks, style))
        }
        try content()
    }

    func append(_ block: Block) {
        precondition(!finished, "PDFDocument: content added after finish()")
        stack[stack.count - 1].append(block)
    }

    // MARK: Output

    /// Lays out the pages and writes the file. Returns the number of pages.
    @discardableResult
    public func finish() throws -> Int {
        precondition(!finished && stack.count == 1, "PDFDocument: finish() called twice or inside keepTogether/box")
        finished = true
        let (width, height) = paper.size
        let headerBlocks = header.map { header -> (TextBlock, TextBlock) in
            // The left text takes what it needs (up to 60 %), the right one the rest.
            let left = engine.layout(PDFRichText(header.left), style: PDFRunningHeader.leftStyle, width: textWidth * 0.6, maxLines: 2)
            let right = engine.layout(PDFRichText(header.right), style: PDFRunningHeader.rightStyle,
                                      width: textWidth - left.width - 18, maxLines: 2)
            return (left, right)
        }
        let headerHeight = headerBlocks.map { max($0.0.height, $0.1.height) + 14 } ?? 0
        let footerHeight = 9.0 + 14
        let contentTop = margins.top + headerHeight
        let contentHeight = height - contentTop - margins.bottom - footerHeight
        guard contentHeight > 100 else { throw ExportError(Localization.tr("The margins leave no room to print on the page.")) }

        let measurer = Measurer(engine: engine, contentHeight: contentHeight)
        let items = measurer.items(stack[0], x: margins.left, width: textWidth)
        let pages = Paginator(contentHeight: contentHeight).paginate(items)
        pageCount = pages.count

        let surface = cairo_pdf_surface_create(url.path, width, height)
        defer { cairo_surface_destroy(surface) }
        try check(cairo_surface_status(surface))
        setMetadata(surface)
        let cr = cairo_create(surface)!
        defer { cairo_destroy(cr) }
        for (index, page) in pages.enumerated() {
            if let (left, right) = headerBlocks {
                left.draw(cr, x: margins.left, y: margins.top)
                right.draw(cr, x: width - margins.right - right.layoutWidth, y: margins.top)
                let ruleY = margins.top + max(left.height, right.height) + 4
                stroke(cr, from: (margins.left, ruleY), to: (width - margins.right, ruleY), color: .accent, width: 0.6)
            }
            let footer = engine.layout(PDFRichText(Self.pageLabel(index + 1, of: pages.count)),
                                       style: PDFTextStyle(size: 8, color: .gray, alignment: .center), width: textWidth)
            footer.draw(cr, x: margins.left, y: height - margins.bottom - footer.height)
            for decoration in page.decorations { decoration(cr, contentTop) }
            for placed in page.units { placed.unit.draw?(cr, contentTop + placed.y) }
            cairo_show_page(cr)
        }
        cairo_surface_finish(surface)
        try check(cairo_surface_status(surface))
        return pages.count
    }

    /// "Page 2 of 5".
    static func pageLabel(_ page: Int, of count: Int) -> String {
        PDFText.tr("Page {page} of {pages}", ["page": String(page), "pages": String(count)])
    }

    private func setMetadata(_ surface: OpaquePointer?) {
        if !info.title.isEmpty { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, info.title) }
        if !info.subject.isEmpty { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, info.subject) }
        if !info.author.isEmpty { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, info.author) }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "VisitPlanner")
        if let created = info.created {
            // A fixed date makes the same export produce the same file.
            let format = ISO8601DateFormatter()
            format.formatOptions = [.withInternetDateTime]
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, format.string(from: created))
        }
    }

    private func check(_ status: cairo_status_t) throws {
        guard status != CAIRO_STATUS_SUCCESS else { return }
        let reason = String(cString: cairo_status_to_string(status))
        throw ExportError(PDFText.tr("Could not write the PDF file {path}: {reason}", ["path": url.path, "reason": reason]))
    }
}

/// The line at the top of every page: e.g. the visit's title on the left and its towns on the
/// right, each at most two lines (longer text is cut with "…" so the page keeps its room). Why:
/// printed pages get separated; each one still says which visit it belongs to.
public struct PDFRunningHeader: Sendable {
    public var left: String
    public var right: String

    public init(left: String, right: String = "") {
        self.left = left
        self.right = right
    }

    static let leftStyle = PDFTextStyle(size: 8.5, bold: true, color: .accent)
    static let rightStyle = PDFTextStyle(size: 8.5, color: .gray, alignment: .right)
}

/// The PDF's document properties (what a viewer shows under "Properties"). Why: a folder of
/// exported files is searched and sorted by these, and a fixed date keeps exports reproducible.
public struct PDFInfo: Sendable {
    public var title: String
    public var subject: String
    public var author: String
    /// The creation date written into the file; set it (to the job's `generatedAt`) so the
    /// same export gives the same file.
    public var created: Date?

    public init(title: String = "", subject: String = "", author: String = "", created: Date? = nil) {
        self.title = title
        self.subject = subject
        self.author = author
        self.created = created
    }
}

/// The frame of `PDFDocument.box`: a border and/or a shade that sets apart what must not be
/// missed (a host family's address, an emergency number) without plugins drawing rectangles.
public struct PDFBoxStyle: Sendable {
    public var border: PDFColor?
    public var background: PDFColor?
    public var lineWidth: Double
    /// Space between the frame and the text inside.
    public var padding: Double

    public init(border: PDFColor? = .lightGray, background: PDFColor? = nil, lineWidth: Double = 0.8, padding: Double = 8) {
        self.border = border
        self.background = background
        self.lineWidth = lineWidth
        self.padding = padding
    }
}

/// Translated text with `{name}` placeholders, for the PDF plugins (the core's own helper is
/// internal to it). `xgettext --keyword=tr` extracts these literals like the app's.
public enum PDFText {
    public static func tr(_ message: String, _ values: [String: String] = [:]) -> String {
        var result = Localization.tr(message)
        for (key, value) in values { result = result.replacingOccurrences(of: "{\(key)}", with: value) }
        return result
    }
}

func stroke(_ cr: OpaquePointer, from a: (Double, Double), to b: (Double, Double), color: PDFColor, width: Double) {
    cairo_set_source_rgb(cr, color.red, color.green, color.blue)
    cairo_set_line_width(cr, width)
    cairo_move_to(cr, a.0, a.1)
    cairo_line_to(cr, b.0, b.1)
    cairo_stroke(cr)
}
