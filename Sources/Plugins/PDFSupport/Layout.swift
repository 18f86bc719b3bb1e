import CPangoCairo

/// What the public API records; measured only in `finish()`, when the page size left for
/// content (after the running header and footer) is known.
indirect enum Block {
    case text(PDFRichText, PDFTextStyle, keepWithNext: Bool, rule: Bool)
    case table(PDFTable)
    case rule(PDFColor, Double, Double)
    case space(Double)
    case pageBreak
    case group([Block], PDFBoxStyle?)
    /// A picture of a fixed height across the text width (see PDFDrawing.swift).
    case drawing(Double, (PDFCanvas) -> Void)
}

/// A measured, unbreakable slice of the page: a line of a paragraph, a table row (or a slice of
/// a row taller than a page), a rule, or space.
final class Unit {
    let height: Double
    /// Space: dropped at the top of a page, never drawn.
    let isSpace: Bool
    /// The header row to repeat above this row when it opens a page.
    let repeatedHeader: Unit?
    /// Draws the unit with its top at y.
    let draw: ((OpaquePointer, Double) -> Void)?

    init(height: Double, isSpace: Bool = false, repeatedHeader: Unit? = nil, draw: ((OpaquePointer, Double) -> Void)?) {
        self.height = height
        self.isSpace = isSpace
        self.repeatedHeader = repeatedHeader
        self.draw = draw
    }

    static func space(_ height: Double) -> Unit { Unit(height: height, isSpace: true, draw: nil) }
}

/// Units, groups kept on one page when they fit, and forced page breaks.
indirect enum Item {
    case unit(Unit)
    case group([Item], Frame?)
    case pageBreak

    /// The height when placed together (spaces included).
    var height: Double {
        switch self {
        case .unit(let unit): unit.height
        case .group(let items, _): items.reduce(0) { $0 + $1.height }
        case .pageBreak: 0
        }
    }

    var isSpace: Bool {
        if case .unit(let unit) = self { return unit.isSpace }
        return false
    }
}

/// A box's frame: where it is drawn and how.
struct Frame {
    let style: PDFBoxStyle
    let x: Double
    let width: Double
}

/// Turns blocks into measured items for a given text column.
struct Measurer {
    let engine: TextEngine
    /// Height available for content on a page: rows taller than this are cut into slices.
    let contentHeight: Double

    func items(_ blocks: [Block], x: Double, width: Double) -> [Item] {
        var flagged: [(Item, keepWithNext: Bool)] = []
        for block in blocks {
            switch block {
            case .text(let text, let style, let keep, let rule):
                flagged += self.text(text, style: style, x: x, width: width, rule: rule).map { ($0, keep) }
            case .table(let table):
                flagged += self.table(table, x: x, width: width)
            case .rule(let color, let lineWidth, let around):
                flagged.append((.unit(.space(around)), false))
                flagged.append((.unit(Unit(height: lineWidth) { cr, y in
                    stroke(cr, from: (x, y + lineWidth / 2), to: (x + width, y + lineWidth / 2), color: color, width: lineWidth)
                }), false))
                flagged.append((.unit(.space(around)), false))
            case .space(let height):
                flagged.append((.unit(.space(height)), false))
            case .pageBreak:
                flagged.append((.pageBreak, false))
            case .drawing(let height, let draw):
                let engine = self.engine
                flagged.append((.unit(Unit(height: height) { cr, y in
                    draw(PDFCanvas(cairo: cr, engine: engine, x: x, y: y, width: width, height: height))
                }), false))
            case .group(let blocks, let box):
                if let box {
                    let inset = box.padding + box.lineWidth
                    var inner = items(blocks, x: x + inset, width: width - 2 * inset)
                    while inner.first?.isSpace == true { inner.removeFirst() }
                    while inner.last?.isSpace == true { inner.removeLast() }
                    let pad = Item.unit(Unit(height: box.padding, draw: nil))
                    flagged.append((.unit(.space(4)), false))
                    flagged.append((.group([pad] + inner + [pad], Frame(style: box, x: x, width: width)), false))
                    flagged.append((.unit(.space(6)), false))
                } else {
                    flagged.append((.group(items(blocks, x: x, width: width), nil), false))
                }
            }
        }
        return Self.chain(flagged)
    }

