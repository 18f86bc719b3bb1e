import PlannerCore

/// `diets`: who has a diet or an allergy, with their host family: what caterers and families
/// ask the organizers for. Computed only from the snapshot's participants and placements.
final class DietReport: PluginReport {
    let id = "diets"
    let name = Localization.tr("Diets and allergies")

    func make(from snapshot: VisitSnapshot, languages: [String]) throws -> ReportTable {
        let rows = snapshot.participants.filter(\.hasDietOrAllergy).map { person -> [String] in
            let pets = person.petAllergy.map { allergy in
                allergy.kinds.isEmpty ? Localization.tr("pets") : allergy.kinds.map(\.displayName).joined(separator: ", ")
            }
            let allergies = ([person.allergies] + (pets.map { [$0] } ?? [])).filter { !$0.isEmpty }.joined(separator: "; ")
            let household = person.id.flatMap(snapshot.placement(of:)).flatMap { snapshot.household(id: $0.householdId) }
            return [person.fullName, snapshot.town(of: person)?.name ?? "", person.dietText, allergies, household?.name ?? ""]
        }
        return ReportTable(title: Localization.tr("Diets and allergies"),
                           columns: [Localization.tr("Name"), Localization.tr("Town"), Localization.tr("Diet"),
                                     Localization.tr("Allergies"), Localization.tr("Host family")],
                           rows: rows)
    }
}
