import PDFSupport
import PlannerCore

/// `pdf-host-letter`: the letter a host family gets before the visit. Its guests one by one
/// (age, languages, diet and allergies, arrival and departure, phone, their group leader and,
/// for the young, the contact at home), whom to call, then a sheet for every day: when to bring
/// the guests and pick them up, the items the family takes part in, and the meals that are
/// the family's.
///
/// It speaks the household's language (`DocumentLanguages`); with the option "bilingual" it
/// speaks the guests' too, so the family and its guests can read it together, and `--language
/// xx,yy` names the two. What only organizers need (working languages, status words,
/// interpreters, notes) and cancelled items are never printed.
///
/// Batches (`each-household`) make one letter per household hosting a guest of the visit.
final class PDFHostLetterExporter: Exporter {
    let format = ExportFormat(id: "pdf-host-letter", name: Localization.tr("Host family letter (PDF)"), fileExtension: "pdf",
                              mimeType: "application/pdf", scopes: [.household, .eachHousehold],
                              options: [ExportOption.paperSize(),
                                        ExportOption(key: "bilingual", label: Localization.tr("Also in the guests' language"),
                                                     kind: .flag, defaultValue: "false")],
                              usesLanguages: true)

    func export(_ job: ExportJob, to output: ExportOutput) throws {
        guard case .household(let household) = job.target else {
            throw ExportError(Localization.tr("A host family letter is made for one household."))
        }
        guard job.catalogs.count <= 2 else { throw ExportError(DocumentLanguageError.tooMany(limit: 2, given: job.languages).description) }
        let snapshot = job.snapshot
        let visit = snapshot.visit
        var job = job
        var schedule = HouseholdSchedule(household, in: snapshot, languages: job.languages)
        if job.flag("bilingual"), !job.languagesChosen, job.catalogs.count == 1, let guest = schedule.guests.first {
            let guests = DocumentLanguages.reader(guest.languages, visit: visit)
            if guests != job.language.language {
                job = job.speaking([job.language, try MessageCatalogs.catalog(for: guests)])
                schedule = HouseholdSchedule(household, in: snapshot, languages: job.languages)
            }
        }
        let pdf = PDFDocument(url: output.url, paper: PDFPaper(job: job),
                              header: PDFRunningHeader(left: "\(visit.title) · \(VisitPDF.dates(visit))", right: household.name),
                              info: VisitPDF.info(job, subject: PDFText.tr("Letter to the host family {name}", ["name": household.name])))
        pdf.title(household.name, subtitle: PDFRichText(VisitPDF.label(job) { PDFText.tr("Host family letter · {visit}", ["visit": visit.title]) }))
        let dear = household.contactPerson.isEmpty ? household.name : household.contactPerson
        for (index, catalog) in job.catalogs.enumerated() {
            Localization.speaking(catalog) {
                if index > 0 { pdf.space(4) }
                let style: PDFTextStyle = index == 0 ? .body : PDFTextStyle(size: 9.5, italic: true)
                pdf.paragraph(PDFText.tr("Dear {name},", ["name": dear]), style: style)
                pdf.paragraph(PDFText.tr("thank you for welcoming guests during “{visit}” ({dates}). This letter introduces your guests, with what they eat and what they are allergic to, and lists day by day when to bring them and pick them up and which meals are yours.",
                                         ["visit": visit.title, "dates": VisitPDF.dates(visit)]), style: style)
            }
        }

        contacts(snapshot, job: job, guests: schedule.guests, into: pdf)
        guard !schedule.guests.isEmpty else {
            pdf.space(8)
            pdf.paragraph(PDFRichText.bold(VisitPDF.label(job) { Localization.tr("No guests are placed with you for this visit yet.") }))
            try pdf.finish()
            return
        }
        pdf.heading(VisitPDF.label(job) { schedule.guests.count == 1 ? Localization.tr("Your guest") : Localization.tr("Your guests") })
        for (guest, needs) in zip(schedule.guests, schedule.needs) {
            self.guest(guest, needs: needs, job: job, into: pdf)
        }

        pdf.heading(VisitPDF.label(job) { Localization.tr("Day by day") })
        VisitPDF.paragraphs(job, style: .small, into: pdf) {
            PDFText.tr("Times in {zone} unless another zone is named.", ["zone": snapshot.details.hostTown.timeZone])
        }
        for day in schedule.days {
            pdf.keepTogether {
                pdf.heading(VisitPDF.label(job) { VisitPDF.dayHeading(day.date) }, level: 2)
                var table = PDFTable(columns: [PDFTable.Column(Localization.tr("Time"), width: 0.19),
                                               PDFTable.Column(Localization.tr("What to do"), width: 0.81)])
                table.showsHeader = false
                table.lines = .rows
                table.style = PDFTextStyle(size: 9.5, spaceAfter: 0)
                table.padding = (5, 5)
                table.continuation = PDFRichText(PDFText.tr("{day} (continued)", ["day": VisitPDF.dayHeading(day.date)]))
                for entry in day.entries { table.addRow(row(entry, job: job)) }
                pdf.table(table)
            }
        }
        try pdf.finish()
    }

