import CGtk
import Foundation
import PlannerCore

/// The Export dialog: pick a plugin's format for the visit (one file, or one per participant or
/// host family), a participant, an interpreter's work or a host family; its languages and
/// options; where to save, and whether other users of the computer may read the files (off:
/// private, like the database). The export runs in a child process through `ExportSupervisor`
/// (plugin code never runs in the window): a progress bar with Cancel while it runs, then
/// "Saved to …" with Open Folder, or the failure in words. Nothing partial is ever written.
@MainActor
final class ExportDialog {
    /// What the dialog exports.
    enum Subject {
        case visit
        case person(Participant)
        case household(Household)
    }

    private let ui: Builder
    let window: GPointer
    private let context: AppContext
    private let snapshot: VisitSnapshot
    private let subject: Subject
    private var formats: [ExportFormat] = []
    /// The scopes offered for the chosen format, in the scope dropdown's order.
    private var scopes: [ExportScope] = []
    private var optionWidgets: [(option: ExportOption, widget: GPointer)] = []
    /// The destination the dialog proposed last; replaced when the format or scope changes
    /// unless the user has typed or chosen another.
    private var lastSuggestion: String?
    private var baseFolder: String
    private var supervisor: ExportSupervisor?
    private var pulseTimer: UInt32 = 0
    private var resultFolder: URL?

    /// Exports that are still running keep their supervisor here until they end, also when
    /// their dialog was closed (closing cancels them; the supervisor then cleans up).
    private static var running: [ObjectIdentifier: ExportSupervisor] = [:]

    init(context: AppContext, parent: GPointer, snapshot: VisitSnapshot, subject: Subject) {
        self.context = context
        self.snapshot = snapshot
        self.subject = subject
        baseFolder = Self.defaultFolder()
        ui = Builder("export-dialog")
        window = ui["window"]
        if let root = gtk_widget_get_root(c(parent)) { gtk_window_set_transient_for(c(window), c(raw(root))) }
        gtk_window_set_title(c(window), title)
        Label.set(ui["subject_label"], subjectLine)
        gtk_window_set_default_widget(c(window), c(ui["export_button"]))
        Widget.setAccessibleLabel(ui["choose_button"], tr("Choose Where to Save"))
        Widget.setTooltip(ui["choose_button"], tr("Choose where to save with the file chooser"))

        onSignal(ui["close_button"], "clicked") { [weak self] in self?.close() }
        onSignal(ui["export_button"], "clicked") { [weak self] in self?.startExport() }
        onSignal(ui["cancel_button"], "clicked") { [weak self] in self?.supervisor?.cancel() }
        onSignal(ui["choose_button"], "clicked") { [weak self] in self?.chooseDestination() }
        onSignal(ui["open_folder_button"], "clicked") { [weak self] in self?.openFolder() }
        onSignal(ui["format_dropdown"], "notify::selected") { [weak self] (_: GPointer?) in self?.formatChanged() }
        onSignal(ui["scope_dropdown"], "notify::selected") { [weak self] (_: GPointer?) in self?.scopeChanged() }
        onSignal(ui["destination_entry"], "changed") { [weak self] in self?.updateDestinationNote() }
        onSignal(ui["languages_entry"], "changed") { [weak self] in self?.showLanguagesError(nil) }
        onSignal(ui["languages_entry"], "activate") { [weak self] in _ = self?.languageCodes() }
        Widget.closeOnEscape(window)
        // Closing cancels a running export (its supervisor removes the staging folder).
        Widget.keepAlive(self, while: window) { [weak self] in
            self?.stopPulsing()
            self?.supervisor?.cancel()
        }
    }

    func present() {
        gtk_window_present(c(window))
        PluginCatalog.load { [weak self] result in self?.catalogLoaded(result) }
    }

    private func close() { gtk_window_destroy(c(window)) }

    // MARK: - The subject

    private var visitTitle: String { snapshot.visit.title }

    private var subjectName: String {
        switch subject {
        case .visit: visitTitle
        case .person(let person): person.fullName
        case .household(let household): household.name
        }
    }

