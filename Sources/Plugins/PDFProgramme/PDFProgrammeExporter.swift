import PDFSupport
import PlannerCore

/// `pdf-programme`: the visit's programme day by day, to print and hand out, in as many of the
/// visit's languages as asked (by default all the app has, the host's first). With one
/// language each item is one block; with two, the titles and descriptions stand side by side;
/// with more, every item's titles are stacked, one line per language, so none is dropped. The
/// fixed words (days, place, meals) are written in every language of the document.
///
/// The participants' programme (the default) leaves out what only organizers need: working
/// languages, status words, interpreting, and cancelled items. The option "organizers" keeps
/// every detail. Organizers' notes are never printed.
final class PDFProgrammeExporter: Exporter {
    let format = ExportFormat(id: "pdf-programme", name: Localization.tr("Programme (PDF)"), fileExtension: "pdf",
                              mimeType: "application/pdf", scopes: [.visit],
                              options: [ExportOption.paperSize(),
                                        ExportOption(key: "for", label: Localization.tr("Programme for"),
                                                     kind: .choice([.init("participants", label: Localization.tr("Participants")),
                                                                    .init("organizers", label: Localization.tr("Organizers (every detail)"))]),
                                                     defaultValue: "participants")],
                              usesLanguages: true)

    func export(_ job: ExportJob, to output: ExportOutput) throws {
        let snapshot = job.snapshot
        let forOrganizers = job.option("for") == "organizers"
        let pdf = PDFDocument(url: output.url, paper: PDFPaper(job: job), header: VisitPDF.runningHeader(snapshot),
                              info: VisitPDF.info(job, subject: Localization.tr("Programme")))
        func label(_ make: () -> String) -> String { VisitPDF.label(job, make) }
        let codes = job.languages

        pdf.title(snapshot.visit.title, subtitle: PDFRichText(label { PDFText.tr("Programme · {dates}", ["dates": VisitPDF.dates(snapshot.visit)]) }))
        let visitDetails = snapshot.details
        var towns: [(key: String, value: PDFRichText)] = [(label { Localization.tr("Host town") }, PDFRichText(visitDetails.hostTown.label))]
        if !visitDetails.partnerTowns.isEmpty {
            towns.append((label { Localization.tr("Partner towns") }, PDFRichText(visitDetails.partnerTowns.map(\.label).joined(separator: ", "))))
        }
        pdf.keyValues(towns, keyWidth: codes.count > 1 ? 0.34 : 0.22)
        VisitPDF.paragraphs(job, style: .small, into: pdf) {
            PDFText.tr("Times in {zone} unless another zone is named.", ["zone": visitDetails.hostTown.timeZone])
        }

        let zone = visitDetails.hostTown.timeZone
        let items = forOrganizers ? snapshot.programme : snapshot.programme.filter(\.isActive)
        let days = ScheduleDay.group(items) { ScheduleTime($0.timing, visitTimeZone: zone).days }
        if days.isEmpty {
            pdf.space(12)
            VisitPDF.paragraphs(job, into: pdf) { Localization.tr("No programme items yet.") }
        }
        let resolver = AudienceResolver(snapshot)
        let coverage = NeedCoverage.evaluate(snapshot)
        let sideBySide = codes.count == 2
        for day in days {
            let headings = job.inEach { VisitPDF.dayHeading(day.date) }
            pdf.heading(headings[0])
            if headings.count > 1 { pdf.paragraph(.small(headings.dropFirst().joined(separator: " · "), size: 9)) }
            var table = sideBySide
                ? PDFTable(columns: [PDFTable.Column(label { Localization.tr("Time") }, width: 0.18)]
                           + codes.map { PDFTable.Column(PDFRichText(VisitPDF.languageName($0)), width: 0.41) })
                : PDFTable(columns: [PDFTable.Column(label { Localization.tr("Time") }, width: 0.2),
                                     PDFTable.Column(label { Localization.tr("Programme") }, width: 0.8)])
            table.lines = .rows
            table.showsHeader = sideBySide
            table.style = PDFTextStyle(size: 9.5, spaceAfter: 0)
            table.padding = (5, 5)
            table.continuation = PDFRichText(PDFText.tr("{day} (continued)", ["day": headings[0]]))
            for item in day.entries {
                let time = PDFRichText.bold(ScheduleTime(item.timing, visitTimeZone: zone).label)
                let facts = details(of: item, job: job, forOrganizers: forOrganizers, resolver: resolver, coverage: coverage)
                if sideBySide {
                    // A column without its title marks it; the host language's title stands beside it
                    // already when that language is the other column.
                    let hostShown = codes.contains(snapshot.visit.languages.first?.lowercased() ?? "")
                    table.addRow([PDFCell(time)] + codes.map { code in
                        let description = item.descriptions[code] ?? ""
                        return PDFCell(PDFRichText(lines: [title(item, in: code, job: job, forOrganizers: forOrganizers, repeatFallback: !hostShown),
                                                           description.isEmpty ? "" : .italic(description)]))
                    }, keepWithNext: !facts.isEmpty)
                    if !facts.isEmpty { table.addRow(["", PDFCell(PDFRichText(lines: facts), span: codes.count)]) }
                } else {
                    // One language: its title and description. More than two: every title, one
                    // per line, each with its language's code; the description in the first.
                    var lines = codes.count == 1
                        ? [title(item, in: codes[0], job: job, forOrganizers: forOrganizers)]
                        : codes.map { code in
                            PDFRichText.small(code.uppercased() + "  ", size: 8, color: .gray)
                                + title(item, in: code, job: job, forOrganizers: forOrganizers)
                        }
                    let description = item.description(in: TitleLanguages.list(preferred: codes, visit: snapshot.visit))
                    if !description.isEmpty { lines.append(.italic(description)) }
                    table.addRow([PDFCell(time), PDFCell(PDFRichText(lines: lines + facts))])
                }
            }
            pdf.table(table)
        }
        try pdf.finish()
    }

