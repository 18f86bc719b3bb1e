import PlannerCore

/// `csv-participants`: one row per participant of the visit.
///
/// Need-to-know: the diet, allergy, phone and e-mail columns are written only with the option
/// "health" (`--option health=yes`), for the organisers and the caterer; without it the file
/// says who comes from where and when, and nothing about anyone's health or how to reach them.
final class CSVParticipantsExporter: Exporter {
    /// The option that adds the health and contact columns.
    static let healthOption = "health"

    /// Computed: the separator and byte-order mark default to the convention of the language
    /// spoken when it is read (`CSVDocument.exportOptions`).
    var format: ExportFormat {
        ExportFormat(id: "csv-participants", name: Localization.tr("Participants (CSV)"), fileExtension: "csv",
                     mimeType: "text/csv", scopes: [.visit],
                     options: CSVDocument.exportOptions()
                        + [ExportOption(key: Self.healthOption, label: Localization.tr("Include health data and contacts"),
                                        kind: .flag, defaultValue: "false")],
                     usesLanguages: false)
    }

    /// One column: its heading, its cell, and whether it is health or contact data.
    private struct Column {
        let heading: String
        let sensitive: Bool
        let cell: (Participant, VisitSnapshot) -> String

        init(_ heading: String, sensitive: Bool = false, _ cell: @escaping (Participant, VisitSnapshot) -> String) {
            self.heading = heading
            self.sensitive = sensitive
            self.cell = cell
        }
    }

    /// Every column, in the file's order; the sensitive ones are left out unless asked for.
    private func columns() -> [Column] {
        [Column(Localization.tr("Given name")) { p, _ in p.givenName },
         Column(Localization.tr("Family name")) { p, _ in p.familyName },
         Column(Localization.tr("Role")) { p, _ in p.role.displayName },
         Column(Localization.tr("Town")) { p, s in s.town(of: p)?.name ?? "" },
         Column(Localization.tr("Country")) { p, s in s.town(of: p)?.countryCode ?? "" },
         Column(Localization.tr("Date of birth")) { p, _ in p.birthDate?.description ?? "" },
         Column(Localization.tr("Age")) { p, s in p.age(at: s.visit).map(String.init) ?? "" },
         Column(Localization.tr("Gender")) { p, _ in p.gender == .notStated ? "" : p.gender.displayName },
         Column(Localization.tr("Languages")) { p, _ in p.languages.map(\.displayName).joined(separator: ", ") },
         Column(Localization.tr("Diet"), sensitive: true) { p, _ in p.dietText },
         Column(Localization.tr("Allergies"), sensitive: true) { p, _ in p.allergies },
         Column(Localization.tr("Arrival")) { p, _ in Self.travel(p.arrival) },
         Column(Localization.tr("Departure")) { p, _ in Self.travel(p.departure) },
         Column(Localization.tr("Phone"), sensitive: true) { p, _ in CSVDocument.phone(p.phone) },
         Column(Localization.tr("Email"), sensitive: true) { p, _ in p.email },
         Column(Localization.tr("Host family")) { p, s in
             p.id.flatMap(s.placement(of:)).flatMap { s.household(id: $0.householdId) }?.name ?? ""
         }]
    }

    func export(_ job: ExportJob, to output: ExportOutput) throws {
        let snapshot = job.snapshot
        let health = job.flag(Self.healthOption)
        let written = columns().filter { health || !$0.sensitive }
        var csv = CSVDocument(header: written.map(\.heading), separator: CSVDocument.separator(of: job))
        for person in snapshot.participants {
            csv.append(written.map { $0.cell(person, snapshot) })
        }
        try output.write(csv.text(byteOrderMark: job.flag("bom")))
    }

    private static func travel(_ travel: Travel?) -> String {
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
