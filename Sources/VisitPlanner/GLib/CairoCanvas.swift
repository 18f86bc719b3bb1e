import CGtk
import Foundation

/// A GtkDrawingArea drawn by a Swift closure, with the text and colour helpers the charts share
/// (the budget chart, the itinerary timeline): pango text in the theme's colour, ellipsized to a
/// width, optionally bold, small, struck through or on a halo that keeps it legible over bars.
@MainActor
struct CairoCanvas {
    typealias RGB = (Double, Double, Double)
    let area: GPointer

    /// Makes `draw(cr, width, height)` the area's draw function; GTK releases it with the area.
    init(area: GPointer, draw: @escaping @MainActor (OpaquePointer, Double, Double) -> Void) {
        self.area = area
        let box = Unmanaged.passRetained(ClosureBox(draw)).toOpaque()
        gtk_drawing_area_set_draw_func(c(area), { _, cr, width, height, data in
            guard let cr, let data else { return }
            let box = Unmanaged<ClosureBox<@MainActor (OpaquePointer, Double, Double) -> Void>>.fromOpaque(data).takeUnretainedValue()
            MainActor.assumeIsolated { box.body(cr, Double(width), Double(height)) }
        }, box, { data in
            guard let data else { return }
            Unmanaged<AnyObject>.fromOpaque(data).release()
        })
    }

    /// The theme's text colour (dark or light themes alike).
    func foreground() -> RGB {
        var color = GdkRGBA()
        gtk_style_context_get_color(gtk_widget_get_style_context(c(area)), &color)
        return (Double(color.red), Double(color.green), Double(color.blue))
    }

    func text(_ cr: OpaquePointer, _ string: String, x: Double, y: Double, color: RGB, alpha: Double = 1,
              bold: Bool = false, small: Bool = false, maxWidth: Double? = nil, strike: Bool = false, halo: Bool = false) {
        if let maxWidth, maxWidth < 8 { return }
        let layout = gtk_widget_create_pango_layout(c(area), string)!
        defer { g_object_unref(GPointer(layout)) }
        let escaped = string.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
        let markup = "<span\(bold ? " weight='bold'" : "")\(small ? " size='small'" : "")\(strike ? " strikethrough='true'" : "")>\(escaped)</span>"
        pango_layout_set_markup(layout, markup, -1)
        if let maxWidth {
            pango_layout_set_width(layout, Int32(maxWidth * Double(PANGO_SCALE)))
            pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END)
        }
        if halo {
            var width: Int32 = 0, height: Int32 = 0
            pango_layout_get_pixel_size(layout, &width, &height)
            // Light text means a dark theme: a dark backdrop, else a white one.
            let base: RGB = (color.0 + color.1 + color.2) / 3 > 0.5 ? (0.15, 0.15, 0.15) : (1, 1, 1)
            cairo_set_source_rgba(cr, base.0, base.1, base.2, 0.75)
            cairo_rectangle(cr, x - 3, y - 1, Double(width) + 6, Double(height) + 2)
            cairo_fill(cr)
        }
        cairo_set_source_rgba(cr, color.0, color.1, color.2, alpha)
        cairo_move_to(cr, x, y)
        pango_cairo_show_layout(cr, layout)
    }
}
