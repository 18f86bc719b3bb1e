/// The town-twinning rules checked against a visit's real participant list.
extension TwinningRules {
    /// One check per rule, in `GrantCheck.Rule` order.
    public func checks(for snapshot: VisitSnapshot) -> [GrantCheck] {
        let details = snapshot.details
        // Everybody on the list is a direct participant of the event: hosts, guests, and people
        // of no town (an interpreter, a driver) alike.
        let heads = snapshot.headcount
        let participants = heads.count
        // "Invited international participants" are the people the partner towns send.
        let invited = heads.filter { $0.isGuest(of: details) }.count
        let countries = countries(takingPartIn: snapshot)
        return [participantsCheck(participants), invitedCheck(invited), countriesCheck(countries),
                memberStateCheck(countries.filter(isEUMemberState), of: countries)]
    }

    /// The countries (ISO codes, sorted) of the host town and of the partner towns that send at
    /// least one participant. The host town organises the event, so it takes part even before
    /// its own people are listed; a partner town named on the visit but sending nobody does not,
    /// and counting it would let an empty delegation meet "towns from 2 countries".
    public func countries(takingPartIn snapshot: VisitSnapshot) -> [String] {
        let details = snapshot.details
        let sending = Set(snapshot.headcount.compactMap(\.townId))
        let towns = [details.hostTown] + details.partnerTowns.filter { $0.id.map(sending.contains) ?? false }
        return Set(towns.map { $0.countryCode.uppercased() }.filter { !$0.isEmpty }).sorted()
    }

    private func participantsCheck(_ count: Int) -> GrantCheck {
        let required = minimumParticipants
        let detail = count >= required
            ? tr("Participants on the list: {count}; the rule asks for at least {required}.")
            : tr("Participants on the list: {count}; the rule asks for at least {required} ({missing} missing).")
        return GrantCheck(id: .participants,
                          title: tr("At least {count} participants", ["count": String(required)]),
                          count: count, required: required,
                          detail: detail.filled(Self.figures(count, required)))
    }

    private func invitedCheck(_ count: Int) -> GrantCheck {
        let required = minimumInvitedParticipants
        let detail = count >= required
            ? tr("Participants from partner towns: {count}; the rule asks for at least {required}.")
            : tr("Participants from partner towns: {count}; the rule asks for at least {required} ({missing} missing).")
        return GrantCheck(id: .invitedParticipants,
                          title: tr("At least {count} invited participants from partner towns", ["count": String(required)]),
                          count: count, required: required,
                          detail: detail.filled(Self.figures(count, required)))
    }

    private func countriesCheck(_ countries: [String]) -> GrantCheck {
        let required = minimumCountries
        let detail = countries.count >= required
            ? tr("Countries taking part: {countries} ({count}).")
            : tr("Countries taking part: {countries} ({count}); at least {required} are needed.")
        var values = Self.figures(countries.count, required)
        values["countries"] = Self.list(countries)
        return GrantCheck(id: .countries,
                          title: tr("Towns from at least {count} countries", ["count": String(required)]),
                          count: countries.count, required: required, detail: detail.filled(values))
    }

    private func memberStateCheck(_ members: [String], of countries: [String]) -> GrantCheck {
        let required = minimumEUMemberStates
        let title = required == 1
            ? tr("At least one town in an EU member state")
            : tr("Towns in at least {count} EU member states", ["count": String(required)])
        let detail = members.count >= required
            ? tr("EU member states taking part: {countries}.", ["countries": Self.list(members)])
            : members.isEmpty
                ? tr("None of the countries taking part ({countries}) is an EU member state.", ["countries": Self.list(countries)])
                : tr("EU member states taking part: {countries} ({count}); at least {required} are needed.")
                    .filled(Self.figures(members.count, required).merging(["countries": Self.list(members)]) { $1 })
        return GrantCheck(id: .euMemberState, title: title, count: members.count, required: required, detail: detail)
    }

    private static func figures(_ count: Int, _ required: Int) -> [String: String] {
        ["count": String(count), "required": String(required), "missing": String(max(0, required - count))]
    }

    private static func list(_ codes: [String]) -> String {
        codes.isEmpty ? tr("none") : codes.joined(separator: ", ")
    }
}
