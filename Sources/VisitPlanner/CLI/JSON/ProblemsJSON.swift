import PlannerCore

/// `problems --json`: the counts, then every problem, errors first. Every key is always present.
struct ProblemsJSON: Encodable {
    struct SubjectJSON: Encodable {
        /// `visit`, `participant`, `household`, `budget`, `budget-line`, `budget-category`, `programme-item`.
        let kind: String
        /// The subject's id; null for the budget as a whole and for a budget category.
        @ExplicitNull var id: Int64?
        /// `BudgetCategory` raw value for `budget-category`; else null.
        @ExplicitNull var category: String?
        /// The visit's title, the person's full name, the household's or line's name, the item's title.
        let name: String
    }

    struct ProblemJSON: Encodable {
        /// `error` or `warning`.
        let severity: String
        let message: String
        let subject: SubjectJSON
    }

    let visit: VisitJSON
    let errors: Int
    let warnings: Int
    let problems: [ProblemJSON]

    init(_ problems: [VisitProblem], visit: VisitJSON, snapshot: VisitSnapshot) {
        self.visit = visit
        errors = problems.filter { $0.severity == .error }.count
        warnings = problems.count - errors
        self.problems = problems.map { problem in
            let subject = ProblemSubject(problem.subject, in: snapshot)
            return ProblemJSON(severity: problem.severity.rawValue, message: problem.message,
                               subject: SubjectJSON(kind: subject.kind, id: subject.id, category: subject.category, name: subject.name))
        }
    }
}