    private var title: String {
        switch subject {
        case .visit: tr("Export “{title}”", ["title": visitTitle])
        case .person, .household: tr("Export {name}", ["name": subjectName])
        }
    }

    private var subjectLine: String {
        switch subject {
        case .visit: tr("Visit: {title}", ["title": visitTitle])
        case .person(let person): tr("Participant: {name}", ["name": person.fullName])
        case .household(let household): tr("Host family: {name}", ["name": household.name])
        }
    }

    /// The scopes this subject can be exported in, best first.
    private var subjectScopes: [ExportScope] {
        switch subject {
        case .visit: [.visit, .eachPerson, .eachHousehold]
        case .person(let person): isInterpreter(person) ? [.person, .interpreter] : [.person]
        case .household: [.household]
        }
    }

    private func isInterpreter(_ person: Participant) -> Bool {
        person.role == .interpreter || snapshot.interpreters.contains { $0.participantId == person.id }
            || snapshot.assignments.contains { $0.interpreterId == person.id }
    }

    private func scopeLabel(_ scope: ExportScope) -> String {
        switch scope {
        case .visit: tr("One file for the whole visit")
        case .eachPerson: tr("One file per participant, into a folder")
        case .eachHousehold: tr("One file per host family, into a folder")
        case .person: tr("Participant: {name}", ["name": subjectName])
        case .interpreter: tr("Interpreter: {name} (their interpreting work)", ["name": subjectName])
        case .household: tr("Host family: {name}", ["name": subjectName])
        }
    }


    // MARK: - Formats

    private func catalogLoaded(_ result: Result<PluginCatalog, CatalogError>) {
        gtk_spinner_stop(c(ui["loading_spinner"]))
        Widget.setVisible(ui["loading_box"], false)
        switch result {
        case .failure(let error):
            showMessage(error.message + " " + tr("Open Plugins in the main menu to switch off the faulty plugin."))
        case .success(let catalog):
            let wanted = Set(subjectScopes)
            formats = catalog.formats.filter { !$0.scopes.isDisjoint(with: wanted) }
            guard !formats.isEmpty else {
                let message: String
                switch subject {
                case .visit: message = tr("No plugin can export a visit yet.")
                case .person: message = tr("No plugin can export a single participant yet.")
                case .household: message = tr("No plugin can export a host family yet.")
                }
                showMessage(message + " " + tr("Open Plugins in the main menu to see which plugins are installed and switched on."),
                            isError: false)
                return
            }
            DropDown.fill(ui["format_dropdown"], formats.map(\.name))
            DropDown.select(ui["format_dropdown"], 0)
            Widget.setVisible(ui["fields_box"], true)
            formatChanged()
            Widget.setSensitive(ui["export_button"], true)
            Widget.grabFocus(ui["format_dropdown"])
        }
    }

    private func showMessage(_ text: String?, isError: Bool = true) {
        let label = ui["message_label"]
        Label.set(label, text ?? "")
        Widget.setVisible(label, text != nil)
        if isError { Widget.removeClass(label, "info-banner"); Widget.addClass(label, "form-error-banner") } else {
            Widget.removeClass(label, "form-error-banner"); Widget.addClass(label, "info-banner")
        }
    }

    private var format: ExportFormat? {
        let index = DropDown.selected(ui["format_dropdown"])
        return formats.indices.contains(index) ? formats[index] : nil
    }

    private var scope: ExportScope? {
        let index = DropDown.selected(ui["scope_dropdown"])
        return scopes.indices.contains(index) ? scopes[index] : scopes.first
    }

    private var isBatch: Bool { scope == .eachPerson || scope == .eachHousehold }