    /// Binds each item marked keep-with-next (a heading, a table's header row) to the next real
    /// item (spaces in between ride along) in a group, so no heading ends a page alone.
    static func chain(_ flagged: [(Item, keepWithNext: Bool)]) -> [Item] {
        var result: [Item] = []
        var pending: [Item] = []
        for (item, keep) in flagged {
            if case .pageBreak = item {
                result += pending
                pending = []
                result.append(item)
                continue
            }
            if pending.isEmpty {
                if keep { pending = [item] } else { result.append(item) }
                continue
            }
            pending.append(item)
            if item.isSpace || keep { continue }
            result.append(.group(pending, nil))
            pending = []
        }
        return result + pending
    }

    /// A paragraph as line units: up to four lines stay together; a longer one may break, but
    /// keeps at least two lines at the bottom and two at the top of a page.
    func text(_ text: PDFRichText, style: PDFTextStyle, x: Double, width: Double, rule: Bool) -> [Item] {
        let block = engine.layout(text, style: style, width: width - style.indent)
        let left = x + style.indent
        var lines: [Item] = block.lines.indices.map { index in
            let line = block.lines[index]
            return .unit(Unit(height: line.bottom - line.top) { cr, y in
                block.draw(cr, x: left, y: y, lines: index..<index + 1, shift: line.top)
            })
        }
        if rule {
            lines.append(.unit(Unit(height: 4) { cr, y in
                stroke(cr, from: (x, y + 3), to: (x + width, y + 3), color: style.color, width: 0.8)
            }))
        }
        var result: [Item] = style.spaceBefore > 0 ? [.unit(.space(style.spaceBefore))] : []
        if lines.count <= 4 {
            result.append(.group(lines, nil))
        } else {
            result.append(.group(Array(lines.prefix(2)), nil))
            result += lines.dropFirst(2).dropLast(2)
            result.append(.group(Array(lines.suffix(2)), nil))
        }
        if style.spaceAfter > 0 { result.append(.unit(.space(style.spaceAfter))) }
        return result
    }

    // MARK: Tables

    /// One measured cell.
    private struct Cell {
        let x: Double
        let width: Double
        /// Where the text starts and how wide it runs (padding applied).
        let textX: Double
        let block: TextBlock?
        let isSignature: Bool
    }

