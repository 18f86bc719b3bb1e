/// A table for `PDFDocument.table(_:)`: columns sized by fractions of the text width, cells
/// that wrap, a header row repeated on every page the table continues on, and rows that are
/// never split across pages unless one is taller than a whole page.
///
/// Why fractions: the plugins then never compute coordinates, and the same table fits A4 and
/// US Letter.
public struct PDFTable: Sendable {
    /// One column: its heading and its share of the width.
    public struct Column: Sendable {
        public var title: PDFRichText
        /// Relative width; the fractions of all columns need not add up to 1.
        public var width: Double
        public var alignment: PDFTextStyle.Alignment

        public init(_ title: PDFRichText, width: Double, alignment: PDFTextStyle.Alignment = .left) {
            self.title = title
            self.width = width
            self.alignment = alignment
        }

        public init(_ title: String, width: Double, alignment: PDFTextStyle.Alignment = .left) {
            self.init(PDFRichText(title), width: width, alignment: alignment)
        }
    }

    /// One row of cells; a cell may span several columns.
    public struct Row: Sendable {
        public var cells: [PDFCell]
        /// Starts on the same page as the next row (a title row and its details row).
        public var keepWithNext: Bool
        public var background: PDFColor?

        public init(_ cells: [PDFCell], keepWithNext: Bool = false, background: PDFColor? = nil) {
            self.cells = cells
            self.keepWithNext = keepWithNext
            self.background = background
        }
    }

    /// Which lines are drawn.
    public enum Lines: Sendable {
        /// Every cell framed.
        case grid
        /// A line under each row only.
        case rows
        /// None: text in columns (two languages side by side, key/value lines).
        case none
    }

    public var columns: [Column]
    public var rows: [Row] = []
    /// A line printed above the table's continuation on the next page ("Saturday 2027-05-15
    /// (continued)"), so a reader who turns the page knows where they are.
    public var continuation: PDFRichText?
    public var showsHeader = true
    /// Repeats the header row at the top of each page the table continues on.
    public var repeatsHeader = true
    public var lines: Lines = .grid
    /// The text style of the cells (size, colour); the header is the same, bold.
    public var style: PDFTextStyle = PDFTextStyle(size: 9, spaceAfter: 0)
    /// Every row is at least this tall (signature sheets need room to sign).
    public var minRowHeight: Double = 0
    /// Space between a cell's lines and its text.
    public var padding: (horizontal: Double, vertical: Double) = (4, 3)
    /// Space after the table.
    public var spaceAfter: Double = 8

    public init(columns: [Column]) { self.columns = columns }

    /// Appends a row of cells (strings convert to text cells).
    public mutating func addRow(_ cells: [PDFCell], keepWithNext: Bool = false, background: PDFColor? = nil) {
        rows.append(Row(cells, keepWithNext: keepWithNext, background: background))
    }
}

/// One cell of a `PDFTable`.
public struct PDFCell: Sendable, ExpressibleByStringLiteral {
    public enum Content: Sendable {
        case text(PDFRichText)
        /// Blank, with a line near the bottom to sign on.
        case signature
    }

    public var content: Content
    /// How many columns the cell covers.
    public var span: Int
    /// Overrides the column's alignment.
    public var alignment: PDFTextStyle.Alignment?

    public init(_ text: PDFRichText, span: Int = 1, alignment: PDFTextStyle.Alignment? = nil) {
        content = .text(text)
        self.span = max(1, span)
        self.alignment = alignment
    }

    public init(_ text: String, span: Int = 1, alignment: PDFTextStyle.Alignment? = nil) {
        self.init(PDFRichText(text), span: span, alignment: alignment)
    }

    public init(stringLiteral value: String) { self.init(value) }

    /// A cell to sign in.
    public static func signature(span: Int = 1) -> PDFCell {
        var cell = PDFCell("", span: span)
        cell.content = .signature
        return cell
    }
}
