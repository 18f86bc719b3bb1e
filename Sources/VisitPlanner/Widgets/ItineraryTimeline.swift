import CGtk
import Foundation
import PlannerCore

/// The Itinerary page's day timeline, drawn with cairo and pango: a time axis across, the day's
/// items as blocks (overlapping items in separate lanes, all-day items in a band on top), then
/// one lane per interpreter with the items they work at. Clicking a block selects the item.
@MainActor
final class ItineraryTimeline {
    let area: GPointer
    private var canvas: CairoCanvas!
    /// Called with the id of the clicked item.
    var onSelect: ((Int64) -> Void)?

    private var snapshot: VisitSnapshot?
    private var day: CalendarDate?
    private var selectedId: Int64?
    private var flagged: Set<Int64> = []
    /// The day's lanes, laid out once per update (drawing happens far more often).
    private var layout = Layout()
    private var hitBoxes: [(x: Double, y: Double, width: Double, height: Double, id: Int64)] = []

    private static let labelWidth = 124.0
    private static let axisHeight = 24.0
    private static let laneHeight = 36.0
    private static let interpreterLaneHeight = 26.0
    private static let blue = (0.21, 0.52, 0.89)
    private static let red = (0.75, 0.11, 0.16)

    init(area: GPointer) {
        self.area = area
        canvas = CairoCanvas(area: area) { [weak self] cr, width, height in self?.draw(cr, width: width, height: height) }
        let click = raw(gtk_gesture_click_new())
        onPressed(click) { [weak self] _, x, y in self?.pressed(x: x, y: y) }
        gtk_widget_add_controller(c(area), OpaquePointer(click))
        Widget.setAccessibleLabel(area, tr("Timeline of the day"))
    }

    /// Shows `day` of the snapshot; `flagged` items carry an error (an uncovered need, a clash).
    func update(_ snapshot: VisitSnapshot, day: CalendarDate, selected: Int64?, flagged: Set<Int64>) {
        self.snapshot = snapshot
        self.day = day
        self.selectedId = selected
        self.flagged = flagged
        layout = lanes()
        let height = Self.axisHeight + (layout.allDay.isEmpty ? 0 : Self.laneHeight) + Double(max(layout.lanes.count, 1)) * Self.laneHeight
            + (snapshot.interpreters.isEmpty ? 0 : 28 + Double(snapshot.interpreters.count) * Self.interpreterLaneHeight) + 8
        gtk_drawing_area_set_content_height(c(area), Int32(height))
        vp_accessible_set_description(c(area), summary(layout))
        gtk_widget_queue_draw(c(area))
    }

    // MARK: - Layout

    private struct Layout {
        var allDay: [ProgrammeItem] = []
        /// Timed items in lanes: no two items of a lane overlap.
        var lanes: [[ProgrammeItem]] = []
        var firstHour = 9
        var lastHour = 18
    }

    private func items(on day: CalendarDate, _ snapshot: VisitSnapshot) -> [ProgrammeItem] {
        snapshot.programme.filter { $0.timing.days(in: snapshot.timeZone).contains(day) }
    }

    private func lanes() -> Layout {
        guard let snapshot, let day else { return Layout() }
        var layout = Layout()
        let zone = snapshot.timeZone
        var earliest = Double.infinity, latest = -Double.infinity
        for item in items(on: day, snapshot) {
            if item.timing.isAllDay { layout.allDay.append(item); continue }
            if let lane = layout.lanes.firstIndex(where: { !$0.contains { $0.timing.overlaps(item.timing) } }) {
                layout.lanes[lane].append(item)
            } else {
                layout.lanes.append([item])
            }
            let (start, end) = span(item, on: day, zone: zone)
            earliest = min(earliest, start)
            latest = max(latest, end)
        }
        // The day's items with an hour around them, at least six hours wide; 09:00–18:00 when empty.
        if earliest.isFinite {
            layout.firstHour = max(0, Int(earliest / 60) - 1)
            layout.lastHour = min(24, Int((latest + 59) / 60) + 1)
            if layout.lastHour - layout.firstHour < 6 {
                layout.lastHour = min(24, layout.firstHour + 6)
                layout.firstHour = max(0, layout.lastHour - 6)
            }
        }
        return layout
    }

