/// Validation of every record the user edits. It lives in the core, so the GUI forms, the CLI
/// and the importers all refuse the same input with the same words.
extension VisitDraft {
    /// Problems that keep this draft from being stored; empty when it is valid.
    public func validate() -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if Plausibility.isBlank(title) { issues.append(.init(.title, .required)) }
        if title.count > 200 { issues.append(.init(.title, .tooLong(200))) }
        if Plausibility.isBlank(hostTown.name) { issues.append(.init(.hostTown, .required)) }
        if !Plausibility.isCountryCode(hostTown.countryCode) {
            issues.append(.init(.hostCountry, hostTown.countryCode.isEmpty ? .required : .invalidCountry(hostTown.countryCode)))
        }
        if partnerTowns.isEmpty { issues.append(.init(.partnerTowns, .required)) }
        var seen: Set<String> = [hostTown.name.lowercased()]
        for town in partnerTowns {
            if Plausibility.isBlank(town.name) {
                issues.append(.init(.partnerTowns, .required))
            } else if !Plausibility.isCountryCode(town.countryCode) {
                issues.append(.init(.partnerTowns, .invalidCountry(town.countryCode)))
            } else if !seen.insert(town.name.lowercased()).inserted {
                issues.append(.init(.partnerTowns, .sameTownTwice(town.name)))
            }
        }
        if startDate == nil { issues.append(.init(.startDate, .required)) }
        if endDate == nil { issues.append(.init(.endDate, .required)) }
        if let startDate, let endDate, endDate < startDate { issues.append(.init(.endDate, .endBeforeStart)) }
        if languages.isEmpty { issues.append(.init(.languages, .required)) }
        for code in languages where !(2...3).contains(code.count) || !code.allSatisfy({ $0.isASCII && $0.isLetter }) {
            issues.append(.init(.languages, .unreadableLanguage(code)))
        }
        if !Plausibility.isCurrencyCode(currency) {
            issues.append(.init(.currency, currency.isEmpty ? .required : .invalidCurrency(currency)))
        }
        return issues
    }
}

extension Participant {
    /// Problems that keep this participant from being stored.
    /// - Parameters:
    ///   - today: birth dates after this day are refused.
    ///   - others: ids of the visit's other participants, for "stay together with".
    public func validate(today: CalendarDate, others: Set<Int64>) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if Plausibility.isBlank(givenName) { issues.append(.init(.givenName, .required)) }
        if Plausibility.isBlank(familyName) { issues.append(.init(.familyName, .required)) }
        if givenName.count > 200 { issues.append(.init(.givenName, .tooLong(200))) }
        if familyName.count > 200 { issues.append(.init(.familyName, .tooLong(200))) }
        if let birthDate {
            if birthDate > today { issues.append(.init(.birthDate, .inFuture)) }
            else if birthDate.year < today.year - 120 { issues.append(.init(.birthDate, .implausibleDate)) }
        }
        if !email.isEmpty && !Plausibility.isEmail(email) { issues.append(.init(.email, .invalidEmail)) }
        if !phone.isEmpty && !Plausibility.isPhone(phone) { issues.append(.init(.phone, .invalidPhone)) }
        if let contact = emergencyContact, !contact.phone.isEmpty, !Plausibility.isPhone(contact.phone) {
            issues.append(.init(.emergencyContact, .invalidPhone))
        }
        if let id, stayTogetherWith.contains(id) { issues.append(.init(.stayTogetherWith, .togetherWithSelf)) }
        if stayTogetherWith.contains(where: { $0 != id && !others.contains($0) }) {
            issues.append(.init(.stayTogetherWith, .unknownParticipant))
        }
        if let date = parentalConsentDate, date > today { issues.append(.init(.parentalConsentDate, .inFuture)) }
        if let date = photoConsentDate, date > today { issues.append(.init(.photoConsentDate, .inFuture)) }
        if let arrival, let departure, departure.date < arrival.date ||
            (departure.date == arrival.date && (departure.time ?? TimeOfDay(hour: 23, minute: 59)!) < (arrival.time ?? TimeOfDay(hour: 0, minute: 0)!)) {
            issues.append(.init(.departure, .endBeforeStart))
        }
        return issues
    }
}

extension Household {
    /// Problems that keep this household from being stored.
    public func validate(availability: Availability? = nil) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if Plausibility.isBlank(name) { issues.append(.init(.name, .required)) }
        if name.count > 200 { issues.append(.init(.name, .tooLong(200))) }
        if beds < 0 { issues.append(.init(.beds, .negative)) }
        if !email.isEmpty && !Plausibility.isEmail(email) { issues.append(.init(.email, .invalidEmail)) }
        if !phone.isEmpty && !Plausibility.isPhone(phone) { issues.append(.init(.phone, .invalidPhone)) }
        if children.contains(where: { $0.age < 0 }) { issues.append(.init(.children, .negative)) }
        if let availability, availability.to < availability.from { issues.append(.init(.availability, .endBeforeStart)) }
        if (latitude == nil) != (longitude == nil) { issues.append(.init(.location, .coordinatesIncomplete)) }
        if let latitude, !(-90...90).contains(latitude) { issues.append(.init(.location, .coordinateOutOfRange)) }
        if let longitude, !(-180...180).contains(longitude) { issues.append(.init(.location, .coordinateOutOfRange)) }
        return issues
    }
}
