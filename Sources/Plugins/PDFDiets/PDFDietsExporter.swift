import Foundation
import PDFSupport
import PlannerCore

/// `pdf-diets`: the caterer's sheet. For every meal the organisers or a restaurant serve, how
/// many people eat and how many of them keep each special diet, with the names of those who are
/// allergic; the totals over the visit; then who eats what and is allergic to what.
///
/// Need-to-know: it prints diets and allergies only. No medical notes (the participants'
/// notes), no pet allergies, no phones, e-mail addresses or emergency contacts, no ages.
///
/// It speaks one language, the document's first (`--language`, else the visit's first: the
/// host town's, where the kitchen is).
final class PDFDietsExporter: Exporter {
    let format = ExportFormat(id: "pdf-diets", name: Localization.tr("Diets for the caterer (PDF)"), fileExtension: "pdf",
                              mimeType: "application/pdf", scopes: [.visit], options: [ExportOption.paperSize()], usesLanguages: true)

    func export(_ job: ExportJob, to output: ExportOutput) throws {
        let snapshot = job.snapshot
        let languages = TitleLanguages.list(preferred: job.languages, visit: snapshot.visit)
        let pdf = PDFDocument(url: output.url, paper: PDFPaper(job: job), header: VisitPDF.runningHeader(snapshot),
                              info: VisitPDF.info(job, subject: Localization.tr("Diets and allergies")))
        pdf.title(Localization.tr("Diets and allergies"), subtitle: PDFRichText(Localization.tr("For the caterer")))
        pdf.keyValues([(Localization.tr("Visit"), .bold(snapshot.visit.title)),
                       (Localization.tr("Dates"), PDFRichText(VisitPDF.dates(snapshot.visit))),
                       (Localization.tr("Participants"), PDFRichText(String(snapshot.participants.count)))], keyWidth: 0.18)
        pdf.paragraph(Localization.tr("This sheet holds health data (diets and allergies). Keep it in the kitchen, give it to no one else, and destroy it after the visit."),
                      style: .small)

        let everyone = snapshot.participants.map(CatererDiet.init)
        let special = everyone.filter(\.isSpecial).sorted { namesLess($0.person, $1.person) }

        let meals = CatererMeal.all(in: snapshot)
        pdf.heading(Localization.tr("Meals"))
        if meals.isEmpty {
            pdf.paragraph(Localization.tr("The programme has no meals served by the organisers or a restaurant yet."), style: .small)
        } else {
            pdf.table(mealsTable(meals, languages: languages))
        }

        // A short table: on one page with its heading.
        pdf.keepTogether {
            pdf.heading(Localization.tr("Special diets over the whole visit"))
            let totals = CatererMeal.counts(everyone)
            let allergic = everyone.filter { !$0.allergies.isEmpty }.count
            if totals.isEmpty && allergic == 0 {
                pdf.paragraph(Localization.tr("Nobody has a special diet or an allergy."))
            } else {
                var table = PDFTable(columns: [PDFTable.Column(Localization.tr("Diet"), width: 0.6),
                                               PDFTable.Column(Localization.tr("People"), width: 0.4, alignment: .right)])
                table.lines = .rows
                table.style = PDFTextStyle(size: 9.5, spaceAfter: 0)
                for total in totals { table.addRow([PDFCell(total.diet.displayName), PDFCell(.bold(String(total.count)))]) }
                if allergic > 0 { table.addRow([PDFCell(Localization.tr("With an allergy")), PDFCell(.bold(String(allergic)))]) }
                pdf.table(table)
            }
        }

        if !special.isEmpty {
            pdf.heading(Localization.tr("Who eats what"))
            var table = PDFTable(columns: [PDFTable.Column(Localization.tr("Name"), width: 0.27),
                                           PDFTable.Column(Localization.tr("Town"), width: 0.2),
                                           PDFTable.Column(Localization.tr("Diet"), width: 0.27),
                                           PDFTable.Column(Localization.tr("Allergies"), width: 0.26)])
            table.style = PDFTextStyle(size: 9.5, spaceAfter: 0)
            table.padding = (5, 4)
            table.continuation = PDFRichText(PDFText.tr("{title} (continued)", ["title": Localization.tr("Who eats what")]))
            for diet in special {
                table.addRow([PDFCell(.bold(diet.person.fullName)), PDFCell(snapshot.town(of: diet.person)?.name ?? ""),
                              PDFCell(diet.dietText),
                              PDFCell(diet.allergies.isEmpty ? PDFRichText("") : .colored(diet.allergies, .red, bold: true))])
            }
            pdf.table(table)
        }
        try pdf.finish()
    }

    /// When, which meal at which item, how many eat, their special diets and who is allergic.
    private func mealsTable(_ meals: [CatererMeal], languages: [String]) -> PDFTable {
        var table = PDFTable(columns: [PDFTable.Column(Localization.tr("When"), width: 0.17),
                                       PDFTable.Column(Localization.tr("Meal"), width: 0.26),
                                       PDFTable.Column(Localization.tr("People"), width: 0.11, alignment: .right),
                                       PDFTable.Column(Localization.tr("Special diets"), width: 0.2),
                                       PDFTable.Column(Localization.tr("Allergic"), width: 0.26)])
        table.style = PDFTextStyle(size: 9.5, spaceAfter: 0)
        table.padding = (5, 4)
        table.continuation = PDFRichText(PDFText.tr("{title} (continued)", ["title": Localization.tr("Meals")]))
        for meal in meals {
            let when = PDFRichText.bold(VisitPDF.dayHeading(meal.time.day)) + .newline + PDFRichText(meal.time.label)
            let what = PDFRichText.bold(meal.meal.kind.displayName) + PDFRichText(" · " + meal.meal.provider.displayName)
                + .newline + .small(meal.item.title(in: languages))
            let diets = CatererMeal.counts(meal.people)
                .map { PDFText.tr("{diet}: {count}", ["diet": $0.diet.displayName, "count": String($0.count)]) }
            // Names only: what each is allergic to is in "Who eats what".
            let allergic = meal.allergic.sorted { namesLess($0.person, $1.person) }.map(\.person.fullName)
            table.addRow([PDFCell(when), PDFCell(what), PDFCell(.bold(String(meal.people.count))),
                          PDFCell(diets.isEmpty ? .small("–") : PDFRichText(lines: diets.map { PDFRichText($0) })),
                          PDFCell(allergic.isEmpty ? .small("–") : .colored(allergic.joined(separator: ", "), .red))])
        }
        return table
    }
}

/// Family name, then given name (Č after C where the locale says so).
private func namesLess(_ a: Participant, _ b: Participant) -> Bool {
    let family = a.familyName.localizedStandardCompare(b.familyName)
    if family != .orderedSame { return family == .orderedAscending }
    return a.givenName.localizedStandardCompare(b.givenName) == .orderedAscending
}

final class PDFDietsPlugin: PlannerPlugin {
    func register(in registrar: PluginRegistrar) { registrar.add(PDFDietsExporter()) }
}

@_cdecl("visitplanner_plugin_entry")
public func visitplannerPluginEntry() -> UnsafeMutableRawPointer {
    Unmanaged.passRetained(PDFDietsPlugin() as AnyObject).toOpaque()
}
