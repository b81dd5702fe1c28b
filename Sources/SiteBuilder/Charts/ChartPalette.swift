/// Colours for chart marks, as CSS values that follow the page's custom properties with fallbacks.
enum ChartPalette {
    /// The fallback brand colour when the page sets no `--brand`.
    static let brand = "var(--brand,#d9363e)"
    /// The muted colour of a comparison (previous window) line.
    static let comparison = "var(--chart-compare,#94a3b8)"

    /// The fallbacks of `--chart-3` … `--chart-8`, the marks after the brand and accent colours.
    static let fallbacks = ["#f59e0b", "#10b981", "#3b82f6", "#8b5cf6", "#ec4899", "#14b8a6"]

    /// Colours a slot takes instead of its fallback when that looks like the shop's brand or accent colour.
    static let spares = ["#84cc16", "#64748b", "#0f766e", "#be123c", "#a16207"]

    private static let colours = [brand, "var(--accent,#1f2937)"]
        + fallbacks.enumerated().map { "var(--chart-\($0.offset + 3),\($0.element))" }

    /// The colour of the mark at `index`, cycling through the palette.
    static func colour(_ index: Int) -> String {
        colours[((index % colours.count) + colours.count) % colours.count]
    }

    /// `;--chart-3:#84cc16;--chart-5:#64748b` for the slots whose fallback a reader could not tell from the shop's brand
    /// or accent colour, each given the first spare that stands apart from those and from every colour in use; "" when
    /// none clash. The example shop's blue and orange made 待发货 and 已发货, 待付款 and 已退款 one colour in the
    /// status donut.
    static func overrides(brand: String, accent: String) -> String {
        let shop = [brand, accent].compactMap(ChartColour.init)
        let slots = fallbacks.map { hex in (hex, ChartColour(hex)) }
        let clashes = slots.map { slot in slot.1.map { colour in shop.contains { $0.looksLike(colour) } } ?? false }
        var inUse = shop + slots.indices.filter { !clashes[$0] }.compactMap { slots[$0].1 }
        var out = ""
        for offset in slots.indices where clashes[offset] {
            let spare = spares.first { hex in ChartColour(hex).map { candidate in !inUse.contains { $0.looksLike(candidate) } } ?? false }
            guard let spare, let chosen = ChartColour(spare) else { continue }
            inUse.append(chosen)
            out += ";--chart-\(offset + 3):" + spare
        }
        return out
    }
}
