import CGtk
import Foundation
import PlannerCore

/// The main window: the visit list on the left, the selected visit's pages on the right, the
/// welcome page when there is no visit yet. Views here only show core values and call the store.
@MainActor
final class MainWindow {
    let window: GPointer
    private let ui: Builder
    private let context: AppContext
    private weak var application: Application?
    private let actions: ActionGroup
    private var visitsObservation: StoreObservation?
    private var visitObservation: StoreObservation?
    private var summaries: [VisitSummary] = []
    private var rowVisitIds: [GPointer: Int64] = [:]
    private(set) var selectedVisitId: Int64?
    /// A visit to select as soon as its row exists (just created or installed).
    private var wantedVisitId: Int64?
    private var snapshot: VisitSnapshot?
    private var toastTimer: UInt32 = 0
    private var fileMonitor: DatabaseFileMonitor?
    private var openDialogs: [GPointer] = []
    private var updatingList = false

    private let overview: OverviewPage
    let participants: ParticipantsPage
    private let households: HouseholdsPage
    private let placement: PlacementPage
    private let itinerary: ItineraryPage
    private let budget: BudgetPage
    /// The visit's pages in the switcher's order: the one list behind the stack, the `show-`
    /// actions, Alt+1… and the shortcuts window's Pages.
    private let pages: [any VisitPage]

    init(application: Application, context: AppContext) {
        self.application = application
        self.context = context
        ui = Builder("main-window")
        window = ui["window"]
        gtk_window_set_application(c(window), c(application.gtkApplication))
        actions = ActionGroup(map: window)
        overview = OverviewPage(context: context)
        participants = ParticipantsPage(context: context)
        households = HouseholdsPage(context: context)
        placement = PlacementPage(context: context)
        itinerary = ItineraryPage(context: context)
        budget = BudgetPage(context: context)
        pages = [overview, participants, households, placement, itinerary, budget]
        for page in pages { _ = gtk_stack_add_titled(c(ui["visit_stack"]), c(page.root), page.id, page.title) }
        overview.onShowProblem = { [weak self] subject in self?.show(subject) }
        installActions()
        context.notify = { [weak self] text, undoable in self?.showToast(text, undoable: undoable) }
        context.showError = { [weak self] title, message in self?.showErrorDialog(title, message) }
        context.undo.onChange = { [weak self] in self?.updateUndoActions() }
        onSignal(ui["visit_stack"], "notify::visible-child-name") { [weak self] (_: GPointer?) in self?.refreshVisiblePage() }
        onSignal(ui["visit_list"], "row-selected") { [weak self] (row: GPointer?) in self?.rowSelected(row) }
        onSignal(ui["toast_undo_button"], "clicked") { [weak self] in
            self?.hideToast()
            self?.undoLast()
        }
        onSignal(ui["toast_close_button"], "clicked") { [weak self] in self?.hideToast() }
        updateUndoActions()
        // Another process (the CLI, a script) may change the file: GRDB's observations see only
        // this process's writes, so the file's changes re-run them (see DatabaseFileMonitor).
        let store = context.store
        store.watchExternalChanges()
        if store.path != ":memory:" {
            fileMonitor = DatabaseFileMonitor(databasePath: store.path) { store.refreshIfChangedElsewhere() }
        }
        visitsObservation = context.store.observeVisits(
            onError: { [weak self] error in self?.showErrorDialog(tr("The database cannot be read"), error.message) },
            onChange: { [weak self] summaries in self?.visitsChanged(summaries) })
    }

    func present() {
        gtk_window_present(c(window))
        LiveObjects.report()
    }

    func closeDialogs() {
        for dialog in openDialogs { gtk_window_destroy(c(dialog)) }
        openDialogs.removeAll()
    }

    // MARK: - Actions

    private func installActions() {
        actions.add("undo") { [weak self] in self?.undoLast() }
        actions.add("redo") { [weak self] in self?.redoLast() }
        actions.add("search") { [weak self] in self?.focusSearch() }
        actions.add("edit-visit") { [weak self] in self?.editVisit() }
        actions.add("delete-visit") { [weak self] in self?.confirmDeleteVisit() }
        actions.add("export") { [weak self] in self?.exportVisit() }
        actions.add("add-item") { [weak self] in self?.addItemOnCurrentPage() }
        for page in pages {
            actions.add("show-\(page.id)") { [weak self, weak page] in if let page { self?.showPage(page) } }
        }
        if let app = application?.gtkApplication { Shortcuts.install(pageShortcuts, on: app) }
    }