    private func formatChanged() {
        guard let format else { return }
        let previous = scope
        scopes = subjectScopes.filter(format.scopes.contains)
        DropDown.fill(ui["scope_dropdown"], scopes.map(scopeLabel))
        DropDown.select(ui["scope_dropdown"], previous.flatMap { scopes.firstIndex(of: $0) } ?? 0)
        for id in ["scope_label", "scope_dropdown"] { Widget.setVisible(ui[id], scopes.count > 1) }
        for id in ["languages_label", "languages_entry", "languages_hint"] { Widget.setVisible(ui[id], format.usesLanguages) }
        buildOptions(format)
        scopeChanged()
        showLanguagesError(nil)
    }

    /// The key of a flag that puts health data and contacts in the file (`csv-participants`:
    /// `--option health=yes`): when it is ticked, a line under it says who the file is for.
    static let healthOptionKey = "health"

    private func buildOptions(_ format: ExportFormat) {
        let grid = ui["options_grid"]
        while let child = gtk_widget_get_first_child(c(grid)) { gtk_grid_remove(c(grid), child) }
        optionWidgets = []
        var row: Int32 = 0
        for option in format.options {
            switch option.kind {
            case .choice(let choices):
                let label = Label.make(option.label, classes: ["field-label"], xalign: 1)
                gtk_grid_attach(c(grid), c(label), 0, row, 1, 1)
                let dropdown = raw(gtk_drop_down_new(nil, nil))
                DropDown.fill(dropdown, choices.map(\.label))
                DropDown.select(dropdown, choices.firstIndex { $0.value == option.defaultValue } ?? 0)
                gtk_widget_set_hexpand(c(dropdown), 1)
                // The label names the dropdown for screen readers (labelled-by).
                gtk_label_set_mnemonic_widget(c(label), c(dropdown))
                gtk_grid_attach(c(grid), c(dropdown), 1, row, 1, 1)
                optionWidgets.append((option, dropdown))
            case .flag:
                let check = raw(gtk_check_button_new_with_label(option.label))
                Check.set(check, option.defaultValue == "true")
                // An empty cell as wide as the labels keeps the check under the other fields.
                let spacer = raw(gtk_box_new(GTK_ORIENTATION_HORIZONTAL, 0))
                Widget.addClass(spacer, "field-label")
                gtk_grid_attach(c(grid), c(spacer), 0, row, 1, 1)
                gtk_grid_attach(c(grid), c(check), 1, row, 1, 1)
                optionWidgets.append((option, check))
                if option.key == Self.healthOptionKey {
                    row += 1
                    let warning = Label.make(tr("This file holds health data and contacts: give it only to the people who need them (organisers, the caterer for diets)."),
                                             classes: ["caption", "warning"], wrap: true)
                    gtk_grid_attach(c(grid), c(warning), 1, row, 1, 1)
                    let update: @MainActor () -> Void = { Widget.setVisible(warning, Check.isActive(check)) }
                    update()
                    onSignal(check, "toggled") { update() }
                }
            }
            row += 1
        }
        Widget.setVisible(grid, !format.options.isEmpty)
    }

    private func scopeChanged() {
        showLanguagesError(nil)
        gtk_label_set_text_with_mnemonic(c(ui["destination_label"]), isBatch ? tr("Into _folder") : tr("Save _to"))
        let entry = ui["destination_entry"]
        let current = Editable.value(entry)
        if current.isEmpty || current == lastSuggestion {
            let suggestion = suggestedPath()
            lastSuggestion = suggestion
            setDestination(suggestion)
        }
        updateDestinationNote()
    }

    // MARK: - Destination

    private static func defaultFolder() -> String {
        if let documents = g_get_user_special_dir(G_USER_DIRECTORY_DOCUMENTS) {
            let path = String(cString: documents)
            if FileManager.default.fileExists(atPath: path) { return path }
        }
        return NSHomeDirectory()
    }

    /// A name safe on every file system (files travel on USB sticks).
    private static func safeName(_ name: String) -> String {
        let forbidden = Set("/\\:*?\"<>|")
        let cleaned = String(name.map { forbidden.contains($0) || $0.isNewline ? "_" : $0 })
            .trimmingCharacters(in: CharacterSet(charactersIn: " ."))
        return cleaned.isEmpty ? "export" : String(cleaned.prefix(80))
    }

