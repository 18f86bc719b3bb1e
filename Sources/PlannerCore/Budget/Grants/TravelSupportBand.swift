/// One distance band of a travel support table: who travels this far gets these amounts.
public struct TravelSupportBand: Hashable, Sendable {
    /// First whole kilometre of the band, as the programme guide prints it ("between 100 and 499 km").
    public let fromKilometres: Int
    /// Last whole kilometre of the band; nil for the last band ("8000 km or more").
    public let toKilometres: Int?
    /// Per participant, for the return trip.
    public let standard: Money
    /// Per participant travelling green, for the return trip; nil where the guide gives no green
    /// amount (4000 km and more), and then green travellers get `standard`.
    public let green: Money?

    public init(fromKilometres: Int, toKilometres: Int?, standard: Money, green: Money?) {
        self.fromKilometres = fromKilometres
        self.toKilometres = toKilometres
        self.standard = standard
        self.green = green
    }

    /// Whether a measured distance falls in this band. The guide's bounds are whole kilometres,
    /// so a distance belongs to the band of its whole kilometres: 99.9 km is in "10–99 km",
    /// 100 km in "100–499 km", and no distance falls between two bands.
    public func contains(kilometres: Double) -> Bool {
        guard kilometres >= Double(fromKilometres) else { return false }
        guard let toKilometres else { return true }
        return kilometres < Double(toKilometres) + 1
    }

    /// What a green traveller gets: the green amount, or the standard one where there is none.
    /// Either way an amount of the table, never a computed rate.
    public var greenOrStandard: Money { green ?? standard }

    /// "100–499 km", "8000 km or more".
    public var label: String {
        guard let toKilometres else {
            return tr("{from} km or more", ["from": String(fromKilometres)])
        }
        return tr("{from}–{to} km", ["from": String(fromKilometres), "to": String(toKilometres)])
    }
}
