import PDFSupport
import PlannerCore
import Synchronization

/// `pdf-booklet`: a guest's personal booklet. The cover names the guest, the visit and the host
/// family (or says it is still to be confirmed), then whom to call; the following pages are the
/// guest's own programme day by day, with places, transport, meals and who serves them, and
/// when the host family brings them and picks them up. Item titles and descriptions are in the
/// guest's languages where the visit has them (`--language` overrides); the labels are in the
/// app's language. Organizers' notes are never printed.
///
/// Batches (`each-person`) make one booklet per guest: the people of the host town get none.
final class PDFBookletExporter: Exporter {
    let format = ExportFormat(id: "pdf-booklet", name: Localization.tr("Personal booklet (PDF)"), fileExtension: "pdf",
                              mimeType: "application/pdf", scopes: [.person, .eachPerson], options: [ExportOption.paperSize()],
                              usesLanguages: true)

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

    func batchTargets(for scope: ExportScope, in snapshot: VisitSnapshot) -> [ExportTarget] {
        guard scope == .eachPerson else { return ExportBatch.defaultTargets(for: scope, in: snapshot) }
        return snapshot.participants.filter { $0.isGuest(of: snapshot.details) }.map { .person($0) }
    }

    func export(_ job: ExportJob, to output: ExportOutput) throws {
        guard case .person(let guest) = job.target else {
            throw ExportError(Localization.tr("A personal booklet is made for one person."))
        }
        let snapshot = job.snapshot
        let booklet = booklets(for: snapshot).booklet(for: guest, languages: job.languages)
        let pdf = PDFDocument(url: output.url, paper: PDFPaper(job: job),
                              header: PDFRunningHeader(left: "\(snapshot.visit.title) · \(VisitPDF.dates(snapshot.visit))",
                                                       right: guest.fullName),
                              info: VisitPDF.info(job, subject: PDFText.tr("Personal booklet of {name}", ["name": guest.fullName])))
        cover(booklet, snapshot: snapshot, into: pdf)
        programme(booklet, snapshot: snapshot, into: pdf)
        try pdf.finish()
    }

    // MARK: Cover

    private func cover(_ booklet: GuestBooklet, snapshot: VisitSnapshot, into pdf: PDFDocument) {
        let guest = booklet.guest
        let details = snapshot.details
        pdf.title(guest.fullName, subtitle: PDFRichText(PDFText.tr("Personal booklet · {visit}", ["visit": snapshot.visit.title])))
        var facts: [(key: String, value: PDFRichText)] = [
            (Localization.tr("Visit"), PDFRichText(lines: [PDFRichText(snapshot.visit.title),
                                                           .small(PDFText.tr("{dates} in {town}", ["dates": VisitPDF.dates(snapshot.visit),
                                                                                                   "town": details.hostTown.label]))])),
        ]
        if let town = booklet.town { facts.append((Localization.tr("From"), PDFRichText(town.label))) }
        facts.append((Localization.tr("Role"), PDFRichText(guest.role.displayName)))
        if let arrival = guest.arrival { facts.append((Localization.tr("Arrival"), PDFRichText(Self.travel(arrival)))) }
        if let departure = guest.departure { facts.append((Localization.tr("Departure"), PDFRichText(Self.travel(departure)))) }
        pdf.keyValues(facts, keyWidth: 0.22)

        if guest.isGuest(of: details) {
            pdf.heading(Localization.tr("Your host family"))
            hostFamily(booklet, into: pdf)
        }

        pdf.heading(Localization.tr("Emergency contacts"))
        if booklet.contacts.isEmpty {
            pdf.paragraph(Localization.tr("No contacts are recorded yet; ask the organizers."))
        } else {
            var table = PDFTable(columns: [PDFTable.Column(Localization.tr("Who"), width: 0.24),
                                           PDFTable.Column(Localization.tr("Name"), width: 0.46),
                                           PDFTable.Column(Localization.tr("Phone"), width: 0.30)])
            table.lines = .rows
            table.style = PDFTextStyle(size: 10, spaceAfter: 0)
            table.padding = (5, 4)
            for contact in booklet.contacts {
                let name = contact.email.isEmpty ? PDFRichText(contact.name)
                    : PDFRichText(lines: [PDFRichText(contact.name), .small(contact.email)])
                table.addRow([PDFCell(contact.label), PDFCell(name),
                              PDFCell(contact.phone.isEmpty ? PDFRichText.small("–") : PDFRichText.bold(contact.phone))])
            }
            pdf.table(table)
        }
        pdf.paragraph(Localization.tr("In a life-threatening emergency call 112, the European emergency number, from any phone."),
                      style: .small)
    }

