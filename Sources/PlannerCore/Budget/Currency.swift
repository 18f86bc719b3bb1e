/// ISO 4217 currencies and how many decimal places (minor units) each has.
///
/// Written out here rather than taken from Foundation: `Locale` on Linux knows the codes only
/// through ICU data that may lack the newest (XCG, ZWG, VED) and reports 2 decimals for some
/// that have 0 or 3. The table follows ISO 4217 list one (2025), funds and metals left out.
public enum Currency {
    /// Minor-unit digits by code.
    private static let table: [String: Int] = {
        var table: [String: Int] = [:]
        let twoDecimals = """
            AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD \
            CAD CDF CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS \
            GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL \
            MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK \
            PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS \
            TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG
            """
        for code in twoDecimals.split(separator: " ") { table[String(code)] = 2 }
        for code in "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF".split(separator: " ") {
            table[String(code)] = 0
        }
        for code in "BHD IQD JOD KWD LYD OMR TND".split(separator: " ") { table[String(code)] = 3 }
        for code in "CLF UYW".split(separator: " ") { table[String(code)] = 4 }
        return table
    }()

    /// Every known code, sorted.
    public static var codes: [String] { table.keys.sorted() }

    /// Whether `code` is an active ISO 4217 currency (upper case, as stored).
    public static func isKnown(_ code: String) -> Bool { table[code] != nil }

    /// Decimal places of the currency's minor unit (CZK 2, JPY 0, KWD 3), nil for an unknown code.
    public static func minorDigits(_ code: String) -> Int? { table[code] }
}
