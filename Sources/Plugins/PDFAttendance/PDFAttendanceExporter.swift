import PDFSupport
import PlannerCore

/// `pdf-attendance`: evidence for a grant. One signature sheet per event of the programme that
/// takes place (cancelled items get none), listing the people the event is for, with a few
/// blank rows for those who join on the day; then one participant list per invited town. Every
/// list has a column wide and tall enough to sign in, and each sheet ends with a line for the
/// organiser's signature.
final class PDFAttendanceExporter: Exporter {
    let format = ExportFormat(id: "pdf-attendance", name: Localization.tr("Attendance sheets (PDF)"), fileExtension: "pdf",
                              mimeType: "application/pdf", scopes: [.visit], options: [ExportOption.paperSize()], usesLanguages: true)

    /// Empty numbered rows under each event's list, for people not on it.
    static let blankRows = 3
    /// Room to sign: a row is at least this tall.
    static let signatureHeight = 26.0

    func export(_ job: ExportJob, to output: ExportOutput) throws {
        let snapshot = job.snapshot
        let pdf = PDFDocument(url: output.url, paper: PDFPaper(job: job), header: VisitPDF.runningHeader(snapshot),
                              info: VisitPDF.info(job, subject: Localization.tr("Attendance sheets")))
        let languages = TitleLanguages.list(preferred: job.languages, visit: snapshot.visit)
        let zone = snapshot.details.hostTown.timeZone
        let resolver = AudienceResolver(snapshot)

        let events = snapshot.programme.filter(\.isActive)
        var first = true
        func newSheet() {
            if !first { pdf.pageBreak() }
            first = false
        }
        for item in events {
            newSheet()
            let title = item.title(in: languages)
            let time = ScheduleTime(item.timing, visitTimeZone: zone)
            pdf.title(Localization.tr("Attendance sheet"), subtitle: PDFRichText(title))
            var facts: [(key: String, value: PDFRichText)] = [
                (Localization.tr("Event"), .bold(title)),
                (Localization.tr("Date"), PDFRichText(VisitPDF.dayHeading(time.day))),
                (Localization.tr("Time"), PDFRichText(time.label)),
            ]
            let place = VisitPDF.place(item.location)
            if !place.isEmpty { facts.append((Localization.tr("Place"), PDFRichText(place))) }
            facts.append((Localization.tr("For"), PDFRichText(resolver.summary(of: item.audience))))
            pdf.keyValues(facts, keyWidth: 0.18)
            pdf.space(4)
            let people = resolver.participants(of: item.audience)
            pdf.table(sheet(people, snapshot: snapshot, blankRows: Self.blankRows,
                            continuation: PDFText.tr("{title} (continued)", ["title": title])))
            pdf.keepTogether { organiserSignature(pdf) }
        }

        for town in snapshot.details.partnerTowns {
            newSheet()
            pdf.title(Localization.tr("Participant list"), subtitle: PDFRichText(town.label))
            pdf.keyValues([(Localization.tr("Visit"), .bold(snapshot.visit.title)),
                           (Localization.tr("Dates"), PDFRichText(VisitPDF.dates(snapshot.visit))),
                           (Localization.tr("Host town"), PDFRichText(snapshot.details.hostTown.label)),
                           (Localization.tr("Invited town"), PDFRichText(town.label))], keyWidth: 0.18)
            pdf.space(4)
            let people = snapshot.participants.filter { $0.townId != nil && $0.townId == town.id }
            pdf.table(sheet(people, snapshot: snapshot, blankRows: 0,
                            continuation: PDFText.tr("{title} (continued)", ["title": town.label])))
            if people.isEmpty { pdf.paragraph(Localization.tr("Nobody from this town is on the list yet."), style: .small) }
            pdf.keepTogether { organiserSignature(pdf) }
        }
        if first { pdf.paragraph(Localization.tr("The visit has no events and no invited towns yet.")) }
        try pdf.finish()
    }

    /// No., name, town, country and a signature column; one row per person, then blank rows.
    private func sheet(_ people: [Participant], snapshot: VisitSnapshot, blankRows: Int, continuation: String) -> PDFTable {
        var table = PDFTable(columns: [PDFTable.Column(Localization.tr("No."), width: 0.06, alignment: .right),
                                       PDFTable.Column(Localization.tr("Name"), width: 0.30),
                                       PDFTable.Column(Localization.tr("Town"), width: 0.24),
                                       PDFTable.Column(Localization.tr("Country"), width: 0.12),
                                       PDFTable.Column(Localization.tr("Signature"), width: 0.28)])
        table.minRowHeight = Self.signatureHeight
        table.style = PDFTextStyle(size: 9.5, spaceAfter: 0)
        table.padding = (5, 6)
        table.continuation = PDFRichText(continuation)
        for (index, person) in people.enumerated() {
            let town = snapshot.town(of: person)
            table.addRow([PDFCell("\(index + 1)"), PDFCell(person.fullName), PDFCell(town?.name ?? ""),
                          PDFCell(town?.countryCode ?? ""), .signature()])
        }
        for index in 0..<blankRows {
            table.addRow([PDFCell("\(people.count + index + 1)"), "", "", "", .signature()])
        }
        // The organiser's confirmation never stands alone on a page: the last row goes with it.
        if !table.rows.isEmpty { table.rows[table.rows.count - 1].keepWithNext = true }
        return table
    }

    /// "Confirmed by the organiser: date, name, signature".
    private func organiserSignature(_ pdf: PDFDocument) {
        pdf.space(10)
        pdf.paragraph(Localization.tr("Confirmed by the organiser"), style: PDFTextStyle.body.with(bold: true, spaceAfter: 0))
        pdf.signatureLine(Localization.tr("Date, name and signature"))
    }

}

final class PDFAttendancePlugin: PlannerPlugin {
    func register(in registrar: PluginRegistrar) { registrar.add(PDFAttendanceExporter()) }
}

@_cdecl("visitplanner_plugin_entry")
public func visitplannerPluginEntry() -> UnsafeMutableRawPointer {
    Unmanaged.passRetained(PDFAttendancePlugin() as AnyObject).toOpaque()
}
