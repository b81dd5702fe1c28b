import Testing
@testable import SiteBuilder

@Suite struct ChartsRenderingTests {
    static let days = (1...30).map { "11-" + ($0 < 10 ? "0" : "") + String($0) }
    static let visitors = (1...30).map { Double(380 + ($0 * 37) % 90) }

    func count(_ needle: String, in text: String) -> Int {
        var found = 0
        var rest = text[...]
        while let range = rest.firstRange(of: needle) {
            found += 1
            rest = rest[range.upperBound...]
        }
        return found
    }

    func everyChart(title: String, label: String, value: Double) -> [String] {
        [
            Chart.lineChart(series: [ChartSeries(name: label, values: [value, value])], labels: [label, label], title: title, yFormat: .integer),
            Chart.barChart(bars: [ChartBar(label: label, value: value)], title: title, valueFormat: .yuan),
            Chart.donutChart(slices: [ChartSlice(label: label, value: 1), ChartSlice(label: "b", value: value)], title: title, centerLabel: label),
            Chart.sparkline(values: [value, 1, value], title: title),
        ]
    }

    @Test func lineChartDrawsOnePointPerValueAndDashesTheComparison() {
        let previous = ChartSeries(name: "上一周期", values: Self.visitors.map { $0 * 0.8 }, dashed: true)
        let svg = Chart.lineChart(series: [ChartSeries(name: "访客", values: Self.visitors), previous], labels: Self.days, title: "访客趋势", yFormat: .integer)
        #expect(count("<circle class=\"chart-point\"", in: svg) == 60)
        #expect(count("<path class=\"chart-series\"", in: svg) == 2)
        #expect(count("stroke-dasharray=\"6 4\"", in: svg) == 1)
        #expect(svg.contains(">11-01</text>") && svg.contains(">11-30</text>"))
        #expect(svg.contains(">500</text>"), "y ticks reach the round number above the maximum")
    }

    @Test func barChartDrawsOneBarPerItemWithCallerFormattedValues() {
        let bars = [ChartBar(label: "HD-T001 纯棉T恤", value: 12300, valueLabel: "¥12,300.00"), ChartBar(label: "HD-T002", value: 4500.5), ChartBar(label: "零", value: 0)]
        let svg = Chart.barChart(bars: bars, title: "商品 GMV", valueFormat: .yuan)
        #expect(count("<rect class=\"chart-bar\"", in: svg) == 3)
        #expect(svg.contains(">¥12,300.00</text>") && svg.contains(">¥4,500.50</text>"))
        #expect(svg.contains("width=\"0\""), "a zero value is a zero-width bar")
    }

    @Test func donutSlicesCoverTheFullCircleExactlyOnce() {
        let geometry = DonutGeometry(values: [3, 0, 1, 2.5, -4, .nan, 0.1])
        let sweeps = geometry.sweeps()
        #expect(sweeps.count == 7)
        #expect(sweeps.first?.start == 0)
        #expect(sweeps.last?.end == DonutGeometry.fullCircle)
        for (previous, next) in zip(sweeps, sweeps.dropFirst()) { #expect(previous.end == next.start) }
        let covered = sweeps.map { $0.end - $0.start }.reduce(0, +)
        #expect(abs(covered - DonutGeometry.fullCircle) < 1e-12)
        #expect(abs(sweeps[3].end - sweeps[3].start - DonutGeometry.fullCircle * 2.5 / 6.6) < 1e-12)
    }

    @Test func donutDrawsOnlyNonEmptySlicesButListsAllInTheLegend() {
        let slices = [ChartSlice(label: "新客户", value: 5), ChartSlice(label: "老客户", value: 0), ChartSlice(label: "重点客户", value: 15, valueLabel: "15 家")]
        let svg = Chart.donutChart(slices: slices, title: "客户等级", centerLabel: "20 家")
        #expect(count("class=\"chart-slice\"", in: svg) == 2)
        #expect(count("class=\"chart-swatch\"", in: svg) == 3)
        #expect(svg.contains(">25.0%</text>") && svg.contains(">75.0% 15 家</text>") && svg.contains(">0.0%</text>"))
    }

    @Test func aSingleSliceIsAFullRingNotAnInvisibleArc() {
        let svg = Chart.donutChart(slices: [ChartSlice(label: "已完成", value: 9)], title: "订单状态")
        #expect(count("<circle class=\"chart-slice\"", in: svg) == 1)
        #expect(svg.contains(">100.0%</text>"))
    }

    @Test(arguments: [
        Chart.lineChart(series: [], labels: [], title: "空", yFormat: .integer),
        Chart.lineChart(series: [ChartSeries(name: "a", values: [])], labels: ["11-01"], title: "空", yFormat: .integer),
        Chart.barChart(bars: [], title: "空", valueFormat: .yuan),
        Chart.donutChart(slices: [], title: "空"),
        Chart.donutChart(slices: [ChartSlice(label: "a", value: 0), ChartSlice(label: "b", value: 0)], title: "空"),
    ])
    func emptyDataSaysSoInsteadOfDrawingNothing(svg: String) {
        #expect(svg.contains("chart-empty"))
        #expect(svg.contains(Chart.noDataText))
        #expect(svg.contains("<title>空</title>"))
    }

    @Test(arguments: [0.0, .nan, .infinity, -.infinity, 1e300, -5])
    func outputNeverContainsNaNOrInfinity(value: Double) {
        for svg in everyChart(title: "t", label: "l", value: value) {
            #expect(!svg.lowercased().contains("nan"))
            #expect(!svg.lowercased().contains("inf"))
            #expect(svg.hasPrefix("<svg ") && svg.hasSuffix("</svg>"))
            #expect(!svg.contains(".0\""), "coordinates are trimmed, never Swift's Double description")
        }
        let zeros = Chart.lineChart(series: [ChartSeries(name: "z", values: [0, 0, 0])], labels: ["a", "b", "c"], title: "z", yFormat: .percent(fractionDigits: 1))
        #expect(count("<circle class=\"chart-point\"", in: zeros) == 3)
    }

    @Test func contentTextIsEscapedEverywhere() {
        for svg in everyChart(title: "<script>x</script> & co", label: "<b>\"A&B\"</b>", value: 3) {
            #expect(!svg.contains("<script>"))
            #expect(!svg.contains("<b>"))
            #expect(svg.contains("&lt;script&gt;x&lt;/script&gt; &amp; co"))
            #expect(svg.contains("role=\"img\"") && svg.contains("aria-label=\"&lt;script&gt;"))
        }
    }

    @Test func sameInputGivesByteIdenticalOutput() {
        let build = {
            Chart.lineChart(series: [ChartSeries(name: "GMV", values: Self.visitors.map { $0 * 13.37 })], labels: Self.days, title: "GMV", yFormat: .yuan)
                + Chart.donutChart(slices: [ChartSlice(label: "广东", value: 1.1), ChartSlice(label: "浙江", value: 2.2)], title: "地区")
                + Chart.barChart(bars: [ChartBar(label: "x", value: 1 / 3)], title: "b", valueFormat: .number(fractionDigits: 2))
        }
        #expect(build() == build())
    }

    @Test func chartsAreResponsiveAndThemedByCustomProperties() {
        let svg = Chart.barChart(bars: [ChartBar(label: "a", value: 1)], title: "t", valueFormat: .integer)
        #expect(svg.contains("viewBox=\"0 0 560 "))
        #expect(svg.contains("width=\"100%\""))
        #expect(svg.contains("var(--brand,#d9363e)"))
    }
}
