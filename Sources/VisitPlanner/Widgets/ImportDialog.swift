import CGtk
import Foundation
import PlannerCore

/// Imports a registration spreadsheet into a visit: the user chooses the town first when the file
/// has no town column (never guessed), checks how the file was read (encoding, separator) and
/// what each column holds, sees every row's town, outcome, problems and, for rows already
/// stored, each field an update would change; decides per row (or for all) to update, skip or
/// add as new, confirms the town when the rows look foreign, and imports in one undoable step.
@MainActor
final class ImportDialog {
    private let ui: Builder
    let window: GPointer
    private let context: AppContext
    private let snapshot: VisitSnapshot
    private let kind: ImportKind
    private let path: String
    /// The spreadsheet and its mapping; nil for a partner exchange file, which needs neither.
    private var table: SpreadsheetTable!
    private var mapping: ImportMapping!
    private var preview: ImportPreview?
    /// The towns the user can choose from: the visit's partner towns, then the host town.
    private let towns: [Town]
    /// The town chosen in the town step (participants without a town column); never preset.
    private var chosenTown: Town?
    /// The town step's radio buttons, one per town.
    private var townButtons: [GPointer] = []

    /// The whole Import… action of a page: the file chooser, then this dialog. The snapshot is
    /// read when the file is chosen, so the preview compares against the data of that moment.
    static func chooseAndOpen(context: AppContext, parent: GPointer, kind: ImportKind,
                              snapshot: @escaping @MainActor () -> VisitSnapshot?) {
        let title = kind == .participants ? tr("Choose the Participants’ Spreadsheet") : tr("Choose the Host Families’ Spreadsheet")
        FileChooser.open(parent: parent, title: title) { path in
            guard let current = snapshot() else { return }
            open(context: context, parent: parent, snapshot: current, kind: kind, path: path)
        }
    }

    /// Reads the file and opens the dialog; a file that cannot be read is explained in a dialog.
    static func open(context: AppContext, parent: GPointer, snapshot: VisitSnapshot, kind: ImportKind, path: String) {
        do {
            let table = try SpreadsheetReader.read(contentsOf: path)
            let mapping = try context.store.suggestedMapping(for: table, kind: kind)
            ImportDialog(context: context, parent: parent, snapshot: snapshot, kind: kind, path: path, table: table, mapping: mapping).present()
        } catch let error as ImportError {
            context.showError(tr("Cannot import “{file}”", ["file": (path as NSString).lastPathComponent]), error.message)
        } catch {
            context.showError(tr("Cannot import “{file}”", ["file": (path as NSString).lastPathComponent]),
                              (error as? PlannerError)?.message ?? "\(error)")
        }
    }

    /// Opens the dialog on a ready preview (a partner town's exchange file): no mapping step.
    static func openPreview(context: AppContext, parent: GPointer, snapshot: VisitSnapshot, preview: ImportPreview, fileName: String) {
        let dialog = ImportDialog(context: context, parent: parent, snapshot: snapshot, kind: preview.kind, path: fileName,
                                  table: nil, mapping: nil)
        dialog.preview = preview
        dialog.fillPreview()
        dialog.showStep("preview")
        Widget.setVisible(dialog.ui["back_button"], false)
        gtk_window_set_title(c(dialog.window), tr("Import a Partner Town’s File"))
        dialog.present()
    }

