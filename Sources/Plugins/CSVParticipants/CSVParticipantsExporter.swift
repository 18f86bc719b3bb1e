import PlannerCore

/// `csv-participants`: one row per participant of the visit.
final class CSVParticipantsExporter: Exporter {
    /// Computed: the separator and byte-order mark default to the convention of the language
    /// spoken when it is read (`CSVDocument.exportOptions`).
    var format: ExportFormat {
        ExportFormat(id: "csv-participants", name: Localization.tr("Participants (CSV)"), fileExtension: "csv",
                     mimeType: "text/csv", scopes: [.visit], options: CSVDocument.exportOptions(), usesLanguages: false)
    }

    func export(_ job: ExportJob, to output: ExportOutput) throws {
        let snapshot = job.snapshot
        var csv = CSVDocument(header: [Localization.tr("Given name"), Localization.tr("Family name"), Localization.tr("Role"),
                                       Localization.tr("Town"), Localization.tr("Country"), Localization.tr("Date of birth"),
                                       Localization.tr("Age"), Localization.tr("Gender"), Localization.tr("Languages"),
                                       Localization.tr("Diet"), Localization.tr("Allergies"), Localization.tr("Arrival"),
                                       Localization.tr("Departure"), Localization.tr("Phone"), Localization.tr("Email"),
                                       Localization.tr("Host family")],
                              separator: CSVDocument.separator(of: job))
        for person in snapshot.participants {
            let town = snapshot.town(of: person)
            let household = person.id.flatMap(snapshot.placement(of:)).flatMap { snapshot.household(id: $0.householdId) }
            csv.append([person.givenName, person.familyName, person.role.displayName, town?.name ?? "", town?.countryCode ?? "",
                        person.birthDate?.description ?? "", person.age(at: snapshot.visit).map(String.init) ?? "",
                        person.gender == .notStated ? "" : person.gender.displayName,
                        person.languages.map(\.displayName).joined(separator: ", "),
                        person.dietText,
                        person.allergies, travel(person.arrival), travel(person.departure), CSVDocument.phone(person.phone), person.email,
                        household?.name ?? ""])
        }
        try output.write(csv.text(byteOrderMark: job.flag("bom")))
    }

    private func travel(_ travel: Travel?) -> String {
        guard let travel else { return "" }
        return [travel.date.description, travel.time?.description ?? "", travel.means.displayName, travel.place]
            .filter { !$0.isEmpty }.joined(separator: " ")
    }
}

extension Participant {
    /// The diets, then the free-text note, as one cell ("Vegan", "Other diet, sans porc").
    var dietText: String {
        (diets.map(\.displayName) + (dietNote.isEmpty ? [] : [dietNote])).joined(separator: ", ")
    }
}

final class CSVParticipantsPlugin: PlannerPlugin {
    func register(in registrar: PluginRegistrar) {
        registrar.add(CSVParticipantsExporter())
        registrar.add(DietReport())
    }
}

@_cdecl("visitplanner_plugin_entry")
public func visitplannerPluginEntry() -> UnsafeMutableRawPointer {
    Unmanaged.passRetained(CSVParticipantsPlugin() as AnyObject).toOpaque()
}
