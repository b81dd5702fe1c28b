import TextEscaping

extension Chart {
    /// A daily-trend line chart: one line per series over `labels` (dates), y ticks at round numbers.
    ///
    /// The first solid series gets a light area fill; `dashed` series (the previous window) are muted.
    /// Every point is a `<circle class="chart-point">` with a hover title "label: value".
    public static func lineChart(series: [ChartSeries], labels: [String], title: String, yFormat: ValueFormat) -> String {
        let count = max(labels.count, series.map(\.values.count).max() ?? 0)
        guard count > 0, series.contains(where: { !$0.values.isEmpty }) else { return noData(title: title) }
        let layout = LineLayout(count: count)
        let values = series.flatMap(\.values)
        let scale = AxisScale(minimum: values.min() ?? 0, maximum: values.max() ?? 0, smallestStep: yFormat.smallestStep)
        var canvas = SVGCanvas(kind: "line", width: layout.width, height: layout.height, title: title)
        drawValueGrid(&canvas, scale: scale, layout: layout, format: yFormat)
        for index in layout.labelIndices() where index < labels.count {
            let anchor = count == 1 ? "middle" : index == 0 ? "start" : index == count - 1 ? "end" : "middle"
            canvas.text(labels[index], x: layout.x(index), y: layout.height - 10, anchor: anchor, className: "chart-axis")
        }
        let areaIndex = series.firstIndex { !$0.dashed && !$0.values.isEmpty }
        for (number, line) in series.enumerated() where !line.values.isEmpty {
            let colour = line.dashed ? ChartPalette.comparison : ChartPalette.colour(number)
            let points = line.values.prefix(count).enumerated().map { (layout.x($0.offset), layout.y(scale.fraction($0.element))) }
            drawSeries(&canvas, points: points, colour: colour, dashed: line.dashed, area: number == areaIndex, layout: layout)
            for (index, point) in points.enumerated() {
                let label = index < labels.count ? labels[index] + ": " : ""
                let tip = XMLEscaper.escape(line.name + " · " + label + yFormat.format(line.values[index]))
                canvas.add("<circle class=\"chart-point\" cx=\"\(SVGNumber.coordinate(point.0))\" cy=\"\(SVGNumber.coordinate(point.1))\""
                    + " r=\"\(line.dashed ? "2" : "2.5")\" style=\"fill:\(colour)\"><title>\(tip)</title></circle>")
            }
        }
        drawLegend(&canvas, series: series, layout: layout)
        return canvas.finished()
    }

    private static func drawValueGrid(_ canvas: inout SVGCanvas, scale: AxisScale, layout: LineLayout, format: ValueFormat) {
        for tick in scale.ticks {
            let y = layout.y(scale.fraction(tick))
            canvas.line(x1: layout.left, y1: y, x2: layout.width - layout.right, y2: y, className: tick == 0 ? "chart-baseline" : "chart-grid")
            canvas.text(format.tickLabel(tick, step: scale.step), x: layout.left - 8, y: y + 4, anchor: "end", className: "chart-axis")
        }
    }

    private static func drawSeries(_ canvas: inout SVGCanvas, points: [(Double, Double)], colour: String, dashed: Bool, area: Bool, layout: LineLayout) {
        let c = SVGNumber.coordinate
        let path = points.enumerated().map { ($0.offset == 0 ? "M" : "L") + c($0.element.0) + " " + c($0.element.1) }.joined(separator: " ")
        if area, let first = points.first, let last = points.last {
            let bottom = c(layout.y(0))
            canvas.add("<path class=\"chart-area\" d=\"\(path) L\(c(last.0)) \(bottom) L\(c(first.0)) \(bottom) Z\" style=\"fill:\(colour)\" fill-opacity=\"0.08\"/>")
        }
        let dash = dashed ? " stroke-dasharray=\"6 4\"" : ""
        canvas.add("<path class=\"chart-series\" d=\"\(path)\" fill=\"none\" stroke-width=\"\(dashed ? "1.5" : "2")\"\(dash)"
            + " stroke-linejoin=\"round\" stroke-linecap=\"round\" style=\"stroke:\(colour)\"/>")
    }

    private static func drawLegend(_ canvas: inout SVGCanvas, series: [ChartSeries], layout: LineLayout) {
        var x = layout.left
        for (number, line) in series.enumerated() where !line.name.isEmpty {
            let colour = line.dashed ? ChartPalette.comparison : ChartPalette.colour(number)
            let dash = line.dashed ? " stroke-dasharray=\"4 3\"" : ""
            canvas.add("<line class=\"chart-swatch\" x1=\"\(SVGNumber.coordinate(x))\" y1=\"14\" x2=\"\(SVGNumber.coordinate(x + 18))\" y2=\"14\""
                + " stroke-width=\"2\"\(dash) style=\"stroke:\(colour)\"/>")
            let name = TextWidth.truncated(line.name, maxEms: 16)
            canvas.text(name, x: x + 24, y: 18, className: "chart-legend")
            x += 24 + TextWidth.ems(name) * 12 + 20
        }
    }
}
