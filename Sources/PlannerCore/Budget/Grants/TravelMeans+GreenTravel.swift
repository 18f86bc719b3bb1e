/// Which recorded means of travel count as Erasmus+ green travel.
extension TravelMeans {
    /// Green travel is "low-emission means of transport for the main part of the travel, such as
    /// bus, train or car-pooling" (Erasmus+ Programme Guide, glossary). Only what the record
    /// proves counts: a wrong "green" would promise money the grant will not pay.
    public var isGreenTravel: Bool {
        switch self {
        case .bus, .train: true
        // A car is green only when shared (car-pooling), and the record does not say whether it was.
        case .car: false
        case .plane: false
        // "Other" may be a bicycle (green) or a ferry (not green): unknown, so not counted.
        case .other: false
        }
    }
}