    /// One guest in a frame: name, role and town, then the facts a family needs.
    private func guest(_ guest: Participant, needs: GuestNeeds, job: ExportJob, into pdf: PDFDocument) {
        let snapshot = job.snapshot
        let town = snapshot.town(of: guest)
        func label(_ make: () -> String) -> String { VisitPDF.label(job, make) }
        pdf.box(PDFBoxStyle(border: .lightGray, background: nil, lineWidth: 0.8, padding: 8)) {
            pdf.paragraph(PDFRichText(runs: [PDFRichText.Run(guest.fullName, bold: true, size: 12, color: .accent)])
                          + PDFRichText("  ") + .small([label { guest.role.displayName }, town?.label ?? ""].filter { !$0.isEmpty }.joined(separator: ", ")),
                          style: PDFTextStyle(spaceAfter: 4))
            var facts: [(key: String, value: PDFRichText)] = []
            if let age = guest.age(at: snapshot.visit) {
                facts.append((label { Localization.tr("Age") }, PDFRichText(guest.isMinor(at: snapshot.visit)
                                                                  ? PDFText.tr("{age} (minor)", ["age": String(age)]) : String(age))))
            }
            if !guest.languages.isEmpty {
                facts.append((label { Localization.tr("Languages") }, PDFRichText(guest.languages.map {
                    "\(LanguageNames.current($0.code)) (\($0.level.displayName))"
                }.joined(separator: ", "))))
            }
            facts.append((label { Localization.tr("Diet and allergies") },
                          needs.isEmpty ? PDFRichText(label { needs.summary }) : .colored(job.inEach { needs.points.joined(separator: "; ") }.joined(separator: " / "), .red, bold: true)))
            var home: [String] = []
            if guest.needsSmokeFreeHome { home.append(label { Localization.tr("a smoke-free home") }) }
            if guest.needsGroundFloor { home.append(label { Localization.tr("a room on the ground floor") }) }
            if guest.needsStepFree { home.append(label { Localization.tr("step-free access") }) }
            if !home.isEmpty { facts.append((label { Localization.tr("Needs") }, PDFRichText(home.joined(separator: ", ")))) }
            if let arrival = guest.arrival { facts.append((label { Localization.tr("Arrival") }, PDFRichText(VisitPDF.travel(arrival)))) }
            if let departure = guest.departure { facts.append((label { Localization.tr("Departure") }, PDFRichText(VisitPDF.travel(departure)))) }
            let reach = [guest.phone, guest.email].filter { !$0.isEmpty }
            if !reach.isEmpty { facts.append((label { Localization.tr("Phone and e-mail") }, PDFRichText(reach.joined(separator: ", ")))) }
            // The leaders are in "Whom to call"; the contact at home is the guest's own.
            for contact in GuestBooklet.contacts(of: guest, household: nil, in: snapshot) where contact.kind == .home {
                let value = [contact.name, contact.phone].filter { !$0.isEmpty }.joined(separator: ", ")
                facts.append((label { contact.label }, PDFRichText(value)))
            }
            pdf.keyValues(facts, keyWidth: job.catalogs.count > 1 ? 0.36 : 0.26)
        }
    }

