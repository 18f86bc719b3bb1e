import PDFSupport
import PlannerCore

/// `pdf-attendance`: evidence for a grant. One signature sheet per event of the programme that
/// takes place (cancelled items get none), listing the people the event is for, with a few
/// blank rows for those who join on the day; then one participant list per invited town. Every
/// list has a column wide and tall enough to sign in, and each sheet ends with a line for the
/// organiser's signature.
///
/// A mark in the Photos column flags whoever has not consented to photos, with a legend under
/// the list, so the photographer at the event knows whose pictures not to publish.
final class PDFAttendanceExporter: Exporter {
    let format = ExportFormat(id: "pdf-attendance", name: Localization.tr("Attendance sheets (PDF)"), fileExtension: "pdf",
                              mimeType: "application/pdf", scopes: [.visit], options: [ExportOption.paperSize()], usesLanguages: true)

    /// Empty numbered rows under each event's list, for people not on it.
    static let blankRows = 3
    /// Room to sign: a row is at least this tall.
    static let signatureHeight = 26.0
    /// Beside the name of a person without photo consent (DejaVu has the glyph).
    static let noPhotosMark = "✗"

    func export(_ job: ExportJob, to output: ExportOutput) throws {
        let snapshot = job.snapshot
        let pdf = PDFDocument(url: output.url, paper: PDFPaper(job: job), header: VisitPDF.runningHeader(snapshot),
                              info: VisitPDF.info(job, subject: Localization.tr("Attendance sheets")))
        let languages = TitleLanguages.list(preferred: job.languages, visit: snapshot.visit)
        let zone = snapshot.details.hostTown.timeZone
        let resolver = AudienceResolver(snapshot)
        // Grant evidence is signed by people of every town: the sheets speak all the visit's languages.
        func label(_ make: () -> String) -> String { VisitPDF.label(job, make) }

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
            pdf.title(label { Localization.tr("Attendance sheet") }, subtitle: PDFRichText(title))
            var facts: [(key: String, value: PDFRichText)] = [
                (label { Localization.tr("Event") }, .bold(title)),
                (label { Localization.tr("Date") }, PDFRichText(label { VisitPDF.dayHeading(time.day) })),
                (label { Localization.tr("Time") }, PDFRichText(time.label)),
            ]
            let place = VisitPDF.place(item.location)
            if !place.isEmpty { facts.append((label { Localization.tr("Place") }, PDFRichText(place))) }
            facts.append((label { Localization.tr("For") }, PDFRichText(label { resolver.summary(of: item.audience) })))
            pdf.keyValues(facts, keyWidth: job.catalogs.count > 1 ? 0.3 : 0.18)
            pdf.space(4)
            let people = resolver.participants(of: item.audience)
            pdf.table(sheet(people, job: job, blankRows: Self.blankRows,
                            continuation: PDFText.tr("{title} (continued)", ["title": title])))
            pdf.keepTogether {
                photoLegend(people, job: job, into: pdf)
                organiserSignature(pdf, job: job)
            }
        }

        for town in snapshot.details.partnerTowns {
            newSheet()
            pdf.title(label { Localization.tr("Participant list") }, subtitle: PDFRichText(town.label))
            pdf.keyValues([(label { Localization.tr("Visit") }, .bold(snapshot.visit.title)),
                           (label { Localization.tr("Dates") }, PDFRichText(label { VisitPDF.dates(snapshot.visit) })),
                           (label { Localization.tr("Host town") }, PDFRichText(snapshot.details.hostTown.label)),
                           (label { Localization.tr("Invited town") }, PDFRichText(town.label))], keyWidth: job.catalogs.count > 1 ? 0.3 : 0.18)
            pdf.space(4)
            let people = snapshot.participants.filter { $0.townId != nil && $0.townId == town.id }
            pdf.table(sheet(people, job: job, blankRows: 0,
                            continuation: PDFText.tr("{title} (continued)", ["title": town.label])))
            if people.isEmpty { VisitPDF.paragraphs(job, style: .small, into: pdf) { Localization.tr("Nobody from this town is on the list yet.") } }
            pdf.keepTogether {
                photoLegend(people, job: job, into: pdf)
                organiserSignature(pdf, job: job)
            }
        }
        if first { VisitPDF.paragraphs(job, into: pdf) { Localization.tr("The visit has no events and no invited towns yet.") } }
        try pdf.finish()
    }

    /// The legend of the photo mark, when someone on the list has no photo consent.
    private func photoLegend(_ people: [Participant], job: ExportJob, into pdf: PDFDocument) {
        guard people.contains(where: { !$0.photoConsent }) else { return }
        VisitPDF.paragraphs(job, style: .small, into: pdf) {
            PDFText.tr("{mark} under Photos: no photo consent. Do not publish photos in which this person can be recognised.",
                       ["mark": Self.noPhotosMark])
        }
    }

    /// No., name, photo consent, town, country and a signature column; one row per person, then
    /// blank rows.
    private func sheet(_ people: [Participant], job: ExportJob, blankRows: Int, continuation: String) -> PDFTable {
        let snapshot = job.snapshot
        func label(_ make: () -> String) -> String { VisitPDF.label(job, make) }
        var table = PDFTable(columns: [PDFTable.Column(label { Localization.tr("No.") }, width: 0.06, alignment: .right),
                                       PDFTable.Column(label { Localization.tr("Name") }, width: 0.28),
                                       PDFTable.Column(label { Localization.tr("Photos") }, width: 0.10, alignment: .center),
                                       PDFTable.Column(label { Localization.tr("Town") }, width: 0.18),
                                       PDFTable.Column(label { Localization.tr("Country") }, width: 0.11),
                                       PDFTable.Column(label { Localization.tr("Signature") }, width: 0.27)])
        table.minRowHeight = Self.signatureHeight
        table.style = PDFTextStyle(size: 9.5, spaceAfter: 0)
        table.padding = (5, 6)
        table.continuation = PDFRichText(continuation)
        for (index, person) in people.enumerated() {
            let town = snapshot.town(of: person)
            table.addRow([PDFCell("\(index + 1)"), PDFCell(person.fullName),
                          PDFCell(person.photoConsent ? "" : PDFRichText.colored(Self.noPhotosMark, .red, bold: true)),
                          PDFCell(town?.name ?? ""), PDFCell(town?.countryCode ?? ""), .signature()])
        }
        for index in 0..<blankRows {
            table.addRow([PDFCell("\(people.count + index + 1)"), "", "", "", "", .signature()])
        }
        // The organiser's confirmation never stands alone on a page: the last row goes with it.
        if !table.rows.isEmpty { table.rows[table.rows.count - 1].keepWithNext = true }
        return table
    }

    /// "Confirmed by the organiser: date, name, signature".
    private func organiserSignature(_ pdf: PDFDocument, job: ExportJob) {
        func label(_ make: () -> String) -> String { VisitPDF.label(job, make) }
        pdf.space(10)
        pdf.paragraph(label { Localization.tr("Confirmed by the organiser") }, style: PDFTextStyle.body.with(bold: true, spaceAfter: 0))
        pdf.signatureLine(label { Localization.tr("Date, name and signature") })
    }

}

final class PDFAttendancePlugin: PlannerPlugin {
    func register(in registrar: PluginRegistrar) { registrar.add(PDFAttendanceExporter()) }
}

@_cdecl("visitplanner_plugin_entry")
public func visitplannerPluginEntry() -> UnsafeMutableRawPointer {
    Unmanaged.passRetained(PDFAttendancePlugin() as AnyObject).toOpaque()
}