    /// An item's title in `code`, bold. A missing one falls back to the host language (the
    /// visit's first), in italics with that language named. For organizers the status follows;
    /// a cancelled item is struck through and marked in red.
    private func title(_ item: ProgrammeItem, in code: String, job: ExportJob, forOrganizers: Bool, repeatFallback: Bool = true) -> PDFRichText {
        // The status is the organizers' and is said once, with the first language's title.
        let forOrganizers = forOrganizers && code == job.languages.first
        var title: PDFRichText
        if let text = item.titles[code], !text.isEmpty {
            title = PDFRichText(runs: [PDFRichText.Run(text, bold: true, size: 10.5)])
        } else {
            let fallback = TitleLanguages.list(preferred: [], visit: job.snapshot.visit)
            title = repeatFallback ? PDFRichText(runs: [PDFRichText.Run(item.title(in: fallback), bold: true, italic: true, size: 10.5)]) : ""
            if let language = item.titleLanguage(in: fallback) {
                // The mark speaks the language whose title is missing: its reader is the one to tell.
                let reader = job.catalogs.first { $0.language == code } ?? job.language
                title += (repeatFallback ? PDFRichText("  ") : "") + .small(Localization.speaking(reader) {
                    PDFText.tr("(not translated, in {language})", ["language": LanguageNames.current(language)])
                })
            }
        }
        guard forOrganizers else { return title }
        if item.status == .cancelled {
            return title.struckThrough() + PDFRichText("  ") + .colored(item.status.displayName.uppercased(), .red, bold: true)
        }
        return title + PDFRichText("  ") + .small(item.status.displayName)
    }

    /// Where, meals and transport, in small grey lines under the title; for organizers also the
    /// audience, the working language and the interpreting.
    private func details(of item: ProgrammeItem, job: ExportJob, forOrganizers: Bool, resolver: AudienceResolver,
                         coverage: [NeedCoverage]) -> [PDFRichText] {
        func label(_ make: () -> String) -> String { VisitPDF.label(job, make) }
        var lines: [String] = []
        let place = VisitPDF.place(item.location)
        if !place.isEmpty { lines.append(labelled(job, one: { PDFText.tr("Place: {place}", ["place": place]) }, word: { Localization.tr("Place") }, value: place)) }
        if forOrganizers {
            lines.append(PDFText.tr("For: {audience}; working language: {language}",
                                    ["audience": resolver.summary(of: item.audience), "language": item.workingLanguage]))
        }
        if !item.meals.isEmpty {
            lines.append(label {
                PDFText.tr("Meals: {meals}", ["meals": item.meals.map {
                    PDFText.tr("{meal} ({provider})", ["meal": $0.kind.displayName, "provider": $0.provider.displayName])
                }.joined(separator: ", ")])
            })
        }
        if !item.transport.isEmpty {
            lines.append(labelled(job, one: { PDFText.tr("Transport: {transport}", ["transport": item.transport]) },
                                  word: { Localization.tr("Transport") }, value: item.transport))
        }
        if forOrganizers {
            let interpreting = ItemInterpreting(item, snapshot: job.snapshot, resolver: resolver, coverage: coverage)
            if interpreting.wanted, !interpreting.directions.isEmpty {
                lines.append(PDFText.tr("Interpreting: {interpreting}", ["interpreting": interpreting.text]))
            }
        }
        return lines.map { PDFRichText.small($0, size: 8.5) }
    }

    /// "Place: Radnice" in a one-language document; with more languages the label in each and
    /// the value once: "Místo / Ort / Miejsce: Radnice".
    private func labelled(_ job: ExportJob, one: () -> String, word: () -> String, value: String) -> String {
        job.catalogs.count == 1 ? one() : PDFText.tr("{label}: {value}", ["label": VisitPDF.label(job, word), "value": value])
    }
}

final class PDFProgrammePlugin: PlannerPlugin {
    func register(in registrar: PluginRegistrar) { registrar.add(PDFProgrammeExporter()) }
}

@_cdecl("visitplanner_plugin_entry")
public func visitplannerPluginEntry() -> UnsafeMutableRawPointer {
    Unmanaged.passRetained(PDFProgrammePlugin() as AnyObject).toOpaque()
}
