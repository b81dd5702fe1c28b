import TextEscaping

extension Chart {
    /// A tiny trend line for dashboard cards: no axes or text, stretches to its box (`preserveAspectRatio="none"`).
    ///
    /// Fewer than two values draw a flat dashed baseline.
    public static func sparkline(values: [Double], title: String) -> String {
        let width = 120.0, height = 32.0, pad = 2.0
        let label = XMLEscaper.escape(title)
        let open = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-svg chart-sparkline\" viewBox=\"0 0 120 32\""
            + " width=\"100%\" height=\"32\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"\(label)\"><title>\(label)</title>"
        guard values.count > 1 else {
            return open + "<line x1=\"0\" y1=\"30\" x2=\"120\" y2=\"30\" stroke=\"#cbd5e1\" stroke-dasharray=\"3 3\""
                + " vector-effect=\"non-scaling-stroke\"/></svg>"
        }
        let cleaned = values.map(AxisScale.clean)
        let low = cleaned.min() ?? 0, high = cleaned.max() ?? 0
        let span = high - low
        let c = SVGNumber.coordinate
        let points = cleaned.enumerated().map { index, value in
            let x = width * Double(index) / Double(cleaned.count - 1)
            let y = span > 0 ? pad + (height - 2 * pad) * (1 - (value - low) / span) : height / 2
            return c(x) + "," + c(y)
        }
        return open + "<polyline class=\"chart-series\" points=\"\(points.joined(separator: " "))\" fill=\"none\" stroke-width=\"1.5\""
            + " vector-effect=\"non-scaling-stroke\" stroke-linejoin=\"round\" style=\"stroke:\(ChartPalette.brand)\"/></svg>"
    }
}
