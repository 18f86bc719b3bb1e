/// A visit's placement weights and policies. The weights are points added to a guest–household
/// pair's score; the user edits them in the visit's placement settings.
public struct PlacementSettings: Hashable, Codable, Sendable {
    /// Per step of the best common language level (A1 = 1 … C2 = 6, native = 7).
    public var sharedLanguage = 8
    /// The guest asked for this household.
    public var requestedHousehold = 300
    /// The household hosted this very guest before (continuity is the soul of twinning).
    public var returningGuest = 250
    /// The household hosted guests from the same partner town or country before.
    public var hostedThisTownBefore = 60
    /// A host child within two years of a young guest's age.
    public var childOfSimilarAge = 40
    /// …of the same gender.
    public var childOfSameGender = 20
    /// The household cooks the guest's diet anyway.
    public var dietCooked = 30
    /// Penalty for asking a household from the backup list.
    public var backupHousehold = 100
    /// Bonus for keeping the current proposal when planning again (the fewer moves the better).
    public var keepCurrent = 120
    /// Penalty per earlier year of hosting: spreads the load across families over the years.
    public var fairLoadPerYear = 5
    /// The guest is whom the family said it would rather host.
    public var householdPreference = 50
    /// Penalty per kilometre between the home and the host town's centre (where both are known).
    public var distancePerKm = 4

    /// Policy: lodge guests of different partner towns together (to mingle) or of the same town.
    public var townPolicy: TownPolicy = .none
    /// Points for each pair of guests in one family that follows the town policy.
    public var townPolicyWeight = 40

    /// Policy: a minor is never the only young guest of a household.
    public var minorsAtLeastInPairs = false
    /// Policy: the household must be able to cook the guest's diet.
    public var dietIsHard = false

    public init() {}

    private enum CodingKeys: String, CodingKey {
        case sharedLanguage, requestedHousehold, returningGuest, hostedThisTownBefore, childOfSimilarAge
        case childOfSameGender, dietCooked, backupHousehold, keepCurrent, fairLoadPerYear
        case householdPreference, distancePerKm
        case minorsAtLeastInPairs, dietIsHard, townPolicy, townPolicyWeight
    }

    /// Keys missing from settings stored by an older version keep their defaults.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func read<T: Decodable>(_ key: CodingKeys, _ fallback: T) throws -> T { try c.decodeIfPresent(T.self, forKey: key) ?? fallback }
        let d = PlacementSettings()
        sharedLanguage = try read(.sharedLanguage, d.sharedLanguage)
        requestedHousehold = try read(.requestedHousehold, d.requestedHousehold)
        returningGuest = try read(.returningGuest, d.returningGuest)
        hostedThisTownBefore = try read(.hostedThisTownBefore, d.hostedThisTownBefore)
        childOfSimilarAge = try read(.childOfSimilarAge, d.childOfSimilarAge)
        childOfSameGender = try read(.childOfSameGender, d.childOfSameGender)
        dietCooked = try read(.dietCooked, d.dietCooked)
        backupHousehold = try read(.backupHousehold, d.backupHousehold)
        keepCurrent = try read(.keepCurrent, d.keepCurrent)
        fairLoadPerYear = try read(.fairLoadPerYear, d.fairLoadPerYear)
        householdPreference = try read(.householdPreference, d.householdPreference)
        distancePerKm = try read(.distancePerKm, d.distancePerKm)
        minorsAtLeastInPairs = try read(.minorsAtLeastInPairs, d.minorsAtLeastInPairs)
        dietIsHard = try read(.dietIsHard, d.dietIsHard)
        townPolicy = try read(.townPolicy, d.townPolicy)
        townPolicyWeight = try read(.townPolicyWeight, d.townPolicyWeight)
    }
}

/// Whether guests of one family should come from different partner towns or the same one.
public enum TownPolicy: String, Codable, Sendable, CaseIterable {
    case none, mix, group

    public var displayName: String {
        switch self {
        case .none: tr("No preference")
        case .mix: tr("Mix guests of different towns")
        case .group: tr("Keep guests of one town together")
        }
    }
}