    private init(context: AppContext, parent: GPointer, snapshot: VisitSnapshot, kind: ImportKind, path: String,
                 table: SpreadsheetTable?, mapping: ImportMapping?) {
        self.context = context
        self.snapshot = snapshot
        self.kind = kind
        self.path = path
        self.table = table
        self.mapping = mapping
        towns = snapshot.details.partnerTowns + [snapshot.details.hostTown]
        ui = Builder("import-dialog")
        window = ui["window"]
        if let root = gtk_widget_get_root(c(parent)) { gtk_window_set_transient_for(c(window), c(raw(root))) }
        gtk_window_set_title(c(window), kind == .participants ? tr("Import Participants") : tr("Import Host Families"))
        DropDown.fill(ui["encoding_dropdown"], SpreadsheetEncoding.choices.map(\.displayName))
        DropDown.fill(ui["delimiter_dropdown"], SpreadsheetDelimiter.allCases.map(\.displayName))
        DropDown.fill(ui["all_choice_dropdown"], DuplicateChoice.allCases.map(\.displayName))
        if table != nil {
            showReadChoices()
            fillMapping()
        }
        fillTownChoices()
        onSignal(ui["encoding_dropdown"], "notify::selected") { [weak self] (_: GPointer?) in self?.readAgain() }
        onSignal(ui["delimiter_dropdown"], "notify::selected") { [weak self] (_: GPointer?) in self?.readAgain() }
        onSignal(ui["cancel_button"], "clicked") { [weak self] in self?.close() }
        onSignal(ui["back_button"], "clicked") { [weak self] in self?.back() }
        onSignal(ui["next_button"], "clicked") { [weak self] in self?.next() }
        onSignal(ui["accept_all_button"], "clicked") { [weak self] in
            self?.preview?.acceptAllWarnings()
            self?.fillPreview()
        }
        onSignal(ui["confirm_town_check"], "toggled") { [weak self] in
            guard let self else { return }
            self.preview?.confirmTown(Check.isActive(self.ui["confirm_town_check"]))
            self.updateSummary()
        }
        onSignal(ui["change_town_button"], "clicked") { [weak self] in self?.showStep("town") }
        onSignal(ui["all_choice_dropdown"], "notify::selected") { [weak self] (_: GPointer?) in
            guard let self, !self.fillingPreview else { return }
            self.preview?.chooseForAll(DuplicateChoice.allCases[DropDown.selected(self.ui["all_choice_dropdown"])])
            self.fillPreview()
        }
        showStep(needsTownStep ? "town" : "mapping")
        Widget.keepAlive(self, while: window)
    }

    func present() { gtk_window_present(c(window)) }
    private func close() { gtk_window_destroy(c(window)) }

    private var step: String { gtk_stack_get_visible_child_name(c(ui["steps"])).map { String(cString: $0) } ?? "mapping" }

    private func showStep(_ name: String) {
        gtk_stack_set_visible_child_name(c(ui["steps"]), name)
        Widget.setVisible(ui["back_button"], name == "preview" || (name == "mapping" && needsTownStep))
        switch name {
        case "town":
            gtk_button_set_label(c(ui["next_button"]), tr("Next"))
            Widget.setSensitive(ui["next_button"], chosenTown != nil)
        case "mapping":
            gtk_button_set_label(c(ui["next_button"]), tr("Preview"))
            Widget.setSensitive(ui["next_button"], true)
        default: break
        }
    }

    private func next() {
        switch step {
        case "town": showStep("mapping")
        case "mapping": makePreview()
        default: runImport()
        }
    }

    private func back() {
        showStep(step == "preview" ? "mapping" : "town")
    }

    // MARK: - Town

    /// Participants from a file without a town column: the user says where they come from.
    private var needsTownStep: Bool {
        kind == .participants && mapping != nil && mapping.column(of: .town) == nil
    }

    /// One radio button per town, none chosen; above them what the file itself suggests.
    private func fillTownChoices() {
        guard kind == .participants, let table else { return }
        let box = ui["town_choices"]
        for town in towns {
            let button = raw(gtk_check_button_new_with_label(town.label))
            if let first = townButtons.first { gtk_check_button_set_group(c(button), c(first)) }
            onSignal(button, "toggled") { [weak self] in
                guard let self, Check.isActive(button) else { return }
                self.chosenTown = town
                if self.step == "town" { Widget.setSensitive(self.ui["next_button"], true) }
            }
            townButtons.append(button)
            gtk_box_append(c(box), c(button))
        }
        Label.set(ui["town_file_label"], tr("{file}: {rows} rows, {columns} columns", ["file": (path as NSString).lastPathComponent, "rows": String(table.rows.count), "columns": String(table.header.count)]))
        // What the rows say (header language, phone codes, native languages), as a hint only.
        let hint = try? context.store.previewImport(table, mapping: mapping, options: ImportOptions(visitId: snapshot.visit.id!),
                                                    today: context.today).origin?.hint(among: towns)
        Label.set(ui["town_hint_label"], hint ?? "")
        Widget.setVisible(ui["town_hint_label"], hint != nil)
    }

    // MARK: - How the file was read

    private var updatingChoices = false

