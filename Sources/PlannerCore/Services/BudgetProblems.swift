extension ProblemFinder {
    /// Categories paid beyond plan, amounts that cannot be converted, per-person lines that
    /// count nobody (a filter for a town with no guests yet, say), and grant rules not met.
    static func budgetProblems(in snapshot: VisitSnapshot) -> [VisitProblem] {
        guard !snapshot.budgetLines.isEmpty || !snapshot.funding.isEmpty else { return [] }
        let report = BudgetReport(snapshot)
        var found: [VisitProblem] = []
        for total in report.categories where total.isOverPlanned {
            found.append(.init(severity: .warning, subject: .budgetCategory(total.category),
                               message: tr("{category}: {actual} spent of {planned} planned", ["category": total.category.displayName, "actual": total.actual.description, "planned": total.planned.description])))
        }
        for currency in report.missingRates {
            found.append(.init(severity: .error, subject: .budget,
                               message: tr("No exchange rate from {from} to {to}: those amounts are left out of the totals", ["from": currency, "to": report.reportingCurrency])))
        }
        for figures in report.lines where figures.people == 0 {
            found.append(.init(severity: .warning, subject: .budgetLine(figures.id),
                               message: tr("“{line}” counts nobody ({filter})", ["line": figures.line.description, "filter": figures.line.filter.displayName(in: snapshot.details)])))
        }
        // The twinning rules matter once the committee counts on a grant.
        if snapshot.funding.contains(where: { $0.kind == .grant }) {
            for check in GrantChecks.evaluate(snapshot).checks where !check.isMet {
                found.append(.init(severity: .warning, subject: .budget,
                                   message: tr("Grant rule not met: {rule}. {detail}", ["rule": check.title, "detail": check.detail])))
            }
        }
        return found
    }
}
