import CGtk
import Foundation
import PlannerCore

/// The Budget page: key figures, the cost lines grouped by category with their totals, the
/// funding, a chart, the grant checks, who pays what, and the exchange rates. Every figure
/// comes from the core's `BudgetReport`; the page only lays them out and opens the forms.
@MainActor
final class BudgetPage: VisitPage {
    let id = "budget"
    var title: String { tr("Budget") }
    private let ui: Builder
    private let context: AppContext
    private let chart: BudgetChart
    private var snapshot: VisitSnapshot?
    private var lineRows: [GPointer: Int64] = [:]
    private var fundingRows: [GPointer: Int64] = [:]
    let root: GPointer

    init(context: AppContext) {
        self.context = context
        ui = Builder("budget-page")
        root = ui["root"]
        chart = BudgetChart(area: ui["chart"])
        onSignal(ui["add_line_button"], "clicked") { [weak self] in self?.addLine() }
        onSignal(ui["add_funding_button"], "clicked") { [weak self] in self?.addFunding() }
        onSignal(ui["add_rate_button"], "clicked") { [weak self] in self?.addRate() }
        onSignal(ui["lines_list"], "row-activated") { [weak self] (row: GPointer?) in
            guard let self, let row, let id = self.lineRows[row] else { return }
            self.editLine(id)
        }
        onSignal(ui["funding_list"], "row-activated") { [weak self] (row: GPointer?) in
            guard let self, let row, let id = self.fundingRows[row] else { return }
            self.editFunding(id)
        }
        Label.set(ui["rates_hint"], tr("An amount converts at the latest rate dated on or before it (planned amounts: the visit’s first day; payments: their date), else at the earliest later rate. Amounts are rounded half away from zero, only when shown."))
    }

    func update(_ snapshot: VisitSnapshot) {
        self.snapshot = snapshot
        let report = BudgetReport(snapshot)
        Label.set(ui["currency_label"], tr("Reporting currency: {code}", ["code": report.reportingCurrency]))
        fillStats(report)
        fillLines(report, snapshot)
        fillFunding(report, snapshot)
        chart.update(report)
        fillPayers(report)
        fillRates(snapshot, report)
        fillGrants(snapshot)
    }

    // MARK: - Figures

    private func fillStats(_ report: BudgetReport) {
        let flow = ui["stats"]
        while let child = gtk_widget_get_first_child(c(flow)) { gtk_flow_box_remove(c(flow), child) }
        let balance = report.balance
        var stats: [(String, String, String?)] = [
            (Format.wholeMoney(report.plannedTotal), tr("planned costs"), nil),
            (Format.wholeMoney(report.actualTotal), tr("paid so far"), report.actualTotal > report.plannedTotal ? "bad" : nil),
            (Format.wholeMoney(report.fundingTotal), tr("funding (received: {amount})", ["amount": Format.wholeMoney(report.fundingReceived)]), nil),
            (Format.wholeMoney(balance), balance.isNegative ? tr("balance: a gap to close") : tr("balance"), balance.isNegative ? "bad" : "good"),
        ]
        if let perHead = report.costPerParticipant {
            stats.append((Format.wholeMoney(perHead), tr("cost per participant ({count})", ["count": String(report.participantCount)]), nil))
        }
        for (value, caption, state) in stats {
            let card = raw(gtk_box_new(GTK_ORIENTATION_VERTICAL, 4))
            Widget.addClass(card, "card")
            Widget.addClass(card, "stat-card")
            let number = Label.make(value, classes: ["stat-value", "stat-money"] + (state.map { ["stat-\($0)"] } ?? []))
            gtk_label_set_ellipsize(c(number), PANGO_ELLIPSIZE_NONE)
            gtk_box_append(c(card), c(number))
            let captionLabel = Label.make(caption, classes: ["dim-label"], wrap: true)
            // Narrow captions let five cards share one row on a laptop screen.
            gtk_label_set_max_width_chars(c(captionLabel), 14)
            gtk_box_append(c(card), c(captionLabel))
            Widget.setAccessibleLabel(card, "\(caption): \(value)")
            gtk_flow_box_append(c(flow), c(card))
        }
    }

    // MARK: - Cost lines

