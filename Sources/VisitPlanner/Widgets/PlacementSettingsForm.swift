import CGtk
import PlannerCore

/// Edits a visit's placement weights and policies (what Suggest Placements optimises).
@MainActor
final class PlacementSettingsForm {
    private let form: FormWindow
    private let context: AppContext
    private let visitId: Int64
    private let before: PlacementSettings
    /// Each spin button and the setting it edits.
    private let weights: [(String, WritableKeyPath<PlacementSettings, Int>)] = [
        ("shared_language_spin", \.sharedLanguage), ("requested_spin", \.requestedHousehold),
        ("returning_spin", \.returningGuest), ("same_town_spin", \.hostedThisTownBefore),
        ("child_age_spin", \.childOfSimilarAge), ("child_gender_spin", \.childOfSameGender),
        ("diet_spin", \.dietCooked), ("backup_spin", \.backupHousehold), ("keep_spin", \.keepCurrent),
        ("fair_spin", \.fairLoadPerYear), ("preference_spin", \.householdPreference), ("distance_spin", \.distancePerKm), ("town_policy_spin", \.townPolicyWeight),
    ]

    init(context: AppContext, parent: GPointer, snapshot: VisitSnapshot) {
        self.context = context
        visitId = snapshot.visit.id!
        before = snapshot.placementSettings
        form = FormWindow(ui: "placement-settings", parent: parent, title: tr("Placement Settings"), saveLabel: tr("Save"))
        for (id, path) in weights { gtk_spin_button_set_value(c(form.ui[id]), Double(before[keyPath: path])) }
        Check.set(form.ui["minors_pairs_check"], before.minorsAtLeastInPairs)
        Check.set(form.ui["diet_hard_check"], before.dietIsHard)
        DropDown.fill(form.ui["town_policy_dropdown"], TownPolicy.allCases.map(\.displayName))
        DropDown.select(form.ui["town_policy_dropdown"], TownPolicy.allCases.firstIndex(of: before.townPolicy) ?? 0)
        form.onSave = { [weak self] in self?.save() ?? .saved }
        form.owner = self
    }

    func present() { form.present() }

    private func save() -> SaveOutcome {
        var settings = before
        for (id, path) in weights {
            gtk_spin_button_update(c(form.ui[id]))
            settings[keyPath: path] = Int(gtk_spin_button_get_value_as_int(c(form.ui[id])))
        }
        settings.minorsAtLeastInPairs = Check.isActive(form.ui["minors_pairs_check"])
        settings.dietIsHard = Check.isActive(form.ui["diet_hard_check"])
        settings.townPolicy = TownPolicy.allCases[DropDown.selected(form.ui["town_policy_dropdown"])]
        guard settings != before else { return .saved }
        let store = context.store
        let visitId = self.visitId
        return context.outcome(of: context.perform(tr("Change placement settings"),
                                                   do: { try store.save(settings, forVisit: visitId) }))
    }
}
