import Foundation
import PlannerCore

/// What every PDF about a visit shares: the running header and the way towns and languages are
/// named, so the programme, the attendance sheets, the booklets and the letters look alike.
public enum VisitPDF {
    /// Left: "Ascension meeting 2027 · 13–17 mai 2027"; right: the host town, then the
    /// partner towns, each with its country ("Horní Lhota (CZ) · Saint-Aubin-sur-Loire (FR) · …").
    public static func runningHeader(_ snapshot: VisitSnapshot) -> PDFRunningHeader {
        PDFRunningHeader(left: "\(snapshot.visit.title) · \(dates(snapshot.visit))", right: towns(snapshot.details))
    }

    /// "13–17 mai 2027": the visit's days in the document's language.
    public static func dates(_ visit: Visit) -> String { LocalizedFormat.days(from: visit.startDate, to: visit.endDate) }

    /// Host first, then partners: "Horní Lhota (CZ) · Saint-Aubin-sur-Loire (FR)".
    public static func towns(_ details: VisitDetails) -> String { details.towns.map(\.label).joined(separator: " · ") }

    /// A language's own name, capitalised ("Čeština", "Français"), or the code when unknown.
    public static func languageName(_ code: String) -> String { LanguageNames.own(code) }

    /// "Náměstí Míru (Náměstí Míru, Horní Lhota)", or the name or address alone (empty when the
    /// item has no place).
    public static func place(_ location: ItemLocation) -> String {
        switch (location.name.isEmpty, location.address.isEmpty) {
        case (false, false): "\(location.name) (\(location.address))"
        case (false, true): location.name
        case (true, false): location.address
        case (true, true): ""
        }
    }

    /// "jeudi 13 mai 2027", "Donnerstag, 13. Mai 2027": the day headings of printed schedules.
    public static func dayHeading(_ date: CalendarDate) -> String { LocalizedFormat.day(date) }

    /// "jeudi 13 mai 2027 17:00, Bus, Náměstí Míru": an arrival or a departure.
    public static func travel(_ travel: Travel) -> String {
        let when = dayHeading(travel.date) + (travel.time.map { " \($0)" } ?? "")
        return ([when, travel.means.displayName] + (travel.place.isEmpty ? [] : [travel.place])).joined(separator: ", ")
    }

    /// A heading in each of the job's languages: "Votre famille d'accueil / Vaše hostitelská rodina".
    public static func label(_ job: ExportJob, _ make: () -> String) -> String { job.inEach(make).joined(separator: " / ") }

    /// The document properties of an export: the visit's title and the job's date (the same
    /// export gives the same file).
    public static func info(_ job: ExportJob, subject: String) -> PDFInfo {
        PDFInfo(title: "\(job.snapshot.visit.title) – \(subject)", subject: subject, author: job.snapshot.details.hostTown.name,
                created: job.generatedAt)
    }

    /// A sentence in each of the job's languages, one paragraph each; the second and later in
    /// italics, so a bilingual page reads as one text and its translation.
    public static func paragraphs(_ job: ExportJob, style: PDFTextStyle = .body, into pdf: PDFDocument, _ make: () -> String) {
        for (index, text) in job.inEach(make).enumerated() {
            pdf.paragraph(index == 0 ? PDFRichText(text) : .italic(text), style: style)
        }
    }

    /// An item's title in the job's first language, bold; then its title in each other language
    /// of the job, smaller. A title missing in the first language falls back to the host
    /// language (the visit's first), in italics with that language named, so the reader sees
    /// it is not a translation.
    public static func itemTitles(_ item: ProgrammeItem, job: ExportJob, size: Double) -> [PDFRichText] {
        let languages = TitleLanguages.list(preferred: [job.language.language], visit: job.snapshot.visit)
        var lines: [PDFRichText] = []
        if let text = item.titles[job.language.language], !text.isEmpty {
            lines.append(PDFRichText(runs: [PDFRichText.Run(text, bold: true, size: size)]))
        } else {
            let text = item.title(in: languages)
            let code = item.titleLanguage(in: languages)
            lines.append(PDFRichText(runs: [PDFRichText.Run(text, bold: true, italic: true, size: size)])
                         + (code.map { PDFRichText("  ") + .small(PDFText.tr("(not translated, in {language})", ["language": LanguageNames.current($0)])) } ?? ""))
        }
        for catalog in job.catalogs.dropFirst() {
            if let text = item.titles[catalog.language], !text.isEmpty, text != item.titles[job.language.language] {
                lines.append(PDFRichText(runs: [PDFRichText.Run(text, italic: true, size: size - 1)]))
            }
        }
        return lines
    }
}
