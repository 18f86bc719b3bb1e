import Foundation
import PlannerCore

/// `ical`: RFC 5545 calendar files for the visit, a person, an interpreter's work or a host
/// family's tasks. Written by hand (see DESIGN.md): CR LF line ends, lines folded at 75 octets,
/// TEXT escaped, a VTIMEZONE for every TZID used, times in each item's own zone, stable UIDs.
final class ICalExporter: Exporter {
    let format = ExportFormat(id: "ical", name: Localization.tr("Calendar (iCal)"), fileExtension: "ics", mimeType: "text/calendar",
                              scopes: [.visit, .person, .household, .interpreter, .eachPerson, .eachHousehold])

    /// SEQUENCE counts from here, in seconds (see `sequence(at:)`).
    static let sequenceEpoch = Date(timeIntervalSince1970: 1_704_067_200)  // 2024-01-01T00:00:00Z

    func export(_ job: ExportJob, to output: ExportOutput) throws {
        let calendar = ICalCalendar(job)
        try output.write(Data(calendar.component(stamp: job.generatedAt, sequence: Self.sequence(at: job.generatedAt)).bytes))
    }

    /// SEQUENCE of every event in a file written at `generatedAt`: the seconds since 2024.
    ///
    /// The database keeps no revision or modification time for programme items, so nothing
    /// stored can say which items changed since the last export. A number that grows with the
    /// export time is the monotonic stand-in: an export made after an edit always carries a
    /// higher SEQUENCE than any earlier file, so calendars take the new version (an unchanged
    /// event is merely rewritten as it was). It fits iCalendar's 32-bit INTEGER until 2092.
    static func sequence(at generatedAt: Date) -> Int {
        max(0, min(Int(Int32.max), Int(generatedAt.timeIntervalSince(sequenceEpoch).rounded(.down))))
    }
}

final class ICalPlugin: PlannerPlugin {
    func register(in registrar: PluginRegistrar) { registrar.add(ICalExporter()) }
}

@_cdecl("visitplanner_plugin_entry")
public func visitplannerPluginEntry() -> UnsafeMutableRawPointer {
    Unmanaged.passRetained(ICalPlugin() as AnyObject).toOpaque()
}
