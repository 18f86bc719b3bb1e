import Foundation

/// Distances along the Earth's surface, as the European Commission's distance calculator
/// measures them for Erasmus+ travel bands: the great circle between two points, no roads.
public enum GreatCircle {
    /// Mean Earth radius (IUGG), in kilometres. A sphere is accurate to about 0.5 %, far finer
    /// than the bands (the narrowest is 90 km wide).
    public static let meanEarthRadiusKilometres = 6371.0088

    /// The great-circle distance between two points given in decimal degrees, by the haversine
    /// formula (well conditioned for short distances, unlike the spherical law of cosines).
    /// Doubles, not Decimals: a distance is a measurement, not money, and only picks a band.
    public static func kilometres(fromLatitude latitude1: Double, longitude longitude1: Double,
                                  toLatitude latitude2: Double, longitude longitude2: Double) -> Double {
        let radians = Double.pi / 180
        let lat1 = latitude1 * radians, lat2 = latitude2 * radians
        let dLat = (latitude2 - latitude1) * radians
        let dLon = (longitude2 - longitude1) * radians
        let h = sin(dLat / 2) * sin(dLat / 2) + cos(lat1) * cos(lat2) * sin(dLon / 2) * sin(dLon / 2)
        // min(1, …): rounding can push h a hair above 1 for antipodal points, and asin would be NaN.
        return 2 * meanEarthRadiusKilometres * asin(min(1, h.squareRoot()))
    }
}
