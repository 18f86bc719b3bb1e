/// How a block of text looks: size, weight, colour, alignment and the space around it.
///
/// A value, not a font object, so plugins describe text without touching pango; the document
/// turns each distinct style into one cached font description.
public struct PDFTextStyle: Sendable, Hashable {
    public enum Alignment: Sendable, Hashable { case left, center, right }

    /// Font size in points.
    public var size: Double
    public var bold: Bool
    public var italic: Bool
    public var color: PDFColor
    public var alignment: Alignment
    /// Struck through (cancelled items).
    public var strikethrough: Bool
    /// Space above the block, dropped at the top of a page.
    public var spaceBefore: Double
    /// Space below the block.
    public var spaceAfter: Double
    /// Left indent in points.
    public var indent: Double

    public init(size: Double = 10, bold: Bool = false, italic: Bool = false, color: PDFColor = .black,
                alignment: Alignment = .left, strikethrough: Bool = false, spaceBefore: Double = 0,
                spaceAfter: Double = 4, indent: Double = 0) {
        self.size = size
        self.bold = bold
        self.italic = italic
        self.color = color
        self.alignment = alignment
        self.strikethrough = strikethrough
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
        self.indent = indent
    }

    /// Running text, 10 pt.
    public static let body = PDFTextStyle()
    /// Secondary lines, 8.5 pt grey.
    public static let small = PDFTextStyle(size: 8.5, color: .gray, spaceAfter: 3)
    /// The document's title, 18 pt bold accent.
    public static let title = PDFTextStyle(size: 18, bold: true, color: .accent, spaceAfter: 4)
    /// A subtitle under the title, 11 pt grey.
    public static let subtitle = PDFTextStyle(size: 11, color: .gray, spaceAfter: 10)

    /// The style of `heading(_:level:)`: 1 = section (14 pt, with a rule), 2 = subsection,
    /// 3 = run-in heading.
    public static func heading(_ level: Int) -> PDFTextStyle {
        switch level {
        case ...1: PDFTextStyle(size: 14, bold: true, color: .accent, spaceBefore: 14, spaceAfter: 6)
        case 2: PDFTextStyle(size: 12, bold: true, color: .black, spaceBefore: 10, spaceAfter: 4)
        default: PDFTextStyle(size: 10.5, bold: true, color: .black, spaceBefore: 6, spaceAfter: 3)
        }
    }

    /// A copy with other values.
    public func with(size: Double? = nil, bold: Bool? = nil, italic: Bool? = nil, color: PDFColor? = nil,
                     alignment: Alignment? = nil, strikethrough: Bool? = nil, spaceBefore: Double? = nil,
                     spaceAfter: Double? = nil, indent: Double? = nil) -> PDFTextStyle {
        PDFTextStyle(size: size ?? self.size, bold: bold ?? self.bold, italic: italic ?? self.italic, color: color ?? self.color,
                     alignment: alignment ?? self.alignment, strikethrough: strikethrough ?? self.strikethrough,
                     spaceBefore: spaceBefore ?? self.spaceBefore, spaceAfter: spaceAfter ?? self.spaceAfter,
                     indent: indent ?? self.indent)
    }
}

/// Text with inline formatting: runs that are bold, italic, smaller, coloured or struck
/// through, and line breaks. Plugins pass plain strings (a string literal or `PDFRichText(s)`)
/// or build runs with `+`; the document escapes every run, so names with `&`, `<` or `>` print as
/// written and can never break the pango markup.
public struct PDFRichText: Sendable, Hashable, ExpressibleByStringLiteral {
    /// One run of text with one format.
    public struct Run: Sendable, Hashable {
        public var text: String
        public var bold = false
        public var italic = false
        public var strikethrough = false
        /// Absolute size in points; nil keeps the block's size.
        public var size: Double?
        public var color: PDFColor?

        public init(_ text: String, bold: Bool = false, italic: Bool = false, strikethrough: Bool = false,
                    size: Double? = nil, color: PDFColor? = nil) {
            self.text = text
            self.bold = bold
            self.italic = italic
            self.strikethrough = strikethrough
            self.size = size
            self.color = color
        }

        var isPlain: Bool { !bold && !italic && !strikethrough && size == nil && color == nil }
    }

    public var runs: [Run]

    public init(_ text: String) { runs = text.isEmpty ? [] : [Run(text)] }
    public init(runs: [Run]) { self.runs = runs.filter { !$0.text.isEmpty } }
    public init(stringLiteral value: String) { self.init(value) }

    /// Lines joined by line breaks (empty ones left out).
    public init(lines: [PDFRichText]) {
        var runs: [Run] = []
        for line in lines where !line.isEmpty {
            if !runs.isEmpty { runs.append(Run("\n")) }
            runs += line.runs
        }
        self.runs = runs
    }

    public static func bold(_ text: String) -> PDFRichText { PDFRichText(runs: [Run(text, bold: true)]) }
    public static func italic(_ text: String) -> PDFRichText { PDFRichText(runs: [Run(text, italic: true)]) }
    public static func struck(_ text: String) -> PDFRichText { PDFRichText(runs: [Run(text, strikethrough: true)]) }
    public static func colored(_ text: String, _ color: PDFColor, bold: Bool = false) -> PDFRichText {
        PDFRichText(runs: [Run(text, bold: bold, color: color)])
    }
    /// Smaller text (default 8.5 pt) in grey unless another colour is given.
    public static func small(_ text: String, size: Double = 8.5, color: PDFColor = .gray) -> PDFRichText {
        PDFRichText(runs: [Run(text, size: size, color: color)])
    }
    /// A line break.
    public static let newline = PDFRichText(runs: [Run("\n")])

    public static func + (a: PDFRichText, b: PDFRichText) -> PDFRichText { PDFRichText(runs: a.runs + b.runs) }
    public static func += (a: inout PDFRichText, b: PDFRichText) { a = a + b }

    public var isEmpty: Bool { runs.isEmpty }
    /// The text without formatting.
    public var plainText: String { runs.map(\.text).joined() }

    /// Every run struck through (a cancelled item).
    public func struckThrough() -> PDFRichText {
        PDFRichText(runs: runs.map { var run = $0; run.strikethrough = $0.text != "\n"; return run })
    }

    /// Whether pango needs markup at all (plain text is set faster, without parsing).
    var isPlain: Bool { runs.allSatisfy(\.isPlain) }

    /// Pango markup, every run's text escaped.
    var markup: String {
        var result = ""
        for run in runs {
            if run.isPlain {
                result += Self.escape(run.text)
                continue
            }
            var attributes = ""
            if run.bold { attributes += " weight=\"bold\"" }
            if run.italic { attributes += " style=\"italic\"" }
            if run.strikethrough { attributes += " strikethrough=\"true\"" }
            if let size = run.size { attributes += " size=\"\(Int((size * 1024).rounded()))\"" }
            if let color = run.color { attributes += " foreground=\"\(color.markup)\"" }
            result += "<span\(attributes)>\(Self.escape(run.text))</span>"
        }
        return result
    }

    /// Escapes the five characters markup treats specially, and drops NUL and the other C0
    /// controls pango refuses in markup (tabs and line breaks stay).
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            case "\r": break
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
