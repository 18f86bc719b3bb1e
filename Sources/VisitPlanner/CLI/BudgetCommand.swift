import ArgumentParser
import PlannerCore

/// `visitplanner budget --visit V`: the budget lines grouped by category, totals per category
/// and per currency, the funding, the balance, the cost per participant, who pays what, and
/// the exchange rates used or missing. All figures come from `BudgetReport` (exact; amounts
/// are shown rounded to the currency's minor unit, plainly, as in the JSON: "18000.00 CZK").
struct BudgetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "budget",
        abstract: tr("Show a visit's budget: lines, totals per category and currency, funding, balance, cost per participant."))

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(tr("The visit: its id or exact title."), valueName: "visit"))
    var visit: String

    func run() throws {
        let store = try global.openStore()
        let details = try store.findVisit(visit)
        guard let snapshot = try store.snapshot(ofVisit: details.id) else {
            throw PlannerError.notFound(.visit, key: visit)
        }
        let report = BudgetReport(snapshot)
        let grants = GrantChecks.evaluate(snapshot)
        if global.json {
            try JSONOutput.print(BudgetJSON(report, snapshot: snapshot, grants: grants))
            return
        }
        Console.out(BudgetText(report: report, details: details, grants: grants).render())
    }
}

/// The readable output of `budget`: sections separated by blank lines.
struct BudgetText {
    let report: BudgetReport
    let details: VisitDetails
    let grants: GrantReport

    func render() -> String {
        var sections = [heading()]
        sections.append(report.lines.isEmpty ? tr("No budget lines yet.") : lines())
        if !report.currencyTotals.isEmpty { sections.append(currencyTotals()) }
        sections.append(funding())
        sections.append(totals())
        if !report.payerShares.isEmpty { sections.append(payerShares()) }
        sections.append(rates())
        sections.append(grantChecks())
        return sections.joined(separator: "\n\n")
    }

    private var currency: String { report.reportingCurrency }

    private func heading() -> String {
        TextFormat.visitHeading(details) + "\n" + tr("Reporting currency: {currency}", ["currency": currency])
    }

    /// One table for all lines, so the columns line up across categories; each category's
    /// lines follow its name and end with its totals.
    private func lines() -> String {
        var table = TextTable([
            .init(title: tr("LINE")),
            .init(title: tr("QUANTITY"), alignment: .right),
            .init(title: tr("UNIT PRICE"), alignment: .right),
            .init(title: tr("PLANNED"), alignment: .right),
            .init(title: tr("PLANNED ({currency})", ["currency": currency]), alignment: .right),
            .init(title: tr("ACTUAL"), alignment: .right),
        ])
        var headings: [Int: String] = [:]
        for total in report.categories {
            headings[table.rows.count] = total.category.displayName
            for figures in report.lines where figures.line.category == total.category {
                table.append(["  " + figures.line.description, figures.quantityDescription,
                              figures.line.unitPrice.description, figures.planned.description,
                              figures.plannedConverted?.result.description ?? tr("no rate"),
                              actual(figures)])
            }
            table.append(["  " + tr("Total {category}", ["category": total.category.displayName]), "", "", "",
                          total.planned.description, total.actual.description + (total.isOverPlanned ? " !" : "")])
        }
        let rendered = table.render().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var output = [tr("Costs")]
        output.append(rendered[0])
        for (index, row) in rendered.dropFirst().enumerated() {
            if let heading = headings[index] { output.append(heading) }
            output.append(row)
        }
        if report.categories.contains(where: \.isOverPlanned) {
            output.append(tr("! more spent than planned"))
        }
        return output.joined(separator: "\n")
    }

    /// The paid amount in the line's currency, and converted when that differs.
    private func actual(_ figures: BudgetLineFigures) -> String {
        guard let paid = figures.line.actual?.amount else { return TextFormat.none }
        guard paid.currency != currency else { return paid.description }
        return "\(paid.description) = \(figures.actualConverted?.result.description ?? tr("no rate"))"
    }

    private func currencyTotals() -> String {
        var table = TextTable([
            .init(title: tr("CURRENCY")),
            .init(title: tr("PLANNED"), alignment: .right),
            .init(title: tr("ACTUAL"), alignment: .right),
        ])
        for total in report.currencyTotals {
            table.append([total.currency, total.planned.description, total.actual.description])
        }
        return tr("Totals per currency (not converted)") + "\n" + table.render()
    }