    private func showReadChoices() {
        updatingChoices = true
        DropDown.select(ui["encoding_dropdown"], SpreadsheetEncoding.choices.firstIndex(of: table.encoding) ?? 0)
        DropDown.select(ui["delimiter_dropdown"], SpreadsheetDelimiter.allCases.firstIndex(of: table.delimiter) ?? 0)
        updatingChoices = false
        let name = (path as NSString).lastPathComponent
        Label.set(ui["file_label"], tr("{file}: {rows} rows, {columns} columns", ["file": name, "rows": String(table.rows.count), "columns": String(table.header.count)]))
        Label.set(ui["encoding_note"], table.encodingIsGuess
                  ? tr("The file does not say how its text is encoded; this is a guess. If names look wrong (Ã© instead of é), choose another encoding.")
                  : "")
        Widget.setVisible(ui["encoding_note"], table.encodingIsGuess)
    }

    private func readAgain() {
        guard !updatingChoices else { return }
        let encoding = SpreadsheetEncoding.choices[DropDown.selected(ui["encoding_dropdown"])]
        let delimiter = SpreadsheetDelimiter.allCases[DropDown.selected(ui["delimiter_dropdown"])]
        do {
            table = try SpreadsheetReader.read(contentsOf: path, encoding: encoding, delimiter: delimiter)
            mapping = try context.store.suggestedMapping(for: table, kind: kind)
            showReadChoices()
            fillMapping()
        } catch let error as ImportError {
            context.showError(tr("Cannot read the file that way"), error.message)
            showReadChoices()
        } catch {
            context.showError(tr("Cannot read the file that way"), (error as? PlannerError)?.message ?? "\(error)")
        }
    }

    // MARK: - Columns

    private func fillMapping() {
        let grid = ui["mapping_grid"]
        while let child = gtk_widget_get_first_child(c(grid)) { gtk_grid_remove(c(grid), child) }
        for (column, text) in [tr("Column in the file"), tr("First values"), tr("Imported as")].enumerated() {
            gtk_grid_attach(c(grid), c(Label.make(text, classes: ["dim-label", "caption-heading"])), Int32(column), 0, 1, 1)
        }
        let fields = kind.fields
        for (index, header) in table.header.enumerated() {
            let row = Int32(index + 1)
            gtk_grid_attach(c(grid), c(Label.make(header, classes: ["heading"])), 0, row, 1, 1)
            let samples = table.rows.prefix(3).map { $0.cells[index] }.filter { !$0.isEmpty }.joined(separator: " · ")
            let sample = Label.make(samples.isEmpty ? "—" : samples, classes: ["dim-label"])
            gtk_label_set_max_width_chars(c(sample), 40)
            gtk_widget_set_hexpand(c(sample), 1)
            gtk_grid_attach(c(grid), c(sample), 1, row, 1, 1)
            let dropdown = raw(gtk_drop_down_new(nil, nil))
            DropDown.fill(dropdown, fields.map(\.displayName))
            DropDown.select(dropdown, fields.firstIndex(of: mapping.field(ofColumn: index)) ?? 0)
            Widget.setAccessibleLabel(dropdown, tr("Column “{header}” imported as", ["header": header]))
            onSignal(dropdown, "notify::selected") { [weak self] (_: GPointer?) in
                guard let self else { return }
                let chosen = fields[DropDown.selected(dropdown)]
                guard chosen != self.mapping.field(ofColumn: index) else { return }
                self.mapping.set(chosen, forColumn: index)
                // A field that takes one column left its previous column: show that, after this
                // dropdown's own signal has returned.
                idleAdd { [weak self] in
                    self?.fillMapping()
                    return false
                }
            }
            gtk_grid_attach(c(grid), c(dropdown), 2, row, 1, 1)
        }
    }

    // MARK: - Preview

    private func makePreview() {
        // A mapping without a town column needs the town step first.
        if needsTownStep && chosenTown == nil {
            showStep("town")
            return
        }
        let options = ImportOptions(visitId: snapshot.visit.id!, townId: kind == .participants ? chosenTown?.id : nil)
        do {
            preview = try context.store.previewImport(table, mapping: mapping, options: options, today: context.today)
        } catch {
            context.showError(tr("Cannot preview the import"), error.message)
            return
        }
        fillPreview()
        showStep("preview")
    }

    /// Rows shown at most: every row with a problem or a choice, then plain rows up to this.
    private static let plainRowsShown = 300

    /// Set while the preview's widgets are filled, so their signals do not act on the preview.
    private var fillingPreview = false

