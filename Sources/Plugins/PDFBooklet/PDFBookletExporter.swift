import PDFSupport
import PlannerCore
import Synchronization

/// `pdf-booklet`: a guest's personal booklet. The cover names the guest, the visit and the host
/// family (or says it is still to be confirmed), then whom to call; the following pages are the
/// guest's own programme day by day, with places, transport, meals and who serves them, and
/// when the host family brings them and picks them up.
///
/// It speaks the guest's language (`DocumentLanguages`); with the option "bilingual" it speaks
/// the host family's too, so both can read it, and `--language xx,yy` names the two. Item titles
/// missing in the booklet's language fall back to the host language, in italics with the
/// language named. What only organizers need (working languages, status words, interpreters,
/// notes) and cancelled items are never printed.
///
/// Batches (`each-person`) make one booklet per guest: the people of the host town get none.
final class PDFBookletExporter: Exporter {
    let format = ExportFormat(id: "pdf-booklet", name: Localization.tr("Personal booklet (PDF)"), fileExtension: "pdf",
                              mimeType: "application/pdf", scopes: [.person, .eachPerson],
                              options: [ExportOption.paperSize(),
                                        ExportOption(key: "bilingual", label: Localization.tr("Also in the host family's language"),
                                                     kind: .flag, defaultValue: "false")],
                              usesLanguages: true, batchesGuestsOnly: true)

    /// The booklet maker of the last snapshot: a batch exports every guest of one snapshot,
    /// and the work their booklets share is then done once (comparing the snapshot is cheap
    /// when it is the same value: its arrays share storage).
    private let maker = Mutex<GuestBooklets?>(nil)

    private func booklets(for snapshot: VisitSnapshot) -> GuestBooklets {
        maker.withLock { cached in
            if let cached, cached.snapshot == snapshot { return cached }
            let fresh = GuestBooklets(snapshot)
            cached = fresh
            return fresh
        }
    }

    func export(_ job: ExportJob, to output: ExportOutput) throws {
        guard case .person(let guest) = job.target else {
            throw ExportError(Localization.tr("A personal booklet is made for one person."))
        }
        guard job.catalogs.count <= 2 else { throw ExportError(DocumentLanguageError.tooMany(limit: 2, given: job.languages).description) }
        let snapshot = job.snapshot
        var job = job
        let booklets = booklets(for: snapshot)
        var booklet = booklets.booklet(for: guest, languages: job.languages + TitleLanguages.spoken(guest.languages))
        if job.flag("bilingual"), !job.languagesChosen, job.catalogs.count == 1, let household = booklet.household {
            let family = DocumentLanguages.reader(household.languages, visit: snapshot.visit)
            if family != job.language.language {
                job = job.speaking([job.language, try MessageCatalogs.catalog(for: family)])
                booklet = booklets.booklet(for: guest, languages: job.languages + TitleLanguages.spoken(guest.languages))
            }
        }
        let pdf = PDFDocument(url: output.url, paper: PDFPaper(job: job),
                              header: PDFRunningHeader(left: "\(snapshot.visit.title) · \(VisitPDF.dates(snapshot.visit))",
                                                       right: guest.fullName),
                              info: VisitPDF.info(job, subject: PDFText.tr("Personal booklet of {name}", ["name": guest.fullName])))
        cover(booklet, job: job, into: pdf)
        programme(booklet, job: job, into: pdf)
        try pdf.finish()
    }

    // MARK: Cover