    private func suggestedPath() -> String {
        let folder = URL(fileURLWithPath: baseFolder)
        if isBatch {
            let what = scope == .eachHousehold ? tr("host families") : tr("participants")
            return folder.appendingPathComponent(Self.safeName("\(visitTitle) – \(what)")).path
        }
        let stem = subject.isVisit ? visitTitle : subjectName
        return folder.appendingPathComponent(Self.safeName(stem) + "." + (format?.fileExtension ?? "txt")).path
    }

    /// The typed destination as an absolute file URL (`~` is the home folder; a relative path
    /// is taken from the home folder).
    private var destination: URL? {
        var text = Editable.value(ui["destination_entry"])
        guard !text.isEmpty else { return nil }
        if text == "~" || text.hasPrefix("~/") { text = NSHomeDirectory() + text.dropFirst() }
        if !text.hasPrefix("/") { text = NSHomeDirectory() + "/" + text }
        return URL(fileURLWithPath: text).standardizedFileURL
    }

    /// Says what will happen at the destination, or what is wrong with it. Returns the problem.
    @discardableResult
    private func updateDestinationNote() -> String? {
        let note = ui["destination_note"]
        var text: String?
        var problem: String?
        if let destination {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: destination.path, isDirectory: &isFolder)
            if isBatch {
                if exists && !isFolder.boolValue {
                    problem = tr("This is a file; choose a folder for the files.")
                } else {
                    text = exists ? tr("Files with the same names in this folder will be replaced.")
                        : tr("The folder will be created.")
                }
            } else if exists && isFolder.boolValue {
                problem = tr("This is a folder; add the file’s name.")
            } else if exists {
                text = tr("A file with this name exists; exporting replaces it.")
            }
        } else {
            problem = tr("Give the file to write.")
        }
        Label.set(note, problem ?? text ?? "")
        Widget.setVisible(note, (problem ?? text) != nil)
        if problem != nil { Widget.removeClass(note, "dim-label"); Widget.addClass(note, "error-text") } else {
            Widget.removeClass(note, "error-text"); Widget.addClass(note, "dim-label")
        }
        Widget.setError(ui["destination_entry"], problem)
        return problem
    }

    private func chooseDestination() {
        let current = destination
        if isBatch {
            let start = current.map { FileManager.default.fileExists(atPath: $0.path) ? $0.path : $0.deletingLastPathComponent().path }
            FileChooser.folder(parent: window, title: tr("Choose a Folder for the Files"), start: start ?? baseFolder) { [weak self] path in
                guard let self else { return }
                self.lastSuggestion = nil
                self.setDestination(path)
            }
        } else {
            let name = current?.lastPathComponent ?? URL(fileURLWithPath: suggestedPath()).lastPathComponent
            let folder = current?.deletingLastPathComponent().path ?? baseFolder
            FileChooser.save(parent: window, title: tr("Export To"), suggestedName: name, folder: folder) { [weak self] path in
                guard let self else { return }
                self.baseFolder = URL(fileURLWithPath: path).deletingLastPathComponent().path
                self.lastSuggestion = nil
                self.setDestination(path)
            }
        }
    }

    /// Puts a path in the entry with its end (the file's name) in view.
    private func setDestination(_ path: String) {
        let entry = ui["destination_entry"]
        Editable.set(entry, path)
        gtk_editable_set_position(vp_editable(entry), -1)
    }

    // MARK: - Languages

    /// The typed codes (empty: each reader's own language), or nil with the field marked when
    /// one is not a language the app has.
    private func languageCodes() -> [String]? {
        let text = Editable.value(ui["languages_entry"])
        let codes = text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" }).map { $0.lowercased() }
        for code in codes where !((2...3).contains(code.count) && code.allSatisfy({ $0.isASCII && $0.isLetter })) {
            showLanguagesError(tr("“{code}” is not a language code; use ISO codes such as cs, fr, de.", ["code": code]))
            return nil
        }
        do {
            return try DocumentLanguages.checked(codes)
        } catch {
            showLanguagesError(error.description)
            return nil
        }
    }

    /// The files of the chosen format and scope: one, or a batch's.
    private var targets: [ExportTarget] {
        switch (scope, subject) {
        case (.eachPerson?, _):
            ExportBatch.defaultTargets(for: .eachPerson, in: snapshot, guestsOnly: format?.batchesGuestsOnly ?? false)
        case (.eachHousehold?, _): ExportBatch.defaultTargets(for: .eachHousehold, in: snapshot)
        case (.person?, .person(let person)): [.person(person)]
        case (.interpreter?, .person(let person)): [.interpreter(person)]
        case (.household?, .household(let household)): [.household(household)]
        default: [.visit]
        }
    }

    /// What will come out when no language is typed: "41 files in their readers' languages:
    /// Français 16, Deutsch 14, Polski 11", or the one file's languages.
    private var readersLanguages: String {
        let targets = targets
        if targets.count == 1, let target = targets.first {
            let codes = DocumentLanguages.defaults(for: target, in: snapshot)
            return tr("Empty: in the reader's language, {languages}.", ["languages": codes.map(LanguageNames.own).joined(separator: ", ")])
        }
        let plan = DocumentLanguages.plan(targets, in: snapshot)
        return trn("Empty: {count} file in their readers' languages, {languages}.", "Empty: {count} files in their readers' languages, {languages}.", targets.count, ["languages": plan.map { tr("{language} {count}", ["language": LanguageNames.own($0.language), "count": String($0.files)]) }
                          .joined(separator: ", ")])
    }

    private func showLanguagesError(_ message: String?) {
        let hint = ui["languages_hint"]
        Label.set(hint, message ?? tr("Best first, as ISO codes separated by commas. {readers}", ["readers": readersLanguages]))
        if message != nil { Widget.removeClass(hint, "dim-label"); Widget.addClass(hint, "error-text") } else {
            Widget.removeClass(hint, "error-text"); Widget.addClass(hint, "dim-label")
        }
        Widget.setError(ui["languages_entry"], message)
    }

    // MARK: - Running

    private func arguments(format: ExportFormat, scope: ExportScope, output: URL, languages: [String]) -> [String] {
        var args = ["export", "--database", context.store.path, "--visit", String(snapshot.visit.id!),
                    "--format", format.id, "--output", output.path]
        switch (scope, subject) {
        case (.eachPerson, _): args.append("--each-person")
        case (.eachHousehold, _): args.append("--each-household")
        case (.person, .person(let person)): args += ["--person", String(person.id!)]
        case (.interpreter, .person(let person)): args += ["--interpreter", String(person.id!)]
        case (.household, .household(let household)): args += ["--household", String(household.id!)]
        default: break
        }
        if format.usesLanguages, !languages.isEmpty { args += ["--language", languages.joined(separator: ",")] }
        for (option, widget) in optionWidgets {
            let value: String
            switch option.kind {
            case .choice(let choices):
                let index = DropDown.selected(widget)
                value = choices.indices.contains(index) ? choices[index].value : option.defaultValue
            case .flag:
                value = Check.isActive(widget) ? "true" : "false"
            }
            args += ["--option", option.key + "=" + value]
        }
        return args
    }

    private func startExport() {
        guard supervisor == nil, let format, let scope else { return }
        guard let languages = format.usesLanguages ? languageCodes() : [] else {
            Widget.grabFocus(ui["languages_entry"])
            return
        }
        if updateDestinationNote() != nil {
            Widget.grabFocus(ui["destination_entry"])
            return
        }
        guard let output = destination else { return }
        let batch = isBatch
        let permissions: ExportFilePermissions = Check.isActive(ui["shared_check"]) ? .shared : .private
        let supervisor = ExportSupervisor(executable: PluginSearchPath.currentExecutable,
                                          arguments: arguments(format: format, scope: scope, output: output, languages: languages),
                                          destination: output, isBatch: batch, permissions: permissions)
        let key = ObjectIdentifier(supervisor)
        Self.running[key] = supervisor
        self.supervisor = supervisor
        setRunning(true)
        supervisor.start(progress: { [weak self] done, total in
            DispatchQueue.main.async {
                MainActor.assumeIsolated { self?.progress(done: done, total: total) }
            }
        }, completion: { [weak self] outcome in
            DispatchQueue.main.async {
                MainActor.assumeIsolated {
                    Self.running[key] = nil
                    self?.finished(outcome, output: output, batch: batch)
                }
            }
        })
    }

    private func setRunning(_ running: Bool) {
        Widget.setVisible(ui["progress_box"], running)
        Widget.setSensitive(ui["fields_box"], !running)
        Widget.setSensitive(ui["export_button"], !running)
        let bar = ui["progress_bar"]
        if running {
            Widget.setVisible(ui["result_box"], false)
            gtk_progress_bar_set_fraction(c(bar), 0)
            gtk_progress_bar_set_text(c(bar), tr("Exporting…"))
            Widget.grabFocus(ui["cancel_button"])
            pulseTimer = timeoutAdd(milliseconds: 120) { [weak self] in
                guard let self else { return false }
                gtk_progress_bar_pulse(c(self.ui["progress_bar"]))
                return true
            }
        } else {
            stopPulsing()
        }
    }

    private func stopPulsing() {
        if pulseTimer != 0 {
            g_source_remove(pulseTimer)
            pulseTimer = 0
        }
    }

    /// A batch knows how many files it writes: the bar shows the fraction; a single file pulses.
    private func progress(done: Int, total: Int) {
        guard supervisor != nil, total > 1 else { return }
        stopPulsing()
        let bar = ui["progress_bar"]
        gtk_progress_bar_set_fraction(c(bar), Double(done) / Double(total))
        gtk_progress_bar_set_text(c(bar), tr("{done} of {total} files", ["done": String(done), "total": String(total)]))
    }

    private func finished(_ outcome: ExportSupervisor.Outcome, output: URL, batch: Bool) {
        supervisor = nil
        setRunning(false)
        let label = ui["result_label"]
        let icon = ui["result_icon"]
        for name in ["error-text", "success-text", "dim-label"] { Widget.removeClass(label, name) }
        for name in ["error", "success"] { Widget.removeClass(icon, name) }
        var openable = false
        switch outcome {
        case .finished(let files):
            resultFolder = batch ? output : output.deletingLastPathComponent()
            let text = batch
                ? trn("{count} file saved in {folder}", "{count} files saved in {folder}", files.count, ["folder": output.path])
                : tr("Saved to {path}", ["path": output.path])
            Label.set(label, text)
            gtk_image_set_from_icon_name(c(icon), "object-select-symbolic")
            Widget.addClass(icon, "success")
            openable = true
        case .failed(let message, _):
            Label.set(label, message)
            Widget.addClass(label, "error-text")
            gtk_image_set_from_icon_name(c(icon), "dialog-error-symbolic")
            Widget.addClass(icon, "error")
        case .cancelled:
            Label.set(label, tr("The export was cancelled; nothing was written."))
            Widget.addClass(label, "dim-label")
            gtk_image_set_from_icon_name(c(icon), "process-stop-symbolic")
        }
        Widget.setVisible(ui["open_folder_button"], openable)
        Widget.setVisible(ui["result_box"], true)
        // What the note said before the export (e.g. "will be replaced") no longer applies.
        Widget.setVisible(ui["destination_note"], false)
        Widget.grabFocus(openable ? ui["open_folder_button"] : ui["export_button"])
    }

    private func openFolder() {
        guard let folder = resultFolder, let uri = g_filename_to_uri(folder.path, nil, nil) else { return }
        defer { g_free(uri) }
        gtk_show_uri(c(window), uri, 0)
    }
}

private extension ExportDialog.Subject {
    var isVisit: Bool {
        if case .visit = self { return true }
        return false
    }
}