    private func fillLines(_ report: BudgetReport, _ snapshot: VisitSnapshot) {
        let list = ui["lines_list"]
        Widget.removeAllRows(ofListBox: list)
        lineRows.removeAll()
        Widget.setVisible(ui["no_lines_label"], report.lines.isEmpty)
        Widget.setVisible(list, !report.lines.isEmpty)
        if !report.lines.isEmpty {
            let header = staticRow()
            let box = raw(gtk_box_new(GTK_ORIENTATION_HORIZONTAL, 12))
            Widget.addClass(box, "budget-columns")
            let spacer = Label.make("")
            gtk_widget_set_hexpand(c(spacer), 1)
            gtk_box_append(c(box), c(spacer))
            for title in [tr("Planned"), tr("Paid")] {
                let label = Label.make(title, classes: ["caption-heading", "dim-label"], xalign: 1)
                gtk_widget_set_size_request(c(label), 130, -1)
                gtk_box_append(c(box), c(label))
            }
            gtk_box_append(c(box), c(buttonSpace()))
            gtk_list_box_row_set_child(c(header), c(box))
            gtk_list_box_append(c(list), c(header))
        }
        for total in report.categories {
            gtk_list_box_append(c(list), c(categoryHeader(total)))
            for figures in report.lines where figures.line.category == total.category {
                let row = lineRow(figures, report, snapshot)
                lineRows[row] = figures.id
                gtk_list_box_append(c(list), c(row))
            }
        }
        if !report.lines.isEmpty {
            let footer = staticRow()
            let box = raw(gtk_box_new(GTK_ORIENTATION_HORIZONTAL, 12))
            Widget.addClass(box, "budget-total")
            let title = Label.make(tr("Total"), classes: ["heading"])
            gtk_widget_set_hexpand(c(title), 1)
            gtk_box_append(c(box), c(title))
            gtk_box_append(c(box), c(amountColumn(Format.money(report.plannedTotal), caption: tr("planned"), heading: true)))
            gtk_box_append(c(box), c(amountColumn(Format.money(report.actualTotal), caption: tr("paid"), heading: true)))
            gtk_box_append(c(box), c(buttonSpace()))
            gtk_list_box_row_set_child(c(footer), c(box))
            Widget.setAccessibleLabel(footer, tr("Total: {planned} planned, {paid} paid", ["planned": Format.money(report.plannedTotal), "paid": Format.money(report.actualTotal)]))
            gtk_list_box_append(c(list), c(footer))
        }
    }

    private func staticRow() -> GPointer {
        let row = raw(gtk_list_box_row_new())
        gtk_list_box_row_set_activatable(c(row), 0)
        gtk_list_box_row_set_selectable(c(row), 0)
        return row
    }

    private func categoryHeader(_ total: CategoryTotal) -> GPointer {
        let row = staticRow()
        let box = raw(gtk_box_new(GTK_ORIENTATION_HORIZONTAL, 12))
        Widget.addClass(box, "budget-category")
        let name = Label.make(total.category.displayName, classes: ["heading"])
        gtk_widget_set_hexpand(c(name), 1)
        gtk_box_append(c(box), c(name))
        if total.isOverPlanned {
            let icon = raw(gtk_image_new_from_icon_name("dialog-warning-symbolic"))
            Widget.addClass(icon, "warning")
            Widget.setTooltip(icon, tr("More paid than planned"))
            gtk_box_append(c(box), c(icon))
        }
        let planned = Format.money(total.planned), paid = Format.money(total.actual)
        gtk_box_append(c(box), c(amountColumn(planned, caption: nil, heading: true)))
        gtk_box_append(c(box), c(amountColumn(paid, caption: nil, heading: true, warning: total.isOverPlanned)))
        gtk_box_append(c(box), c(buttonSpace()))
        gtk_list_box_row_set_child(c(row), c(box))
        Widget.setAccessibleLabel(row, tr("{category}: {planned} planned, {paid} paid", ["category": total.category.displayName, "planned": planned, "paid": paid]))
        return row
    }