    private func funding() -> String {
        guard !report.funding.isEmpty else { return tr("Funding") + "\n" + tr("No funding yet.") }
        var table = TextTable([
            .init(title: tr("SOURCE")),
            .init(title: tr("KIND")),
            .init(title: tr("STATUS")),
            .init(title: tr("AMOUNT"), alignment: .right),
            .init(title: tr("IN {currency}", ["currency": currency]), alignment: .right),
        ])
        for figures in report.funding {
            let source = figures.funding
            var amount = tr("not known yet")
            if let money = source.amount {
                amount = money.description
                if let people = figures.people, let total = figures.total {
                    amount = "\(money.description) × \(people) = \(total.description)"
                }
            }
            let converted = source.amount == nil ? TextFormat.none
                : figures.converted?.result.description ?? tr("no rate")
            table.append([source.source, source.kind.displayName, source.status.displayName, amount, converted])
        }
        return tr("Funding") + "\n" + table.render()
    }

    private func totals() -> String {
        let rows: [(String, String)] = [
            (tr("Planned costs"), report.plannedTotal.description),
            (tr("Actual costs"), report.actualTotal.description),
            (tr("Funding"), report.fundingTotal.description),
            (tr("Received"), report.fundingReceived.description),
            (report.balance.rounded().isNegative ? tr("Balance (a gap to close)") : tr("Balance"),
             report.balance.description),
            (tr("Participants"), String(report.participantCount)),
            (tr("Cost per participant"), report.costPerParticipant?.description ?? TextFormat.none),
        ]
        var text = tr("Totals ({currency})", ["currency": currency]) + "\n" + Self.keyValues(rows)
        let unknown = report.funding.filter { $0.funding.amount == nil }
        if !unknown.isEmpty {
            text += "\n  " + tr("Not counted, amount not known yet: {sources}", ["sources": unknown.map(\.funding.source).joined(separator: ", ")])
        }
        return text
    }

    private func payerShares() -> String {
        var table = TextTable([
            .init(title: tr("TOWN")),
            .init(title: tr("PAYS (PLANNED)"), alignment: .right),
        ])
        for share in report.payerShares { table.append([share.town.label, share.planned.description]) }
        return tr("Who pays what") + "\n" + table.render()
    }

    private func rates() -> String {
        var output: [String] = []
        if !report.missingRates.isEmpty {
            output.append(tr("Missing exchange rates"))
            for code in report.missingRates {
                output.append("  " + tr("No rate from {from} to {to}: those amounts are left out of the totals", ["from": code, "to": currency]))
            }
            output.append("")
        }
        output.append(tr("Exchange rates used"))
        let used = report.ratesUsed
        if used.isEmpty { output.append("  " + tr("none")) }
        for (rate, inverted) in used {
            var text = "  1 \(rate.from) = \(DecimalJSON.text(rate.rate)) \(rate.to) (\(rate.date))"
            if inverted { text += ", " + tr("used the other way round") }
            output.append(text)
        }
        return output.joined(separator: "\n")
    }

    /// The town-twinning rules met or not, with counts, and the travel support per partner town,
    /// each under the name and year of its data file.
    private func grantChecks() -> String {
        var output = [tr("Grant checks: {strand} {call} ({year})", ["strand": grants.rules.strand, "call": grants.rules.call, "year": String(grants.rules.year)])]
        for check in grants.checks {
            let verdict = check.isMet ? tr("met") : tr("NOT MET")
            output.append("  [\(verdict)] \(check.title): \(check.count) / \(check.required). \(check.detail)")
        }
        output.append("")
        output.append(tr("{programme} travel support ({year}), from “{title}”", ["programme": grants.table.programme, "year": String(grants.table.year), "title": grants.table.source.title]))
        var table = TextTable([
            .init(title: tr("TOWN")), .init(title: tr("KM"), alignment: .right), .init(title: tr("BAND")),
            .init(title: tr("PEOPLE"), alignment: .right), .init(title: tr("GREEN"), alignment: .right),
            .init(title: tr("AMOUNT"), alignment: .right),
        ])
        for estimate in grants.travelSupport {
            table.append([estimate.town.name, estimate.wholeKilometres.map(String.init) ?? TextFormat.none,
                          estimate.band?.label ?? TextFormat.none, String(estimate.participants), String(estimate.greenTravellers),
                          estimate.amount?.description ?? (estimate.reason ?? TextFormat.none)])
        }
        output.append(table.render())
        output.append(Self.keyValues([
            (tr("Travel support"), grants.totalTravelSupport.description),
            (tr("If everybody travelled green"), grants.totalAllGreen.description),
            (tr("If nobody travelled green"), grants.totalAllStandard.description),
        ]))
        return output.joined(separator: "\n")
    }

    /// "Label:   value" lines, the values right-aligned so amounts line up on their decimals.
    static func keyValues(_ rows: [(String, String)]) -> String {
        var table = TextTable([.init(title: ""), .init(title: "", alignment: .right)])
        for (key, value) in rows { table.append(["  " + key + ":", value]) }
        // The header row is blank: drop it.
        return table.render().split(separator: "\n", omittingEmptySubsequences: false).dropFirst().joined(separator: "\n")
    }
}
