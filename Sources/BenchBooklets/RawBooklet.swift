import CPangoCairo
import Foundation
import PlannerCore

/// The pdf-booklet's pages drawn with plain pango and cairo calls: the baseline of the
/// benchmark. Same paper (A4), margins, fonts (DejaVu Sans), sizes and colours, the same text
/// (from the same `GuestBooklet`), the same running header and "Page N of M" footer; what a
/// careful hand-written renderer would do: one pango context for all booklets, cached font
/// descriptions, every paragraph laid out once, rows measured, then placed on pages.
///
/// What it does not do, unlike PDFSupport: continue a day longer than a page under
/// "(continued)", split a row taller than a page, keep paragraph lines from widowing.
final class RawBooklet {
    private let context: OpaquePointer
    private var fonts: [String: OpaquePointer] = [:]
    private let scale = Double(vp_pango_scale())

    private let paper = (width: 595.2756, height: 841.8898)
    private let margin = (top: 42.5, bottom: 42.5, left: 51.0, right: 51.0)
    private var textWidth: Double { paper.width - margin.left - margin.right }

    private typealias RGB = (Double, Double, Double)
    private let black: RGB = (0.102, 0.102, 0.102)
    private let gray: RGB = (0.361, 0.361, 0.361)
    private let lightGray: RGB = (0.722, 0.745, 0.776)
    private let shade: RGB = (0.922, 0.937, 0.957)
    private let accent: RGB = (0.122, 0.306, 0.475)

    /// One laid-out text at an offset inside its row.
    private struct Piece {
        let layout: OpaquePointer
        let x: Double
        let y: Double
        let color: RGB
    }

    /// A slice of the page that is never split.
    private struct Row {
        var height: Double
        var pieces: [Piece] = []
        /// Drawn before the pieces: (cairo, top of the row).
        var decoration: ((OpaquePointer, Double) -> Void)?
        var pageBreakBefore = false
        var keepWithNext = false
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

