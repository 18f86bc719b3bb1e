import Foundation

/// Erasmus+ travel support by distance band, read from a data file that names its source and
/// year (`Data/erasmus-plus-travel-support.json`), so a new programme guide means a new file,
/// not new code.
public struct TravelSupportTable: Hashable, Sendable {
    public let programme: String
    public let source: GrantDataSource
    /// The programme guide's (call) year.
    public let year: Int
    /// ISO 4217 code of every amount.
    public let currency: String
    /// By distance, contiguous: each band starts the kilometre after the previous one ends.
    public let bands: [TravelSupportBand]

    /// No travel support below this distance (the first band's start).
    public var minimumKilometres: Int { bands.first?.fromKilometres ?? 0 }

    /// The band a one-way distance falls in; nil under the first band (no travel support).
    public func band(forKilometres kilometres: Double) -> TravelSupportBand? {
        bands.first { $0.contains(kilometres: kilometres) }
    }

    /// The table embedded in PlannerCore (the newest programme guide it ships with).
    public static let erasmusPlus: TravelSupportTable = {
        do {
            return try TravelSupportTable(json: Data(PackageResources.erasmus_plus_travel_support_json))
        } catch {
            // The file is compiled into the library and decoded by its tests: failing here is a
            // build defect, not something a user could cause or repair.
            fatalError("erasmus-plus-travel-support.json: \(error)")
        }
    }()

    /// Reads a table in the data file's format, checking that its bands make sense: a gap or an
    /// overlap would give some distance no amount, or two.
    public init(json: Data) throws {
        let file = try JSONDecoder().decode(File.self, from: json)
        guard Currency.isKnown(file.currency) else { throw GrantDataError("unknown currency \(file.currency)") }
        guard !file.bands.isEmpty else { throw GrantDataError("no bands") }
        var bands: [TravelSupportBand] = []
        for (index, band) in file.bands.enumerated() {
            if let previous = bands.last {
                guard let end = previous.toKilometres, band.fromKilometres == end + 1 else {
                    throw GrantDataError("band \(index) does not start the kilometre after band \(index - 1) ends")
                }
            }
            if let end = band.toKilometres, end < band.fromKilometres {
                throw GrantDataError("band \(index) ends before it starts")
            }
            if band.toKilometres == nil && index != file.bands.count - 1 {
                throw GrantDataError("only the last band may be open-ended")
            }
            guard band.standard.value >= 0, (band.green?.value ?? 0) >= 0 else {
                throw GrantDataError("band \(index) has a negative amount")
            }
            bands.append(TravelSupportBand(fromKilometres: band.fromKilometres, toKilometres: band.toKilometres,
                                           standard: Money(band.standard.value, file.currency),
                                           green: band.green.map { Money($0.value, file.currency) }))
        }
        self.init(programme: file.programme, source: file.source, year: file.year,
                  currency: file.currency, bands: bands)
    }

    public init(programme: String, source: GrantDataSource, year: Int, currency: String, bands: [TravelSupportBand]) {
        self.programme = programme
        self.source = source
        self.year = year
        self.currency = currency
        self.bands = bands
    }

    /// The data file's shape; its prose fields (basis, green travel, notes) are for people.
    private struct File: Decodable {
        struct Band: Decodable {
            let fromKilometres: Int
            let toKilometres: Int?
            let standard: ExactDecimal
            let green: ExactDecimal?
        }
        let programme: String
        let source: GrantDataSource
        let year: Int
        let currency: String
        let bands: [Band]
    }
}
