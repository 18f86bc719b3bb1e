import CGtk
import Foundation
import PlannerCore

/// The Budget page's chart, drawn with cairo and pango: planned and paid costs per category
/// (a light bar for the plan, a solid one for what is paid), then the planned costs stacked by
/// category against the funding stacked by source.
@MainActor
final class BudgetChart {
    let area: GPointer
    private var canvas: CairoCanvas!
    private var report: BudgetReport?

    private static let rowHeight = 24.0
    private static let labelWidth = 118.0


    init(area: GPointer) {
        self.area = area
        canvas = CairoCanvas(area: area) { [weak self] cr, width, height in self?.draw(cr, width: width, height: height) }
        Widget.setAccessibleLabel(area, tr("Chart of costs by category and of funding against costs"))
    }

    func update(_ report: BudgetReport) {
        self.report = report
        // Title rows, one row per category, a gap, the two comparison bars and their legend.
        let height = 28 + Double(max(report.categories.count, 1)) * Self.rowHeight + 44 + 2 * Self.rowHeight + 30
        gtk_drawing_area_set_content_height(c(area), Int32(height))
        vp_accessible_set_description(c(area), summary(report))
        gtk_widget_queue_draw(c(area))
    }

    /// The chart in words, for screen readers.
    private func summary(_ report: BudgetReport) -> String {
        let parts = report.categories.map {
            tr("{category}: {planned} planned, {actual} paid", ["category": $0.category.displayName, "planned": Format.wholeMoney($0.planned), "actual": Format.wholeMoney($0.actual)])
        }
        let totals = tr("Costs {costs}, funding {funding}", ["costs": Format.wholeMoney(report.plannedTotal), "funding": Format.wholeMoney(report.fundingTotal)])
        return (parts + [totals]).joined(separator: "; ")
    }

    // MARK: - Drawing

    private func draw(_ cr: OpaquePointer, width: Double, height: Double) {
        guard let report else { return }
        let ink = canvas.foreground()
        var y = 0.0
        canvas.text(cr, tr("Planned and paid, by category"), x: 0, y: y, color: ink, alpha: 0.7, bold: true)
        y += 28
        let scale = report.categories.map { max($0.planned.amount, $0.actual.amount) }.max() ?? 0
        let barLeft = Self.labelWidth, barWidth = max(width - barLeft - 8, 40)
        if report.categories.isEmpty {
            canvas.text(cr, tr("No costs yet"), x: 0, y: y, color: ink, alpha: 0.6)
            y += Self.rowHeight
        }
        for total in report.categories {
            let (r, g, b) = BudgetChartPalette.colour(of: total.category)
            canvas.text(cr, total.category.displayName, x: 0, y: y + 3, color: ink, maxWidth: Self.labelWidth - 8)
            let planned = fraction(total.planned.amount, of: scale) * barWidth
            let paid = fraction(total.actual.amount, of: scale) * barWidth
            rectangle(cr, x: barLeft, y: y + 2, width: planned, height: Self.rowHeight - 6, rgba: (r, g, b, 0.35))
            rectangle(cr, x: barLeft, y: y + 2 + (Self.rowHeight - 6) / 3, width: min(paid, barWidth),
                      height: (Self.rowHeight - 6) / 3, rgba: (r, g, b, 1))
            if total.isOverPlanned {
                rectangle(cr, x: barLeft + planned - 1, y: y, width: 2, height: Self.rowHeight - 2, rgba: (0.75, 0.11, 0.16, 1))
            }
            let amount = Format.wholeMoney(total.planned)
            canvas.text(cr, amount, x: barLeft + 6, y: y + 3, color: ink, alpha: 0.9, small: true)
            y += Self.rowHeight
        }

        y += 16
        canvas.text(cr, tr("Costs against funding"), x: 0, y: y, color: ink, alpha: 0.7, bold: true)
        y += 28
        let top = max(report.plannedTotal.amount, report.fundingTotal.amount)
        // Costs, stacked by category.
        canvas.text(cr, tr("Costs"), x: 0, y: y + 3, color: ink)
        var x = barLeft
        for total in report.categories {
            let (r, g, b) = BudgetChartPalette.colour(of: total.category)
            let w = fraction(total.planned.amount, of: top) * barWidth
            rectangle(cr, x: x, y: y + 2, width: w, height: Self.rowHeight - 6, rgba: (r, g, b, 0.85))
            x += w
        }
        canvas.text(cr, Format.wholeMoney(report.plannedTotal), x: barLeft + 6, y: y + 3, color: ink, small: true, halo: true)
        y += Self.rowHeight
        // Funding, stacked by source; amounts not known yet are not drawn.
        canvas.text(cr, tr("Funding"), x: 0, y: y + 3, color: ink)
        x = barLeft
        for (index, source) in report.funding.enumerated() {
            guard let amount = source.converted?.result.amount else { continue }
            let (r, g, b) = BudgetChartPalette.fundingShade(index)
            let w = fraction(amount, of: top) * barWidth
            rectangle(cr, x: x, y: y + 2, width: w, height: Self.rowHeight - 6, rgba: (r, g, b, 0.9))
            x += w
        }
        canvas.text(cr, Format.wholeMoney(report.fundingTotal), x: barLeft + 6, y: y + 3, color: ink, small: true, halo: true)
        y += Self.rowHeight + 6
        let gap = report.balance
        let verdict = report.plannedTotal.isZero && report.fundingTotal.isZero
            ? tr("Nothing planned or funded yet")
            : gap.isNegative
            ? tr("Gap to close: {amount}", ["amount": Format.wholeMoney(Money(-gap.amount, gap.currency))])
            : tr("Covered, {amount} to spare", ["amount": Format.wholeMoney(gap)])
        let color = report.plannedTotal.isZero && report.fundingTotal.isZero ? ink : gap.isNegative ? (0.75, 0.11, 0.16) : (0.15, 0.64, 0.41)
        canvas.text(cr, verdict, x: 0, y: y, color: color, bold: true)
    }

    private func fraction(_ value: Decimal, of total: Decimal) -> Double {
        guard total > 0 else { return 0 }
        return max(0, NSDecimalNumber(decimal: value / total).doubleValue)
    }

    private func rectangle(_ cr: OpaquePointer, x: Double, y: Double, width: Double, height: Double,
                           rgba: (Double, Double, Double, Double)) {
        guard width > 0 else { return }
        cairo_set_source_rgba(cr, rgba.0, rgba.1, rgba.2, rgba.3)
        cairo_rectangle(cr, x, y, width, height)
        cairo_fill(cr)
    }
}
