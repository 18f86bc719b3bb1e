import PlannerCore

/// A town as `visits create` takes it: "Horní Lhota" (an existing town, found by its name) or
/// "Horní Lhota (CZ)" (found by name and country, or created with that country), the form
/// `visits list` prints towns in.
struct TownArgument: Equatable {
    let name: String
    /// The code in the trailing parentheses, as typed (the core checks it), or nil.
    let countryCode: String?

    /// Reads "Name" or "Name (CC)". Only a short, space-free word in the last parentheses is a
    /// country code, so "Frankfurt (Oder)" stays a name.
    init(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") {
            let code = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
            let name = trimmed[..<open].trimmingCharacters(in: .whitespaces)
            if (1...3).contains(code.count), !code.contains(" "), !name.isEmpty {
                self.name = name
                countryCode = String(code)
                return
            }
        }
        name = trimmed
        countryCode = nil
    }

    /// Why this town cannot be used as it is, or the draft's entry for it: a name alone must be
    /// one existing town (its country then comes from the database).
    func entry(in store: PlannerStore) throws(PlannerError) -> Result<VisitDraft.TownEntry, TownProblem> {
        if let countryCode { return .success(.init(name: name, countryCode: countryCode.uppercased())) }
        // A blank name is the core's "Required", reported with the other field problems.
        if name.isEmpty { return .success(.init(name: "", countryCode: "")) }
        let known = try store.towns(named: name)
        switch known.count {
        case 0: return .failure(.unknown(name))
        case 1: return .success(.init(name: known[0].name, countryCode: known[0].countryCode))
        default: return .failure(.ambiguous(name, countries: known.map(\.countryCode)))
        }
    }
}

/// A town named without its country that the database cannot settle.
enum TownProblem: Error, Equatable {
    case unknown(String)
    case ambiguous(String, countries: [String])

    /// One translated sentence.
    var message: String {
        switch self {
        case .unknown(let name):
            tr("There is no town “{name}” yet: give its country to create it, as in “{name} (CZ)”", ["name": name])
        case .ambiguous(let name, let countries):
            tr("More than one town is called “{name}” ({countries}): add its country, as in “{name} ({country})”", ["name": name, "countries": countries.joined(separator: ", "), "country": countries.first ?? "CZ"])
        }
    }
}
