import Foundation

/// The EU town-twinning eligibility rules (CERV programme, Town-Twinning strand), read from a data
/// file that names its call and year (`Data/eu-town-twinning-rules.json`).
public struct TwinningRules: Hashable, Sendable, Decodable {
    /// "CERV – Citizens, Equality, Rights and Values programme".
    public let programme: String
    /// "Town-Twinning".
    public let strand: String
    /// The call's identifier ("CERV-2025-CITIZENS-TOWN-TT").
    public let call: String
    public let source: GrantDataSource
    /// The call's year.
    public let year: Int
    /// Direct participants in the event.
    public let minimumParticipants: Int
    /// Invited international participants: people from the partner towns.
    public let minimumInvitedParticipants: Int
    /// Countries of the municipalities taking part.
    public let minimumCountries: Int
    /// EU member states among those countries.
    public let minimumEUMemberStates: Int
    /// ISO 3166-1 alpha-2 codes of the EU member states, upper case.
    public let euMemberStates: [String]

    /// Whether a country (ISO 3166-1 alpha-2) is an EU member state.
    public func isEUMemberState(_ countryCode: String) -> Bool {
        euMemberStates.contains(countryCode.uppercased())
    }

    /// The rules embedded in PlannerCore (the newest call it ships with).
    public static let cerv: TwinningRules = {
        do {
            return try TwinningRules(json: Data(PackageResources.eu_town_twinning_rules_json))
        } catch {
            // Compiled into the library and decoded by its tests: a failure is a build defect.
            fatalError("eu-town-twinning-rules.json: \(error)")
        }
    }()

    /// Reads rules in the data file's format.
    public init(json: Data) throws {
        self = try JSONDecoder().decode(TwinningRules.self, from: json)
        guard minimumParticipants >= 0, minimumInvitedParticipants >= 0, minimumCountries >= 0,
              minimumEUMemberStates >= 0 else { throw GrantDataError("a minimum is negative") }
        guard euMemberStates.allSatisfy({ $0.count == 2 && $0 == $0.uppercased() }) else {
            throw GrantDataError("member states must be upper-case ISO 3166-1 alpha-2 codes")
        }
    }

    public init(programme: String, strand: String, call: String, source: GrantDataSource, year: Int,
                minimumParticipants: Int, minimumInvitedParticipants: Int, minimumCountries: Int,
                minimumEUMemberStates: Int, euMemberStates: [String]) {
        self.programme = programme
        self.strand = strand
        self.call = call
        self.source = source
        self.year = year
        self.minimumParticipants = minimumParticipants
        self.minimumInvitedParticipants = minimumInvitedParticipants
        self.minimumCountries = minimumCountries
        self.minimumEUMemberStates = minimumEUMemberStates
        self.euMemberStates = euMemberStates
    }
}
