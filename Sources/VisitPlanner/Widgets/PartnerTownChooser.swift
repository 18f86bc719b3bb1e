import CGtk
import PlannerCore

/// Asks which partner town's people go into an exchange file.
@MainActor
enum PartnerTownChooser {
    static func choose(parent: GPointer, towns: [Town], then chosen: @escaping @MainActor (Town) -> Void) {
        guard let root = gtk_widget_get_root(c(parent)) else { return }
        let dialog = raw(vp_message_dialog_new(c(raw(root)), GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE, tr("Export for which partner town?"))!)
        gtk_window_set_title(c(dialog), tr("Export for a Partner Town"))
        vp_message_dialog_set_secondary(c(dialog), tr("The file holds that town’s participants with stable ids: its committee can correct them and send the file back; importing it again updates, never duplicates."))
        let dropdown = raw(gtk_drop_down_new(nil, nil))
        DropDown.fill(dropdown, towns.map(\.label))
        Widget.setAccessibleLabel(dropdown, tr("Partner town"))
        gtk_box_append(c(raw(gtk_message_dialog_get_message_area(c(dialog))!)), c(dropdown))
        gtk_dialog_add_button(c(dialog), tr("Cancel"), Int32(GTK_RESPONSE_CANCEL.rawValue))
        gtk_dialog_add_button(c(dialog), tr("Export…"), Int32(GTK_RESPONSE_ACCEPT.rawValue))
        gtk_dialog_set_default_response(c(dialog), Int32(GTK_RESPONSE_ACCEPT.rawValue))
        onSignalInt(dialog, "response") { response in
            let index = DropDown.selected(dropdown)
            gtk_window_destroy(c(dialog))
            if response == Int32(GTK_RESPONSE_ACCEPT.rawValue), index < towns.count { chosen(towns[index]) }
        }
        gtk_window_present(c(dialog))
    }
}
