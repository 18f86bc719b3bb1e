import Foundation
import PDFSupport
import PlannerCore

/// `pdf-budget`: the visit's budget to print or attach to a grant report. The totals first
/// (planned, paid, funding, received, balance, cost per participant), the app's Budget chart
/// redrawn with cairo (planned and paid by category; costs stacked by category against funding
/// stacked by source), then every line by category with its totals, the totals per currency,
/// the funding, who pays what and the exchange rates. Every figure comes from `BudgetReport`;
/// amounts are rounded to the currency's minor unit and written as the document's language
/// does ("1 234,50 €", "1.234,50 €"). Its title and section headings are in every language of
/// the document (by default the visit's, the host's first), so each committee finds its way; the
/// tables and figures speak the first, because joined labels would make the columns unreadable.
final class PDFBudgetExporter: Exporter {
    let format = ExportFormat(id: "pdf-budget", name: Localization.tr("Budget (PDF)"), fileExtension: "pdf",
                              mimeType: "application/pdf", scopes: [.visit], options: [ExportOption.paperSize()], usesLanguages: true)

    func export(_ job: ExportJob, to output: ExportOutput) throws {
        let snapshot = job.snapshot
        let report = BudgetReport(snapshot)
        let money = MoneyText(locale: job.language.locale)
        let pdf = PDFDocument(url: output.url, paper: PDFPaper(job: job), header: VisitPDF.runningHeader(snapshot),
                              info: VisitPDF.info(job, subject: Localization.tr("Budget")))
        pdf.title(VisitPDF.label(job) { Localization.tr("Budget") }, subtitle: PDFRichText("\(snapshot.visit.title) · \(VisitPDF.dates(snapshot.visit))"))

        totals(report, money: money, job: job, into: pdf)
        if !report.missingRates.isEmpty {
            pdf.paragraph(.colored(PDFText.tr("No exchange rate to {currency} for: {codes}. Those amounts are left out of the totals.",
                                              ["currency": report.reportingCurrency, "codes": report.missingRates.joined(separator: ", ")]),
                                   .red, bold: true))
        }
        BudgetChartDrawing(report: report, money: money).add(to: pdf)
        lines(report, money: money, job: job, into: pdf)
        currencyTotals(report, money: money, job: job, into: pdf)
        funding(report, money: money, job: job, into: pdf)
        payers(report, money: money, job: job, into: pdf)
        rates(snapshot, job: job, into: pdf)
        try pdf.finish()
    }

    // MARK: Sections

    private func totals(_ report: BudgetReport, money: MoneyText, job: ExportJob, into pdf: PDFDocument) {
        let balance = report.balance
        let gap = balance.rounded().isNegative
        var rows: [(key: String, value: PDFRichText)] = [
            (Localization.tr("Planned costs"), .bold(money(report.plannedTotal))),
            (Localization.tr("Actual costs"), PDFRichText(money(report.actualTotal))),
            (Localization.tr("Funding"), .bold(money(report.fundingTotal))),
            (Localization.tr("Received"), PDFRichText(money(report.fundingReceived))),
            (gap ? Localization.tr("Balance (a gap to close)") : Localization.tr("Balance"),
             .colored(money(balance), gap ? .red : PDFColor(hex: 0x1E7A46), bold: true)),
            (Localization.tr("Participants"), PDFRichText(String(report.participantCount))),
            (Localization.tr("Cost per participant"), PDFRichText(report.costPerParticipant.map(money.callAsFunction) ?? "–")),
        ]
        let unknown = report.funding.filter { $0.funding.amount == nil }
        if !unknown.isEmpty {
            rows.append((Localization.tr("Not counted"), .small(PDFText.tr("amount not known yet: {sources}",
                                                                           ["sources": unknown.map(\.funding.source).joined(separator: ", ")]))))
        }
        pdf.box(PDFBoxStyle(border: .lightGray, background: .shade, lineWidth: 0.8, padding: 8)) {
            pdf.paragraph(PDFRichText.bold(PDFText.tr("Totals ({currency})", ["currency": report.reportingCurrency])),
                          style: PDFTextStyle(size: 10.5, bold: true, color: .accent, spaceAfter: 4))
            pdf.keyValues(rows, keyWidth: 0.4)
        }
    }

