import Foundation

/// The placement rules of one visit: hard rules (blockers) and weighted preferences, evaluated
/// for a unit of guests and a household. Pure: no database, no solver.
public struct PlacementRules: Sendable {
    let snapshot: VisitSnapshot
    let settings: PlacementSettings

    public init(_ snapshot: VisitSnapshot) {
        self.snapshot = snapshot
        settings = snapshot.placementSettings
    }

    var visit: Visit { snapshot.visit }

    /// Blockers and preferences of lodging `unit` with `offer`'s household. Free beds are not
    /// judged here (they depend on the other placements); only whether the beds can ever suffice.
    public func evaluate(_ unit: PlacementUnit, with offer: HostingOffer) -> PairEvaluation {
        PairEvaluation(blockers: blockers(unit, offer), reasons: reasons(unit, offer))
    }

    func blockers(_ unit: PlacementUnit, _ offer: HostingOffer) -> [PlacementBlocker] {
        let h = offer.household
        var found: [PlacementBlocker] = []
        guard let availability = offer.availability else { return [.notOffered] }
        if !availability.covers(from: unit.arrival, to: unit.departure) {
            found.append(.notAvailable(from: availability.from, to: availability.to))
        }
        if h.beds < unit.size { found.append(.tooFewBeds(beds: h.beds, needed: unit.size)) }
        for guest in unit.members {
            if let allergy = guest.petAllergy, allergy.isTriggered(by: h.pets) {
                let pets = allergy.kinds.isEmpty ? h.pets : h.pets.filter(allergy.kinds.contains)
                found.append(.petAllergy(guest: guest.fullName, pets: pets))
            }
            if guest.needsSmokeFreeHome && h.smoking { found.append(.smokingHousehold(guest: guest.fullName)) }
            if guest.isMinor(at: visit) && !h.hasValidChecks(through: visit) {
                found.append(.minorWithoutValidCheck(guest: guest.fullName))
            }
            if guest.needsStepFree && !h.stepFree { found.append(.needsStepFree(guest: guest.fullName)) }
            if guest.needsGroundFloor && !h.groundFloor { found.append(.needsGroundFloor(guest: guest.fullName)) }
            if settings.dietIsHard, let diet = guest.diets.first(where: { $0 != .other && !h.canCook.contains($0) }) {
                found.append(.dietNotCooked(guest: guest.fullName, diet: diet))
            }
        }
        return found
    }

    func reasons(_ unit: PlacementUnit, _ offer: HostingOffer) -> [PlacementReason] {
        let h = offer.household
        var reasons: [PlacementReason] = []

        // The language everyone in the unit shares with the household, at the weakest member's level.
        if let (code, level) = sharedLanguage(unit, h) {
            reasons.append(.init(met: true, text: tr("shared language {code} {level}", ["code": code, "level": level.displayName]),
                                 points: settings.sharedLanguage * (level.rank + 1)))
        } else {
            reasons.append(.init(met: false, text: tr("no shared language"), points: 0))
        }
        if unit.members.contains(where: { $0.requestedHouseholdId == h.id }) {
            reasons.append(.init(met: true, text: tr("requested by the guest"), points: settings.requestedHousehold))
        }
        if let record = h.hostingHistory.first(where: { entry in unit.members.contains { member in hosted(member, in: entry) } }) {
            reasons.append(.init(met: true, text: tr("hosted this guest before ({year})", ["year": String(record.year)]),
                                 points: settings.returningGuest))
        } else if let record = h.hostingHistory.first(where: { entry in fromSameTown(unit, entry) }) {
            reasons.append(.init(met: true, text: tr("hosted guests from this partner town before ({year})", ["year": String(record.year)]),
                                 points: settings.hostedThisTownBefore))
        }
        let young = unit.members.filter { $0.isMinor(at: visit) }
        if !young.isEmpty, !h.children.isEmpty {
            let ages = young.compactMap { $0.age(at: visit) }
            if h.children.contains(where: { child in ages.contains { abs($0 - child.age) <= 2 } }) {
                reasons.append(.init(met: true, text: tr("a host child of about the same age"), points: settings.childOfSimilarAge))
                if h.children.contains(where: { child in child.gender != .notStated && young.contains { $0.gender == child.gender && abs(($0.age(at: visit) ?? 0) - child.age) <= 2 } }) {
                    reasons.append(.init(met: true, text: tr("…of the same gender"), points: settings.childOfSameGender))
                }
            } else {
                reasons.append(.init(met: false, text: tr("no host child of a similar age"), points: 0))
            }
        }
        let diets = Set(unit.members.flatMap(\.diets)).subtracting([.other])
        if !diets.isEmpty {
            if diets.isSubset(of: Set(h.canCook)) {
                reasons.append(.init(met: true, text: tr("cooks {diets} anyway", ["diets": diets.map { $0.displayName.inRunningText }.sorted().joined(separator: ", ")]),
                                     points: settings.dietCooked))
            } else {
                reasons.append(.init(met: false, text: tr("does not usually cook {diets}", ["diets": diets.subtracting(h.canCook).map { $0.displayName.inRunningText }.sorted().joined(separator: ", ")]), points: 0))
            }
        }
        if h.pets.isEmpty && unit.members.contains(where: { $0.petAllergy != nil }) {
            reasons.append(.init(met: true, text: tr("no pets"), points: 0))
        }
        if h.prefersGuests != .anyone {
            if unit.members.allSatisfy({ h.prefersGuests.accepts($0, at: visit) }) {
                reasons.append(.init(met: true, text: tr("the family prefers {whom}", ["whom": h.prefersGuests.displayName.inRunningText]),
                                     points: settings.householdPreference))
            } else {
                reasons.append(.init(met: false, text: tr("the family would rather host {whom}", ["whom": h.prefersGuests.displayName.inRunningText]),
                                     points: 0))
            }
        }
        if let km = distanceToCentre(h), settings.distancePerKm > 0 {
            reasons.append(.init(met: false, text: tr("{km} km from the centre", ["km": String(format: "%.1f", km)]),
                                 points: -Int((km * Double(settings.distancePerKm)).rounded())))
        }
        if offer.availability?.isBackup == true {
            reasons.append(.init(met: false, text: tr("on the backup list"), points: -settings.backupHousehold))
        }
        if !h.hostingHistory.isEmpty && settings.fairLoadPerYear > 0 {
            reasons.append(.init(met: false, text: tr("has hosted {n} times before", ["n": String(h.hostingHistory.count)]),
                                 points: -settings.fairLoadPerYear * h.hostingHistory.count))
        }
        return reasons
    }

