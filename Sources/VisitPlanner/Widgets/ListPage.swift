import CGtk
import PlannerCore

/// The shell of a list page: search entry, count, Add / Edit / Delete, the table, and the empty
/// and no-results states. The Participants and Host Families pages fill it with their rows.
@MainActor
final class ListPage<Row> {
    struct Texts {
        /// The table's accessible name ("Participants").
        var tableName: String
        var searchName: String
        var addLabel: String
        var countFormat: (_ shown: Int, _ total: Int) -> String
        var emptyIcon: String
        var emptyTitle: String
        var emptyText: String
        var noResults: (_ query: String) -> String
    }

    let root: GPointer
    let table: DataTable<Row>
    private let ui: Builder
    private let texts: Texts
    var onAdd: (() -> Void)?
    /// Shows the Import… buttons when set.
    var onImport: (() -> Void)? {
        didSet {
            Widget.setVisible(ui["import_button"], onImport != nil)
            Widget.setVisible(ui["empty_import_button"], onImport != nil)
        }
    }
    var onEdit: ((Row) -> Void)?
    var onDelete: ((Row) -> Void)?
    private var onExport: ((Row) -> Void)?

    init(texts: Texts, columns: [DataTable<Row>.Column], id: @escaping (Row) -> Int64,
         searchKey: @escaping (Row) -> SearchKeyProvider) {
        ui = Builder("list-page")
        root = ui["root"]
        self.texts = texts
        table = DataTable(columnView: ui["column_view"], columns: columns, id: id, searchKey: searchKey)
        Widget.setAccessibleLabel(ui["search_entry"], texts.searchName)
        vp_object_set_string(ui["search_entry"], "placeholder-text", texts.searchName)
        Widget.setAccessibleLabel(ui["column_view"], texts.tableName)
        gtk_button_set_label(c(ui["add_button"]), texts.addLabel)
        gtk_button_set_label(c(ui["empty_add_button"]), texts.addLabel)
        gtk_image_set_from_icon_name(c(ui["empty_icon"]), texts.emptyIcon)
        Label.set(ui["empty_title"], texts.emptyTitle)
        Label.set(ui["empty_text"], texts.emptyText)
        Widget.setAccessibleLabel(ui["edit_button"], tr("Edit Selected"))
        Widget.setAccessibleLabel(ui["delete_button"], tr("Delete Selected"))
        onSignal(ui["search_entry"], "search-changed") { [weak self] in self?.searchChanged() }
        onSignal(ui["add_button"], "clicked") { [weak self] in self?.onAdd?() }
        onSignal(ui["empty_add_button"], "clicked") { [weak self] in self?.onAdd?() }
        onSignal(ui["import_button"], "clicked") { [weak self] in self?.onImport?() }
        onSignal(ui["empty_import_button"], "clicked") { [weak self] in self?.onImport?() }
        onSignal(ui["edit_button"], "clicked") { [weak self] in
            guard let self, let row = self.table.selectedRow else { return }
            self.onEdit?(row)
        }
        onSignal(ui["export_button"], "clicked") { [weak self] in
            guard let self, let row = self.table.selectedRow else { return }
            self.onExport?(row)
        }
        onSignal(ui["delete_button"], "clicked") { [weak self] in
            guard let self, let row = self.table.selectedRow else { return }
            self.onDelete?(row)
        }
        table.onActivate = { [weak self] row in self?.onEdit?(row) }
        table.onSelectionChanged = { [weak self] in self?.updateButtons() }
        installDeleteKey()
    }

    /// The Delete key on the table deletes the selected row (with Undo).
    private func installDeleteKey() {
        let controller = gtk_shortcut_controller_new()!
        let trigger = gtk_shortcut_trigger_parse_string("Delete")
        let box = Unmanaged.passRetained(ClosureBox<@MainActor () -> Void>({ [weak self] in
            guard let self, let row = self.table.selectedRow else { return }
            self.onDelete?(row)
        })).toOpaque()
        let callback: GtkShortcutFunc = { _, _, data in
            let box = Unmanaged<ClosureBox<@MainActor () -> Void>>.fromOpaque(data!).takeUnretainedValue()
            MainActor.assumeIsolated { box.body() }
            return 1
        }
        let action = gtk_callback_action_new(callback, box, { data in
            Unmanaged<ClosureBox<@MainActor () -> Void>>.fromOpaque(data!).release()
        })
        gtk_shortcut_controller_add_shortcut(c(raw(controller)), gtk_shortcut_new(trigger, action))
        gtk_widget_add_controller(c(table.view), c(raw(controller)))
    }