    private func lines(_ report: BudgetReport, money: MoneyText, job: ExportJob, into pdf: PDFDocument) {
        pdf.heading(VisitPDF.label(job) { Localization.tr("Costs") })
        guard !report.lines.isEmpty else {
            pdf.paragraph(Localization.tr("No budget lines yet."))
            return
        }
        let currency = report.reportingCurrency
        var table = PDFTable(columns: [
            PDFTable.Column(Localization.tr("Line"), width: 0.23),
            PDFTable.Column(Localization.tr("Quantity"), width: 0.15),
            PDFTable.Column(Localization.tr("Unit price"), width: 0.15, alignment: .right),
            PDFTable.Column(Localization.tr("Planned"), width: 0.15, alignment: .right),
            PDFTable.Column(PDFRichText(PDFText.tr("Planned ({currency})", ["currency": currency])), width: 0.16, alignment: .right),
            PDFTable.Column(Localization.tr("Paid"), width: 0.16, alignment: .right),
        ])
        table.lines = .rows
        table.style = PDFTextStyle(size: 8, spaceAfter: 0)
        table.padding = (3, 3)
        for total in report.categories {
            table.addRow([PDFCell(PDFRichText.bold(total.category.displayName), span: 6)], keepWithNext: true, background: .shade)
            for figures in report.lines where figures.line.category == total.category {
                table.addRow([PDFCell(figures.line.description), PDFCell(figures.quantityDescription),
                              PDFCell(money(figures.line.unitPrice)), PDFCell(money(figures.planned)),
                              PDFCell(figures.plannedConverted.map { money($0.result) } ?? Localization.tr("no rate")),
                              PDFCell(paid(figures, currency: currency, money: money))])
            }
            let actual = PDFRichText.bold(money(total.actual))
            table.addRow([PDFCell(PDFRichText.bold(PDFText.tr("Total {category}", ["category": total.category.displayName])), span: 4),
                          PDFCell(PDFRichText.bold(money(total.planned))),
                          PDFCell(total.isOverPlanned ? PDFRichText.colored(money(total.actual) + " !", .red, bold: true) : actual)])
        }
        table.addRow([PDFCell(PDFRichText.bold(Localization.tr("Total")), span: 4), PDFCell(PDFRichText.bold(money(report.plannedTotal))),
                      PDFCell(PDFRichText.bold(money(report.actualTotal)))], background: .shade)
        pdf.table(table)
        if report.categories.contains(where: \.isOverPlanned) {
            pdf.paragraph(PDFRichText.colored(Localization.tr("! more spent than planned"), .red), style: .small)
        }
    }

    /// The paid amount in the line's currency, and converted when that differs.
    private func paid(_ figures: BudgetLineFigures, currency: String, money: MoneyText) -> PDFRichText {
        guard let paid = figures.line.actual?.amount else { return .small("–") }
        guard paid.currency != currency else { return PDFRichText(money(paid)) }
        return PDFRichText(lines: [PDFRichText(money(paid)),
                                   .small("= " + (figures.actualConverted.map { money($0.result) } ?? Localization.tr("no rate")))])
    }

    private func currencyTotals(_ report: BudgetReport, money: MoneyText, job: ExportJob, into pdf: PDFDocument) {
        guard !report.currencyTotals.isEmpty else { return }
        pdf.heading(VisitPDF.label(job) { Localization.tr("Totals per currency (not converted)") }, level: 2)
        var table = PDFTable(columns: [PDFTable.Column(Localization.tr("Currency"), width: 0.3),
                                       PDFTable.Column(Localization.tr("Planned"), width: 0.35, alignment: .right),
                                       PDFTable.Column(Localization.tr("Paid"), width: 0.35, alignment: .right)])
        table.lines = .rows
        for total in report.currencyTotals {
            table.addRow([PDFCell(total.currency), PDFCell(money(total.planned)), PDFCell(money(total.actual))])
        }
        pdf.keepTogether { pdf.table(table) }
    }

