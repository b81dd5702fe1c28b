/// The legend beside a donut: a swatch, the label and the figure (share and count) per slice, on one line when every
/// row's label and figure fit side by side in the legend's 184 units, else the figure on a second line under the label.
struct DonutLegend {
    /// The label and figure of each row.
    let rows: [(label: String, figure: String)]
    /// Whether each figure goes under its label.
    let stacked: Bool

    /// Where the legend starts (the swatch) and ends (the figures' right edge), in the 420-wide chart.
    static let left = 212.0, right = 416.0
    /// The legend's font size in user units (the chart's).
    static let fontSize = 12.0
    /// The longest label, in ems of the legend's font.
    static let labelEms = 10.0

    /// The rows of `slices`, with their shares from `geometry`.
    init(slices: [ChartSlice], geometry: DonutGeometry) {
        rows = slices.indices.map { index in
            (TextWidth.truncated(slices[index].label, maxEms: Self.labelEms),
             Chart.shareText(geometry.share(index)) + (slices[index].valueLabel.map { " " + $0 } ?? ""))
        }
        let room = (Self.right - Self.left - 20) / Self.fontSize - 1  // after the swatch, one em between the two
        stacked = rows.contains { TextWidth.ems($0.label) + TextWidth.ems($0.figure) > room }
    }

    /// The height of one row.
    var rowHeight: Double { stacked ? 40 : 24 }

    /// Draws the rows centred on `centreY`.
    func add(to canvas: inout SVGCanvas, centreY: Double) {
        let c = SVGNumber.coordinate
        let top = centreY - rowHeight * Double(rows.count) / 2
        for (index, row) in rows.enumerated() {
            let y = top + rowHeight * Double(index)
            canvas.add("<rect class=\"chart-swatch\" x=\"\(c(Self.left))\" y=\"\(c(y + 6))\" width=\"12\" height=\"12\" rx=\"2\""
                + " style=\"fill:\(ChartPalette.colour(index))\"/>")
            canvas.text(row.label, x: Self.left + 20, y: y + 16, className: "chart-legend")
            if stacked {
                canvas.text(row.figure, x: Self.left + 20, y: y + 33, className: "chart-value")
            } else {
                canvas.text(row.figure, x: Self.right, y: y + 16, anchor: "end", className: "chart-value")
            }
        }
    }
}