    /// Puts `items` in the page's "More" menu (actions of the page's own group "page").
    /// The toolbar's More menu; an item `about: .selectedRow` is greyed out while no row is
    /// selected (it acts on the selected one).
    func setMoreMenu(_ items: [MoreItem]) {
        let menu = g_menu_new()!
        let group = g_simple_action_group_new()!
        let actions = ActionGroup(map: raw(group))
        for item in items {
            g_menu_append(menu, item.label, "page.\(item.action)")
            actions.add(item.action, item.run)
        }
        selectionActions = items.filter { $0.about == .selectedRow }.map(\.action)
        defer { updateButtons() }
        gtk_widget_insert_action_group(c(root), "page", OpaquePointer(group))
        gtk_menu_button_set_menu_model(c(ui["more_button"]), c(raw(menu)))
        Widget.setVisible(ui["more_button"], true)
        moreActions = actions
    }

    private var moreActions: ActionGroup?
    /// The More menu's actions that need a selected row.
    private var selectionActions: [String] = []

    /// One item of the More menu.
    struct MoreItem {
        enum Scope { case page, selectedRow }
        let label: String
        let action: String
        var about: Scope = .page
        let run: @MainActor () -> Void
    }

    /// Shows the toolbar's toggle button, an eye icon (off at first), named `name` for screen
    /// readers and in its tooltip; `handler` gets its state at every toggle.
    func setToggle(name: String, _ handler: @escaping @MainActor (Bool) -> Void) {
        let button = ui["toggle_button"]
        Widget.setAccessibleLabel(button, name)
        Widget.setTooltip(button, name)
        Widget.setVisible(button, true)
        onSignal(button, "toggled") { handler(gtk_toggle_button_get_active(c(button)) != 0) }
    }

    /// Shows the Export… button for the selected row; `name` is its accessible name and tooltip.
    func setExport(name: String, _ handler: @escaping (Row) -> Void) {
        onExport = handler
        Widget.setAccessibleLabel(ui["export_button"], name)
        Widget.setTooltip(ui["export_button"], name)
        Widget.setVisible(ui["export_button"], true)
    }

    func setRows(_ rows: [Row]) {
        table.setRows(rows)
        refreshState()
    }

    func focusSearch() { Widget.grabFocus(ui["search_entry"]) }

    /// Changes the search entry's text as typing does (one character added at the end, or one
    /// removed) and filters at once, without the entry's typing delay. Used by the benchmark.
    func type(_ query: String) {
        let entry = vp_editable(ui["search_entry"])
        let current = Editable.text(ui["search_entry"])
        if query.hasPrefix(current) {
            var position = Int32(current.count)
            gtk_editable_insert_text(entry, String(query.dropFirst(current.count)), -1, &position)
        } else {
            gtk_editable_delete_text(entry, Int32(query.count), -1)
        }
        searchChanged()
    }

    private func searchChanged() {
        table.setQuery(Editable.text(ui["search_entry"]))
        refreshState()
    }

    private func refreshState() {
        let query = Editable.value(ui["search_entry"])
        let state: String
        if table.rowCount == 0 { state = "empty" } else if table.visibleCount == 0 { state = "no-results" } else { state = "table" }
        gtk_stack_set_visible_child_name(c(ui["content_stack"]), state)
        Label.set(ui["no_results_text"], texts.noResults(query))
        Label.set(ui["count_label"], table.rowCount == 0 ? "" : texts.countFormat(table.visibleCount, table.rowCount))
        Widget.setVisible(ui["search_entry"], table.rowCount > 0)
        updateButtons()
    }

    private func updateButtons() {
        let hasSelection = table.selectedRow != nil
        Widget.setSensitive(ui["edit_button"], hasSelection)
        Widget.setSensitive(ui["delete_button"], hasSelection)
        Widget.setSensitive(ui["export_button"], hasSelection)
        for action in selectionActions { moreActions?.setEnabled(action, hasSelection) }
    }
}
