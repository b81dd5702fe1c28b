import Testing
@testable import SiteBuilder

@Suite struct ChartsFormattingTests {
    @Test(arguments: [
        (12.5, 2, "12.50"), (-0.004, 2, "0.00"), (-0.005, 2, "-0.01"), (1234567.891, 2, "1234567.89"),
        (0.125, 2, "0.13"), (3, 0, "3"), (2.5, 0, "3"), (-2.5, 0, "-3"), (Double.nan, 1, "0.0"), (Double.infinity, 0, "0"), (1e300, 0, "1000000000000000"),
    ] as [(Double, Int, String)])
    func fixedDecimalsRoundHalfAwayFromZero(value: Double, decimals: Int, expected: String) {
        #expect(SVGNumber.fixed(value, decimals: decimals) == expected)
    }

    @Test(arguments: [(12.5, "12.5"), (40, "40"), (0.004, "0"), (-0.001, "0"), (33.333333, "33.33"), (-7.1, "-7.1")] as [(Double, String)])
    func coordinatesTrimTrailingZeros(value: Double, expected: String) {
        #expect(SVGNumber.coordinate(value) == expected)
    }

    @Test(arguments: [
        (ValueFormat.integer, 1234567.0, "1,234,567"), (.number(fractionDigits: 1), 999.95, "1,000.0"),
        (.percent(fractionDigits: 1), 0.025, "2.5%"), (.percent(fractionDigits: 0), 1, "100%"),
        (.yuan, 1234.5, "¥1,234.50"), (.yuan, -12, "-¥12.00"), (.yuan, 0, "¥0.00"), (.integer, -1000, "-1,000"),
    ] as [(ValueFormat, Double, String)])
    func valueFormatsPrintLikeTheSite(format: ValueFormat, value: Double, expected: String) {
        #expect(format.format(value) == expected)
    }

    @Test func currencyTicksDropDecimalsTheStepDoesNotNeed() {
        #expect(ValueFormat.yuan.tickLabel(20000, step: 5000) == "¥20,000")
        #expect(ValueFormat.yuan.tickLabel(1.5, step: 0.5) == "¥1.5")
        #expect(ValueFormat.percent(fractionDigits: 1).tickLabel(0.04, step: 0.01) == "4%")
        #expect(ValueFormat.percent(fractionDigits: 1).tickLabel(0.015, step: 0.005) == "1.5%")
    }

    @Test(arguments: [
        (0.0, 412.0, 1.0, [0.0, 100, 200, 300, 400, 500]), (0, 0, 1, [0, 1]), (0, 7, 1, [0, 2, 4, 6, 8]),
        (0, 0.034, 0.001, [0, 0.01, 0.02, 0.03, 0.04]), (-30, 90, 1, [-50, 0, 50, 100]), (0, 20000, 0.01, [0, 5000, 10000, 15000, 20000]),
        (0, 3, 1, [0, 1, 2, 3]),
    ] as [(Double, Double, Double, [Double])])
    func axisTicksFallOnRoundNumbers(minimum: Double, maximum: Double, smallestStep: Double, expected: [Double]) {
        let ticks = AxisScale(minimum: minimum, maximum: maximum, smallestStep: smallestStep).ticks
        #expect(ticks.count == expected.count)
        for (tick, wanted) in zip(ticks, expected) { #expect(abs(tick - wanted) < 1e-9, "\(ticks)") }
    }

    @Test func axisNeverHasZeroSpanEvenForNonFiniteInput() {
        let scale = AxisScale(minimum: .nan, maximum: .infinity, smallestStep: 1)
        #expect(scale.upper > scale.lower)
        #expect(scale.fraction(.nan).isFinite)
    }

    @Test(arguments: [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"), ("A & B", "A &amp; B"),
        ("\"引号\" 'x'", "&quot;引号&quot; &#39;x&#39;"), ("bell\u{7}tab\tend", "belltab end"), ("&amp;", "&amp;amp;"),
    ])
    func escapingNeutralisesMarkup(raw: String, escaped: String) {
        #expect(Chart.escape(raw) == escaped)
    }

    @Test func longLabelsAreShortenedToFitTheirColumn() {
        #expect(TextWidth.truncated("纯棉T恤", maxEms: 10) == "纯棉T恤")
        let cut = TextWidth.truncated("2024 夏季纯棉 T 恤 男女同款 50 件起批", maxEms: 10)
        #expect(cut.hasSuffix("…"))
        #expect(TextWidth.ems(cut) <= 10)
    }
}
