import CGtk
import Foundation

/// A keyboard shortcut as the shortcuts window shows it, and (with an action) as the
/// application sets it: the one table both read, so they cannot disagree.
struct Shortcut {
    enum Section: CaseIterable {
        case general, editing, pages

        var title: String {
            switch self {
            case .general: tr("General")
            case .editing: tr("Editing")
            case .pages: tr("Pages")
            }
        }
    }

    let section: Section
    /// "New visit", translated.
    let title: String
    /// GTK accelerator strings, the first one shown first: "<Control>n".
    let accelerators: [String]
    /// The detailed action name ("app.new-visit", "win.undo"); nil for keys a widget handles
    /// itself (F10 opens the main menu, Delete deletes the selected row).
    let action: String?
}

@MainActor
enum Shortcuts {
    /// Every shortcut but the pages', in the order of the shortcuts window.
    static var fixed: [Shortcut] {
        [
            Shortcut(section: .general, title: tr("New visit"), accelerators: ["<Control>n"], action: "app.new-visit"),
            Shortcut(section: .general, title: tr("Keyboard shortcuts"), accelerators: ["F1", "<Control>question"], action: "app.shortcuts"),
            Shortcut(section: .general, title: tr("Main menu"), accelerators: ["F10"], action: nil),
            Shortcut(section: .general, title: tr("Quit"), accelerators: ["<Control>q"], action: "app.quit"),
            Shortcut(section: .editing, title: tr("Undo"), accelerators: ["<Control>z"], action: "win.undo"),
            Shortcut(section: .editing, title: tr("Redo"), accelerators: ["<Control><Shift>z", "<Control>y"], action: "win.redo"),
            Shortcut(section: .editing, title: tr("Export the visit"), accelerators: ["<Control>e"], action: "win.export"),
            Shortcut(section: .editing, title: tr("Search the list"), accelerators: ["<Control>f"], action: "win.search"),
            Shortcut(section: .editing, title: tr("Add a participant or host family"), accelerators: ["<Control><Shift>n"], action: "win.add-item"),
            Shortcut(section: .editing, title: tr("Delete the selected row"), accelerators: ["Delete"], action: nil),
        ]
    }

    /// The page at `index` (from 0) of the main window: Alt+1, Alt+2…
    static func page(_ page: any VisitPage, at index: Int) -> Shortcut {
        Shortcut(section: .pages, title: page.title, accelerators: ["<Alt>\(index + 1)"], action: "win.show-\(page.id)")
    }

    /// Gives every shortcut with an action its accelerators.
    static func install(_ shortcuts: [Shortcut], on application: GPointer) {
        for shortcut in shortcuts {
            guard let action = shortcut.action else { continue }
            setAccelerators(application, action, shortcut.accelerators)
        }
    }

    /// A GtkShortcutsWindow listing `shortcuts` by section. GTK 4.8 has no API to add sections
    /// to it in code (gtk_shortcuts_window_add_section came in 4.14), so the window is written
    /// as GtkBuilder XML from the table and loaded from that string.
    static func window(_ shortcuts: [Shortcut]) -> Builder {
        func escaped(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        }
        var xml = #"<interface><object class="GtkShortcutsWindow" id="shortcuts_window"><property name="modal">true</property>"#
        xml += #"<child><object class="GtkShortcutsSection"><property name="section-name">shortcuts</property>"#
        for section in Shortcut.Section.allCases {
            let items = shortcuts.filter { $0.section == section }
            guard !items.isEmpty else { continue }
            xml += #"<child><object class="GtkShortcutsGroup"><property name="title">\#(escaped(section.title))</property>"#
            for item in items {
                xml += #"<child><object class="GtkShortcutsShortcut"><property name="title">\#(escaped(item.title))</property>"#
                xml += #"<property name="accelerator">\#(escaped(item.accelerators.joined(separator: " ")))</property></object></child>"#
            }
            xml += "</object></child>"
        }
        xml += "</object></child></object></interface>"
        return Builder(xml: xml)
    }
}