    func table(_ table: PDFTable, x: Double, width: Double) -> [(Item, keepWithNext: Bool)] {
        let total = table.columns.reduce(0) { $0 + max(0, $1.width) }
        var edges = [x]
        for column in table.columns { edges.append(edges.last! + width * max(0, column.width) / (total > 0 ? total : 1)) }
        edges[edges.count - 1] = x + width

        func measure(_ cells: [PDFCell], style: PDFTextStyle) -> [Cell] {
            var result: [Cell] = []
            var column = 0
            for cell in cells where column < table.columns.count {
                let last = min(table.columns.count, column + cell.span)
                let (cellX, cellWidth) = (edges[column], edges[last] - edges[column])
                let padLeft = table.lines == .none && column == 0 ? 0 : table.padding.horizontal
                let padRight = table.lines == .none && last == table.columns.count ? 0 : table.padding.horizontal
                let alignment = cell.alignment ?? table.columns[column].alignment
                var block: TextBlock?
                if case .text(let text) = cell.content, !text.isEmpty {
                    block = engine.layout(text, style: style.with(alignment: alignment), width: cellWidth - padLeft - padRight)
                }
                var signature = false
                if case .signature = cell.content { signature = true }
                result.append(Cell(x: cellX, width: cellWidth, textX: cellX + padLeft, block: block, isSignature: signature))
                column = last
            }
            return result
        }

        let padV = table.padding.vertical
        func rowUnit(_ cells: [Cell], height: Double, ranges: [Range<Int>?], shift: Double, background: PDFColor?,
                     isHeader: Bool, header: Unit?, lineBelow: Bool = true, padTop: Double) -> Unit {
            let lines = table.lines
            let left = x, right = x + width
            return Unit(height: height, repeatedHeader: header) { cr, y in
                if let background {
                    cairo_set_source_rgb(cr, background.red, background.green, background.blue)
                    cairo_rectangle(cr, left, y, right - left, height)
                    cairo_fill(cr)
                }
                for (index, cell) in cells.enumerated() {
                    if let block = cell.block, let range = ranges[index] {
                        block.draw(cr, x: cell.textX, y: y + padTop, lines: range, shift: shift)
                    }
                    if cell.isSignature {
                        let lineY = y + height - max(6, padV)
                        let inset = lines == .none ? 0 : table.padding.horizontal
                        stroke(cr, from: (cell.x + inset + 2, lineY), to: (cell.x + cell.width - inset - 2, lineY),
                               color: .gray, width: 0.5)
                    }
                }
                switch lines {
                case .grid:
                    cairo_set_source_rgb(cr, PDFColor.lightGray.red, PDFColor.lightGray.green, PDFColor.lightGray.blue)
                    cairo_set_line_width(cr, 0.5)
                    for cell in cells { cairo_rectangle(cr, cell.x, y, cell.width, height) }
                    cairo_stroke(cr)
                case .rows where lineBelow:
                    stroke(cr, from: (left, y + height), to: (right, y + height),
                           color: isHeader ? .gray : .lightGray, width: isHeader ? 0.8 : 0.5)
                case .rows, .none:
                    break
                }
            }
        }

        func rowUnits(_ cells: [Cell], background: PDFColor?, isHeader: Bool, header: Unit?, lineBelow: Bool = true,
                      padTop: Double, padBottom: Double) -> [Unit] {
            let textHeight = cells.map { $0.block?.height ?? 0 }.max() ?? 0
            let natural = max(table.minRowHeight, textHeight + padTop + padBottom)
            let room = contentHeight - (header?.height ?? 0) - 1
            if natural <= room {
                let ranges = cells.map { $0.block.map { 0..<$0.lines.count } }
                return [rowUnit(cells, height: natural, ranges: ranges, shift: 0, background: background, isHeader: isHeader, header: header,
                                lineBelow: lineBelow, padTop: padTop)]
            }
            // Taller than a page (a name of thousands of characters): cut between lines.
            var next = cells.map { _ in 0 }
            var start = 0.0
            var units: [Unit] = []
            while cells.indices.contains(where: { i in cells[i].block.map { next[i] < $0.lines.count } ?? false }) {
                let limit = start + room - padTop - padBottom
                var ranges: [Range<Int>?] = []
                var bottom = start
                for (index, cell) in cells.enumerated() {
                    guard let block = cell.block else { ranges.append(nil); continue }
                    var end = next[index]
                    while end < block.lines.count, block.lines[end].bottom <= limit || end == next[index] && block.lines[end].top <= start + 0.5 {
                        end += 1
                    }
                    ranges.append(next[index]..<end)
                    if end > next[index] { bottom = max(bottom, block.lines[end - 1].bottom) }
                    next[index] = end
                }
                let remaining = cells.indices.compactMap { i in cells[i].block.flatMap { next[i] < $0.lines.count ? $0.lines[next[i]].top : nil } }
                units.append(rowUnit(cells, height: bottom - start + padTop + padBottom, ranges: ranges, shift: start,
                                     background: background, isHeader: isHeader, header: header, lineBelow: lineBelow, padTop: padTop))
                guard let nextStart = remaining.min(), nextStart > start else { break }
                start = nextStart
            }
            return units
        }

        var result: [(Item, keepWithNext: Bool)] = []
        var header: Unit?
        if table.showsHeader {
            let cells = measure(table.columns.map { PDFCell($0.title, alignment: $0.alignment) }, style: table.style.with(bold: true))
            header = rowUnits(cells, background: table.lines == .grid ? .shade : nil, isHeader: true, header: nil,
                              padTop: padV, padBottom: padV).first
            if let header { result.append((.unit(header), true)) }
        }
        var repeated = table.repeatsHeader ? header : nil
        if let continuation = table.continuation, !continuation.isEmpty {
            // The caption and the header row repeat as one unit.
            // One line at most (cut with "…"): it only reminds the reader where they are.
            let caption = engine.layout(continuation, style: table.style.with(italic: true, color: .gray), width: width, maxLines: 1)
            let above = repeated
            let captionHeight = caption.height + 3
            repeated = Unit(height: captionHeight + (above?.height ?? 0)) { cr, y in
                caption.draw(cr, x: x, y: y)
                above?.draw?(cr, y + captionHeight)
            }
        }
        var previousKept = false
        for (rowIndex, row) in table.rows.enumerated() {
            // A row kept with the next row belongs to it (a title row and its details): no line
            // and only a little space between them. The last row kept with what follows the
            // table keeps its line.
            let joinsNext = row.keepWithNext && rowIndex < table.rows.count - 1
            let units = rowUnits(measure(row.cells, style: table.style), background: row.background, isHeader: false, header: repeated,
                                 lineBelow: !joinsNext, padTop: previousKept ? min(2, padV) : padV,
                                 padBottom: joinsNext ? min(2, padV) : padV)
            previousKept = joinsNext
            for (index, unit) in units.enumerated() {
                result.append((.unit(unit), row.keepWithNext && index == units.count - 1))
            }
        }
        if table.spaceAfter > 0 { result.append((.unit(.space(table.spaceAfter)), false)) }
        return result

    }
}