    private func lineRow(_ figures: BudgetLineFigures, _ report: BudgetReport, _ snapshot: VisitSnapshot) -> GPointer {
        let line = figures.line
        let row = raw(gtk_list_box_row_new())
        let box = raw(gtk_box_new(GTK_ORIENTATION_HORIZONTAL, 12))
        Widget.addClass(box, "budget-line")
        let text = raw(gtk_box_new(GTK_ORIENTATION_VERTICAL, 2))
        gtk_widget_set_hexpand(c(text), 1)
        gtk_box_append(c(text), c(Label.make(line.description)))
        var details = "\(figures.quantityDescription) × \(Format.money(line.unitPrice))"
        if line.basis.countsPeople && line.filter != .everyone { details += " · \(line.filter.displayName(in: snapshot.details))" }
        if line.splitByTown {
            details += " · " + tr("each town pays for its own people")
        } else if let payer = line.payerTownId, payer != snapshot.details.hostTown.id,
           let town = snapshot.details.towns.first(where: { $0.id == payer }) {
            details += " · " + tr("paid by {town}", ["town": town.name])
        }
        if let receipt = line.actual?.receiptNumber, !receipt.isEmpty {
            details += " · " + tr("receipt {number}", ["number": receipt])
        }
        gtk_box_append(c(text), c(Label.make(details, classes: ["dim-label", "caption"])))
        gtk_box_append(c(box), c(text))

        let planned: GPointer
        if let converted = figures.plannedConverted {
            planned = amountColumn(Format.money(converted.result),
                                   caption: line.unitPrice.currency == report.reportingCurrency ? nil : Format.money(figures.planned))
        } else {
            planned = amountColumn(Format.money(figures.planned), caption: tr("no exchange rate"), warning: true)
        }
        gtk_box_append(c(box), c(planned))
        let paid: GPointer
        if let actual = line.actual {
            paid = amountColumn(figures.actualConverted.map { Format.money($0.result) } ?? Format.money(actual.amount),
                                caption: actual.date.map { Format.short($0) } ?? tr("paid"),
                                warning: figures.actualConverted == nil)
        } else {
            paid = amountColumn("—", caption: tr("not paid yet"))
        }
        gtk_box_append(c(box), c(paid))

        let id = figures.id
        let edit = iconButton("document-edit-symbolic", tr("Edit {line}", ["line": line.description]))
        onSignal(edit, "clicked") { [weak self] in self?.editLine(id) }
        gtk_box_append(c(box), c(edit))
        let delete = iconButton("user-trash-symbolic", tr("Delete {line}", ["line": line.description]))
        onSignal(delete, "clicked") { [weak self] in self?.deleteLine(id) }
        gtk_box_append(c(box), c(delete))
        gtk_list_box_row_set_child(c(row), c(box))
        Widget.setAccessibleLabel(row, "\(line.description): \(figures.plannedConverted.map { Format.money($0.result) } ?? Format.money(figures.planned))")
        return row
    }

    /// The room the Edit and Delete buttons take in a line, so headers and totals line up.
    private func buttonSpace() -> GPointer {
        let space = raw(gtk_box_new(GTK_ORIENTATION_HORIZONTAL, 0))
        gtk_widget_set_size_request(c(space), 2 * 34 + 12, -1)
        return space
    }

    private func amountColumn(_ amount: String, caption: String?, heading: Bool = false, warning: Bool = false) -> GPointer {
        let column = raw(gtk_box_new(GTK_ORIENTATION_VERTICAL, 2))
        gtk_widget_set_size_request(c(column), 130, -1)
        gtk_widget_set_valign(c(column), GTK_ALIGN_CENTER)
        gtk_box_append(c(column), c(Label.make(amount, classes: ["numeric"] + (heading ? ["heading"] : []) + (warning && caption == nil ? ["warning-text"] : []), xalign: 1)))
        if let caption {
            gtk_box_append(c(column), c(Label.make(caption, classes: ["caption", "numeric", warning ? "warning-text" : "dim-label"], xalign: 1)))
        }
        return column
    }

    private func iconButton(_ icon: String, _ label: String) -> GPointer {
        let button = raw(gtk_button_new_from_icon_name(icon))
        Widget.addClass(button, "flat")
        gtk_widget_set_valign(c(button), GTK_ALIGN_CENTER)
        Widget.setTooltip(button, label)
        Widget.setAccessibleLabel(button, label)
        return button
    }

    // MARK: - Funding

