import CGtk
import PlannerCore

/// A row of the visit list in the sidebar: title, dates and partner towns.
@MainActor
enum VisitRow {
    static func make(_ summary: VisitSummary) -> GPointer {
        let details = summary.details
        let box = raw(gtk_box_new(GTK_ORIENTATION_VERTICAL, 2))
        Widget.addClass(box, "visit-row")
        gtk_box_append(c(box), c(Label.make(details.visit.title, classes: ["heading"])))
        gtk_box_append(c(box), c(Label.make(Format.dateRange(details.visit.startDate, details.visit.endDate), classes: ["caption", "dim-label"])))
        let towns = details.partnerTowns.map(\.name).joined(separator: ", ")
        gtk_box_append(c(box), c(Label.make(towns, classes: ["caption", "dim-label"])))
        let row = raw(gtk_list_box_row_new())
        gtk_list_box_row_set_child(c(row), c(box))
        Widget.setAccessibleLabel(row, details.visit.title)
        Widget.setTooltip(row, "\(details.visit.title)\n\(details.hostTown.name) · \(towns)")
        return row
    }
}