    private func updateUndoActions() {
        actions.setEnabled("undo", context.undo.canUndo)
        actions.setEnabled("redo", context.undo.canRedo)
        Widget.setTooltip(ui["undo_button"], context.undo.undoTitle.map { tr("Undo “{action}” (Ctrl+Z)", ["action": $0]) } ?? tr("Nothing to undo"))
        Widget.setTooltip(ui["redo_button"], context.undo.redoTitle.map { tr("Redo “{action}” (Ctrl+Shift+Z)", ["action": $0]) } ?? tr("Nothing to redo"))
    }

    private func undoLast() {
        let title = context.undo.undoTitle
        do {
            try context.undo.undo()
            if let title { showToast(tr("Undone: {action}", ["action": title]), undoable: false) }
        } catch {
            showErrorDialog(tr("Cannot undo"), (error as? PlannerError)?.message ?? "\(error)")
        }
    }

    private func redoLast() {
        do { try context.undo.redo() } catch {
            showErrorDialog(tr("Cannot redo"), (error as? PlannerError)?.message ?? "\(error)")
        }
    }

    /// The page in view.
    private var currentPage: any VisitPage {
        let name = gtk_stack_get_visible_child_name(c(ui["visit_stack"])).map { String(cString: $0) }
        return pages.first { $0.id == name } ?? overview
    }

    /// Alt+1… for the pages, in their order.
    private var pageShortcuts: [Shortcut] { pages.enumerated().map { Shortcuts.page($1, at: $0) } }

    func showPage(_ page: any VisitPage) {
        gtk_stack_set_visible_child_name(c(ui["visit_stack"]), page.id)
    }

    private func focusSearch() {
        guard selectedVisitId != nil else { return }
        if currentPage === overview { showPage(participants) }
        if currentPage === households { households.focusSearch() } else { participants.focusSearch() }
    }

    private func addItemOnCurrentPage() {
        guard selectedVisitId != nil else { return }
        if currentPage === households { households.add() } else if currentPage === budget { budget.addLine() } else if currentPage === itinerary {
            itinerary.addItem()
        } else {
            showPage(participants)
            participants.add()
        }
    }

    // MARK: - Visits

    private func visitsChanged(_ summaries: [VisitSummary]) {
        self.summaries = summaries
        let list = ui["visit_list"]
        updatingList = true
        Widget.removeAllRows(ofListBox: list)
        rowVisitIds.removeAll()
        for summary in summaries {
            let row = VisitRow.make(summary)
            gtk_list_box_append(c(list), c(row))
            rowVisitIds[row] = summary.id
        }
        updatingList = false
        if summaries.isEmpty {
            gtk_stack_set_visible_child_name(c(ui["root_stack"]), "welcome")
            selectVisit(nil)
            return
        }
        gtk_stack_set_visible_child_name(c(ui["root_stack"]), "main")
        let wanted = summaries.first { $0.id == wantedVisitId }?.id
            ?? summaries.first { $0.id == selectedVisitId }?.id ?? summaries[0].id
        selectRow(of: wanted)
    }

    /// Selects the visit's row and shows the visit; when the row does not exist yet (the list
    /// updates after the store's notification) it is selected as soon as it appears.
    private func selectRow(of visitId: Int64) {
        guard let row = rowVisitIds.first(where: { $0.value == visitId })?.key else {
            wantedVisitId = visitId
            return
        }
        wantedVisitId = nil
        updatingList = true
        gtk_list_box_select_row(c(ui["visit_list"]), c(row))
        updatingList = false
        if selectedVisitId != visitId || visitObservation == nil { selectVisit(visitId) }
    }

    private func rowSelected(_ row: GPointer?) {
        guard !updatingList, let row, let id = rowVisitIds[row] else { return }
        if id != selectedVisitId { selectVisit(id) }
    }

    private func selectVisit(_ id: Int64?) {
        selectedVisitId = id
        visitObservation?.cancel()
        visitObservation = nil
        actions.setEnabled("edit-visit", id != nil)
        actions.setEnabled("delete-visit", id != nil)
        actions.setEnabled("export", id != nil)
        guard let id else {
            snapshot = nil
            return
        }
        visitObservation = context.store.observeVisit(
            id: id,
            onError: { [weak self] error in self?.showErrorDialog(tr("The database cannot be read"), error.message) },
            onChange: { [weak self] snapshot in self?.visitChanged(snapshot) })
    }

