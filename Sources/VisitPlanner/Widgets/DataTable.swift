import CGtk
import Foundation
import PlannerCore

/// A sortable, searchable GtkColumnView over Swift rows.
///
/// GTK list models hold GObjects, so each row is a GtkStringObject carrying the row's id; the
/// Swift side keeps the rows and their display strings. The model chain is
/// store (the rows matching the search) → sort (column headers) → single selection.
@MainActor
final class DataTable<Row> {
    struct Column {
        var title: String
        var text: (Row) -> String
        /// Sort order; nil: sort by the text.
        var less: ((Row, Row) -> Bool)?
        var expand = false
        var numeric = false
    }

    let view: GPointer
    /// The rows shown now, in the rows' own order; the sort model above it orders them by column.
    private let store: OpaquePointer
    private let selection: OpaquePointer
    private let columns: [Column]
    private let id: (Row) -> Int64
    private let searchKey: (Row) -> SearchKeyProvider
    private var rows: [Row] = []
    /// One GObject per row, kept for the rows' lifetime so a search only moves pointers.
    private var items: [GPointer?] = []
    /// Row index by the GObject that stands for it.
    private var indexByItem: [GPointer: Int] = [:]
    private var query = SearchQuery("")
    private var shown = 0
    /// Called with the row the user double-clicked or pressed Enter on.
    var onActivate: ((Row) -> Void)?
    /// Called when the selection changes.
    var onSelectionChanged: (() -> Void)?

    init(columnView: GPointer, columns: [Column], id: @escaping (Row) -> Int64,
         searchKey: @escaping (Row) -> SearchKeyProvider) {
        view = columnView
        self.columns = columns
        self.id = id
        self.searchKey = searchKey
        store = g_list_store_new(gtk_string_object_get_type())
        let sorter = gtk_column_view_get_sorter(c(columnView))!
        g_object_ref(GPointer(sorter)) // gtk_sort_list_model_new takes ownership
        let sortModel = gtk_sort_list_model_new(vp_list_model(raw(store)), sorter)!
        selection = gtk_single_selection_new(vp_list_model(raw(sortModel)))
        gtk_single_selection_set_autoselect(selection, 0)
        gtk_single_selection_set_can_unselect(selection, 1)
        gtk_column_view_set_model(c(columnView), selection)
        for column in columns { addColumn(column) }
        onSignalUInt(columnView, "activate") { [weak self] position in self?.activate(position: position) }
        onSignalUIntPair(raw(selection), "selection-changed") { [weak self] _, _ in self?.onSelectionChanged?() }
    }

    private func addColumn(_ column: Column) {
        let factory = gtk_signal_list_item_factory_new()!
        onSignal(raw(factory), "setup") { (item: GPointer?) in
            let label = Label.make("", xalign: column.numeric ? 1 : 0)
            if column.numeric { Widget.addClass(label, "numeric") }
            gtk_list_item_set_child(c(item!), c(label))
        }
        onSignal(raw(factory), "bind") { [weak self] (item: GPointer?) in
            guard let self, let object = gtk_list_item_get_item(c(item!)),
                  let row = self.indexByItem[GPointer(object)].map({ self.rows[$0] }) else { return }
            Label.set(GPointer(gtk_list_item_get_child(c(item!))), column.text(row))
        }
        let viewColumn = gtk_column_view_column_new(column.title, factory)!
        gtk_column_view_column_set_resizable(viewColumn, 1)
        gtk_column_view_column_set_expand(viewColumn, column.expand ? 1 : 0)
        let less = column.less ?? { a, b in column.text(a).localizedStandardCompare(column.text(b)) == .orderedAscending }
        let box = Unmanaged.passRetained(ClosureBox<(GPointer, GPointer) -> Int32>({ [weak self] a, b in
            guard let self, let i = self.indexByItem[a], let j = self.indexByItem[b] else { return 0 }
            if less(self.rows[i], self.rows[j]) { return -1 }
            if less(self.rows[j], self.rows[i]) { return 1 }
            return 0
        })).toOpaque()
        let compare: GCompareDataFunc = { a, b, data in
            let box = Unmanaged<ClosureBox<(GPointer, GPointer) -> Int32>>.fromOpaque(data!).takeUnretainedValue()
            return MainActor.assumeIsolated { box.body(GPointer(mutating: a!), GPointer(mutating: b!)) }
        }
        let sorter = gtk_custom_sorter_new(compare, box, { data in
            Unmanaged<ClosureBox<(GPointer, GPointer) -> Int32>>.fromOpaque(data!).release()
        })!
        gtk_column_view_column_set_sorter(viewColumn, c(raw(sorter)))
        g_object_unref(raw(sorter))
        gtk_column_view_append_column(c(view), viewColumn)
        g_object_unref(raw(viewColumn))
    }

    /// Replaces every row; keeps the selection on the same id when it still exists.
    func setRows(_ newRows: [Row]) {
        let selectedId = selectedRow.map(id)
        var newItems: [GPointer?] = []
        newItems.reserveCapacity(newRows.count)
        var newIndex: [GPointer: Int] = [:]
        newIndex.reserveCapacity(newRows.count)
        for (index, row) in newRows.enumerated() {
            let object = GPointer(gtk_string_object_new(String(id(row)))!)
            newItems.append(object)
            newIndex[object] = index
        }
        let oldItems = items
        rows = newRows
        items = newItems
        indexByItem = newIndex
        showMatches()
        for item in oldItems { g_object_unref(item) }
        if let selectedId { select(id: selectedId) }
    }

    /// Shows only the rows whose search key contains every word of `text` (accents ignored).
    ///
    /// The matching is done here and the store replaced in one splice: GtkFilterListModel
    /// re-checks every item and signals each scattered run of removed rows separately, which
    /// cost 40–50 ms per keystroke on 10,000 rows (GTK 4.8); one splice is one change.
    func setQuery(_ text: String) {
        let new = SearchQuery(text)
        guard new != query else { return }
        query = new
        showMatches()
    }

    private func showMatches() {
        var matching: [GPointer?]
        if query.isEmpty {
            matching = items
        } else {
            matching = []
            for (index, row) in rows.enumerated() where searchKey(row).key.matches(query) { matching.append(items[index]) }
        }
        let oldCount = g_list_model_get_n_items(vp_list_model(raw(store)))
        matching.withUnsafeMutableBufferPointer { buffer in
            g_list_store_splice(store, 0, oldCount, buffer.baseAddress, UInt32(buffer.count))
        }
        shown = matching.count
    }

    var rowCount: Int { rows.count }
    var visibleCount: Int { shown }

    var selectedRow: Row? {
        guard let object = gtk_single_selection_get_selected_item(selection),
              let index = indexByItem[GPointer(object)] else { return nil }
        return rows[index]
    }

    func select(id wanted: Int64) {
        let model = vp_list_model(raw(selection))
        for position in 0..<g_list_model_get_n_items(model) {
            guard let object = g_list_model_get_item(model, position) else { continue }
            defer { g_object_unref(object) }
            if let index = indexByItem[object], id(rows[index]) == wanted {
                gtk_single_selection_set_selected(selection, position)
                return
            }
        }
    }

    private func activate(position: UInt32) {
        guard let object = g_list_model_get_item(vp_list_model(raw(selection)), position) else { return }
        defer { g_object_unref(object) }
        if let index = indexByItem[object] { onActivate?(rows[index]) }
    }
}

/// What a table row offers to search-as-you-type: its text, folded once.
struct SearchKeyProvider {
    let key: SearchKey
}
