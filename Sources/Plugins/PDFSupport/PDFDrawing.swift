import CPangoCairo

/// Where a drawing in the flow of a document is drawn: a cairo context and the drawing's frame
/// on the page, with helpers that set text with the document's own fonts and metrics (so a
/// chart's labels look like the rest of the page). Coordinates given to the helpers are
/// relative to the drawing's top-left corner.
///
/// Why: charts (the budget's bars) are pictures, not text; the layout engine still decides on
/// which page they go, and keeps them whole.
public final class PDFCanvas {
    /// The cairo context, for what the helpers do not cover; in page coordinates.
    public let cairo: OpaquePointer
    /// The drawing's top-left corner on the page.
    public let originX: Double
    public let originY: Double
    /// The text width, and the height the drawing asked for.
    public let width: Double
    public let height: Double
    private let engine: TextEngine

    init(cairo: OpaquePointer, engine: TextEngine, x: Double, y: Double, width: Double, height: Double) {
        self.cairo = cairo
        self.engine = engine
        originX = x
        originY = y
        self.width = width
        self.height = height
    }

    /// A filled rectangle; nothing for a zero or negative width or height.
    public func rectangle(x: Double, y: Double, width: Double, height: Double, color: PDFColor, alpha: Double = 1) {
        guard width > 0, height > 0 else { return }
        cairo_set_source_rgba(cairo, color.red, color.green, color.blue, alpha)
        cairo_rectangle(cairo, originX + x, originY + y, width, height)
        cairo_fill(cairo)
    }

    /// A straight line.
    public func line(from a: (x: Double, y: Double), to b: (x: Double, y: Double), color: PDFColor, width: Double = 0.6) {
        stroke(cairo, from: (originX + a.x, originY + a.y), to: (originX + b.x, originY + b.y), color: color, width: width)
    }

    /// Sets `text` with its top-left at (x, y) in `width` points (aligned by the style within
    /// that width); at most `maxLines` lines, cut with "…" beyond. Returns the size it took.
    @discardableResult
    public func text(_ text: PDFRichText, x: Double, y: Double, width: Double, style: PDFTextStyle = PDFTextStyle(size: 9),
                     maxLines: Int = 1) -> (width: Double, height: Double) {
        let block = engine.layout(text, style: style, width: width, maxLines: maxLines)
        block.draw(cairo, x: originX + x, y: originY + y)
        return (block.width, block.height)
    }

    /// The size `text` would take in `width` points, without drawing it.
    public func measure(_ text: PDFRichText, width: Double, style: PDFTextStyle = PDFTextStyle(size: 9),
                        maxLines: Int = 1) -> (width: Double, height: Double) {
        let block = engine.layout(text, style: style, width: width, maxLines: maxLines)
        return (block.width, block.height)
    }
}

extension PDFDocument {
    /// A picture `height` points tall across the text width, drawn by `draw` when the page is
    /// written; kept whole on one page (it should be no taller than a page's content area).
    public func drawing(height: Double, _ draw: @escaping (PDFCanvas) -> Void) {
        append(.drawing(height, draw))
    }
}