    private func cover(_ booklet: GuestBooklet, job: ExportJob, into pdf: PDFDocument) {
        let snapshot = job.snapshot
        let guest = booklet.guest
        let details = snapshot.details
        pdf.title(guest.fullName, subtitle: PDFRichText(VisitPDF.label(job) { PDFText.tr("Personal booklet · {visit}", ["visit": snapshot.visit.title]) }))
        var facts: [(key: String, value: PDFRichText)] = [
            (VisitPDF.label(job) { Localization.tr("Visit") },
             PDFRichText(lines: [PDFRichText(snapshot.visit.title),
                                 .small(PDFText.tr("{dates} in {town}", ["dates": VisitPDF.dates(snapshot.visit),
                                                                         "town": details.hostTown.label]))])),
        ]
        if let town = booklet.town { facts.append((VisitPDF.label(job) { Localization.tr("From") }, PDFRichText(town.label))) }
        facts.append((VisitPDF.label(job) { Localization.tr("Role") }, PDFRichText(VisitPDF.label(job) { guest.role.displayName })))
        if let arrival = guest.arrival { facts.append((VisitPDF.label(job) { Localization.tr("Arrival") }, PDFRichText(VisitPDF.travel(arrival)))) }
        if let departure = guest.departure {
            facts.append((VisitPDF.label(job) { Localization.tr("Departure") }, PDFRichText(VisitPDF.travel(departure))))
        }
        pdf.keyValues(facts, keyWidth: job.catalogs.count > 1 ? 0.3 : 0.22)

        if guest.isGuest(of: details) {
            pdf.heading(VisitPDF.label(job) { Localization.tr("Your host family") })
            hostFamily(booklet, job: job, into: pdf)
        }

        pdf.heading(VisitPDF.label(job) { Localization.tr("Emergency contacts") })
        if booklet.contacts.isEmpty {
            VisitPDF.paragraphs(job, into: pdf) { Localization.tr("No contacts are recorded yet; ask the organizers.") }
        } else {
            var table = PDFTable(columns: [PDFTable.Column(VisitPDF.label(job) { Localization.tr("Who") }, width: 0.24),
                                           PDFTable.Column(VisitPDF.label(job) { Localization.tr("Name") }, width: 0.46),
                                           PDFTable.Column(VisitPDF.label(job) { Localization.tr("Phone") }, width: 0.30)])
            table.lines = .rows
            table.style = PDFTextStyle(size: 10, spaceAfter: 0)
            table.padding = (5, 4)
            for contact in booklet.contacts {
                let name = contact.email.isEmpty ? PDFRichText(contact.name)
                    : PDFRichText(lines: [PDFRichText(contact.name), .small(contact.email)])
                table.addRow([PDFCell(VisitPDF.label(job) { contact.label }), PDFCell(name),
                              PDFCell(contact.phone.isEmpty ? PDFRichText.small("–") : PDFRichText.bold(contact.phone))])
            }
            pdf.table(table)
        }
        VisitPDF.paragraphs(job, style: .small, into: pdf) {
            Localization.tr("In a life-threatening emergency call 112, the European emergency number, from any phone.")
        }
    }

    private func hostFamily(_ booklet: GuestBooklet, job: ExportJob, into pdf: PDFDocument) {
        guard let household = booklet.household else {
            pdf.box(PDFBoxStyle(border: .lightGray, background: .shade)) {
                pdf.paragraph(PDFRichText.bold(VisitPDF.label(job) { Localization.tr("Host family to be confirmed") }))
                VisitPDF.paragraphs(job, style: .small, into: pdf) {
                    Localization.tr("The organizers will tell you where you stay before you arrive.")
                }
            }
            return
        }
        pdf.box(PDFBoxStyle(border: .accent, background: .shade, lineWidth: 1, padding: 10)) {
            pdf.paragraph(household.name, style: PDFTextStyle(size: 14, bold: true, color: .accent, spaceAfter: 4))
            var lines: [(key: String, value: PDFRichText)] = []
            if !household.contactPerson.isEmpty {
                lines.append((VisitPDF.label(job) { Localization.tr("Contact") }, PDFRichText(household.contactPerson)))
            }
            if !household.address.isEmpty { lines.append((VisitPDF.label(job) { Localization.tr("Address") }, PDFRichText(household.address))) }
            lines.append((VisitPDF.label(job) { Localization.tr("Phone") }, household.phone.isEmpty ? .small("–") : .bold(household.phone)))
            if !household.email.isEmpty { lines.append((VisitPDF.label(job) { Localization.tr("E-mail") }, PDFRichText(household.email))) }
            pdf.keyValues(lines, keyWidth: job.catalogs.count > 1 ? 0.3 : 0.2)
            if let status = booklet.placementStatus, status != .confirmed {
                // The guest needs to know it may still change, not the organizers' workflow word.
                VisitPDF.paragraphs(job, style: .small, into: pdf) { Localization.tr("This placement is not confirmed yet.") }
            }
        }
    }

    // MARK: Programme

    private func programme(_ booklet: GuestBooklet, job: ExportJob, into pdf: PDFDocument) {
        pdf.pageBreak()
        let zone = job.snapshot.details.hostTown.timeZone
        pdf.title(VisitPDF.label(job) { Localization.tr("Your programme") },
                  subtitle: PDFRichText(VisitPDF.label(job) { PDFText.tr("Times in {zone} unless another zone is named.", ["zone": zone]) }))
        if booklet.days.isEmpty {
            VisitPDF.paragraphs(job, into: pdf) { Localization.tr("Nothing in the programme for you yet.") }
            return
        }
        let familyName = booklet.household?.name ?? ""
        for day in booklet.days {
            // A day that fits on a page is not split; a longer one continues under "(continued)".
            pdf.keepTogether { self.day(day, job: job, languages: booklet.schedule.languages, familyName: familyName, into: pdf) }
        }
    }

