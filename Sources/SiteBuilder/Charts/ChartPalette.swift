/// Colours for chart marks, as CSS values that follow the page's custom properties with fallbacks.
enum ChartPalette {
    /// The fallback brand colour when the page sets no `--brand`.
    static let brand = "var(--brand,#d9363e)"
    /// The muted colour of a comparison (previous window) line.
    static let comparison = "var(--chart-compare,#94a3b8)"

    private static let colours = [
        brand,
        "var(--accent,#1f2937)",
        "var(--chart-3,#f59e0b)",
        "var(--chart-4,#10b981)",
        "var(--chart-5,#3b82f6)",
        "var(--chart-6,#8b5cf6)",
        "var(--chart-7,#ec4899)",
        "var(--chart-8,#14b8a6)",
    ]

    /// The colour of the mark at `index`, cycling through the palette.
    static func colour(_ index: Int) -> String {
        colours[((index % colours.count) + colours.count) % colours.count]
    }
}
