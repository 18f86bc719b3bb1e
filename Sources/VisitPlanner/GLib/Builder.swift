import CGtk
import Foundation

/// Loads one view's `.ui` file and hands out its objects by id.
@MainActor
final class Builder {
    nonisolated(unsafe) let builder: OpaquePointer

    /// Loads `ui/<name>.ui` from the resource bundle (ResourceBundle.register). A missing or
    /// broken file is a packaging bug, not user input: it stops the app with GTK's reason.
    init(_ name: String) {
        LiveObjects.builderCreated()
        builder = gtk_builder_new()
        gtk_builder_set_translation_domain(builder, "visitplanner")
        let path = Resources.shared.uiResource(name)
        var error: UnsafeMutablePointer<GError>?
        if gtk_builder_add_from_resource(builder, path, &error) == 0 {
            let reason = error.map { String(cString: $0.pointee.message) } ?? "unknown error"
            fatalError("Cannot load the interface file \(path): \(reason)")
        }
    }

    /// Loads an interface written in code (the shortcuts window, from its table).
    init(xml: String) {
        LiveObjects.builderCreated()
        builder = gtk_builder_new()
        gtk_builder_set_translation_domain(builder, "visitplanner")
        var error: UnsafeMutablePointer<GError>?
        if gtk_builder_add_from_string(builder, xml, -1, &error) == 0 {
            let reason = error.map { String(cString: $0.pointee.message) } ?? "unknown error"
            fatalError("Cannot build the interface written in code: \(reason)")
        }
    }

    deinit {
        g_object_unref(GPointer(builder))
        LiveObjects.builderGone()
    }

    /// The object with this id; a missing id is a bug in the pairing of a view and its `.ui`.
    subscript(_ id: String) -> GPointer {
        guard let object = gtk_builder_get_object(builder, id) else {
            fatalError("The interface has no object “\(id)”")
        }
        return GPointer(object)
    }
}
