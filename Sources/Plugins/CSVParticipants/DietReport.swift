import PlannerCore

/// `diets`: who has a diet or an allergy, with their host family: what caterers and families
/// ask the organizers for. Computed only from the snapshot's participants and placements.
final class DietReport: PluginReport {
    let id = "diets"
    let name = Localization.tr("Diets and allergies")

    func make(from snapshot: VisitSnapshot, languages: [String]) throws -> ReportTable {
        let households = Dictionary(snapshot.offers.map { ($0.id, $0.household.name) }, uniquingKeysWith: { first, _ in first })
        let rows = snapshot.participants.filter(\.hasDietOrAllergy).map { person -> [String] in
            let diet = (person.diets.map(\.displayName) + (person.dietNote.isEmpty ? [] : [person.dietNote])).joined(separator: ", ")
            let pets = person.petAllergy.map { allergy in
                allergy.kinds.isEmpty ? Localization.tr("pets") : allergy.kinds.map(\.displayName).joined(separator: ", ")
            }
            let allergies = ([person.allergies] + (pets.map { [$0] } ?? [])).filter { !$0.isEmpty }.joined(separator: "; ")
            let household = person.id.flatMap { snapshot.placement(of: $0) }.flatMap { households[$0.householdId] } ?? ""
            return [person.fullName, snapshot.town(of: person)?.name ?? "", diet, allergies, household]
        }
        return ReportTable(title: Localization.tr("Diets and allergies"),
                           columns: [Localization.tr("Name"), Localization.tr("Town"), Localization.tr("Diet"),
                                     Localization.tr("Allergies"), Localization.tr("Host family")],
                           rows: rows)
    }
}
