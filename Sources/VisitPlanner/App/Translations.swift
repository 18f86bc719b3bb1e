import CGtk
import Foundation
import PlannerCore

/// Sets up gettext for the `visitplanner` domain, for the window and for the core's messages.
enum Translations {
    static func install() {
        setlocale(LC_ALL, "")
        bindtextdomain("visitplanner", Resources.shared.localeDirectory)
        bind_textdomain_codeset("visitplanner", "UTF-8")
        textdomain("visitplanner")
        Localization.install { L($0) }
    }
}