    private func fillFunding(_ report: BudgetReport, _ snapshot: VisitSnapshot) {
        let list = ui["funding_list"]
        Widget.removeAllRows(ofListBox: list)
        fundingRows.removeAll()
        Widget.setVisible(ui["no_funding_label"], report.funding.isEmpty)
        Widget.setVisible(list, !report.funding.isEmpty)
        for figures in report.funding {
            let source = figures.funding
            let row = raw(gtk_list_box_row_new())
            let box = raw(gtk_box_new(GTK_ORIENTATION_HORIZONTAL, 12))
            Widget.addClass(box, "budget-line")
            let text = raw(gtk_box_new(GTK_ORIENTATION_VERTICAL, 2))
            gtk_widget_set_hexpand(c(text), 1)
            gtk_box_append(c(text), c(Label.make(source.source)))
            var details = "\(source.kind.displayName) · \(source.status.displayName)"
            if source.perPerson, let amount = source.amount, let people = figures.people {
                details += " · \(Format.money(amount)) × \(people) (\(source.filter.displayName(in: snapshot.details)))"
            }
            gtk_box_append(c(text), c(Label.make(details, classes: ["dim-label", "caption"])))
            gtk_box_append(c(box), c(text))
            let column: GPointer
            if let total = figures.total {
                if let converted = figures.converted {
                    column = amountColumn(Format.money(converted.result),
                                          caption: total.currency == report.reportingCurrency ? nil : Format.money(total))
                } else {
                    column = amountColumn(Format.money(total), caption: tr("no exchange rate"), warning: true)
                }
            } else {
                column = amountColumn(tr("Not known yet"), caption: tr("left out of the totals"))
            }
            gtk_box_append(c(box), c(column))
            let id = figures.id
            let edit = iconButton("document-edit-symbolic", tr("Edit {source}", ["source": source.source]))
            onSignal(edit, "clicked") { [weak self] in self?.editFunding(id) }
            gtk_box_append(c(box), c(edit))
            let delete = iconButton("user-trash-symbolic", tr("Delete {source}", ["source": source.source]))
            onSignal(delete, "clicked") { [weak self] in self?.deleteFunding(id) }
            gtk_box_append(c(box), c(delete))
            gtk_list_box_row_set_child(c(row), c(box))
            Widget.setAccessibleLabel(row, "\(source.source): \(figures.converted.map { Format.money($0.result) } ?? tr("Not known yet"))")
            fundingRows[row] = id
            gtk_list_box_append(c(list), c(row))
        }
    }

    // MARK: - Payers, rates, grants

    private func fillPayers(_ report: BudgetReport) {
        let grid = ui["payers_grid"]
        while let child = gtk_widget_get_first_child(c(grid)) { gtk_grid_remove(c(grid), child) }
        if report.payerShares.isEmpty {
            gtk_grid_attach(c(grid), c(Label.make(tr("Nothing planned yet."), classes: ["dim-label"])), 0, 0, 1, 1)
            return
        }
        for (index, share) in report.payerShares.enumerated() {
            let name = Label.make(share.town.label)
            gtk_widget_set_hexpand(c(name), 1)
            gtk_grid_attach(c(grid), c(name), 0, Int32(index), 1, 1)
            gtk_grid_attach(c(grid), c(Label.make(Format.money(share.planned), classes: ["numeric"], xalign: 1)), 1, Int32(index), 1, 1)
        }
    }

    private func fillRates(_ snapshot: VisitSnapshot, _ report: BudgetReport) {
        // What the lines add up to in the currency they are written in, before any conversion.
        let written = report.currencyTotals.map {
            tr("{currency}: {planned} planned, {paid} paid", ["currency": $0.currency, "planned": Format.money($0.planned), "paid": Format.money($0.actual)])
        }
        var missing = report.missingRates.map {
            tr("No rate from {from} to {to} yet: those amounts are left out of the totals.", ["from": $0, "to": report.reportingCurrency])
        }
        if written.count > 1 { missing.insert(tr("Costs by currency of entry: {list}", ["list": written.joined(separator: "; ")]), at: 0) }
        Label.set(ui["currencies_label"], missing.joined(separator: "\n"))
        Widget.setVisible(ui["currencies_label"], !missing.isEmpty)
        let list = ui["rates_list"]
        Widget.removeAllRows(ofListBox: list)
        Widget.setVisible(list, !snapshot.exchangeRates.isEmpty)
        for rate in snapshot.exchangeRates {
            let box = raw(gtk_box_new(GTK_ORIENTATION_HORIZONTAL, 12))
            Widget.addClass(box, "budget-line")
            let text = tr("1 {from} = {rate} {to}", ["from": rate.from, "rate": Format.decimal(rate.rate), "to": rate.to])
            let label = Label.make(text, classes: ["numeric"])
            gtk_widget_set_hexpand(c(label), 1)
            gtk_box_append(c(box), c(label))
            gtk_box_append(c(box), c(Label.make(Format.short(rate.date), classes: ["dim-label"], xalign: 1)))
            let id = rate.id!
            let delete = iconButton("user-trash-symbolic", tr("Delete the rate {rate}", ["rate": text]))
            onSignal(delete, "clicked") { [weak self] in self?.deleteRate(id) }
            gtk_box_append(c(box), c(delete))
            gtk_list_box_append(c(list), c(box))
        }
    }

