import PDFSupport
import PlannerCore

/// `pdf-host-letter`: the letter a host family gets before the visit. Its guests one by one
/// (age, languages, diet and allergies, arrival and departure, phone, their group leader and,
/// for the young, the contact at home), whom to call, then a sheet for every day: when to bring
/// the guests and pick them up, the items the family takes part in, and the meals that are
/// the family's. Item titles are in the host town's language (the visit's first language;
/// `--language` overrides); the labels are in the app's language.
///
/// Batches (`each-household`) make one letter per household hosting a guest of the visit.
final class PDFHostLetterExporter: Exporter {
    let format = ExportFormat(id: "pdf-host-letter", name: Localization.tr("Host family letter (PDF)"), fileExtension: "pdf",
                              mimeType: "application/pdf", scopes: [.household, .eachHousehold], options: [ExportOption.paperSize()],
                              usesLanguages: true)

    func export(_ job: ExportJob, to output: ExportOutput) throws {
        guard case .household(let household) = job.target else {
            throw ExportError(Localization.tr("A host family letter is made for one household."))
        }
        let snapshot = job.snapshot
        let visit = snapshot.visit
        let languages = job.languages.isEmpty ? Array(visit.languages.prefix(1)) : job.languages
        let schedule = HouseholdSchedule(household, in: snapshot, languages: languages)
        let pdf = PDFDocument(url: output.url, paper: PDFPaper(job: job),
                              header: PDFRunningHeader(left: "\(visit.title) · \(VisitPDF.dates(visit))", right: household.name),
                              info: VisitPDF.info(job, subject: PDFText.tr("Letter to the host family {name}", ["name": household.name])))
        pdf.title(household.name, subtitle: PDFRichText(PDFText.tr("Host family letter · {visit}", ["visit": visit.title])))
        let dear = household.contactPerson.isEmpty ? household.name : household.contactPerson
        pdf.paragraph(PDFText.tr("Dear {name},", ["name": dear]))
        pdf.paragraph(PDFText.tr("thank you for welcoming guests during “{visit}” ({dates}). This letter introduces your guests, with what they eat and what they are allergic to, and lists day by day when to bring them and pick them up and which meals are yours.",
                                 ["visit": visit.title, "dates": VisitPDF.dates(visit)]))

        contacts(snapshot, guests: schedule.guests, into: pdf)
        guard !schedule.guests.isEmpty else {
            pdf.space(8)
            pdf.paragraph(PDFRichText.bold(Localization.tr("No guests are placed with you for this visit yet.")))
            try pdf.finish()
            return
        }
        pdf.heading(schedule.guests.count == 1 ? Localization.tr("Your guest") : Localization.tr("Your guests"))
        for (guest, needs) in zip(schedule.guests, schedule.needs) {
            self.guest(guest, needs: needs, snapshot: snapshot, into: pdf)
        }

        pdf.heading(Localization.tr("Day by day"))
        pdf.paragraph(PDFText.tr("Times in {zone} unless another zone is named.", ["zone": snapshot.details.hostTown.timeZone]), style: .small)
        for day in schedule.days {
            pdf.keepTogether {
                pdf.heading(VisitPDF.dayHeading(day.date), level: 2)
                var table = PDFTable(columns: [PDFTable.Column(Localization.tr("Time"), width: 0.19),
                                               PDFTable.Column(Localization.tr("What to do"), width: 0.81)])
                table.showsHeader = false
                table.lines = .rows
                table.style = PDFTextStyle(size: 9.5, spaceAfter: 0)
                table.padding = (5, 5)
                table.continuation = PDFRichText(PDFText.tr("{day} (continued)", ["day": VisitPDF.dayHeading(day.date)]))
                for entry in day.entries { table.addRow(row(entry)) }
                pdf.table(table)
            }
        }
        try pdf.finish()
    }

