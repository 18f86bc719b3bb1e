import PlannerCore

/// `csv-placements`: one row per guest: the host family they stay with (or none yet), the
/// placement's status and the family's contact.
final class CSVPlacementsExporter: Exporter {
    /// Computed: the separator and byte-order mark default to the convention of the language
    /// spoken when it is read (`CSVDocument.exportOptions`).
    var format: ExportFormat {
        ExportFormat(id: "csv-placements", name: Localization.tr("Placements (CSV)"), fileExtension: "csv",
                     mimeType: "text/csv", scopes: [.visit], options: CSVDocument.exportOptions(), usesLanguages: false)
    }

    func export(_ job: ExportJob, to output: ExportOutput) throws {
        let snapshot = job.snapshot
        var csv = CSVDocument(header: [Localization.tr("Guest"), Localization.tr("Town"), Localization.tr("Arrival"),
                                       Localization.tr("Departure"), Localization.tr("Host family"), Localization.tr("Status"),
                                       Localization.tr("Offered on"), Localization.tr("Offered how"), Localization.tr("Answer"),
                                       Localization.tr("Override reason"), Localization.tr("Contact person"),
                                       Localization.tr("Address"), Localization.tr("Phone"), Localization.tr("Email")],
                              separator: CSVDocument.separator(of: job))
        for guest in snapshot.participants where guest.isGuest(of: snapshot.details) {
            let placement = guest.id.flatMap { snapshot.placement(of: $0) }
            let household = placement.flatMap { snapshot.household(id: $0.householdId) }
            csv.append([guest.fullName, snapshot.town(of: guest)?.name ?? "", guest.arrival?.date.description ?? "",
                        guest.departure?.date.description ?? "", household?.name ?? Localization.tr("not placed"),
                        placement?.status.displayName ?? "", placement?.offeredOn?.description ?? "", placement?.offeredHow ?? "",
                        placement?.answerNote ?? "", placement?.overrideReason ?? "", household?.contactPerson ?? "",
                        household?.address ?? "", CSVDocument.phone(household?.phone ?? ""), household?.email ?? ""])
        }
        try output.write(csv.text(byteOrderMark: job.flag("bom")))
    }
}

final class CSVPlacementsPlugin: PlannerPlugin {
    func register(in registrar: PluginRegistrar) { registrar.add(CSVPlacementsExporter()) }
}

@_cdecl("visitplanner_plugin_entry")
public func visitplannerPluginEntry() -> UnsafeMutableRawPointer {
    Unmanaged.passRetained(CSVPlacementsPlugin() as AnyObject).toOpaque()
}
