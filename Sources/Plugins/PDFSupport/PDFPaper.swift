import PlannerCore

/// A sheet size in PDF points (1/72 inch). Exporters take it from the job's `paper` option
/// (`ExportOption.paperSize()`), so every PDF plugin offers the same choice the same way.
public enum PDFPaper: String, Sendable, CaseIterable {
    case a4
    case letter

    /// Width and height in points, portrait.
    public var size: (width: Double, height: Double) {
        switch self {
        case .a4: (595.2756, 841.8898)
        case .letter: (612, 792)
        }
    }

    /// The paper the job asks for (option `paper`), A4 when unset or unknown.
    public init(job: ExportJob) {
        self = job.option("paper").flatMap(PDFPaper.init(rawValue:)) ?? .a4
    }
}

/// Blank space around the printed area, in points.
public struct PDFMargins: Sendable, Hashable {
    public var top: Double
    public var bottom: Double
    public var left: Double
    public var right: Double

    public init(top: Double, bottom: Double, left: Double, right: Double) {
        self.top = top
        self.bottom = bottom
        self.left = left
        self.right = right
    }

    /// The same margin on every side.
    public init(all: Double) { self.init(top: all, bottom: all, left: all, right: all) }

    /// 15 mm top and bottom (the running header and footer sit inside), 18 mm at the sides:
    /// room for binding and for printers that cannot print to the edge.
    public static let standard = PDFMargins(top: 42.5, bottom: 42.5, left: 51, right: 51)
}

/// An RGB colour, components 0…1.
public struct PDFColor: Sendable, Hashable {
    public var red: Double
    public var green: Double
    public var blue: Double

    public init(red: Double, green: Double, blue: Double) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// `0xRRGGBB`.
    public init(hex: UInt32) {
        self.init(red: Double((hex >> 16) & 0xFF) / 255, green: Double((hex >> 8) & 0xFF) / 255, blue: Double(hex & 0xFF) / 255)
    }

    public static let black = PDFColor(hex: 0x1A1A1A)
    /// Secondary text: details, captions, the running header and footer.
    public static let gray = PDFColor(hex: 0x5C5C5C)
    /// Rules and table lines.
    public static let lightGray = PDFColor(hex: 0xB8BEC6)
    /// Table header and box backgrounds.
    public static let shade = PDFColor(hex: 0xEBEFF4)
    /// Headings and the header rule: one restrained accent so pages look related.
    public static let accent = PDFColor(hex: 0x1F4E79)
    /// Warnings such as "Cancelled".
    public static let red = PDFColor(hex: 0xB3261E)

    /// `#rrggbb` for pango markup.
    var markup: String {
        func byte(_ value: Double) -> String {
            let v = Int((max(0, min(1, value)) * 255).rounded())
            return (v < 16 ? "0" : "") + String(v, radix: 16)
        }
        return "#" + byte(red) + byte(green) + byte(blue)
    }
}