    /// The organizers of the host town and the group leaders of the guests, to call with any
    /// question.
    private func contacts(_ snapshot: VisitSnapshot, job: ExportJob, guests: [Participant], into pdf: PDFDocument) {
        var contacts: [GuestBooklet.Contact] = []
        for guest in guests {
            for contact in GuestBooklet.contacts(of: guest, household: nil, in: snapshot)
            where contact.kind == .leader || contact.kind == .organizer {
                if !contacts.contains(contact) { contacts.append(contact) }
            }
        }
        if guests.isEmpty {
            let hostTown = snapshot.details.hostTown.id
            contacts = snapshot.participants.filter { $0.role == .organizer && $0.townId == hostTown }
                .map { GuestBooklet.Contact(kind: .organizer, name: $0.fullName, phone: $0.phone, email: $0.email) }
        }
        // Organizers first: they are the family's own contacts.
        contacts = contacts.filter { $0.kind == .organizer } + contacts.filter { $0.kind != .organizer }
        guard !contacts.isEmpty else { return }
        pdf.heading(VisitPDF.label(job) { Localization.tr("Whom to call") })
        var table = PDFTable(columns: [PDFTable.Column(VisitPDF.label(job) { Localization.tr("Who") }, width: 0.15),
                                       PDFTable.Column(VisitPDF.label(job) { Localization.tr("Name") }, width: 0.25),
                                       PDFTable.Column(VisitPDF.label(job) { Localization.tr("Phone") }, width: 0.26),
                                       PDFTable.Column(VisitPDF.label(job) { Localization.tr("E-mail") }, width: 0.34)])
        table.lines = .rows
        table.style = PDFTextStyle(size: 9.5, spaceAfter: 0)
        table.padding = (5, 4)
        for contact in contacts {
            table.addRow([PDFCell(VisitPDF.label(job) { contact.label }), PDFCell(contact.name),
                          PDFCell(PDFRichText.bold(contact.phone.isEmpty ? "–" : contact.phone)), PDFCell(contact.email)])
        }
        pdf.table(table)
    }

    /// Time, then the task; meals and bring/pick-up stand out.
    private func row(_ entry: HouseholdScheduleEntry, job: ExportJob) -> [PDFCell] {
        let time: PDFRichText
        switch entry.task {
        case .meal(_, nil):
            time = .small(VisitPDF.label(job) { Localization.tr("Morning") })
        case .bring where entry.time.isTimeUnknown || entry.time.isAllDay:
            // An all-day item: only the day is known.
            time = .small(VisitPDF.label(job) { Localization.tr("Morning") })
        case .pickUp where entry.time.isTimeUnknown || entry.time.isAllDay:
            time = .small(VisitPDF.label(job) { Localization.tr("Evening") })
        default:
            time = .bold(entry.time.label)
        }
        var text: PDFRichText
        let summaries = job.inEach { entry.summary }
        switch entry.task {
        case .meal, .bring, .pickUp: text = .bold(summaries[0])
        case .guestsArrive, .guestsLeave: text = .colored(summaries[0], .accent, bold: true)
        case .takePart: text = PDFRichText(summaries[0])
        }
        // The same task in the letter's second language, under it.
        for other in summaries.dropFirst() { text += .newline + .italic(other) }
        // Where exactly (the summary names the place only).
        if entry.item != nil, !entry.location.address.isEmpty, entry.location.address != entry.location.name {
            text += .newline + .small(entry.location.address)
        }
        return [PDFCell(time), PDFCell(text)]
    }
}

final class PDFHostLetterPlugin: PlannerPlugin {
    func register(in registrar: PluginRegistrar) { registrar.add(PDFHostLetterExporter()) }
}

@_cdecl("visitplanner_plugin_entry")
public func visitplannerPluginEntry() -> UnsafeMutableRawPointer {
    Unmanaged.passRetained(PDFHostLetterPlugin() as AnyObject).toOpaque()
}