    private func hostFamily(_ booklet: GuestBooklet, into pdf: PDFDocument) {
        guard let household = booklet.household else {
            pdf.box(PDFBoxStyle(border: .lightGray, background: .shade)) {
                pdf.paragraph(PDFRichText.bold(Localization.tr("Host family to be confirmed")))
                pdf.paragraph(Localization.tr("The organizers will tell you where you stay before you arrive."), style: .small)
            }
            return
        }
        pdf.box(PDFBoxStyle(border: .accent, background: .shade, lineWidth: 1, padding: 10)) {
            pdf.paragraph(household.name, style: PDFTextStyle(size: 14, bold: true, color: .accent, spaceAfter: 4))
            var lines: [(key: String, value: PDFRichText)] = []
            if !household.contactPerson.isEmpty { lines.append((Localization.tr("Contact"), PDFRichText(household.contactPerson))) }
            if !household.address.isEmpty { lines.append((Localization.tr("Address"), PDFRichText(household.address))) }
            lines.append((Localization.tr("Phone"), household.phone.isEmpty ? .small("–") : .bold(household.phone)))
            if !household.email.isEmpty { lines.append((Localization.tr("E-mail"), PDFRichText(household.email))) }
            pdf.keyValues(lines, keyWidth: 0.2)
            if let status = booklet.placementStatus, status != .confirmed {
                pdf.paragraph(PDFText.tr("Placement: {status} (not confirmed yet)", ["status": status.displayName]), style: .small)
            }
        }
    }

    // MARK: Programme

    private func programme(_ booklet: GuestBooklet, snapshot: VisitSnapshot, into pdf: PDFDocument) {
        pdf.pageBreak()
        pdf.title(Localization.tr("Your programme"),
                  subtitle: PDFRichText(PDFText.tr("Times in {zone} unless another zone is named.", ["zone": snapshot.details.hostTown.timeZone])))
        if booklet.days.isEmpty {
            pdf.paragraph(Localization.tr("Nothing in the programme for you yet."))
            return
        }
        let languages = booklet.schedule.languages
        let familyName = booklet.household?.name ?? ""
        for day in booklet.days {
            // A day that fits on a page is not split; a longer one continues under "(continued)".
            pdf.keepTogether { self.day(day, languages: languages, familyName: familyName, into: pdf) }
        }
    }

    private func day(_ day: GuestBooklet.Day, languages: [String], familyName: String, into pdf: PDFDocument) {
        pdf.heading(VisitPDF.dayHeading(day.date))
        var table = PDFTable(columns: [PDFTable.Column(Localization.tr("Time"), width: 0.19),
                                       PDFTable.Column(Localization.tr("What and where"), width: 0.81)])
        table.showsHeader = false
        table.lines = .rows
        table.style = PDFTextStyle(size: 9.5, spaceAfter: 0)
        table.padding = (5, 5)
        table.continuation = PDFRichText(PDFText.tr("{day} (continued)", ["day": VisitPDF.dayHeading(day.date)]))
        if day.breakfastAtHome {
            table.addRow([PDFCell(PDFRichText.small(Localization.tr("Morning"))),
                          PDFCell(PDFRichText.italic(PDFText.tr("Breakfast with your host family {name}", ["name": familyName])))])
        }
        for line in day.lines {
            table.addRow([PDFCell(PDFRichText.bold(line.entry.time.label)), PDFCell(lines(of: line, languages: languages))])
        }
        pdf.table(table)
    }

    /// The title in bold, then what the guest does there, the place, transport, meals, what the
    /// host family does and the description.
    private func lines(of line: GuestBooklet.Line, languages: [String]) -> PDFRichText {
        let entry = line.entry
        var lines: [PDFRichText] = [PDFRichText(runs: [PDFRichText.Run(entry.title, bold: true, size: 10.5)])]
        switch entry.event {
        case .item(let item, let involvement):
            if involvement != .attends { lines.append(.colored(involvement.summary, .accent)) }
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
            lines.append(PDFRichText(([travel.means.displayName] + (travel.place.isEmpty ? [] : [travel.place])).joined(separator: ", ")))
        }
        return PDFRichText(lines: lines)
    }

    /// "Thursday 2027-05-13 17:00, Bus, Náměstí Míru".
    static func travel(_ travel: Travel) -> String {
        let when = VisitPDF.dayHeading(travel.date) + (travel.time.map { " \($0)" } ?? "")
        return ([when, travel.means.displayName] + (travel.place.isEmpty ? [] : [travel.place])).joined(separator: ", ")
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
