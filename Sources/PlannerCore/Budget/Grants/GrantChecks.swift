/// Grant checks as data, not code: the EU town-twinning rules and the Erasmus+ travel support
/// table come from data files with their source and year; this applies them to a visit.
public enum GrantChecks {
    /// The checks with the data embedded in PlannerCore.
    public static func evaluate(_ snapshot: VisitSnapshot) -> GrantReport {
        evaluate(snapshot, rules: .cerv, table: .erasmusPlus)
    }

    /// The checks with other data (another year's file, or a test's).
    public static func evaluate(_ snapshot: VisitSnapshot, rules: TwinningRules, table: TravelSupportTable) -> GrantReport {
        GrantReport(rules: rules, checks: rules.checks(for: snapshot), table: table,
                    travelSupport: TravelSupportEstimate.estimates(for: snapshot, table: table))
    }
}
