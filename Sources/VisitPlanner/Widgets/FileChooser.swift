import CGtk
import Foundation

/// The native Open and Save dialogs (portals where the desktop has them), handing back a path.
@MainActor
enum FileChooser {
    /// Opens a file: spreadsheet exports by default, or the given patterns.
    static func open(parent: GPointer, title: String, patterns: [String]? = nil, filterName: String? = nil,
                     then done: @escaping @MainActor (String) -> Void) {
        let chooser = make(parent: parent, title: title, action: GTK_FILE_CHOOSER_ACTION_OPEN, accept: tr("_Open"))
        let filter = gtk_file_filter_new()!
        gtk_file_filter_set_name(filter, filterName ?? (patterns == nil ? tr("Spreadsheet exports (CSV, TSV, text)") : tr("Exchange files (JSON)")))
        for pattern in patterns ?? ["*.csv", "*.CSV", "*.tsv", "*.TSV", "*.txt", "*.TXT"] { gtk_file_filter_add_pattern(filter, pattern) }
        gtk_file_chooser_add_filter(chooser, filter)
        let all = gtk_file_filter_new()!
        gtk_file_filter_set_name(all, tr("All files"))
        gtk_file_filter_add_pattern(all, "*")
        gtk_file_chooser_add_filter(chooser, all)
        run(chooser, then: done)
    }

    /// Asks where to save, proposing `suggestedName` (in `folder` when given and existing).
    static func save(parent: GPointer, title: String, suggestedName: String, folder: String? = nil,
                     then done: @escaping @MainActor (String) -> Void) {
        let chooser = make(parent: parent, title: title, action: GTK_FILE_CHOOSER_ACTION_SAVE, accept: tr("_Save"))
        setFolder(chooser, folder)
        gtk_file_chooser_set_current_name(chooser, suggestedName)
        run(chooser, then: done)
    }

    /// Asks for a folder (batch exports write one file per person or household into it).
    static func folder(parent: GPointer, title: String, start: String? = nil, then done: @escaping @MainActor (String) -> Void) {
        let chooser = make(parent: parent, title: title, action: GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, accept: tr("_Select"))
        setFolder(chooser, start)
        run(chooser, then: done)
    }

    private static func setFolder(_ chooser: OpaquePointer, _ folder: String?) {
        var isFolder: ObjCBool = false
        guard let folder, FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else { return }
        let file = g_file_new_for_path(folder)!
        _ = gtk_file_chooser_set_current_folder(chooser, file, nil)
        g_object_unref(GPointer(file))
    }

    private static func make(parent: GPointer, title: String, action: GtkFileChooserAction, accept: String) -> OpaquePointer {
        let rootWindow = gtk_widget_get_root(c(parent)).map { raw($0) }
        return gtk_file_chooser_native_new(title, rootWindow.map { c($0) }, action, accept, tr("_Cancel"))!
    }

    /// Shows the dialog; on "accept" calls `done` with the chosen file's path. The dialog is
    /// released when it answers.
    private static func run(_ chooser: OpaquePointer, then done: @escaping @MainActor (String) -> Void) {
        onSignalInt(raw(chooser), "response") { response in
            defer { g_object_unref(raw(chooser)) }
            guard response == Int32(GTK_RESPONSE_ACCEPT.rawValue),
                  let file = gtk_file_chooser_get_file(chooser), let cPath = g_file_get_path(file) else { return }
            let path = String(cString: cPath)
            g_free(cPath)
            g_object_unref(GPointer(file))
            done(path)
        }
        gtk_native_dialog_show(c(raw(chooser)))
    }
}
