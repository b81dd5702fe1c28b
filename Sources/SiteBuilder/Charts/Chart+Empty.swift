extension Chart {
    /// A chart-sized picture that says there is no data, with the chart's title for screen readers.
    public static func noData(title: String, text: String = Chart.noDataText, width: Double = 560, height: Double = 200) -> String {
        var canvas = SVGCanvas(kind: "empty", width: width, height: height, title: title)
        let c = SVGNumber.coordinate
        canvas.add("<rect class=\"chart-empty-frame\" x=\"1\" y=\"1\" width=\"\(c(width - 2))\" height=\"\(c(height - 2))\""
            + " rx=\"8\" fill=\"none\" stroke=\"#cbd5e1\" stroke-dasharray=\"6 4\"/>")
        canvas.text(text, x: width / 2, y: height / 2 + 5, anchor: "middle", className: "chart-empty-text")
        return canvas.finished()
    }
}
