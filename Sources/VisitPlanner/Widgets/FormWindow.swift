import CGtk
import PlannerCore

/// The shell every form shares: a modal window with Cancel and Save, a label under each field
/// for its problem, and a banner for problems that belong to no field. Forms store nothing until
/// the core accepts the input; then they close.
@MainActor
final class FormWindow {
    let ui: Builder
    let window: GPointer
    private var errorFields: [ValidationIssue.Field: GPointer] = [:]
    private var shownErrors: [GPointer] = []
    /// Builds the record from the fields and stores it.
    var onSave: (() -> SaveOutcome)?
    /// The form controller (VisitForm, ParticipantForm…): kept alive as long as the window.
    var owner: AnyObject?

    init(ui name: String, parent: GPointer, title: String, saveLabel: String) {
        ui = Builder(name)
        window = ui["window"]
        gtk_window_set_title(c(window), title)
        if let root = gtk_widget_get_root(c(parent)) {
            gtk_window_set_transient_for(c(window), c(raw(root)))
        }
        gtk_button_set_label(c(ui["save_button"]), saveLabel)
        gtk_window_set_default_widget(c(window), c(ui["save_button"]))
        onSignal(ui["cancel_button"], "clicked") { [weak self] in self?.close() }
        onSignal(ui["save_button"], "clicked") { [weak self] in self?.save() }
        Widget.closeOnEscape(window)
        // The shell and its form controller live as long as the window is up; closing lets
        // both go (the controller holds the shell, the shell its `owner`: the cycle is broken).
        Widget.keepAlive(self, while: window) { [weak self] in self?.owner = nil }
    }

    /// Shows the problem of `field` on the widget `id` and the label `<field>_error`.
    func bind(_ field: ValidationIssue.Field, to id: String) { errorFields[field] = ui[id] }

    /// Shows the problem of `field` on a widget built in code.
    func bind(_ field: ValidationIssue.Field, to widget: GPointer) { errorFields[field] = widget }

    func present() { gtk_window_present(c(window)) }
    func close() { gtk_window_destroy(c(window)) }

    private func save() {
        clearErrors()
        switch onSave?() ?? .saved {
        case .saved: close()
        case .problems(let issues): show(issues)
        case .failed(let message):
            // The dialog has told why; the form stays open so no typing is lost.
            Label.set(ui["form_error"], message)
            Widget.setVisible(ui["form_error"], true)
        }
    }

    func clearErrors() {
        for widget in shownErrors { Widget.setError(widget, nil) }
        shownErrors.removeAll()
        for field in ValidationIssue.Field.allCases {
            if let label = gtk_builder_get_object(ui.builder, "\(field.rawValue)_error") { Widget.setVisible(GPointer(label), false) }
        }
        Widget.setVisible(ui["form_error"], false)
    }

    /// Puts each problem beside its field and focuses the first wrong field.
    func show(_ issues: [ValidationIssue]) {
        var messages: [ValidationIssue.Field: [String]] = [:]
        for issue in issues where !(messages[issue.field]?.contains(issue.message) ?? false) {
            messages[issue.field, default: []].append(issue.message)
        }
        var unplaced: [String] = []
        var firstWidget: GPointer?
        for issue in issues {
            let text = messages[issue.field]!.joined(separator: "\n")
            if let label = gtk_builder_get_object(ui.builder, "\(issue.field.rawValue)_error") {
                Label.set(GPointer(label), text)
                Widget.setVisible(GPointer(label), true)
                if let widget = errorFields[issue.field] {
                    Widget.setError(widget, text)
                    shownErrors.append(widget)
                    if firstWidget == nil { firstWidget = widget }
                }
            } else {
                unplaced.append(issue.message)
            }
        }
        if !unplaced.isEmpty {
            Label.set(ui["form_error"], unplaced.joined(separator: "\n"))
            Widget.setVisible(ui["form_error"], true)
        }
        if let firstWidget { Widget.grabFocus(firstWidget) }
    }

    /// Check buttons for each case of a vocabulary, in a wrapping row; returns them by case.
    func addChecks<T: Hashable>(to boxId: String, _ items: [(T, String)], selected: [T]) -> [(T, GPointer)] {
        let box = ui[boxId]
        let flow = raw(gtk_flow_box_new())
        gtk_flow_box_set_selection_mode(c(flow), GTK_SELECTION_NONE)
        gtk_flow_box_set_max_children_per_line(c(flow), 4)
        gtk_flow_box_set_column_spacing(c(flow), 6)
        gtk_widget_set_hexpand(c(flow), 1)
        gtk_box_append(c(box), c(flow))
        return items.map { value, label in
            let check = raw(gtk_check_button_new_with_label(label))
            Check.set(check, selected.contains(value))
            gtk_flow_box_append(c(flow), c(check))
            return (value, check)
        }
    }
}

/// How saving a form ended.
enum SaveOutcome {
    case saved
    case problems([ValidationIssue])
    case failed(String)
}

/// Reads typed values from form fields, turning what cannot be read into field problems.
@MainActor
struct FieldReader {
    var issues: [ValidationIssue] = []

    mutating func date(_ widget: GPointer, _ field: ValidationIssue.Field) -> CalendarDate? {
        let text = Editable.value(widget)
        guard !text.isEmpty else { return nil }
        guard let date = CalendarDate(userInput: text) else {
            issues.append(.init(field, .unreadableDate(text)))
            return nil
        }
        return date
    }

    mutating func time(_ widget: GPointer, _ field: ValidationIssue.Field) -> TimeOfDay? {
        let text = Editable.value(widget)
        guard !text.isEmpty else { return nil }
        guard let time = TimeOfDay(text: text) else {
            issues.append(.init(field, .unreadableDate(text)))
            return nil
        }
        return time
    }

    mutating func languages(_ widget: GPointer, _ field: ValidationIssue.Field) -> [LanguageSkill] {
        do { return try LanguageSkill.parseList(Editable.value(widget)) } catch {
            issues.append(.init(field, error))
            return []
        }
    }

    /// A latitude or longitude in decimal degrees ("49.216" or "49,216").
    mutating func coordinate(_ widget: GPointer, _ field: ValidationIssue.Field) -> Double? {
        let text = Editable.value(widget).replacingOccurrences(of: ",", with: ".")
        guard !text.isEmpty else { return nil }
        guard let value = Double(text) else {
            issues.append(.init(field, .unreadableCoordinate(text)))
            return nil
        }
        return value
    }

    mutating func numbers(_ widget: GPointer, _ field: ValidationIssue.Field) -> [Int] {
        var result: [Int] = []
        for part in Editable.value(widget).split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " }) {
            if let n = Int(part) { result.append(n) } else { issues.append(.init(field, .unreadableNumber(String(part)))) }
        }
        return result
    }
}
