import CGtk
import PlannerCore

/// The Overview page: the visit's key figures, guests per partner town, and open problems.
@MainActor
final class OverviewPage: VisitPage {
    let id = "overview"
    var title: String { tr("Overview") }
    private let ui: Builder
    private let context: AppContext
    let root: GPointer
    /// Selects what a problem is about ("Show").
    var onShowProblem: ((VisitProblem.Subject) -> Void)?

    private var snapshot: VisitSnapshot?

    init(context: AppContext) {
        self.context = context
        ui = Builder("overview-page")
        root = ui["root"]
        onSignal(ui["retention_dates_button"], "clicked") { [weak self] in
            guard let self, let snapshot = self.snapshot else { return }
            RetentionForm(context: self.context, parent: self.root, snapshot: snapshot).present()
        }
        onSignal(ui["apply_retention_button"], "clicked") { [weak self] in
            guard let self, let id = self.snapshot?.visit.id else { return }
            ApplyRetentionDialog.present(context: self.context, parent: self.root, visitId: id)
        }
    }

    func update(_ snapshot: VisitSnapshot) {
        self.snapshot = snapshot
        let figures = VisitOverview(snapshot)
        let problems = ProblemFinder.problems(in: snapshot)
        fillStats(figures, problemCount: problems.count)
        fillTowns(figures)
        fillProblems(problems)
        fillDataProtection(DataProtectionSummary(snapshot))
    }

    /// Scrolls to the Data Protection section ("Show" of a retention problem).
    func showDataProtection() {
        Widget.grabFocus(ui[gtk_widget_get_sensitive(c(ui["apply_retention_button"])) != 0 ? "apply_retention_button" : "retention_dates_button"])
    }

    private func fillDataProtection(_ summary: DataProtectionSummary) {
        let box = ui["retention_periods"]
        Widget.removeAllChildren(ofBox: box)
        for period in [summary.health, summary.evidence] {
            let column = raw(gtk_box_new(GTK_ORIENTATION_VERTICAL, 4))
            gtk_box_append(c(column), c(Label.make(period.title, classes: ["heading"], xalign: 0)))
            gtk_box_append(c(column), c(Label.make(period.covers, classes: ["dim-label"], xalign: 0, wrap: true)))
            gtk_box_append(c(column), c(Label.make(period.dateLine, xalign: 0, wrap: true)))
            if let reason = period.reason { gtk_box_append(c(column), c(Label.make(reason, classes: ["dim-label"], xalign: 0, wrap: true))) }
            let status = Label.make(period.statusLine, classes: period.status == .due ? ["warning-text"] : [], xalign: 0, wrap: true)
            gtk_box_append(c(column), c(status))
            for line in period.held { gtk_box_append(c(column), c(Label.make("• " + line, xalign: 0, wrap: true))) }
            Widget.setAccessibleLabel(column, period.title)
            gtk_box_append(c(box), c(column))
        }
        Label.set(ui["kept_label"], ([summary.keptForReports] + summary.keptFigures.map { "• " + $0 }).joined(separator: "\n"))
        Label.set(ui["households_note"], summary.householdsNote)
        let apply = ui["apply_retention_button"]
        Widget.setSensitive(apply, summary.isDue)
        if summary.isDue { Widget.addClass(apply, "destructive-action") } else { Widget.removeClass(apply, "destructive-action") }
        Widget.setTooltip(apply, summary.isDue ? tr("Erase what is past its date, after a list of what goes")
                                               : tr("Nothing is past its date: health and contact data is kept until {health}, grant evidence until {evidence}.", ["health": summary.health.until.description, "evidence": summary.evidence.until.description]))
    }

