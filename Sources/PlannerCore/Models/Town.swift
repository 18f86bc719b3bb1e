/// A town taking part in twinning: the host or a partner.
public struct Town: Hashable, Codable, Sendable, Identifiable {
    public var id: Int64?
    public var name: String
    /// ISO 3166-1 alpha-2, upper case ("CZ").
    public var countryCode: String
    /// ISO 639-1 codes of the languages spoken there, most used first.
    public var languages: [String]
    /// IANA zone ("Europe/Prague").
    public var timeZone: String
    public var latitude: Double?
    public var longitude: Double?

    public init(id: Int64? = nil, name: String, countryCode: String, languages: [String] = [],
                timeZone: String = "Europe/Prague", latitude: Double? = nil, longitude: Double? = nil) {
        self.id = id
        self.name = name
        self.countryCode = countryCode.uppercased()
        self.languages = languages
        self.timeZone = timeZone
        self.latitude = latitude
        self.longitude = longitude
    }

    /// "Birkenfeld am See (DE)".
    public var label: String { countryCode.isEmpty ? name : "\(name) (\(countryCode))" }
}
