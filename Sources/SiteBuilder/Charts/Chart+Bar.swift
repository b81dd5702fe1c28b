import TextEscaping

extension Chart {
    /// A horizontal bar chart (per-product GMV, region share): one `<rect class="chart-bar">` per bar, in the given order.
    ///
    /// Labels longer than the label column are shortened with "…" (the full label stays in the bar's hover title);
    /// each bar ends with its `valueLabel`, or its value in `valueFormat`; ticks along the bottom are round numbers.
    public static func barChart(bars: [ChartBar], title: String, valueFormat: ValueFormat) -> String {
        guard !bars.isEmpty else { return noData(title: title) }
        let width = 560.0, labelRight = 148.0, plotLeft = 156.0, plotRight = 464.0
        let rowHeight = 28.0, barHeight = 16.0, top = 8.0
        let plotBottom = top + rowHeight * Double(bars.count)
        let height = plotBottom + 26
        let values = bars.map { AxisScale.clean($0.value) }
        let scale = AxisScale(minimum: values.min() ?? 0, maximum: values.max() ?? 0, smallestStep: valueFormat.smallestStep)
        let x = { (value: Double) in plotLeft + (plotRight - plotLeft) * scale.fraction(value) }
        var canvas = SVGCanvas(kind: "bar", width: width, height: height, title: title)
        for tick in scale.ticks {
            canvas.line(x1: x(tick), y1: top, x2: x(tick), y2: plotBottom, className: tick == 0 ? "chart-baseline" : "chart-grid")
            canvas.text(valueFormat.tickLabel(tick, step: scale.step), x: x(tick), y: plotBottom + 18, anchor: "middle", className: "chart-axis")
        }
        let c = SVGNumber.coordinate
        for (index, bar) in bars.enumerated() {
            let rowTop = top + rowHeight * Double(index)
            let start = min(x(0), x(values[index])), end = max(x(0), x(values[index]))
            let valueText = bar.valueLabel ?? valueFormat.format(values[index])
            let tip = XMLEscaper.escape(bar.label + ": " + valueText)
            canvas.add("<g class=\"chart-row\"><title>\(tip)</title>")
            canvas.text(TextWidth.truncated(bar.label, maxEms: 11.5), x: labelRight, y: rowTop + rowHeight / 2 + 4, anchor: "end", className: "chart-label")
            canvas.add("<rect class=\"chart-bar\" x=\"\(c(start))\" y=\"\(c(rowTop + (rowHeight - barHeight) / 2))\" width=\"\(c(end - start))\""
                + " height=\"\(c(barHeight))\" rx=\"2\" style=\"fill:\(ChartPalette.brand)\"/>")
            canvas.text(valueText, x: end + 6, y: rowTop + rowHeight / 2 + 4, className: "chart-value")
            canvas.add("</g>")
        }
        return canvas.finished()
    }
}
