import Foundation
import PlannerCore

/// What every PDF about a visit shares: the running header and the way towns and languages are
/// named, so the programme, the attendance sheets, the booklets and the letters look alike.
public enum VisitPDF {
    /// Left: "Ascension meeting 2027 · 2027-05-13 – 2027-05-17"; right: the host town, then the
    /// partner towns, each with its country ("Horní Lhota (CZ) · Saint-Aubin-sur-Loire (FR) · …").
    public static func runningHeader(_ snapshot: VisitSnapshot) -> PDFRunningHeader {
        PDFRunningHeader(left: "\(snapshot.visit.title) · \(dates(snapshot.visit))", right: towns(snapshot.details))
    }

    /// "2027-05-13 – 2027-05-17": ISO dates read the same in every language.
    public static func dates(_ visit: Visit) -> String { "\(visit.startDate) – \(visit.endDate)" }

    /// Host first, then partners: "Horní Lhota (CZ) · Saint-Aubin-sur-Loire (FR)".
    public static func towns(_ details: VisitDetails) -> String { details.towns.map(\.label).joined(separator: " · ") }

    /// A language's own name, capitalised ("Čeština", "Français"), or the code when unknown.
    public static func languageName(_ code: String) -> String {
        guard let name = Locale(identifier: code).localizedString(forLanguageCode: code), !name.isEmpty else { return code }
        return name.prefix(1).uppercased() + name.dropFirst()
    }

    /// "Thursday 2027-05-13", the weekday translated: the day headings of printed schedules.
    public static func dayHeading(_ date: CalendarDate) -> String { "\(date.weekdayName) \(date)" }

    /// The document properties of an export: the visit's title and the job's date (the same
    /// export gives the same file).
    public static func info(_ job: ExportJob, subject: String) -> PDFInfo {
        PDFInfo(title: "\(job.snapshot.visit.title) – \(subject)", subject: subject, author: job.snapshot.details.hostTown.name,
                created: job.generatedAt)
    }
}
