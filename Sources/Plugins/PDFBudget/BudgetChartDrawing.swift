import Foundation
import PDFSupport
import PlannerCore

/// The app's Budget chart (Sources/VisitPlanner/Widgets/BudgetChart.swift), redrawn with cairo
/// for print: planned and paid costs per category (a light bar for the plan, a solid one for
/// what is paid, a red mark where more was paid than planned), then the planned costs stacked
/// by category against the funding stacked by source, and the verdict. Same colours as the app.
struct BudgetChartDrawing {
    let report: BudgetReport
    let money: MoneyText

    private static let rowHeight = 20.0
    private static let labelWidth = 118.0
    private static let titleHeight = 20.0

    private static let red = PDFColor(red: 0.75, green: 0.11, blue: 0.16)
    private static let green = PDFColor(red: 0.15, green: 0.64, blue: 0.41)

    /// Title rows, one row per category, a gap, the two comparison bars, the legend and the verdict.
    var height: Double {
        Self.titleHeight + Double(max(report.categories.count, 1)) * Self.rowHeight + 14 + Self.titleHeight
            + 2 * Self.rowHeight + 16 + 18
    }

    func add(to pdf: PDFDocument) {
        pdf.heading(Localization.tr("Chart"), level: 2)
        let chart = self
        pdf.drawing(height: height) { canvas in chart.draw(canvas) }
        pdf.space(8)
    }

    private func draw(_ canvas: PDFCanvas) {
        let label = PDFTextStyle(size: 9)
        let small = PDFTextStyle(size: 7.5)
        let heading = PDFTextStyle(size: 9.5, bold: true, color: .gray)
        var y = 0.0
        canvas.text(PDFRichText(Localization.tr("Planned and paid, by category")), x: 0, y: y, width: canvas.width, style: heading)
        y += Self.titleHeight
        let scale = report.categories.map { max($0.planned.amount, $0.actual.amount) }.max() ?? 0
        let barLeft = Self.labelWidth, barWidth = max(canvas.width - barLeft - 4, 40)
        let bar = Self.rowHeight - 6
        if report.categories.isEmpty {
            canvas.text(PDFRichText(Localization.tr("No costs yet")), x: 0, y: y + 3, width: canvas.width, style: label.with(color: .gray))
            y += Self.rowHeight
        }
        for total in report.categories {
            let color = Self.color(BudgetChartPalette.colour(of: total.category))
            canvas.text(PDFRichText(total.category.displayName), x: 0, y: y + 3, width: Self.labelWidth - 8, style: label)
            let planned = fraction(total.planned.amount, of: scale) * barWidth
            let paid = fraction(total.actual.amount, of: scale) * barWidth
            canvas.rectangle(x: barLeft, y: y + 2, width: planned, height: bar, color: color, alpha: 0.35)
            canvas.rectangle(x: barLeft, y: y + 2 + bar / 3, width: min(paid, barWidth), height: bar / 3, color: color)
            if total.isOverPlanned {
                canvas.rectangle(x: barLeft + planned - 1, y: y, width: 2, height: Self.rowHeight - 2, color: Self.red)
            }
            canvas.text(PDFRichText(money(total.planned)), x: barLeft + 4, y: y + 4.5, width: barWidth - 8, style: small)
            y += Self.rowHeight
        }

        y += 14
        canvas.text(PDFRichText(Localization.tr("Costs against funding")), x: 0, y: y, width: canvas.width, style: heading)
        y += Self.titleHeight
        let top = max(report.plannedTotal.amount, report.fundingTotal.amount)
        // Costs, stacked by category.
        canvas.text(PDFRichText(Localization.tr("Costs")), x: 0, y: y + 3, width: Self.labelWidth - 8, style: label)
        var x = barLeft
        for total in report.categories {
            let w = fraction(total.planned.amount, of: top) * barWidth
            canvas.rectangle(x: x, y: y + 2, width: w, height: bar, color: Self.color(BudgetChartPalette.colour(of: total.category)),
                             alpha: 0.85)
            x += w
        }
        halo(canvas, money(report.plannedTotal), x: barLeft + 4, y: y + 4.5, style: small)
        y += Self.rowHeight
        // Funding, stacked by source; amounts not known yet are not drawn.
        canvas.text(PDFRichText(Localization.tr("Funding")), x: 0, y: y + 3, width: Self.labelWidth - 8, style: label)
        x = barLeft
        for (index, source) in report.funding.enumerated() {
            guard let amount = source.converted?.result.amount else { continue }
            let w = fraction(amount, of: top) * barWidth
            canvas.rectangle(x: x, y: y + 2, width: w, height: bar, color: Self.color(BudgetChartPalette.fundingShade(index)),
                             alpha: 0.9)
            x += w
        }
        halo(canvas, money(report.fundingTotal), x: barLeft + 4, y: y + 4.5, style: small)
        y += Self.rowHeight + 2

        // The legend: the categories' colours, wrapping when they do not fit on one line.
        var legendX = barLeft
        for total in report.categories {
            let name = PDFRichText(total.category.displayName)
            let size = canvas.measure(name, width: 200, style: small)
            if legendX + 12 + size.width > canvas.width, legendX > barLeft { break }
            canvas.rectangle(x: legendX, y: y + 3, width: 8, height: 8, color: Self.color(BudgetChartPalette.colour(of: total.category)))
            canvas.text(name, x: legendX + 11, y: y + 2, width: size.width + 1, style: small.with(color: .gray))
            legendX += 11 + size.width + 10
        }
        y += 16

        let gap = report.balance
        let nothing = report.plannedTotal.isZero && report.fundingTotal.isZero
        let verdict = nothing ? Localization.tr("Nothing planned or funded yet")
            : gap.rounded().isNegative ? PDFText.tr("Gap to close: {amount}", ["amount": money(Money(-gap.amount, gap.currency))])
            : PDFText.tr("Covered, {amount} to spare", ["amount": money(gap)])
        canvas.text(PDFRichText(verdict), x: 0, y: y, width: canvas.width,
                    style: PDFTextStyle(size: 10, bold: true, color: nothing ? .black : gap.rounded().isNegative ? Self.red : Self.green))
    }

    /// A label over coloured bars: a white box behind it keeps it readable.
    private func halo(_ canvas: PDFCanvas, _ text: String, x: Double, y: Double, style: PDFTextStyle) {
        let size = canvas.measure(PDFRichText(text), width: 300, style: style)
        canvas.rectangle(x: x - 2, y: y - 0.5, width: size.width + 4, height: size.height + 1, color: PDFColor(hex: 0xFFFFFF), alpha: 0.8)
        canvas.text(PDFRichText(text), x: x, y: y, width: size.width + 1, style: style)
    }

    private static func color(_ rgb: (Double, Double, Double)) -> PDFColor { PDFColor(red: rgb.0, green: rgb.1, blue: rgb.2) }

    private func fraction(_ value: Decimal, of total: Decimal) -> Double {
        guard total > 0 else { return 0 }
        return max(0, NSDecimalNumber(decimal: value / total).doubleValue)
    }
}
