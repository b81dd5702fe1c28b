#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TextEscaping

extension Chart {
    /// A donut chart (tier mix, order status mix) with a legend of labels and shares: one `.chart-slice` per non-empty slice.
    ///
    /// `centerLabel` (e.g. the total "128 单") is printed in the hole. No slices, or all zero, gives the no-data picture.
    public static func donutChart(slices: [ChartSlice], title: String, centerLabel: String? = nil) -> String {
        let geometry = DonutGeometry(values: slices.map(\.value))
        guard geometry.total > 0 else { return noData(title: title, width: 420, height: 200) }
        let centre = 100.0, outer = 86.0, inner = 52.0, rowHeight = 24.0
        let height = max(200, 24 + rowHeight * Double(slices.count))
        var canvas = SVGCanvas(kind: "donut", width: 420, height: height, title: title)
        let c = SVGNumber.coordinate
        let cy = height / 2
        for (index, sweep) in geometry.sweeps().enumerated() where geometry.weights[index] > 0 {
            let slice = slices[index]
            let tip = XMLEscaper.escape(slice.label + ": " + shareText(geometry.share(index)) + (slice.valueLabel.map { " · " + $0 } ?? ""))
            let colour = ChartPalette.colour(index)
            if sweep.end - sweep.start >= DonutGeometry.fullCircle - 1e-9 {
                canvas.add("<circle class=\"chart-slice\" cx=\"\(c(centre))\" cy=\"\(c(cy))\" r=\"\(c((outer + inner) / 2))\" fill=\"none\""
                    + " stroke-width=\"\(c(outer - inner))\" style=\"stroke:\(colour)\"><title>\(tip)</title></circle>")
                continue
            }
            let large = sweep.end - sweep.start > Double.pi ? 1 : 0
            let point = { (radius: Double, angle: Double) in c(centre + radius * sin(angle)) + " " + c(cy - radius * cos(angle)) }
            let d = "M" + point(outer, sweep.start) + " A\(c(outer)) \(c(outer)) 0 \(large) 1 " + point(outer, sweep.end)
                + " L" + point(inner, sweep.end) + " A\(c(inner)) \(c(inner)) 0 \(large) 0 " + point(inner, sweep.start) + " Z"
            canvas.add("<path class=\"chart-slice\" d=\"\(d)\" stroke=\"#fff\" stroke-width=\"1\" style=\"fill:\(colour)\"><title>\(tip)</title></path>")
        }
        if let centerLabel {
            canvas.text(TextWidth.truncated(centerLabel, maxEms: 7), x: centre, y: cy + 5, anchor: "middle", className: "chart-center")
        }
        let legendTop = cy - rowHeight * Double(slices.count) / 2
        for (index, slice) in slices.enumerated() {
            let y = legendTop + rowHeight * Double(index)
            canvas.add("<rect class=\"chart-swatch\" x=\"212\" y=\"\(c(y + 6))\" width=\"12\" height=\"12\" rx=\"2\" style=\"fill:\(ChartPalette.colour(index))\"/>")
            canvas.text(TextWidth.truncated(slice.label, maxEms: 10), x: 232, y: y + 16, className: "chart-legend")
            let figure = shareText(geometry.share(index)) + (slice.valueLabel.map { " " + $0 } ?? "")
            canvas.text(figure, x: 416, y: y + 16, anchor: "end", className: "chart-value")
        }
        return canvas.finished()
    }

    /// A share in 0...1 printed as a percentage with one decimal: `42.5%`.
    static func shareText(_ share: Double) -> String {
        SVGNumber.fixed(share * 100, decimals: 1) + "%"
    }
}