    private func fillPreview() {
        guard let preview else { return }
        fillingPreview = true
        defer { fillingPreview = false }
        fillOrigin()
        let matched = preview.rows.filter { $0.existingId != nil }
        Widget.setVisible(ui["all_choice_box"], !matched.isEmpty)
        if let first = matched.first?.duplicateChoice, matched.allSatisfy({ $0.duplicateChoice == first }) {
            DropDown.select(ui["all_choice_dropdown"], DuplicateChoice.allCases.firstIndex(of: first) ?? 0)
        }
        let list = ui["rows_list"]
        Widget.removeAllRows(ofListBox: list)
        for problem in preview.fileProblems {
            gtk_list_box_append(c(list), c(Label.make("✕ " + problem.description, classes: ["blocker", "problem-row"], wrap: true)))
        }
        var plain = 0
        for index in preview.rows.indices {
            let row = preview.rows[index]
            let notable = row.hasErrors || row.hasWarnings || row.existingId != nil || !row.originSigns.isEmpty
            if !notable {
                plain += 1
                if plain > Self.plainRowsShown { continue }
            }
            gtk_list_box_append(c(list), c(rowWidget(index)))
        }
        if plain > Self.plainRowsShown {
            gtk_list_box_append(c(list), c(Label.make(trn("{count} more rows without problems.", "{count} more rows without problems.", plain - Self.plainRowsShown),
                                                      classes: ["dim-label", "problem-row"])))
        }
        updateSummary()
    }

    /// The warning that rows look as if they came from elsewhere than their town, with the
    /// confirmation it needs.
    private func fillOrigin() {
        guard let preview else { return }
        let warnings = preview.originWarnings
        Widget.setVisible(ui["origin_box"], !warnings.isEmpty)
        Label.set(ui["origin_label"], warnings.map { "⚠ " + $0.message }.joined(separator: "\n"))
        Check.set(ui["confirm_town_check"], preview.townConfirmed)
        Widget.setVisible(ui["change_town_button"], needsTownStep)
    }

    private func rowWidget(_ index: Int) -> GPointer {
        let row = preview!.rows[index]
        let box = raw(gtk_box_new(GTK_ORIENTATION_VERTICAL, 3))
        Widget.addClass(box, "problem-row")
        let header = raw(gtk_box_new(GTK_ORIENTATION_HORIZONTAL, 8))
        let title = Label.make(tr("Row {n}: {label}", ["n": String(row.number), "label": row.label]), classes: ["heading"])
        gtk_widget_set_hexpand(c(title), 1)
        gtk_box_append(c(header), c(title))
        let outcome = Label.make(row.outcome.displayName, classes: ["caption", "outcome-\(row.outcome.rawValue)"])
        gtk_box_append(c(header), c(outcome))
        gtk_box_append(c(box), c(header))
        // What will be stored, so values can be checked before importing.
        var facts: [String] = []
        if let p = row.participant {
            let town = p.townId.flatMap { id in towns.first { $0.id == id }?.label } ?? tr("no town")
            facts = [town, p.birthDate.map(Format.short) ?? "", Format.languages(p.languages), Format.needs(p), p.email].filter { !$0.isEmpty }
        } else if let h = row.household {
            facts = [trn("{count} bed", "{count} beds", h.beds), h.pets.map(\.displayName).joined(separator: ", "), Format.languages(h.languages),
                     h.checkValidUntil.map { tr("check valid until {date}", ["date": Format.short($0)]) } ?? ""]
                .filter { !$0.isEmpty }
        }
        if !facts.isEmpty { gtk_box_append(c(box), c(Label.make(facts.joined(separator: " · "), classes: ["dim-label", "caption"], wrap: true))) }
        if !row.originSigns.isEmpty, let town = row.townId.flatMap({ id in towns.first { $0.id == id } }) {
            gtk_box_append(c(box), c(Label.make("⚠ " + tr("Does not look like {town}: {signs}", ["town": town.name, "signs": row.originSigns.map(\.description).joined(separator: ", ")]),
                                                classes: ["warning-text", "caption"], wrap: true)))
        }
        // What an update would change, field by field, before anything is written.
        if row.existingId != nil {
            let text = row.changes.isEmpty ? tr("An update would change nothing.")
                : tr("An update would change:") + "\n" + row.changes.map { "  " + $0.description }.joined(separator: "\n")
            let changes = Label.make(text, classes: ["caption"], wrap: true)
            Widget.setAccessibleLabel(changes, tr("Changes of row {n}", ["n": String(row.number)]))
            gtk_box_append(c(box), c(changes))
        }
        for problem in row.problems {
            var parts = [problem.message]
            if let column = problem.column { parts.insert(column, at: 0) }
            if let value = problem.value, !value.isEmpty { parts.insert("“\(value.prefix(80))”", at: parts.count - 1) }
            gtk_box_append(c(box), c(Label.make((problem.severity == .error ? "✕ " : "⚠ ") + parts.joined(separator: " · "),
                                                classes: [problem.severity == .error ? "blocker" : "warning-text", "caption"], wrap: true)))
        }
        let controls = raw(gtk_box_new(GTK_ORIENTATION_HORIZONTAL, 12))
        if row.existingId != nil {
            let choices = DuplicateChoice.allCases
            let dropdown = raw(gtk_drop_down_new(nil, nil))
            DropDown.fill(dropdown, choices.map(\.displayName))
            DropDown.select(dropdown, choices.firstIndex(of: row.duplicateChoice) ?? 0)
            Widget.setAccessibleLabel(dropdown, tr("Row {n} is already stored", ["n": String(row.number)]))
            onSignal(dropdown, "notify::selected") { [weak self] (_: GPointer?) in
                guard let self, !self.fillingPreview else { return }
                self.preview?.rows[index].duplicateChoice = choices[DropDown.selected(dropdown)]
                self.updateSummary()
            }
            gtk_box_append(c(controls), c(Label.make(kind == .participants ? tr("Already in the visit:") : tr("Already stored:"), classes: ["caption"])))
            gtk_box_append(c(controls), c(dropdown))
        }
        if row.hasWarnings && !row.hasErrors {
            let check = raw(gtk_check_button_new_with_label(tr("Accept the warnings")))
            Check.set(check, row.warningsAccepted)
            Widget.setAccessibleLabel(check, tr("Accept the warnings of row {n}", ["n": String(row.number)]))
            onSignal(check, "toggled") { [weak self] in
                self?.preview?.rows[index].warningsAccepted = Check.isActive(check)
                self?.updateSummary()
            }
            gtk_box_append(c(controls), c(check))
        }
        if row.hasErrors || row.hasWarnings {
            let check = raw(gtk_check_button_new_with_label(tr("Skip this row")))
            Check.set(check, row.isSkipped)
            Widget.setAccessibleLabel(check, tr("Skip row {n}", ["n": String(row.number)]))
            onSignal(check, "toggled") { [weak self] in
                self?.preview?.rows[index].isSkipped = Check.isActive(check)
                self?.updateSummary()
            }
            gtk_box_append(c(controls), c(check))
        }
        if gtk_widget_get_first_child(c(controls)) != nil { gtk_box_append(c(box), c(controls)) }
        return box
    }

