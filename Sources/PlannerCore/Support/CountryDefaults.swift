/// Sensible defaults per country for towns the user types in: the zone of the capital. The user
/// can change a town's zone; this only saves typing for the common European case.
enum CountryDefaults {
    static func timeZone(for countryCode: String) -> String {
        switch countryCode.uppercased() {
        case "CZ": "Europe/Prague"
        case "SK": "Europe/Bratislava"
        case "DE": "Europe/Berlin"
        case "AT": "Europe/Vienna"
        case "CH": "Europe/Zurich"
        case "FR": "Europe/Paris"
        case "BE": "Europe/Brussels"
        case "NL": "Europe/Amsterdam"
        case "LU": "Europe/Luxembourg"
        case "PL": "Europe/Warsaw"
        case "HU": "Europe/Budapest"
        case "IT": "Europe/Rome"
        case "ES": "Europe/Madrid"
        case "PT": "Europe/Lisbon"
        case "GB": "Europe/London"
        case "IE": "Europe/Dublin"
        case "DK": "Europe/Copenhagen"
        case "SE": "Europe/Stockholm"
        case "NO": "Europe/Oslo"
        case "FI": "Europe/Helsinki"
        case "SI": "Europe/Ljubljana"
        case "HR": "Europe/Zagreb"
        case "RO": "Europe/Bucharest"
        case "BG": "Europe/Sofia"
        case "GR": "Europe/Athens"
        case "LT": "Europe/Vilnius"
        case "LV": "Europe/Riga"
        case "EE": "Europe/Tallinn"
        case "UA": "Europe/Kyiv"
        default: "UTC"
        }
    }
}
