import CGtk
import Foundation
import PlannerCore

/// Export Personal Data… on the Participants and Host Families pages: asks where to save, then
/// writes the core's report as JSON (machine-readable, for the person or another service) and
/// its readable text beside it (for the person to read), both 0600, and says where.
@MainActor
enum PersonalDataExport {
    /// `name` proposes the file name; `report` gives the JSON and the text when the user has chosen.
    static func run(context: AppContext, parent: GPointer, name: String,
                    report: @escaping @MainActor () throws -> (json: Data, text: String)) {
        let suggested = tr("Personal data of {name}.json", ["name": name])
            .replacingOccurrences(of: "/", with: "-")
        FileChooser.save(parent: parent, title: tr("Save the Personal Data"), suggestedName: suggested) { path in
            do {
                let (json, text) = try report()
                let textPath = try PersonalDataFile.save(json: json, text: text, to: path)
                context.notify(tr("Saved to {file} and {text}", ["file": (path as NSString).lastPathComponent, "text": (textPath as NSString).lastPathComponent]), false)
            } catch let error as PersonalDataFile.WriteError {
                context.showError(tr("Cannot save the personal data"), error.message)
            } catch {
                context.showError(tr("Cannot save the personal data"), (error as? PlannerError)?.message ?? error.localizedDescription)
            }
        }
    }
}
