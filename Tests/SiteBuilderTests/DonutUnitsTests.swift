import Foundation
import Testing
@testable import SiteBuilder

/// The donut charts say what they count: "33.3% 4 家" (customers), "单" (orders), "份" (quotes), "4 customers" in
/// English, in the legend, the total in the hole, each slice's `<title>` and the chart's `<desc>`. English legends,
/// too long for one line, put the figure under the label.
@Suite struct DonutUnitsTests {
    /// Every `<text class="CLASS" …>…</text>` of `svg`, in order.
    static func texts(_ svg: String, _ className: String) -> [String] {
        svg.components(separatedBy: "<text class=\"\(className)\"").dropFirst().map { part in
            let inner = part.drop { $0 != ">" }.dropFirst()
            return String(inner.prefix { $0 != "<" })
        }
    }

    /// The first donut chart of a page.
    static func donut(_ html: String) -> String {
        BigShopFixture.slice(html, from: "chart-svg chart-donut", to: "</svg>")
    }

    @Test func theChartCarriesTheUnitEverywhereItShowsACount() {
        let svg = Chart.donutChart(slices: [ChartSlice(label: "新客户", value: 1, valueLabel: "1 家"),
                                            ChartSlice(label: "老客户", value: 3, valueLabel: "3 家")], title: "客户等级", centerLabel: "4 家")
        #expect(Self.texts(svg, "chart-value") == ["25.0% 1 家", "75.0% 3 家"])
        #expect(Self.texts(svg, "chart-center") == ["4 家"])
        #expect(svg.contains("<title>新客户: 25.0% · 1 家</title>") && svg.contains("<title>老客户: 75.0% · 3 家</title>"))
        #expect(svg.contains("<title>客户等级</title><desc>新客户: 25.0% · 1 家; 老客户: 75.0% · 3 家</desc>"))
    }

    @Test(arguments: [("analytics/customers/index.html", "家", "12 家"), ("analytics/orders/index.html", "单", "52 单"),
                      ("analytics/quotes/index.html", "份", "2 份")])
    func theExampleShopsDonutsNameTheirUnit(page: String, unit: String, total: String) throws {
        let svg = Self.donut(SiteFixture.text(Browser.site, page))
        let figures = Self.texts(svg, "chart-value")
        try #require(!figures.isEmpty, "\(page) has no donut legend")
        #expect(figures.allSatisfy { $0.hasSuffix(" " + unit) }, "\(page): \(figures)")
        #expect(Self.texts(svg, "chart-center") == [total])
        let titles = svg.components(separatedBy: "<title>").dropFirst(2).map { $0.prefix { $0 != "<" } }
        #expect(!titles.isEmpty && titles.allSatisfy { $0.hasSuffix(" " + unit) }, "\(page): \(titles)")
    }

    /// An English shop: one order of each of three statuses and a second shipped one.
    static let englishSite: String = {
        let order = { (id: String, status: String) in
            "---\ncustomer: C-1\ndate: 2025-11-2\(id.suffix(1))\nstatus: \(status)\nitems:\n  - { sku: HD-T001, qty: 100 }\n---\n"
        }
        let shop = SiteFixture.smallShop(extra: [
            "content/site.yaml": "name: Test Hardware\nlocale: en\nas_of: 2025-11-30\n",
            "content/orders/O-2.md": order("O-2", "pending_payment"), "content/orders/O-3.md": order("O-3", "shipped\ntracking: SF3"),
            "content/orders/O-4.md": order("O-4", "shipped\ntracking: SF4"),
        ])
        let output = SiteFixture.temporaryFolder("donut-en") + "/public"
        _ = SiteBuild.run(BuildOptions(shopPath: shop, outputPath: output))
        return output
    }()

    @Test func englishCountsAreCountedPhrasesUnderTheirLabels() throws {
        let svg = Self.donut(SiteFixture.text(Self.englishSite, "analytics/orders/index.html"))
        #expect(Self.texts(svg, "chart-legend") == ["Awaiting payment", "Shipped", "Completed"])
        #expect(Self.texts(svg, "chart-value") == ["25.0% 1 order", "50.0% 2 orders", "25.0% 1 order"])
        #expect(Self.texts(svg, "chart-center") == ["4 orders"])
        // stacked: each figure starts where its label starts, one line lower
        #expect(svg.contains("x=\"232\" y=\"56\" text-anchor=\"start\" fill=\"#475569\">Awaiting payment</text>"), "\(svg)")
        #expect(svg.contains("x=\"232\" y=\"73\" text-anchor=\"start\" fill=\"#475569\">25.0% 1 order</text>"), "\(svg)")
        let tiers = Self.donut(SiteFixture.text(Self.englishSite, "analytics/customers/index.html"))
        #expect(Self.texts(tiers, "chart-value") == ["0.0% 0 customers", "100.0% 1 customer", "0.0% 0 customers"])
        #expect(Self.texts(tiers, "chart-center") == ["1 customer"])
    }

    /// A total too wide for the hole goes over two lines: the figure, then the rest.
    @Test func aWideTotalTakesTwoLines() {
        let svg = Chart.donutChart(slices: [ChartSlice(label: "New", value: 1280, valueLabel: "1,280 customers")], title: "Tiers",
                                   centerLabel: "1,280 customers")
        #expect(Self.texts(svg, "chart-center") == ["1,280"])
        #expect(Self.texts(svg, "chart-center-unit") == ["customers"])
    }
}