    /// The EU town-twinning rules against the real participant list, and the Erasmus+ travel
    /// support per partner town, each with the year and source of its data file.
    private func fillGrants(_ snapshot: VisitSnapshot) {
        let box = ui["grants_box"]
        Widget.removeAllChildren(ofBox: box)
        let report = GrantChecks.evaluate(snapshot)
        let rules = report.rules
        gtk_box_append(c(box), c(Label.make(tr("{programme} {call} ({year})", ["programme": rules.strand, "call": rules.call, "year": String(rules.year)]), classes: ["caption-heading"], wrap: true)))
        for check in report.checks {
            let row = raw(gtk_box_new(GTK_ORIENTATION_HORIZONTAL, 8))
            let icon = raw(gtk_image_new_from_icon_name(check.isMet ? "emblem-ok-symbolic" : "dialog-warning-symbolic"))
            Widget.addClass(icon, check.isMet ? "success" : "warning")
            gtk_widget_set_valign(c(icon), GTK_ALIGN_START)
            gtk_box_append(c(row), c(icon))
            let text = raw(gtk_box_new(GTK_ORIENTATION_VERTICAL, 0))
            gtk_widget_set_hexpand(c(text), 1)
            gtk_box_append(c(text), c(Label.make(check.title, wrap: true)))
            gtk_box_append(c(text), c(Label.make(check.detail, classes: ["dim-label", "caption"], wrap: true)))
            gtk_box_append(c(row), c(text))
            let count = Label.make("\(check.count) / \(check.required)", classes: ["numeric", check.isMet ? "dim-label" : "warning-text"], xalign: 1)
            gtk_label_set_ellipsize(c(count), PANGO_ELLIPSIZE_NONE)
            gtk_widget_set_valign(c(count), GTK_ALIGN_START)
            gtk_box_append(c(row), c(count))
            let verdict = check.isMet ? tr("met") : tr("not met")
            Widget.setAccessibleLabel(row, "\(check.title): \(verdict), \(check.detail)")
            gtk_box_append(c(box), c(row))
        }

        let table = report.table
        let travel = Label.make(tr("{programme}: travel support ({year})", ["programme": table.programme, "year": String(table.year)]),
                                classes: ["caption-heading"], wrap: true)
        gtk_widget_set_margin_top(c(travel), 8)
        gtk_box_append(c(box), c(travel))
        let grid = raw(gtk_grid_new())
        gtk_grid_set_column_spacing(c(grid), 12)
        gtk_grid_set_row_spacing(c(grid), 4)
        for (index, estimate) in report.travelSupport.enumerated() {
            let row = Int32(index * 2)
            let name = Label.make(estimate.town.name)
            gtk_widget_set_hexpand(c(name), 1)
            gtk_grid_attach(c(grid), c(name), 0, row, 1, 1)
            if let amount = estimate.amount, let band = estimate.band, let km = estimate.wholeKilometres {
                let amountLabel = Label.make(Format.money(amount), classes: ["numeric"], xalign: 1)
                gtk_label_set_ellipsize(c(amountLabel), PANGO_ELLIPSIZE_NONE)
                gtk_grid_attach(c(grid), c(amountLabel), 1, row, 1, 1)
                let how = tr("{km} km, band {band}: {people} people, {green} of them travelling green", ["km": String(km), "band": band.label, "people": String(estimate.participants), "green": String(estimate.greenTravellers)])
                gtk_grid_attach(c(grid), c(Label.make(how, classes: ["dim-label", "caption"], wrap: true)), 0, row + 1, 2, 1)
            } else {
                gtk_grid_attach(c(grid), c(Label.make(estimate.reason ?? "", classes: ["warning-text", "caption"], wrap: true)), 0, row + 1, 2, 1)
            }
        }
        gtk_box_append(c(box), c(grid))
        let total = raw(gtk_box_new(GTK_ORIENTATION_HORIZONTAL, 12))
        let totalTitle = Label.make(tr("Travel support"), classes: ["heading"])
        gtk_widget_set_hexpand(c(totalTitle), 1)
        gtk_box_append(c(total), c(totalTitle))
        let totalAmount = Label.make(Format.money(report.totalTravelSupport), classes: ["heading", "numeric"], xalign: 1)
        gtk_label_set_ellipsize(c(totalAmount), PANGO_ELLIPSIZE_NONE)
        gtk_box_append(c(total), c(totalAmount))
        gtk_box_append(c(box), c(total))
        let variants = tr("If everybody travelled green: {green}; if nobody did: {standard}.", ["green": Format.money(report.totalAllGreen), "standard": Format.money(report.totalAllStandard)])
        gtk_box_append(c(box), c(Label.make(variants, classes: ["dim-label", "caption"], wrap: true)))
        let source = Label.make(tr("Amounts per person from the data file “{title}”; green travel: arrival by bus or train. Nothing is fetched.", ["title": table.source.title]), classes: ["dim-label", "caption"], wrap: true)
        gtk_box_append(c(box), c(source))
    }