    private func visitChanged(_ snapshot: VisitSnapshot?) {
        self.snapshot = snapshot
        guard let snapshot else { return }
        let details = snapshot.details
        Label.set(ui["visit_title"], details.visit.title)
        let partners = details.partnerTowns.map(\.name).joined(separator: ", ")
        let with = tr("with {towns}", ["towns": partners])
        Label.set(ui["visit_subtitle"], "\(Format.dateRange(details.visit.startDate, details.visit.endDate)) · \(details.hostTown.name) · \(with)")
        gtk_window_set_title(c(window), "\(details.visit.title) — \(tr("VisitPlanner"))")
        // Only the page in view is filled now; the others when they are shown (start-up time).
        stalePages = Set(pages.map(\.id))
        refreshVisiblePage()
    }

    private var stalePages: Set<String> = []

    private func refreshVisiblePage() {
        guard let snapshot else { return }
        let page = currentPage
        guard stalePages.remove(page.id) != nil else { return }
        page.update(snapshot)
    }

    func newVisit() {
        let form = VisitForm(context: context, parent: window, editing: nil)
        form.onSaved = { [weak self] id in
            guard let self else { return }
            self.selectRow(of: id)
            self.showPage(self.participants)
        }
        track(form.window)
        form.present()
    }

    private func editVisit() {
        guard let details = snapshot?.details else { return }
        let form = VisitForm(context: context, parent: window, editing: details)
        track(form.window)
        form.present()
    }

    /// Export… (Ctrl+E): the visit's export dialog, from any page.
    private func exportVisit() {
        guard let snapshot else { return }
        let dialog = ExportDialog(context: context, parent: window, snapshot: snapshot, subject: .visit)
        track(dialog.window)
        dialog.present()
    }

    private weak var pluginsWindow: PluginsWindow?

    /// The Plugins window (one at a time: a second request brings it to the front).
    func showPlugins() {
        if let pluginsWindow {
            gtk_window_present(c(pluginsWindow.window))
            return
        }
        let plugins = PluginsWindow(parent: window) { [weak self] in self?.pluginsWindow = nil }
        pluginsWindow = plugins
        track(plugins.window)
        plugins.present()
    }

    private weak var backupsWindow: BackupsWindow?

    /// Restore from Backup (one at a time: a second request brings it to the front).
    func showBackups() {
        if let backupsWindow {
            gtk_window_present(c(backupsWindow.window))
            return
        }
        let backups = BackupsWindow(context: context, parent: window) { [weak self] in self?.backupsWindow = nil }
        backups.onRestored = { [weak self] backup in
            self?.showToast(tr("Restored the backup of {date}.", ["date": backup.dateText]), undoable: false)
        }
        backupsWindow = backups
        track(backups.window)
        backups.present()
    }

    private func confirmDeleteVisit() {
        guard let details = snapshot?.details else { return }
        let dialog = raw(vp_message_dialog_new(c(window), GTK_MESSAGE_WARNING, GTK_BUTTONS_NONE,
                                               tr("Delete “{title}”?", ["title": details.visit.title]))!)
        gtk_window_set_title(c(dialog), tr("Delete Visit"))
        let count = snapshot?.participants.count ?? 0
        vp_message_dialog_set_secondary(c(dialog), trn("Its participant will be deleted with it.", "Its {count} participants will be deleted with it.", count)
                                        + " " + tr("Host families are kept. You can undo this."))
        gtk_dialog_add_button(c(dialog), tr("Cancel"), Int32(GTK_RESPONSE_CANCEL.rawValue))
        let delete = gtk_dialog_add_button(c(dialog), tr("Delete"), Int32(GTK_RESPONSE_ACCEPT.rawValue))!
        gtk_widget_add_css_class(delete, "destructive-action")
        gtk_dialog_set_default_response(c(dialog), Int32(GTK_RESPONSE_CANCEL.rawValue))
        onSignalInt(dialog, "response") { [weak self] response in
            gtk_window_destroy(c(dialog))
            if response == Int32(GTK_RESPONSE_ACCEPT.rawValue) { self?.deleteVisit(details) }
        }
        gtk_window_present(c(dialog))
    }

