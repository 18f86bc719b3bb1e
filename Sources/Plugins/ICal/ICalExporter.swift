import Foundation
import PlannerCore

/// `ical`: RFC 5545 calendar files for the visit, a person, an interpreter's work or a host
/// family's tasks. Written by hand, because libical prefixes its TZIDs and its builders are
/// variadic C functions Swift cannot call: CR LF line ends, lines folded at 75 octets,
/// TEXT escaped, a VTIMEZONE for every TZID used, times in each item's own zone, stable UIDs.
final class ICalExporter: Exporter {
    let format = ExportFormat(id: "ical", name: Localization.tr("Calendar (iCal)"), fileExtension: "ics", mimeType: "text/calendar",
                              scopes: [.visit, .person, .household, .interpreter, .eachPerson, .eachHousehold])

    func export(_ job: ExportJob, to output: ExportOutput) throws {
        let calendar = ICalCalendar(job)
        // SEQUENCE is the item's stored revision: it grows with each real change of the item,
        // so a calendar that imported an earlier file takes the new version.
        let revisions = Dictionary(job.snapshot.programme.compactMap { item in item.id.map { ($0, item.revision) } },
                                   uniquingKeysWith: { first, _ in first })
        try output.write(Data(calendar.component(stamp: job.generatedAt, revisions: revisions).bytes))
    }
}

final class ICalPlugin: PlannerPlugin {
    func register(in registrar: PluginRegistrar) { registrar.add(ICalExporter()) }
}

@_cdecl("visitplanner_plugin_entry")
public func visitplannerPluginEntry() -> UnsafeMutableRawPointer {
    Unmanaged.passRetained(ICalPlugin() as AnyObject).toOpaque()
}
