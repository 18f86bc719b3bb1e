import PlannerCore

/// A meal the caterer serves: one the organisers or a restaurant provide at an item that takes
/// place (host families cook their own meals: the host letter tells them), with the people the
/// item is for and what they eat.
struct CatererMeal {
    let item: ProgrammeItem
    let meal: ProvidedMeal
    let time: ScheduleTime
    let people: [CatererDiet]

    /// Every such meal of the visit, in the programme's order.
    static func all(in snapshot: VisitSnapshot) -> [CatererMeal] {
        let resolver = AudienceResolver(snapshot)
        let zone = snapshot.details.hostTown.timeZone
        return snapshot.programme.filter(\.isActive).flatMap { item in
            item.meals.filter { $0.provider != .hostFamily }.map { meal in
                CatererMeal(item: item, meal: meal, time: ScheduleTime(item.timing, visitTimeZone: zone),
                            people: resolver.participants(of: item.audience).map(CatererDiet.init))
            }
        }
    }

    /// How many of `people` keep each diet, in the vocabulary's order; diets nobody keeps are left out.
    static func counts(_ people: [CatererDiet]) -> [(diet: Diet, count: Int)] {
        Diet.allCases.compactMap { diet -> (diet: Diet, count: Int)? in
            let count = people.filter { $0.diets.contains(diet) }.count
            return count > 0 ? (diet, count) : nil
        }
    }

    /// The people with an allergy.
    var allergic: [CatererDiet] { people.filter { !$0.allergies.isEmpty } }
}