    private func updateSummary() {
        guard let preview else { return }
        let writing = preview.rowsToWrite.count
        Label.set(ui["summary_label"], tr("{add} to add, {update} to update, {skip} to skip, {error} with errors", ["add": String(preview.planned(.add)), "update": String(preview.planned(.update)), "skip": String(preview.planned(.skip)), "error": String(preview.errorCount)]))
        var blocking: [String] = preview.fileProblems.filter { $0.severity == .error }.map(\.message)

        if preview.errorCount > 0 {
            blocking.append(trn("{count} row has errors: correct the file, or skip the row.", "{count} rows have errors: correct the file, or skip them.", preview.errorCount))
        }
        if preview.unacceptedWarningCount > 0 {
            blocking.append(trn("{count} row has warnings to accept or skip.", "{count} rows have warnings to accept or skip.", preview.unacceptedWarningCount))
        }
        Label.set(ui["blocking_label"], blocking.joined(separator: "\n"))
        Widget.setVisible(ui["blocking_label"], !blocking.isEmpty)
        Widget.setVisible(ui["accept_all_button"], preview.unacceptedWarningCount > 0)
        gtk_button_set_label(c(ui["next_button"]), trn("Import {count} row", "Import {count} rows", writing))
        Widget.setSensitive(ui["next_button"], preview.canImport && writing > 0)
    }

    // MARK: - Import

    private func runImport() {
        guard let preview, preview.canImport else { return }
        let store = context.store
        let today = context.today
        let failure = context.perform(
            tr("Import {file}", ["file": (path as NSString).lastPathComponent]),
            notify: tr("Imported {count} rows from {file}", ["count": String(preview.rowsToWrite.count), "file": (path as NSString).lastPathComponent]),
            do: {
                do { _ = try store.runImport(preview, today: today) } catch let error as ImportError {
                    throw PlannerError.storage(error.message)
                }
            })
        if failure == nil { close() }
    }
}