    /// Great-circle distance in km from the household to the host town's centre, when both
    /// have coordinates.
    func distanceToCentre(_ h: Household) -> Double? {
        guard let lat1 = h.latitude, let lon1 = h.longitude,
              let lat2 = snapshot.details.hostTown.latitude, let lon2 = snapshot.details.hostTown.longitude else { return nil }
        let rad = Double.pi / 180
        let dLat = (lat2 - lat1) * rad, dLon = (lon2 - lon1) * rad
        let a = sin(dLat / 2) * sin(dLat / 2) + cos(lat1 * rad) * cos(lat2 * rad) * sin(dLon / 2) * sin(dLon / 2)
        return 6371 * 2 * atan2(a.squareRoot(), (1 - a).squareRoot())
    }

    /// The best language level that every member of the unit shares with the household.
    func sharedLanguage(_ unit: PlacementUnit, _ h: Household) -> (String, LanguageLevel)? {
        var best: (String, LanguageLevel)?
        for hostSkill in h.languages {
            let levels = unit.members.map { member in member.languages.first { $0.code == hostSkill.code }?.level }
            guard levels.allSatisfy({ $0 != nil }) else { continue }
            let level = min(levels.compactMap { $0 }.min()!, hostSkill.level)
            if best == nil || level > best!.1 { best = (hostSkill.code, level) }
        }
        return best
    }

    /// Whether the household's record names this guest (by id, or by name when the record was typed).
    func hosted(_ guest: Participant, in record: HostingRecord) -> Bool {
        record.guestUUIDs.contains(guest.uuid) || record.guestNames.contains(guest.fullName)
    }

    /// Whether a record is about guests of the unit's town: by name, or by the country words
    /// committees write ("famille française", "deutsche Gäste", "polská rodina").
    func fromSameTown(_ unit: PlacementUnit, _ record: HostingRecord) -> Bool {
        guard let town = snapshot.town(of: unit.members[0]) else { return false }
        if record.townNames.contains(town.name) { return true }
        let note = SearchKey.fold(record.note)
        if note.contains(SearchKey.fold(town.name)) { return true }
        return (Self.countryWords[town.countryCode] ?? []).contains { note.contains($0) }
    }

    /// Word stems, folded, by which people name a country's guests in the languages in use.
    static let countryWords: [String: [String]] = [
        "FR": ["franc", "french", "francouz", "francuz"],
        "DE": ["deutsch", "german", "allemand", "nemec", "nemeck", "niemiec", "niemieck"],
        "PL": ["polsk", "polish", "polonais", "poln", "polak", "polon"],
        "CZ": ["cesk", "czech", "tcheque", "tschech", "czesk"],
        "AT": ["osterreich", "austria", "autrich", "rakous"],
        "SK": ["slovak", "slowak", "slovaqu"],
        "IT": ["ital"],
        "ES": ["espan", "spanish", "spanisch", "espagnol"],
    ]
}

