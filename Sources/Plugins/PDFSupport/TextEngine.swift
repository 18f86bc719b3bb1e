import CPangoCairo

/// The document's one pango context and its cached font descriptions.
///
/// Why one per document: a context (and the per-thread cairo font map behind it) is the
/// expensive part of pango; making one per line would dominate a batch of a thousand booklets.
/// Resolution 72 makes a pango point one PDF point; metrics are unhinted so what is measured
/// is exactly what cairo draws into the PDF.
final class TextEngine {
    let context: OpaquePointer
    private var fonts: [FontKey: OpaquePointer] = [:]
    static let scale = Double(vp_pango_scale())

    /// The family every PDF uses; fonts-dejavu-core is a declared dependency, so it is never
    /// silently replaced by whatever fontconfig finds.
    static let family = "DejaVu Sans"

    private struct FontKey: Hashable {
        let size: Double
        let bold: Bool
        let italic: Bool
    }

    init() {
        context = pango_font_map_create_context(pango_cairo_font_map_get_default())
        pango_cairo_context_set_resolution(context, 72)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
    }

    deinit {
        for font in fonts.values { pango_font_description_free(font) }
        vp_object_unref(UnsafeMutableRawPointer(context))
    }

    /// The font description for a style (cached: styles repeat on every line).
    func font(size: Double, bold: Bool, italic: Bool) -> OpaquePointer {
        let key = FontKey(size: size, bold: bold, italic: italic)
        if let font = fonts[key] { return font }
        let font = pango_font_description_new()!
        pango_font_description_set_family(font, Self.family)
        pango_font_description_set_absolute_size(font, size * Self.scale)
        pango_font_description_set_weight(font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(font, italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        fonts[key] = font
        return font
    }

    /// Lays out `text` in `width` points (wrapping at words, or inside a word that is longer than
    /// the line: a 2,000-character name still never leaves the page). `maxLines` > 0 ellipsizes.
    func layout(_ text: PDFRichText, style: PDFTextStyle, width: Double, maxLines: Int = 0) -> TextBlock {
        let layout = pango_layout_new(context)!
        pango_layout_set_font_description(layout, font(size: style.size, bold: style.bold, italic: style.italic))
        pango_layout_set_width(layout, Int32(max(1, width) * Self.scale))
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        switch style.alignment {
        case .left: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        }
        if maxLines > 0 {
            pango_layout_set_height(layout, Int32(-maxLines))
            pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END)
        }
        var whole = text
        if style.strikethrough { whole = whole.struckThrough() }
        if whole.isPlain {
            pango_layout_set_text(layout, PDFRichText.sanitize(whole.plainText), -1)
        } else {
            pango_layout_set_markup(layout, whole.markup, -1)
        }
        return TextBlock(layout: layout, color: style.color)
    }
}

/// One laid-out piece of text and its lines, kept until the page is drawn so that nothing is
/// shaped twice (measuring and drawing use the same layout).
final class TextBlock {
    struct Line {
        let line: UnsafeMutablePointer<PangoLayoutLine>
        /// Left edge of the line (alignment included), relative to the block.
        let x: Double
        /// Top and bottom of the line's logical box, and its baseline, relative to the block.
        let top: Double
        let bottom: Double
        let baseline: Double
    }

    let layout: OpaquePointer
    let color: PDFColor
    let lines: [Line]
    /// Height of all lines.
    let height: Double
    /// Width of the widest line.
    let width: Double
    /// The width the text was wrapped to (alignment is relative to it).
    let layoutWidth: Double

    init(layout: OpaquePointer, color: PDFColor) {
        self.layout = layout
        self.color = color
        var lines: [Line] = []
        let iter = pango_layout_get_iter(layout)
        repeat {
            var logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iter, nil, &logical)
            let baseline = Double(pango_layout_iter_get_baseline(iter)) / TextEngine.scale
            if let line = pango_layout_iter_get_line_readonly(iter) {
                lines.append(Line(line: line, x: Double(logical.x) / TextEngine.scale, top: Double(logical.y) / TextEngine.scale,
                                  bottom: Double(logical.y + logical.height) / TextEngine.scale, baseline: baseline))
            }
        } while pango_layout_iter_next_line(iter) != 0
        pango_layout_iter_free(iter)
        self.lines = lines
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        height = Double(logical.height) / TextEngine.scale
        width = Double(logical.width) / TextEngine.scale
        layoutWidth = Double(pango_layout_get_width(layout)) / TextEngine.scale
    }

    deinit { vp_object_unref(UnsafeMutableRawPointer(layout)) }

    /// Draws lines `range` with the block's top-left at (x, y); `shift` moves them up (a block
    /// continued from the previous page starts with its first undrawn line at the top).
    func draw(_ cr: OpaquePointer, x: Double, y: Double, lines range: Range<Int>? = nil, shift: Double = 0) {
        let range = range ?? lines.indices
        guard !range.isEmpty else { return }
        cairo_set_source_rgb(cr, color.red, color.green, color.blue)
        for index in range {
            let line = lines[index]
            cairo_move_to(cr, x + line.x, y + line.baseline - shift)
            pango_cairo_show_layout_line(cr, line.line)
        }
    }
}

extension PDFRichText {
    /// Plain text without the C0 controls pango would show as boxes (tabs and line breaks stay).
    static func sanitize(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || $0.value == 0x7F }) else {
            return text
        }
        var result = ""
        result.unicodeScalars.append(contentsOf: text.unicodeScalars.filter {
            !(($0.value < 0x20 && $0 != "\n" && $0 != "\t") || $0.value == 0x7F)
        })
        return result
    }
}