    private func fillStats(_ f: VisitOverview, problemCount: Int) {
        let flow = ui["stats"]
        while let child = gtk_widget_get_first_child(c(flow)) { gtk_flow_box_remove(c(flow), child) }
        let bedsState = f.bedsOffered >= f.bedsNeeded ? "good" : "bad"
        let stats: [(String, String, String?)] = [
            (String(f.guests), trn("guest from partner towns", "guests from partner towns", f.guests), nil),
            (String(f.minors), trn("minor", "minors", f.minors), nil),
            ("\(f.bedsOffered) / \(f.bedsNeeded)", tr("beds offered / needed"), bedsState),
            (String(f.householdsOffered), trn("host family offering beds", "host families offering beds", f.householdsOffered), nil),
            (String(f.householdsWithoutValidCheck), tr("of them without a valid safeguarding check"), f.householdsWithoutValidCheck > 0 ? "warning" : nil),
            (String(problemCount), trn("open problem", "open problems", problemCount), problemCount > 0 ? "warning" : "good"),
        ]
        for (value, caption, state) in stats {
            let card = raw(gtk_box_new(GTK_ORIENTATION_VERTICAL, 4))
            Widget.addClass(card, "card")
            Widget.addClass(card, "stat-card")
            let number = Label.make(value, classes: ["stat-value"] + (state.map { ["stat-\($0)"] } ?? []), xalign: 0)
            gtk_box_append(c(card), c(number))
            gtk_box_append(c(card), c(Label.make(caption, classes: ["dim-label"], xalign: 0, wrap: true)))
            Widget.setAccessibleLabel(card, "\(value) \(caption)")
            gtk_flow_box_append(c(flow), c(card))
        }
    }

    private func fillTowns(_ f: VisitOverview) {
        let grid = ui["towns_grid"]
        while let child = gtk_widget_get_first_child(c(grid)) { gtk_grid_remove(c(grid), child) }
        let headers = [tr("Town"), tr("Guests"), tr("Minors")]
        for (column, text) in headers.enumerated() {
            gtk_grid_attach(c(grid), c(Label.make(text, classes: ["dim-label", "caption-heading"], xalign: column == 0 ? 0 : 1)), Int32(column), 0, 1, 1)
        }
        for (index, entry) in f.perTown.enumerated() {
            let row = Int32(index + 1)
            let name = Label.make(entry.town.label, xalign: 0)
            gtk_widget_set_hexpand(c(name), 1)
            gtk_grid_attach(c(grid), c(name), 0, row, 1, 1)
            gtk_grid_attach(c(grid), c(Label.make(String(entry.guests), classes: ["numeric"], xalign: 1)), 1, row, 1, 1)
            gtk_grid_attach(c(grid), c(Label.make(String(entry.minors), classes: ["numeric"], xalign: 1)), 2, row, 1, 1)
        }
        let total = Int32(f.perTown.count + 1)
        gtk_grid_attach(c(grid), c(Label.make(tr("All partner towns"), classes: ["heading"], xalign: 0)), 0, total, 1, 1)
        gtk_grid_attach(c(grid), c(Label.make(String(f.guests), classes: ["heading", "numeric"], xalign: 1)), 1, total, 1, 1)
        gtk_grid_attach(c(grid), c(Label.make(String(f.perTown.reduce(0) { $0 + $1.minors }), classes: ["heading", "numeric"], xalign: 1)), 2, total, 1, 1)
    }

    private func fillProblems(_ problems: [VisitProblem]) {
        Label.set(ui["problems_heading"], tr("Open Problems ({count})", ["count": String(problems.count)]))
        Widget.setVisible(ui["no_problems_label"], problems.isEmpty)
        let list = ui["problems_list"]
        Widget.setVisible(list, !problems.isEmpty)
        Widget.removeAllRows(ofListBox: list)
        for problem in problems.prefix(50) {
            let box = raw(gtk_box_new(GTK_ORIENTATION_HORIZONTAL, 10))
            Widget.addClass(box, "problem-row")
            let icon = raw(gtk_image_new_from_icon_name(problem.severity == .error ? "dialog-error-symbolic" : "dialog-warning-symbolic"))
            Widget.addClass(icon, problem.severity == .error ? "error" : "warning")
            Widget.setAccessibleLabel(icon, problem.severity == .error ? tr("Error") : tr("Warning"))
            gtk_box_append(c(box), c(icon))
            let text = Label.make(problem.message, xalign: 0, wrap: true)
            gtk_widget_set_hexpand(c(text), 1)
            gtk_box_append(c(box), c(text))
            let show = raw(gtk_button_new_with_label(tr("Show")))
            Widget.addClass(show, "flat")
            gtk_widget_set_valign(c(show), GTK_ALIGN_CENTER)
            Widget.setAccessibleLabel(show, tr("Show: {problem}", ["problem": problem.message]))
            let subject = problem.subject
            onSignal(show, "clicked") { [weak self] in self?.onShowProblem?(subject) }
            gtk_box_append(c(box), c(show))
            gtk_list_box_append(c(list), c(box))
        }
    }
}
