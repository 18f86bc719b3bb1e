import Foundation

/// The Erasmus+ travel support one partner town's delegation could receive: the distance to the
/// host town, its band, and amounts made only of the table's per-person amounts times head counts.
public struct TravelSupportEstimate: Hashable, Sendable {
    /// Why a town gets no amount.
    public enum Unavailable: Hashable, Sendable {
        /// These towns (the partner town, the host town, or both) have no coordinates.
        case missingCoordinates([Town])
        /// Closer to the host town than the first band starts.
        case belowFirstBand(minimumKilometres: Int)

        /// "Birkenfeld am See has no coordinates: set its location to estimate travel support".
        public var message: String {
            switch self {
            case .missingCoordinates(let towns) where towns.count == 1:
                tr("{name} has no coordinates: set its location to estimate travel support", ["name": towns[0].name])
            case .missingCoordinates(let towns):
                // At most two: the partner town and the host town.
                tr("{name} and {other} have no coordinates: set their locations to estimate travel support", ["name": towns.first?.name ?? "", "other": towns.last?.name ?? ""])
            case .belowFirstBand(let minimum):
                tr("No travel support under {minimum} km", ["minimum": String(minimum)])
            }
        }
    }

    /// The partner town the delegation comes from.
    public let town: Town
    /// Participants from this town.
    public let participants: Int
    /// Those of them who arrive by a green means of travel (see `TravelMeans.isGreenTravel`).
    public let greenTravellers: Int
    /// One-way great-circle distance to the host town; nil when a town has no coordinates.
    public let kilometres: Double?
    /// The band the distance falls in; nil when there is no amount.
    public let band: TravelSupportBand?
    /// Why there is no amount; nil when there is one.
    public let unavailable: Unavailable?

    public var standardTravellers: Int { participants - greenTravellers }

    /// The distance in whole kilometres for display. Cut, not rounded: the bands go by whole
    /// kilometres too, so 99.6 km shows as 99 km beside the band "10–99 km", never as 100.
    public var wholeKilometres: Int? { kilometres.map { Int($0.rounded(.down)) } }

    /// What the delegation as recorded would get: the standard amount for each standard
    /// traveller plus the green amount (or the standard one, where the band has no green amount)
    /// for each green traveller. Exact: table amounts times whole numbers.
    public var amount: Money? {
        band.map { $0.standard * Decimal(standardTravellers) + $0.greenOrStandard * Decimal(greenTravellers) }
    }

    /// What it would get if nobody travelled green.
    public var allStandardAmount: Money? { band.map { $0.standard * Decimal(participants) } }

    /// What it would get if everybody travelled green.
    public var allGreenAmount: Money? { band.map { $0.greenOrStandard * Decimal(participants) } }

    /// Why there is no amount, for the user; nil when there is one.
    public var reason: String? { unavailable?.message }

    /// The estimate for the people of `town` travelling to `host`.
    public init(town: Town, host: Town, participants: [Headcount], table: TravelSupportTable) {
        self.town = town
        let travellers = participants.filter { $0.townId != nil && $0.townId == town.id }
        self.participants = travellers.count
        // The arrival is what the participant list records of the journey; nobody without one is
        // counted green, so the estimate never promises more than the record supports.
        greenTravellers = travellers.filter(\.arrivesGreen).count
        let unlocated = [town, host].filter { $0.latitude == nil || $0.longitude == nil }
        guard unlocated.isEmpty, let latitude = town.latitude, let longitude = town.longitude,
              let hostLatitude = host.latitude, let hostLongitude = host.longitude else {
            kilometres = nil
            band = nil
            unavailable = .missingCoordinates(unlocated)
            return
        }
        let distance = GreatCircle.kilometres(fromLatitude: latitude, longitude: longitude,
                                              toLatitude: hostLatitude, longitude: hostLongitude)
        kilometres = distance
        band = table.band(forKilometres: distance)
        unavailable = band == nil ? .belowFirstBand(minimumKilometres: table.minimumKilometres) : nil
    }

    /// One estimate per partner town of the visit, in the visit's order.
    public static func estimates(for snapshot: VisitSnapshot, table: TravelSupportTable) -> [TravelSupportEstimate] {
        snapshot.details.partnerTowns.map {
            TravelSupportEstimate(town: $0, host: snapshot.details.hostTown, participants: snapshot.headcount, table: table)
        }
    }
}