    private func day(_ day: GuestBooklet.Day, job: ExportJob, languages: [String], familyName: String, into pdf: PDFDocument) {
        let heading = VisitPDF.label(job) { VisitPDF.dayHeading(day.date) }
        pdf.heading(heading)
        var table = PDFTable(columns: [PDFTable.Column(Localization.tr("Time"), width: 0.19),
                                       PDFTable.Column(Localization.tr("What and where"), width: 0.81)])
        table.showsHeader = false
        table.lines = .rows
        table.style = PDFTextStyle(size: 9.5, spaceAfter: 0)
        table.padding = (5, 5)
        table.continuation = PDFRichText(PDFText.tr("{day} (continued)", ["day": heading]))
        if day.breakfastAtHome {
            table.addRow([PDFCell(PDFRichText.small(VisitPDF.label(job) { Localization.tr("Morning") })),
                          PDFCell(PDFRichText.italic(VisitPDF.label(job) {
                              PDFText.tr("Breakfast with your host family {name}", ["name": familyName])
                          }))])
        }
        for line in day.lines {
            table.addRow([PDFCell(PDFRichText.bold(line.entry.time.label)), PDFCell(lines(of: line, job: job, languages: languages))])
        }
        pdf.table(table)
    }

    /// The title in bold, then what the guest does there, the place, transport, meals, what the
    /// host family does and the description.
    private func lines(of line: GuestBooklet.Line, job: ExportJob, languages: [String]) -> PDFRichText {
        let entry = line.entry
        var lines: [PDFRichText] = []
        switch entry.event {
        case .item(let item, let involvement):
            lines += VisitPDF.itemTitles(item, job: job, size: 10.5)
            // A guest leads or attends; the pairs and names of interpreting are the organizers'.
            if case .leads = involvement { lines.append(.colored(involvement.summary, .accent)) }
            let place = Self.place(entry.location)
            if !place.isEmpty { lines.append(PDFRichText(PDFText.tr("Place: {place}", ["place": place]))) }
            if !item.transport.isEmpty { lines.append(PDFRichText(PDFText.tr("Transport: {transport}", ["transport": item.transport]))) }
            if !entry.meals.isEmpty {
                lines.append(PDFRichText(PDFText.tr("Meals: {meals}", ["meals": entry.meals.map(\.summary).joined(separator: ", ")])))
            }
            if let brought = line.broughtAt {
                lines.append(.colored(brought.isAllDay ? Localization.tr("Your host family brings you here.")
                                      : PDFText.tr("Your host family brings you here for {time}.", ["time": brought.label]), .accent))
            }
            if let pickedUp = line.pickedUpAt {
                lines.append(.colored(pickedUp.isAllDay ? Localization.tr("Your host family picks you up here.")
                                      : PDFText.tr("Your host family picks you up here at {time}.", ["time": pickedUp.label]), .accent))
            }
            let description = item.description(in: languages)
            if !description.isEmpty { lines.append(.italic(description)) }
        case .arrival(let travel), .departure(let travel):
            let arrives = if case .arrival = entry.event { true } else { false }
            lines.append(PDFRichText(runs: [PDFRichText.Run(VisitPDF.label(job) {
                arrives ? Localization.tr("Arrival") : Localization.tr("Departure")
            }, bold: true, size: 10.5)]))
            lines.append(PDFRichText(([travel.means.displayName] + (travel.place.isEmpty ? [] : [travel.place])).joined(separator: ", ")))
        }
        return PDFRichText(lines: lines)
    }

    /// "Sokolovna, Tyršova 210, Horní Lhota"; the address alone when it starts with the name
    /// ("Náměstí Míru, Horní Lhota"), or the name alone.
    static func place(_ location: ItemLocation) -> String {
        switch (location.name.isEmpty, location.address.isEmpty) {
        case (false, false): location.address.hasPrefix(location.name) ? location.address : "\(location.name), \(location.address)"
        case (false, true): location.name
        case (true, false): location.address
        case (true, true): ""
        }
    }
}

final class PDFBookletPlugin: PlannerPlugin {
    func register(in registrar: PluginRegistrar) { registrar.add(PDFBookletExporter()) }
}

@_cdecl("visitplanner_plugin_entry")
public func visitplannerPluginEntry() -> UnsafeMutableRawPointer {
    Unmanaged.passRetained(PDFBookletPlugin() as AnyObject).toOpaque()
}