    /// Minutes after the day's midnight (visit zone) at which the item starts and ends, clipped
    /// to the day.
    private func span(_ item: ProgrammeItem, on day: CalendarDate, zone: TimeZone) -> (Double, Double) {
        let midnight = LocalDateTime(date: day, time: TimeOfDay(hour: 0, minute: 0)!).instant(in: zone)
        let next = LocalDateTime(date: day.adding(days: 1), time: TimeOfDay(hour: 0, minute: 0)!).instant(in: zone)
        let dayMinutes = next.timeIntervalSince(midnight) / 60
        let start = max(0, item.timing.start.timeIntervalSince(midnight) / 60)
        let end = min(dayMinutes, item.timing.end.timeIntervalSince(midnight) / 60)
        return (start, max(start, end))
    }

    private func summary(_ layout: Layout) -> String {
        guard let snapshot, let day else { return "" }
        let languages = snapshot.visit.languages
        let parts = items(on: day, snapshot).map { item in
            "\(Format.timeRange(item.timing, visitZone: snapshot.timeZone)) \(item.title(in: languages))"
                + (item.status == .cancelled ? " (\(ItemStatus.cancelled.displayName))" : "")
        }
        return parts.isEmpty ? tr("Nothing planned on this day") : parts.joined(separator: "; ")
    }

    // MARK: - Drawing

    private func draw(_ cr: OpaquePointer, width: Double, height: Double) {
        hitBoxes.removeAll()
        guard let snapshot, let day else { return }
        let ink = canvas.foreground()
        let zone = snapshot.timeZone
        let left = Self.labelWidth, right = width - 22
        let hours = Double(layout.lastHour - layout.firstHour)
        let perMinute = max(right - left, 60) / (hours * 60)
        func x(_ minutes: Double) -> Double { left + (minutes - Double(layout.firstHour) * 60) * perMinute }

        // Hour grid and labels.
        // Labels need about 40 pixels each: skip hours on narrow timelines.
        let pixelsPerHour = perMinute * 60
        let step = pixelsPerHour >= 40 ? 1 : pixelsPerHour >= 20 ? 2 : 3
        for hour in stride(from: layout.firstHour, through: layout.lastHour, by: step) {
            let px = x(Double(hour) * 60)
            cairo_set_source_rgba(cr, ink.0, ink.1, ink.2, 0.12)
            cairo_rectangle(cr, px, Self.axisHeight - 4, 1, height - Self.axisHeight)
            cairo_fill(cr)
            canvas.text(cr, String(format: "%02d:00", hour), x: px - 14, y: 2, color: ink, alpha: 0.6, small: true)
        }
        var y = Self.axisHeight
        let languages = snapshot.visit.languages
        if !layout.allDay.isEmpty {
            canvas.text(cr, tr("All day"), x: 8, y: y + 9, color: ink, alpha: 0.7, small: true)
            let each = (right - left) / Double(layout.allDay.count)
            for (index, item) in layout.allDay.enumerated() {
                block(cr, item, x: left + Double(index) * each, y: y + 3, width: each - 3, height: Self.laneHeight - 6,
                      title: item.title(in: languages), subtitle: item.location.name, ink: ink)
            }
            y += Self.laneHeight
        }
        canvas.text(cr, tr("Programme"), x: 8, y: y + 9, color: ink, alpha: 0.7, small: true)
        if layout.lanes.isEmpty {
            canvas.text(cr, tr("Nothing planned on this day"), x: left + 6, y: y + 9, color: ink, alpha: 0.6)
        }
        for lane in layout.lanes {
            for item in lane {
                let (start, end) = span(item, on: day, zone: zone)
                block(cr, item, x: x(start), y: y + 3, width: max((end - start) * perMinute - 2, 6), height: Self.laneHeight - 6,
                      title: item.title(in: languages), subtitle: Format.timeRange(item.timing, visitZone: zone), ink: ink)
            }
            y += Self.laneHeight
        }
        guard !snapshot.interpreters.isEmpty else { return }
        y += 6
        canvas.text(cr, tr("Interpreters"), x: 8, y: y, color: ink, alpha: 0.7, bold: true, small: true)
        y += 22
        let people = Dictionary(uniqueKeysWithValues: snapshot.participants.compactMap { p in p.id.map { ($0, p) } })
        let dayItems = Dictionary(uniqueKeysWithValues: items(on: day, snapshot).compactMap { item in item.id.map { ($0, item) } })
        for interpreter in snapshot.interpreters {
            let name = people[interpreter.participantId]?.fullName ?? "?"
            canvas.text(cr, name, x: 8, y: y + 4, color: ink, alpha: 0.85, small: true, maxWidth: left - 14)
            cairo_set_source_rgba(cr, ink.0, ink.1, ink.2, 0.05)
            cairo_rectangle(cr, left, y + 2, right - left, Self.interpreterLaneHeight - 4)
            cairo_fill(cr)
            let mine = snapshot.assignments.filter { $0.interpreterId == interpreter.participantId }
            for (itemId, assignments) in Dictionary(grouping: mine, by: \.itemId) {
                guard let item = dayItems[itemId], !item.timing.isAllDay else { continue }
                let (start, end) = span(item, on: day, zone: zone)
                let pairs = LanguagePair.format(assignments.map(\.pair))
                let (r, g, b) = Self.blue
                let bx = x(start), bw = max((end - start) * perMinute - 2, 6)
                cairo_set_source_rgba(cr, r, g, b, item.isActive ? 0.85 : 0.3)
                roundedRectangle(cr, x: bx, y: y + 3, width: bw, height: Self.interpreterLaneHeight - 6, radius: 4)
                cairo_fill(cr)
                canvas.text(cr, pairs, x: bx + 4, y: y + 5, color: (1, 1, 1), small: true, maxWidth: bw - 6)
                hitBoxes.append((bx, y + 3, bw, Self.interpreterLaneHeight - 6, itemId))
            }
            y += Self.interpreterLaneHeight
        }
    }