    private func funding(_ report: BudgetReport, money: MoneyText, job: ExportJob, into pdf: PDFDocument) {
        pdf.heading(VisitPDF.label(job) { Localization.tr("Funding") })
        guard !report.funding.isEmpty else {
            pdf.paragraph(Localization.tr("No funding yet."))
            return
        }
        var table = PDFTable(columns: [
            PDFTable.Column(Localization.tr("Source"), width: 0.3),
            PDFTable.Column(Localization.tr("Kind"), width: 0.15),
            PDFTable.Column(Localization.tr("Status"), width: 0.13),
            PDFTable.Column(Localization.tr("Amount"), width: 0.24, alignment: .right),
            PDFTable.Column(PDFRichText(PDFText.tr("In {currency}", ["currency": report.reportingCurrency])), width: 0.18, alignment: .right),
        ])
        table.lines = .rows
        table.style = PDFTextStyle(size: 8.5, spaceAfter: 0)
        table.padding = (3, 3)
        for figures in report.funding {
            let source = figures.funding
            var amount = PDFRichText.small(Localization.tr("not known yet"))
            if let value = source.amount {
                amount = PDFRichText(money(value))
                if let people = figures.people, let total = figures.total {
                    amount = PDFRichText(lines: [PDFRichText(money(total)), .small("\(money(value)) × \(people)")])
                }
            }
            let converted = source.amount == nil ? "–" : figures.converted.map { money($0.result) } ?? Localization.tr("no rate")
            table.addRow([PDFCell(source.source), PDFCell(source.kind.displayName), PDFCell(source.status.displayName),
                          PDFCell(amount), PDFCell(converted)])
        }
        table.addRow([PDFCell(PDFRichText.bold(Localization.tr("Total")), span: 4), PDFCell(PDFRichText.bold(money(report.fundingTotal)))],
                     background: .shade)
        pdf.table(table)
    }

    private func payers(_ report: BudgetReport, money: MoneyText, job: ExportJob, into pdf: PDFDocument) {
        guard !report.payerShares.isEmpty else { return }
        pdf.heading(VisitPDF.label(job) { Localization.tr("Who pays what") }, level: 2)
        var table = PDFTable(columns: [PDFTable.Column(Localization.tr("Town"), width: 0.6),
                                       PDFTable.Column(Localization.tr("Pays (planned)"), width: 0.4, alignment: .right)])
        table.lines = .rows
        for share in report.payerShares { table.addRow([PDFCell(share.town.label), PDFCell(money(share.planned))]) }
        pdf.keepTogether { pdf.table(table) }
    }

    private func rates(_ snapshot: VisitSnapshot, job: ExportJob, into pdf: PDFDocument) {
        guard !snapshot.exchangeRates.isEmpty else { return }
        pdf.heading(VisitPDF.label(job) { Localization.tr("Exchange rates") }, level: 2)
        let posix = Locale(identifier: "en_US_POSIX")
        let lines = snapshot.exchangeRates.map { rate in
            PDFRichText("1 \(rate.from) = \(NSDecimalNumber(decimal: rate.rate).description(withLocale: posix)) \(rate.to) (\(rate.date))")
        }
        pdf.paragraph(PDFRichText(lines: lines))
    }
}

/// Amounts for print: rounded to the currency's minor unit, grouped as `locale` does.
struct MoneyText {
    let locale: Locale
    func callAsFunction(_ money: Money) -> String { money.formatted(locale: locale) }
}

final class PDFBudgetPlugin: PlannerPlugin {
    func register(in registrar: PluginRegistrar) { registrar.add(PDFBudgetExporter()) }
}

@_cdecl("visitplanner_plugin_entry")
public func visitplannerPluginEntry() -> UnsafeMutableRawPointer {
    Unmanaged.passRetained(PDFBudgetPlugin() as AnyObject).toOpaque()
}
