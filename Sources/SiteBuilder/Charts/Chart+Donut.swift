#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TextEscaping

extension Chart {
    /// A donut chart (tier mix, order status mix) with a legend of labels, shares and counts: one `.chart-slice` per
    /// non-empty slice.
    ///
    /// `centerLabel` (e.g. the total "128 单") is printed in the hole, over two lines ("128" / "orders") when it is too
    /// wide for one. Each slice's text (`新客户: 33.3% · 4 家`) is its `<title>` and a line of the chart's `<desc>`. A
    /// legend row whose label and figure cannot share a line puts the figure under the label, for every row alike.
    /// No slices, or all zero, gives the no-data picture.
    public static func donutChart(slices: [ChartSlice], title: String, centerLabel: String? = nil) -> String {
        let geometry = DonutGeometry(values: slices.map(\.value))
        guard geometry.total > 0 else { return noData(title: title, width: 420, height: 200) }
        let legend = DonutLegend(slices: slices, geometry: geometry)
        let height = max(200, 24 + legend.rowHeight * Double(slices.count))
        let tips = slices.indices.map { index in
            slices[index].label + ": " + shareText(geometry.share(index)) + (slices[index].valueLabel.map { " · " + $0 } ?? "")
        }
        var canvas = SVGCanvas(kind: "donut", width: 420, height: height, title: title, description: tips.joined(separator: "; "))
        addSlices(geometry, tips: tips, centreY: height / 2, to: &canvas)
        if let centerLabel { addCentre(centerLabel, centreY: height / 2, to: &canvas) }
        legend.add(to: &canvas, centreY: height / 2)
        return canvas.finished()
    }

    /// The ring: one path per non-empty slice (a full circle for a slice that is the whole).
    private static func addSlices(_ geometry: DonutGeometry, tips: [String], centreY cy: Double, to canvas: inout SVGCanvas) {
        let centre = 100.0, outer = 86.0, inner = 52.0
        let c = SVGNumber.coordinate
        for (index, sweep) in geometry.sweeps().enumerated() where geometry.weights[index] > 0 {
            let tip = XMLEscaper.escape(tips[index])
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
    }

    /// The total in the hole: one line when it fits (`12 家`), else the figure over the rest (`1,280` / `customers`).
    private static func addCentre(_ label: String, centreY cy: Double, to canvas: inout SVGCanvas) {
        let oneLine = 6.0  // ems of the 15 px centre text that fit the hole's 104 px with a margin
        guard TextWidth.ems(label) > oneLine, let space = label.firstIndex(of: " ") else {
            canvas.text(TextWidth.truncated(label, maxEms: 7), x: 100, y: cy + 5, anchor: "middle", className: "chart-center")
            return
        }
        let figure = String(label[..<space]), rest = String(label[label.index(after: space)...])
        canvas.text(TextWidth.truncated(figure, maxEms: oneLine), x: 100, y: cy, anchor: "middle", className: "chart-center")
        canvas.text(TextWidth.truncated(rest, maxEms: 8), x: 100, y: cy + 16, anchor: "middle", className: "chart-center-unit")
    }

    /// A share in 0...1 printed as a percentage with one decimal: `42.5%`.
    static func shareText(_ share: Double) -> String {
        SVGNumber.fixed(share * 100, decimals: 1) + "%"
    }
}
