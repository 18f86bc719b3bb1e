/// An age range counted in anonymous figures: reports keep how many people of each band came,
/// not their birth dates. The bands follow what youth-exchange and twinning grant reports ask.
public enum AgeBand: String, CaseIterable, Codable, Sendable, Comparable {
    case under13 = "0-12"
    case from13to17 = "13-17"
    case from18to30 = "18-30"
    case from31to59 = "31-59"
    case from60 = "60+"
    /// No birth date was recorded.
    case unknown

    /// The band of someone `age` years old; nil age: `.unknown`.
    public init(age: Int?) {
        guard let age else { self = .unknown; return }
        switch age {
        case ..<13: self = .under13
        case 13...17: self = .from13to17
        case 18...30: self = .from18to30
        case 31...59: self = .from31to59
        default: self = .from60
        }
    }

    /// "13–17 years", in the current language.
    public var label: String {
        switch self {
        case .under13: tr("under 13 years")
        case .from13to17: tr("13–17 years")
        case .from18to30: tr("18–30 years")
        case .from31to59: tr("31–59 years")
        case .from60: tr("60 years and over")
        case .unknown: tr("age not recorded")
        }
    }

    public static func < (a: AgeBand, b: AgeBand) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