    // MARK: - Editing

    func addLine() {
        guard let snapshot else { return }
        BudgetLineForm(context: context, parent: root, snapshot: snapshot, editing: nil).present()
    }

    private func editLine(_ id: Int64) {
        guard let snapshot, let line = snapshot.budgetLines.first(where: { $0.id == id }) else { return }
        BudgetLineForm(context: context, parent: root, snapshot: snapshot, editing: line).present()
    }

    private func deleteLine(_ id: Int64) {
        guard let line = snapshot?.budgetLines.first(where: { $0.id == id }) else { return }
        let store = context.store
        context.perform(tr("Delete {line}", ["line": line.description]),
                        notify: tr("“{line}” deleted", ["line": line.description]),
                        do: { try store.deleteBudgetLine(id: id) })
    }

    private func addFunding() {
        guard let snapshot else { return }
        FundingForm(context: context, parent: root, snapshot: snapshot, editing: nil).present()
    }

    private func editFunding(_ id: Int64) {
        guard let snapshot, let funding = snapshot.funding.first(where: { $0.id == id }) else { return }
        FundingForm(context: context, parent: root, snapshot: snapshot, editing: funding).present()
    }

    private func deleteFunding(_ id: Int64) {
        guard let funding = snapshot?.funding.first(where: { $0.id == id }) else { return }
        let store = context.store
        context.perform(tr("Delete {source}", ["source": funding.source]),
                        notify: tr("“{source}” deleted", ["source": funding.source]),
                        do: { try store.deleteFunding(id: id) })
    }

    private func addRate() {
        guard let snapshot else { return }
        ExchangeRateForm(context: context, parent: root, snapshot: snapshot).present()
    }

    private func deleteRate(_ id: Int64) {
        guard let rate = snapshot?.exchangeRates.first(where: { $0.id == id }) else { return }
        let store = context.store
        let title = tr("Delete the rate {from} → {to}", ["from": rate.from, "to": rate.to])
        context.perform(title, notify: tr("Exchange rate deleted"),
                        do: { try store.deleteExchangeRate(id: id) })
    }

    // MARK: - Problems

    /// Selects a cost line (a problem's "Show").
    func select(line id: Int64) {
        guard let row = lineRows.first(where: { $0.value == id })?.key else { return }
        gtk_list_box_select_row(c(ui["lines_list"]), c(row))
        Widget.grabFocus(row)
    }

    /// Focuses the first line of a category.
    func select(category: BudgetCategory) {
        guard let id = snapshot?.budgetLines.first(where: { $0.category == category })?.id else { return }
        select(line: id)
    }
}