    /// One guest in a frame: name, role and town, then the facts a family needs.
    private func guest(_ guest: Participant, needs: GuestNeeds, snapshot: VisitSnapshot, into pdf: PDFDocument) {
        let town = snapshot.town(of: guest)
        pdf.box(PDFBoxStyle(border: .lightGray, background: nil, lineWidth: 0.8, padding: 8)) {
            pdf.paragraph(PDFRichText(runs: [PDFRichText.Run(guest.fullName, bold: true, size: 12, color: .accent)])
                          + PDFRichText("  ") + .small([guest.role.displayName, town?.label ?? ""].filter { !$0.isEmpty }.joined(separator: ", ")),
                          style: PDFTextStyle(spaceAfter: 4))
            var facts: [(key: String, value: PDFRichText)] = []
            if let age = guest.age(at: snapshot.visit) {
                facts.append((Localization.tr("Age"), PDFRichText(guest.isMinor(at: snapshot.visit)
                                                                  ? PDFText.tr("{age} (minor)", ["age": String(age)]) : String(age))))
            }
            if !guest.languages.isEmpty {
                facts.append((Localization.tr("Languages"), PDFRichText(guest.languages.map {
                    "\(VisitPDF.languageName($0.code)) (\($0.level.displayName))"
                }.joined(separator: ", "))))
            }
            facts.append((Localization.tr("Diet and allergies"),
                          needs.isEmpty ? PDFRichText(needs.summary) : .colored(needs.points.joined(separator: "; "), .red, bold: true)))
            var home: [String] = []
            if guest.needsSmokeFreeHome { home.append(Localization.tr("a smoke-free home")) }
            if guest.needsGroundFloor { home.append(Localization.tr("a room on the ground floor")) }
            if guest.needsStepFree { home.append(Localization.tr("step-free access")) }
            if !home.isEmpty { facts.append((Localization.tr("Needs"), PDFRichText(home.joined(separator: ", ")))) }
            if let arrival = guest.arrival { facts.append((Localization.tr("Arrival"), PDFRichText(Self.travel(arrival)))) }
            if let departure = guest.departure { facts.append((Localization.tr("Departure"), PDFRichText(Self.travel(departure)))) }
            let reach = [guest.phone, guest.email].filter { !$0.isEmpty }
            if !reach.isEmpty { facts.append((Localization.tr("Phone and e-mail"), PDFRichText(reach.joined(separator: ", ")))) }
            // The leaders are in "Whom to call"; the contact at home is the guest's own.
            for contact in GuestBooklet.contacts(of: guest, household: nil, in: snapshot) where contact.kind == .home {
                let value = [contact.name, contact.phone].filter { !$0.isEmpty }.joined(separator: ", ")
                facts.append((contact.label, PDFRichText(value)))
            }
            pdf.keyValues(facts, keyWidth: 0.26)
        }
    }

    /// The organizers of the host town and the group leaders of the guests, to call with any
    /// question.
    private func contacts(_ snapshot: VisitSnapshot, guests: [Participant], into pdf: PDFDocument) {
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
        pdf.heading(Localization.tr("Whom to call"))
        var table = PDFTable(columns: [PDFTable.Column(Localization.tr("Who"), width: 0.15),
                                       PDFTable.Column(Localization.tr("Name"), width: 0.25),
                                       PDFTable.Column(Localization.tr("Phone"), width: 0.26),
                                       PDFTable.Column(Localization.tr("E-mail"), width: 0.34)])
        table.lines = .rows
        table.style = PDFTextStyle(size: 9.5, spaceAfter: 0)
        table.padding = (5, 4)
        for contact in contacts {
            table.addRow([PDFCell(contact.label), PDFCell(contact.name),
                          PDFCell(PDFRichText.bold(contact.phone.isEmpty ? "–" : contact.phone)), PDFCell(contact.email)])
        }
        pdf.table(table)
    }

    /// Time, then the task; meals and bring/pick-up stand out.
    private func row(_ entry: HouseholdScheduleEntry) -> [PDFCell] {
        let time: PDFRichText
        switch entry.task {
        case .meal(_, nil):
            time = .small(Localization.tr("Morning"))
        case .bring where entry.time.isTimeUnknown || entry.time.isAllDay:
            // An all-day item: only the day is known.
            time = .small(Localization.tr("Morning"))
        case .pickUp where entry.time.isTimeUnknown || entry.time.isAllDay:
            time = .small(Localization.tr("Evening"))
        default:
            time = .bold(entry.time.label)
        }
        var text: PDFRichText
        switch entry.task {
        case .meal, .bring, .pickUp: text = .bold(entry.summary)
        case .guestsArrive, .guestsLeave: text = .colored(entry.summary, .accent, bold: true)
        case .takePart: text = PDFRichText(entry.summary)
        }
        // Where exactly (the summary names the place only).
        if entry.item != nil, !entry.location.address.isEmpty, entry.location.address != entry.location.name {
            text += .newline + .small(entry.location.address)
        }
        return [PDFCell(time), PDFCell(text)]
    }

    /// "Thursday 2027-05-13 17:00, Bus, Náměstí Míru".
    static func travel(_ travel: Travel) -> String {
        let when = VisitPDF.dayHeading(travel.date) + (travel.time.map { " \($0)" } ?? "")
        return ([when, travel.means.displayName] + (travel.place.isEmpty ? [] : [travel.place])).joined(separator: ", ")
    }
}

final class PDFHostLetterPlugin: PlannerPlugin {
    func register(in registrar: PluginRegistrar) { registrar.add(PDFHostLetterExporter()) }
}

@_cdecl("visitplanner_plugin_entry")
public func visitplannerPluginEntry() -> UnsafeMutableRawPointer {
    Unmanaged.passRetained(PDFHostLetterPlugin() as AnyObject).toOpaque()
}