    private func font(_ size: Double, bold: Bool = false, italic: Bool = false) -> OpaquePointer {
        let key = "\(size)-\(bold)-\(italic)"
        if let font = fonts[key] { return font }
        let font = pango_font_description_new()!
        pango_font_description_set_family(font, "DejaVu Sans")
        pango_font_description_set_absolute_size(font, size * scale)
        pango_font_description_set_weight(font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(font, italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        fonts[key] = font
        return font
    }

    /// A layout `width` points wide; `markup` is pango markup, else plain text.
    private func layout(_ text: String, markup: Bool = false, size: Double, bold: Bool = false, italic: Bool = false,
                        width: Double, alignment: PangoAlignment = PANGO_ALIGN_LEFT, maxLines: Int = 0) -> (OpaquePointer, Double) {
        let layout = pango_layout_new(context)!
        pango_layout_set_font_description(layout, font(size, bold: bold, italic: italic))
        pango_layout_set_width(layout, Int32(width * scale))
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        pango_layout_set_alignment(layout, alignment)
        if maxLines > 0 {
            pango_layout_set_height(layout, Int32(-maxLines))
            pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END)
        }
        if markup { pango_layout_set_markup(layout, text, -1) } else { pango_layout_set_text(layout, text, -1) }
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        return (layout, Double(logical.height) / scale)
    }

    private func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    private func small(_ text: String) -> String { "<span size=\"\(Int(8.5 * 1024))\" foreground=\"#5c5c5c\">\(escape(text))</span>" }

    // MARK: Blocks

    private func paragraph(_ text: String, markup: Bool = false, size: Double = 10, bold: Bool = false, italic: Bool = false,
                           color: RGB? = nil, before: Double = 0, after: Double = 4, keep: Bool = false) -> [Row] {
        let (layout, height) = self.layout(text, markup: markup, size: size, bold: bold, italic: italic, width: textWidth)
        return [Row(height: before + height + after, pieces: [Piece(layout: layout, x: 0, y: before, color: color ?? black)],
                    keepWithNext: keep)]
    }

    private func heading(_ text: String) -> [Row] {
        let (layout, height) = self.layout(text, size: 14, bold: true, width: textWidth)
        let accent = self.accent, width = textWidth, left = margin.left
        return [Row(height: 14 + height + 4 + 6, pieces: [Piece(layout: layout, x: 0, y: 14, color: accent)], decoration: { cr, top in
            cairo_set_source_rgb(cr, accent.0, accent.1, accent.2)
            cairo_set_line_width(cr, 0.8)
            cairo_move_to(cr, left, top + 14 + height + 3)
            cairo_line_to(cr, left + width, top + 14 + height + 3)
            cairo_stroke(cr)
        }, keepWithNext: true)]
    }

    /// A row of cells (text, share of the width, markup, bold, alignment) with a line under it.
    private func tableRow(_ cells: [(String, Double, Bool, Bool)], size: Double, padding: (Double, Double), line: Bool = true,
                          keep: Bool = false) -> Row {
        var x = 0.0, height = 0.0
        var pieces: [Piece] = []
        for (text, share, markup, bold) in cells {
            let width = textWidth * share
            if !text.isEmpty {
                let (layout, h) = self.layout(text, markup: markup, size: size, bold: bold, width: width - 2 * padding.0)
                pieces.append(Piece(layout: layout, x: x + padding.0, y: padding.1, color: black))
                height = max(height, h)
            }
            x += width
        }
        let total = height + 2 * padding.1
        let lightGray = self.lightGray, left = margin.left, width = textWidth
        return Row(height: total, pieces: pieces, decoration: line ? { cr, top in
            cairo_set_source_rgb(cr, lightGray.0, lightGray.1, lightGray.2)
            cairo_set_line_width(cr, 0.5)
            cairo_move_to(cr, left, top + total)
            cairo_line_to(cr, left + width, top + total)
            cairo_stroke(cr)
        } : nil, keepWithNext: keep)
    }

    // MARK: The booklet

    func render(_ booklet: GuestBooklet, snapshot: VisitSnapshot, to url: URL) {
        let guest = booklet.guest
        let visit = snapshot.visit
        let dates = "\(visit.startDate) – \(visit.endDate)"
        var rows: [Row] = []
        rows += paragraph(guest.fullName, size: 18, bold: true, color: accent, keep: true)
        rows += paragraph("Personal booklet · \(visit.title)", size: 11, color: gray, after: 10)
        var facts: [(String, String)] = [(Localization.tr("Visit"), escape(visit.title) + "\n" + small("\(dates) in \(snapshot.details.hostTown.label)"))]
        if let town = booklet.town { facts.append((Localization.tr("From"), escape(town.label))) }
        facts.append((Localization.tr("Role"), escape(guest.role.displayName)))
        if let arrival = guest.arrival { facts.append((Localization.tr("Arrival"), escape(travel(arrival)))) }
        if let departure = guest.departure { facts.append((Localization.tr("Departure"), escape(travel(departure)))) }
        for (key, value) in facts {
            rows.append(tableRow([("<b>\(escape(key))</b>", 0.22, true, false), (value, 0.78, true, false)], size: 10, padding: (6, 1.5), line: false))
        }
        rows[rows.count - 1].height += 6

        rows += heading(Localization.tr("Your host family"))
        rows.append(hostBox(booklet))

        rows += heading(Localization.tr("Emergency contacts"))
        rows.append(tableRow([(Localization.tr("Who"), 0.24, false, true), (Localization.tr("Name"), 0.46, false, true),
                              (Localization.tr("Phone"), 0.30, false, true)], size: 10, padding: (5, 4), keep: true))
        for contact in booklet.contacts {
            let name = escape(contact.name) + (contact.email.isEmpty ? "" : "\n" + small(contact.email))
            rows.append(tableRow([(escape(contact.label), 0.24, true, false), (name, 0.46, true, false),
                                  (contact.phone.isEmpty ? "–" : "<b>\(escape(contact.phone))</b>", 0.30, true, false)],
                                 size: 10, padding: (5, 4)))
        }
        rows[rows.count - 1].height += 8
        rows += paragraph(Localization.tr("In a life-threatening emergency call 112, the European emergency number, from any phone."),
                          size: 8.5, color: gray, after: 3)

        var programme = paragraph(Localization.tr("Your programme"), size: 18, bold: true, color: accent, keep: true)
        programme[0].pageBreakBefore = true
        rows += programme
        rows += paragraph("Times in \(snapshot.details.hostTown.timeZone) unless another zone is named.", size: 11, color: gray, after: 10)
        let family = booklet.household?.name ?? ""
        for day in booklet.days {
            // A day stays on one page: every row but the last is kept with the next.
            let first = rows.count
            rows += heading("\(day.date.weekdayName) \(day.date)")
            if day.breakfastAtHome {
                rows.append(tableRow([(small(Localization.tr("Morning")), 0.19, true, false),
                                      ("<i>\(escape("Breakfast with your host family \(family)"))</i>", 0.81, true, false)],
                                     size: 9.5, padding: (5, 5)))
            }
            for line in day.lines {
                rows.append(tableRow([("<b>\(escape(line.entry.time.label))</b>", 0.19, true, false), (details(line, booklet.schedule.languages), 0.81, true, false)],
                                     size: 9.5, padding: (5, 5)))
            }
            rows[rows.count - 1].height += 8
            for row in first..<rows.count - 1 { rows[row].keepWithNext = true }
        }
        draw(rows, header: ("\(visit.title) · \(dates)", guest.fullName), to: url)
    }

    private func hostBox(_ booklet: GuestBooklet) -> Row {
        let inset = 11.0, inner = textWidth - 2 * inset
        var pieces: [Piece] = []
        var y = inset
        func add(_ text: String, markup: Bool = false, size: Double = 10, bold: Bool = false, x: Double = 0, width: Double, color: RGB) -> Double {
            let (layout, height) = self.layout(text, markup: markup, size: size, bold: bold, width: width)
            pieces.append(Piece(layout: layout, x: inset + x, y: y, color: color))
            return height
        }
        if let household = booklet.household {
            y += add(household.name, size: 14, bold: true, width: inner, color: accent) + 4
            var lines: [(String, String)] = []
            if !household.contactPerson.isEmpty { lines.append((Localization.tr("Contact"), escape(household.contactPerson))) }
            if !household.address.isEmpty { lines.append((Localization.tr("Address"), escape(household.address))) }
            lines.append((Localization.tr("Phone"), household.phone.isEmpty ? "–" : "<b>\(escape(household.phone))</b>"))
            if !household.email.isEmpty { lines.append((Localization.tr("E-mail"), escape(household.email))) }
            for (key, value) in lines {
                _ = add("<b>\(escape(key))</b>", markup: true, x: 0, width: inner * 0.2 - 12, color: black)
                y += add(value, markup: true, x: inner * 0.2, width: inner * 0.8 - 6, color: black) + 3
            }
            if let status = booklet.placementStatus, status != .confirmed {
                y += add("Placement: \(status.displayName) (not confirmed yet)", size: 8.5, width: inner, color: gray)
            }
        } else {
            y += add(Localization.tr("Host family to be confirmed"), bold: true, width: inner, color: black) + 4
            y += add(Localization.tr("The organizers will tell you where you stay before you arrive."), size: 8.5, width: inner, color: gray)
        }
        let height = y + inset
        let (border, fill, left, width) = (accent, shade, margin.left, textWidth)
        return Row(height: height + 10, pieces: pieces.map { Piece(layout: $0.layout, x: $0.x, y: $0.y + 4, color: $0.color) },
                   decoration: { cr, top in
            cairo_set_source_rgb(cr, fill.0, fill.1, fill.2)
            cairo_rectangle(cr, left, top + 4, width, height)
            cairo_fill_preserve(cr)
            cairo_set_source_rgb(cr, border.0, border.1, border.2)
            cairo_set_line_width(cr, 1)
            cairo_stroke(cr)
        })
    }

    private func details(_ line: GuestBooklet.Line, _ languages: [String]) -> String {
        let entry = line.entry
        var lines = ["<span size=\"\(Int(10.5 * 1024))\"><b>\(escape(entry.title))</b></span>"]
        switch entry.event {
        case .item(let item, let involvement):
            if involvement != .attends { lines.append("<span foreground=\"#1f4e79\">\(escape(involvement.summary))</span>") }
            let location = entry.location
            let place = location.address.isEmpty ? location.name
                : location.name.isEmpty || location.address.hasPrefix(location.name) ? location.address : "\(location.name), \(location.address)"
            if !place.isEmpty { lines.append(escape("Place: \(place)")) }
            if !item.transport.isEmpty { lines.append(escape("Transport: \(item.transport)")) }
            if !entry.meals.isEmpty { lines.append(escape("Meals: " + entry.meals.map(\.summary).joined(separator: ", "))) }
            if let brought = line.broughtAt {
                lines.append("<span foreground=\"#1f4e79\">\(escape(brought.isAllDay ? "Your host family brings you here." : "Your host family brings you here for \(brought.label)."))</span>")
            }
            if let pickedUp = line.pickedUpAt {
                lines.append("<span foreground=\"#1f4e79\">\(escape(pickedUp.isAllDay ? "Your host family picks you up here." : "Your host family picks you up here at \(pickedUp.label)."))</span>")
            }
            let description = item.description(in: languages)
            if !description.isEmpty { lines.append("<i>\(escape(description))</i>") }
        case .arrival(let travel), .departure(let travel):
            lines.append(escape(([travel.means.displayName] + (travel.place.isEmpty ? [] : [travel.place])).joined(separator: ", ")))
        }
        return lines.joined(separator: "\n")
    }

    private func travel(_ travel: Travel) -> String {
        let when = "\(travel.date.weekdayName) \(travel.date)" + (travel.time.map { " \($0)" } ?? "")
        return ([when, travel.means.displayName] + (travel.place.isEmpty ? [] : [travel.place])).joined(separator: ", ")
    }

    // MARK: Pages

    private func draw(_ rows: [Row], header: (String, String), to url: URL) {
        // The left text takes what it needs (up to 60 %), the right one the rest.
        let (left, leftHeight) = layout(header.0, size: 8.5, bold: true, width: textWidth * 0.6, maxLines: 2)
        var logical = PangoRectangle()
        pango_layout_get_extents(left, nil, &logical)
        let half = textWidth - Double(logical.width) / scale - 18
        let (right, rightHeight) = layout(header.1, size: 8.5, width: half, alignment: PANGO_ALIGN_RIGHT, maxLines: 2)
        let headerHeight = max(leftHeight, rightHeight) + 14
        let contentTop = margin.top + headerHeight
        let contentHeight = paper.height - contentTop - margin.bottom - 23

        // Place the rows: a row that does not fit starts a page, and takes the rows kept with it along.
        var pages: [[(Int, Double)]] = [[]]
        var y = 0.0
        var index = 0
        while index < rows.count {
            var end = index
            var height = rows[index].height
            while rows[end].keepWithNext, end + 1 < rows.count { end += 1; height += rows[end].height }
            if (rows[index].pageBreakBefore && !pages[pages.count - 1].isEmpty) || (y + height > contentHeight && y > 0) {
                pages.append([])
                y = 0
            }
            for row in index...end {
                pages[pages.count - 1].append((row, y))
                y += rows[row].height
            }
            index = end + 1
        }

        let surface = cairo_pdf_surface_create(url.path, paper.width, paper.height)
        let cr = cairo_create(surface)!
        for (number, page) in pages.enumerated() {
            cairo_set_source_rgb(cr, accent.0, accent.1, accent.2)
            show(cr, left, x: margin.left, y: margin.top)
            cairo_set_source_rgb(cr, gray.0, gray.1, gray.2)
            show(cr, right, x: margin.left + textWidth - half, y: margin.top)
            cairo_set_source_rgb(cr, accent.0, accent.1, accent.2)
            cairo_set_line_width(cr, 0.6)
            cairo_move_to(cr, margin.left, margin.top + headerHeight - 10)
            cairo_line_to(cr, margin.left + textWidth, margin.top + headerHeight - 10)
            cairo_stroke(cr)
            let (footer, footerHeight) = layout("Page \(number + 1) of \(pages.count)", size: 8, width: textWidth, alignment: PANGO_ALIGN_CENTER)
            cairo_set_source_rgb(cr, gray.0, gray.1, gray.2)
            show(cr, footer, x: margin.left, y: paper.height - margin.bottom - footerHeight)
            vp_object_unref(UnsafeMutableRawPointer(footer))
            for (row, top) in page {
                rows[row].decoration?(cr, contentTop + top)
                for piece in rows[row].pieces {
                    cairo_set_source_rgb(cr, piece.color.0, piece.color.1, piece.color.2)
                    show(cr, piece.layout, x: margin.left + piece.x, y: contentTop + top + piece.y)
                }
            }
            cairo_show_page(cr)
        }
        cairo_destroy(cr)
        cairo_surface_finish(surface)
        cairo_surface_destroy(surface)
        for row in rows { for piece in row.pieces { vp_object_unref(UnsafeMutableRawPointer(piece.layout)) } }
        vp_object_unref(UnsafeMutableRawPointer(left))
        vp_object_unref(UnsafeMutableRawPointer(right))
    }

    private func show(_ cr: OpaquePointer, _ layout: OpaquePointer, x: Double, y: Double) {
        cairo_move_to(cr, x, y)
        pango_cairo_show_layout(cr, layout)
    }
}
