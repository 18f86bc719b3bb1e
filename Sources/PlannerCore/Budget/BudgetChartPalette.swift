/// The budget chart's colours (GNOME palette), one source for the Budget page's chart and the
/// printed budget report so the two always match. Plain RGB components in 0...1; the core draws
/// nothing itself.
public enum BudgetChartPalette {
    public typealias RGB = (red: Double, green: Double, blue: Double)

    private static let categories: [BudgetCategory: RGB] = [
        .travel: (0.21, 0.52, 0.89), .accommodation: (0.57, 0.25, 0.67), .meals: (0.96, 0.62, 0.04),
        .programme: (0.20, 0.82, 0.48), .interpretation: (0.13, 0.56, 0.64), .insurance: (0.60, 0.42, 0.27),
        .gifts: (0.75, 0.38, 0.80), .materials: (0.47, 0.46, 0.48), .administration: (0.88, 0.11, 0.14),
        .other: (0.65, 0.65, 0.65),
    ]
    private static let funding: [RGB] = [
        (0.15, 0.64, 0.41), (0.18, 0.76, 0.49), (0.34, 0.89, 0.54), (0.56, 0.94, 0.64), (0.10, 0.48, 0.30),
    ]

    /// The colour of a cost category (its bar, its slice of the stacked costs, its legend).
    public static func colour(of category: BudgetCategory) -> RGB { categories[category] ?? (0.5, 0.5, 0.5) }

    /// The shade of the `index`th source of funding in the stacked funding bar (shades repeat).
    public static func fundingShade(_ index: Int) -> RGB { funding[index % funding.count] }
}
