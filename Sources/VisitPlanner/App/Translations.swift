import CGtk
import Foundation
import PlannerCore

/// Sets up gettext for the `visitplanner` domain, for the window and for the core's messages,
/// and tells the core where the catalogues are, so documents can speak their readers' language.
enum Translations {
    static func install() {
        setlocale(LC_ALL, "")
        bindtextdomain(MessageCatalogs.domain, Resources.shared.localeDirectory)
        bind_textdomain_codeset(MessageCatalogs.domain, "UTF-8")
        textdomain(MessageCatalogs.domain)
        Localization.install({ L($0) }, plural: { one, other, count in L(one, other, count) })
        MessageCatalogs.use(folder: URL(fileURLWithPath: Resources.shared.localeDirectory))
    }
}