    private func deleteVisit(_ details: VisitDetails) {
        let store = context.store
        context.perform(tr("Delete {title}", ["title": details.visit.title]),
                        notify: tr("“{title}” deleted", ["title": details.visit.title]),
                        do: { _ = try store.deleteVisit(id: details.id) })
    }

    func openSample() {
        do {
            let id = try SampleVisit.install(in: context.store)
            selectRow(of: id)
            showPage(overview)
        } catch {
            showErrorDialog(tr("Cannot open the sample visit"), error.message)
        }
    }

    private func show(_ subject: VisitProblem.Subject) {
        switch subject {
        case .visit: showPage(overview)
        case .participant(let id):
            // Placement problems are best fixed where the guest's households are ranked.
            let isGuest = snapshot?.participants.first { $0.id == id }.map { $0.isGuest(of: snapshot!.details) } ?? false
            let aboutPlacement = snapshot?.placements.contains { $0.participantId == id } ?? false
            if isGuest && (aboutPlacement || snapshot?.placements.isEmpty == false) {
                showPage(placement)
                placement.select(id: id)
            } else {
                showPage(participants)
                participants.select(id: id)
            }
        case .household(let id):
            showPage(households)
            households.select(id: id)
        case .budget:
            showPage(budget)
        case .budgetCategory(let category):
            showPage(budget)
            budget.select(category: category)
        case .budgetLine(let id):
            showPage(budget)
            budget.select(line: id)
        case .programmeItem(let id):
            showPage(itinerary)
            itinerary.select(item: id)
        case .dataProtection:
            showPage(overview)
            overview.showDataProtection()
        }
    }

    // MARK: - Notifications and dialogs

    /// An in-window notification without Undo that stays up for `seconds` (or until dismissed).
    func notify(_ text: String, seconds: UInt32) {
        showToast(text, undoable: false, seconds: seconds)
    }

    private func showToast(_ text: String, undoable: Bool, seconds: UInt32 = 8) {
        Label.set(ui["toast_label"], text)
        Widget.setVisible(ui["toast_undo_button"], undoable)
        gtk_revealer_set_reveal_child(c(ui["toast_revealer"]), 1)
        if toastTimer != 0 { g_source_remove(toastTimer) }
        toastTimer = timeoutAdd(milliseconds: seconds * 1000) { [weak self] in
            self?.toastTimer = 0
            self?.hideToast()
            return false
        }
    }

    private func hideToast() {
        gtk_revealer_set_reveal_child(c(ui["toast_revealer"]), 0)
        if toastTimer != 0 {
            g_source_remove(toastTimer)
            toastTimer = 0
        }
    }

    private func showErrorDialog(_ title: String, _ message: String) {
        let dialog = raw(vp_message_dialog_new(c(window), GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE, title)!)
        vp_message_dialog_set_secondary(c(dialog), message)
        onSignalInt(dialog, "response") { _ in gtk_window_destroy(c(dialog)) }
        gtk_window_present(c(dialog))
    }

    private func track(_ dialog: GPointer) {
        openDialogs.append(dialog)
        onSignal(dialog, "destroy") { [weak self] in self?.openDialogs.removeAll { $0 == dialog } }
    }

    func showShortcuts() {
        let shortcuts = Shortcuts.window(Shortcuts.fixed + pageShortcuts)
        let dialog = shortcuts["shortcuts_window"]
        gtk_window_set_transient_for(c(dialog), c(window))
        gtk_window_present(c(dialog))
    }

    func showAbout() {
        let about = gtk_about_dialog_new()!
        let dialog = raw(about)
        gtk_about_dialog_set_program_name(c(dialog), tr("VisitPlanner"))
        gtk_about_dialog_set_logo_icon_name(c(dialog), Application.id)
        gtk_about_dialog_set_version(c(dialog), "0.1.0")
        gtk_about_dialog_set_comments(c(dialog), tr("Plan twinning visits and youth exchanges: guests, host families, programme and budget."))
        gtk_about_dialog_set_license_type(c(dialog), GTK_LICENSE_GPL_3_0)
        gtk_about_dialog_set_website(c(dialog), "https://github.com/visitplanner/visitplanner")
        gtk_about_dialog_set_translator_credits(c(dialog), tr("translator-credits"))
        gtk_window_set_transient_for(c(dialog), c(window))
        gtk_window_set_modal(c(dialog), 1)
        gtk_window_present(c(dialog))
    }
}