/// Places items on pages: a unit that does not fit starts a page; a group that does not fit
/// starts a page when it fits on an empty one; a table row opening a page gets the header first.
final class Paginator {
    struct Page {
        var units: [(unit: Unit, y: Double)] = []
        /// Frames and backgrounds, drawn before the units: (cairo, top of the content area).
        var decorations: [(OpaquePointer, Double) -> Void] = []
    }

    private let contentHeight: Double
    private var pages = [Page()]
    private var y = 0.0
    /// Boxes open on the current page: their frame and where their part on this page starts.
    private var frames: [(frame: Frame, start: Double)] = []

    init(contentHeight: Double) { self.contentHeight = contentHeight }

    func paginate(_ items: [Item]) -> [Page] {
        place(items)
        return pages
    }

    private func place(_ items: [Item]) {
        for item in items { place(item) }
    }

    private func place(_ item: Item) {
        switch item {
        case .pageBreak:
            if y > 0 { newPage() }
        case .unit(let unit):
            place(unit)
        case .group(let items, let frame):
            let height = item.height
            if y > 0, y + height > contentHeight, height <= contentHeight { newPage() }
            guard let frame else { return place(items) }
            frames.append((frame, y))
            place(items)
            let open = frames.removeLast()
            closeFrame(open.frame, from: open.start, to: y)
        }
    }

    private func place(_ unit: Unit) {
        if unit.isSpace {
            guard y > 0 else { return }
            if y + unit.height > contentHeight { return newPage() }
            y += unit.height
            return
        }
        if y > 0, y + unit.height > contentHeight { newPage() }
        if y == 0, let header = unit.repeatedHeader { place(header) }
        pages[pages.count - 1].units.append((unit, y))
        y += unit.height
    }

    private func newPage() {
        for index in frames.indices {
            closeFrame(frames[index].frame, from: frames[index].start, to: y)
            frames[index].start = 0
        }
        pages.append(Page())
        y = 0
    }

    private func closeFrame(_ frame: Frame, from start: Double, to end: Double) {
        guard end - start >= 1 else { return }
        pages[pages.count - 1].decorations.append { cr, top in
            cairo_rectangle(cr, frame.x, top + start, frame.width, end - start)
            if let background = frame.style.background {
                cairo_set_source_rgb(cr, background.red, background.green, background.blue)
                cairo_fill_preserve(cr)
            }
            if let border = frame.style.border {
                cairo_set_source_rgb(cr, border.red, border.green, border.blue)
                cairo_set_line_width(cr, frame.style.lineWidth)
                cairo_stroke(cr)
            } else {
                cairo_new_path(cr)
            }
        }
    }
}
