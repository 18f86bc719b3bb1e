import PDFSupport
import PlannerCore

/// `pdf-programme`: the visit's programme day by day, to print and hand out. With two
/// languages chosen, each item's title and description appear in both, side by side; the
/// details (place, audience, meals, interpreting) are in the app's language. Organizers' notes
/// are never printed.
final class PDFProgrammeExporter: Exporter {
    let format = ExportFormat(id: "pdf-programme", name: Localization.tr("Programme (PDF)"), fileExtension: "pdf",
                              mimeType: "application/pdf", scopes: [.visit], options: [ExportOption.paperSize()], usesLanguages: true)

    func export(_ job: ExportJob, to output: ExportOutput) throws {
        let snapshot = job.snapshot
        let pdf = PDFDocument(url: output.url, paper: PDFPaper(job: job), header: VisitPDF.runningHeader(snapshot),
                              info: VisitPDF.info(job, subject: Localization.tr("Programme")))
        let languages = TitleLanguages.list(preferred: job.languages, visit: snapshot.visit)
        // Two columns only when two languages were asked for (the visit's own list is a fallback, not a wish).
        let columns = Array(Set(job.languages.map { $0.lowercased() }).count >= 2 ? languages.prefix(2) : [])

        pdf.title(snapshot.visit.title, subtitle: PDFRichText(PDFText.tr("Programme · {dates}", ["dates": VisitPDF.dates(snapshot.visit)])))
        let visitDetails = snapshot.details
        var towns: [(key: String, value: PDFRichText)] = [(Localization.tr("Host town"), PDFRichText(visitDetails.hostTown.label))]
        if !visitDetails.partnerTowns.isEmpty {
            towns.append((Localization.tr("Partner towns"), PDFRichText(visitDetails.partnerTowns.map(\.label).joined(separator: ", "))))
        }
        pdf.keyValues(towns, keyWidth: 0.22)
        pdf.paragraph(PDFText.tr("Times in {zone} unless another zone is named.", ["zone": visitDetails.hostTown.timeZone]), style: .small)

        let zone = visitDetails.hostTown.timeZone
        let days = ScheduleDay.group(snapshot.programme) { ScheduleTime($0.timing, visitTimeZone: zone).days }
        if days.isEmpty {
            pdf.space(12)
            pdf.paragraph(Localization.tr("No programme items yet."))
        }
        let resolver = AudienceResolver(snapshot)
        let coverage = NeedCoverage.evaluate(snapshot)
        for day in days {
            pdf.heading(VisitPDF.dayHeading(day.date))
            var table = columns.isEmpty
                ? PDFTable(columns: [PDFTable.Column(Localization.tr("Time"), width: 0.2), PDFTable.Column(Localization.tr("Programme"), width: 0.8)])
                : PDFTable(columns: [PDFTable.Column(Localization.tr("Time"), width: 0.18)]
                           + columns.map { PDFTable.Column(PDFRichText(VisitPDF.languageName($0)), width: 0.41) })
            table.lines = .rows
            table.showsHeader = !columns.isEmpty
            table.style = PDFTextStyle(size: 9.5, spaceAfter: 0)
            table.padding = (5, 5)
            table.continuation = PDFRichText(PDFText.tr("{day} (continued)", ["day": VisitPDF.dayHeading(day.date)]))
            for item in day.entries {
                let time = PDFRichText.bold(ScheduleTime(item.timing, visitTimeZone: zone).label)
                let facts = details(of: item, snapshot: snapshot, resolver: resolver, coverage: coverage)
                if columns.isEmpty {
                    table.addRow([PDFCell(time), PDFCell(PDFRichText(lines: [title(item, in: languages), description(item, in: languages)] + facts))])
                } else {
                    table.addRow([PDFCell(time)] + columns.map { code in
                        PDFCell(PDFRichText(lines: [title(item, in: [code], fallback: languages), description(item, in: [code])]))
                    }, keepWithNext: !facts.isEmpty)
                    if !facts.isEmpty { table.addRow(["", PDFCell(PDFRichText(lines: facts), span: columns.count)]) }
                }
            }
            pdf.table(table)
        }
        try pdf.finish()
    }

    /// The title in the first of `languages` that has one, bold, with the status after it:
    /// a cancelled item is struck through and marked in red.
    private func title(_ item: ProgrammeItem, in languages: [String], fallback: [String] = []) -> PDFRichText {
        var text = item.title(in: languages)
        var translated = true
        if let code = languages.first, fallback.count > 0, (item.titles[code] ?? "").isEmpty {
            text = item.title(in: fallback)
            translated = false
        }
        var title = PDFRichText(runs: [PDFRichText.Run(text, bold: true, italic: !translated, size: 10.5)])
        if item.status == .cancelled {
            title = title.struckThrough() + PDFRichText("  ") + .colored(item.status.displayName.uppercased(), .red, bold: true)
        } else {
            title += PDFRichText("  ") + .small(item.status.displayName)
        }
        return title
    }

    private func description(_ item: ProgrammeItem, in languages: [String]) -> PDFRichText {
        let text = languages.compactMap { item.descriptions[$0] }.first { !$0.isEmpty } ?? (languages.count > 1 ? item.description(in: languages) : "")
        return text.isEmpty ? PDFRichText("") : .italic(text)
    }

    /// Where, for whom, meals, transport and interpreting: small grey lines under the title.
    private func details(of item: ProgrammeItem, snapshot: VisitSnapshot, resolver: AudienceResolver,
                         coverage: [NeedCoverage]) -> [PDFRichText] {
        var lines: [String] = []
        let place = Self.place(item.location)
        if !place.isEmpty { lines.append(PDFText.tr("Place: {place}", ["place": place])) }
        lines.append(PDFText.tr("For: {audience}; working language: {language}",
                                ["audience": resolver.summary(of: item.audience), "language": item.workingLanguage]))
        if !item.meals.isEmpty {
            lines.append(PDFText.tr("Meals: {meals}", ["meals": item.meals.map {
                PDFText.tr("{meal} ({provider})", ["meal": $0.kind.displayName, "provider": $0.provider.displayName])
            }.joined(separator: ", ")]))
        }
        if !item.transport.isEmpty { lines.append(PDFText.tr("Transport: {transport}", ["transport": item.transport])) }
        let interpreting = ItemInterpreting(item, snapshot: snapshot, resolver: resolver, coverage: coverage)
        if interpreting.wanted, !interpreting.directions.isEmpty {
            lines.append(PDFText.tr("Interpreting: {interpreting}", ["interpreting": interpreting.text]))
        }
        return lines.map { PDFRichText.small($0, size: 8.5) }
    }

    /// "Náměstí Míru (Náměstí Míru, Horní Lhota)", or the name or address alone.
    static func place(_ location: ItemLocation) -> String {
        switch (location.name.isEmpty, location.address.isEmpty) {
        case (false, false): "\(location.name) (\(location.address))"
        case (false, true): location.name
        case (true, false): location.address
        case (true, true): ""
        }
    }
}

final class PDFProgrammePlugin: PlannerPlugin {
    func register(in registrar: PluginRegistrar) { registrar.add(PDFProgrammeExporter()) }
}

@_cdecl("visitplanner_plugin_entry")
public func visitplannerPluginEntry() -> UnsafeMutableRawPointer {
    Unmanaged.passRetained(PDFProgrammePlugin() as AnyObject).toOpaque()
}