    private func block(_ cr: OpaquePointer, _ item: ProgrammeItem, x: Double, y: Double, width: Double, height: Double,
                       title: String, subtitle: String, ink: (Double, Double, Double)) {
        let (r, g, b) = Self.blue
        let alpha = switch item.status { case .confirmed: 0.9; case .planned: 0.55; case .cancelled: 0.18 }
        cairo_set_source_rgba(cr, r, g, b, alpha)
        roundedRectangle(cr, x: x, y: y, width: width, height: height, radius: 5)
        cairo_fill(cr)
        if let id = item.id, flagged.contains(id) {
            let (fr, fg, fb) = Self.red
            cairo_set_source_rgba(cr, fr, fg, fb, 1)
            cairo_set_line_width(cr, 2.5)
            roundedRectangle(cr, x: x + 1, y: y + 1, width: width - 2, height: height - 2, radius: 5)
            cairo_stroke(cr)
        }
        if item.id == selectedId {
            cairo_set_source_rgba(cr, ink.0, ink.1, ink.2, 1)
            cairo_set_line_width(cr, 2)
            roundedRectangle(cr, x: x - 1.5, y: y - 1.5, width: width + 3, height: height + 3, radius: 6)
            cairo_stroke(cr)
        }
        let textColor = item.status == .cancelled ? ink : (1.0, 1.0, 1.0)
        canvas.text(cr, title, x: x + 5, y: y + 2, color: textColor, bold: true, small: true, maxWidth: width - 8,
                    strike: item.status == .cancelled)
        canvas.text(cr, subtitle, x: x + 5, y: y + 15, color: textColor, alpha: 0.85, small: true, maxWidth: width - 8)
        if let id = item.id { hitBoxes.append((x, y, width, height, id)) }
    }

    private func pressed(x: Double, y: Double) {
        // Later boxes are drawn on top: look them up first.
        guard let hit = hitBoxes.last(where: { x >= $0.x && x <= $0.x + $0.width && y >= $0.y && y <= $0.y + $0.height }) else { return }
        onSelect?(hit.id)
    }

    private func roundedRectangle(_ cr: OpaquePointer, x: Double, y: Double, width: Double, height: Double, radius: Double) {
        let r = min(radius, width / 2, height / 2)
        cairo_new_sub_path(cr)
        cairo_arc(cr, x + width - r, y + r, r, -Double.pi / 2, 0)
        cairo_arc(cr, x + width - r, y + height - r, r, 0, Double.pi / 2)
        cairo_arc(cr, x + r, y + height - r, r, Double.pi / 2, Double.pi)
        cairo_arc(cr, x + r, y + r, r, Double.pi, 3 * Double.pi / 2)
        cairo_close_path(cr)
    }
}
