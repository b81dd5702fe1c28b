import Foundation
import Testing
@testable import SiteBuilder

/// The chart palette steps aside from the shop's own colours: a slot whose fallback looks like the brand or accent
/// colour takes a spare. The example shop's blue (#1f5fa8) and orange (#f0a020) painted 待付款 and 已退款, 待发货 and
/// 已发货 alike in the status donut (and 老客户 and 大客户 in the tier donut).
struct ChartColoursTests {
    @Test(arguments: [
        ("#1f5fa8", "#f0a020", ";--chart-3:#84cc16;--chart-5:#64748b"),  // the example shop: orange and blue clash
        ("#d9363e", "#1f2937", ""),                                       // the theme's red and slate: none
        ("#10b981", "#1f2937", ";--chart-4:#84cc16;--chart-8:#64748b"),   // a green brand: the green and teal slots move
        ("#64748b", "#f59e0b", ";--chart-3:#84cc16"),                     // grey brand (no grey slot), amber accent
        ("red", "navy", ""),                                              // colour names are left alone
    ])
    func overridesOnlyWhatClashes(brand: String, accent: String, expected: String) {
        #expect(ChartPalette.overrides(brand: brand, accent: accent) == expected)
    }

    @Test(arguments: [("#f0a020", "#f59e0b", true), ("#1f5fa8", "#3b82f6", true), ("#d9363e", "#ec4899", false),
                      ("#1f2937", "#64748b", false), ("#64748b", "#6b7280", true), ("#1f5fa8", "#84cc16", false)])
    func looksLike(_ a: String, _ b: String, expected: Bool) throws {
        let first = try #require(ChartColour(a)), second = try #require(ChartColour(b))
        #expect(first.looksLike(second) == expected)
        #expect(second.looksLike(first) == expected)
    }

    @Test func theExampleShopsPagesCarryTheOverrides() {
        let html = SiteFixture.text(Browser.site, "analytics/orders/index.html")
        #expect(html.contains("--strip:#f0a020;--chart-3:#84cc16;--chart-5:#64748b\">"))
    }
}

/// The status donut in Chromium: no two of its slices are painted alike.
@Suite(.serialized, .enabled(if: Browser.available, "chromium not installed: browser tests skipped"))
struct ChartColoursBrowserTests {
    @Test(arguments: ["analytics/orders/index.html", "analytics/customers/index.html"])
    func donutSlicesAreTellableApart(_ page: String) throws {
        let fills = try #require(Browser.fills(Browser.site + "/" + page, selector: ".chart-donut .chart-slice"))
        #expect(fills.count >= 3, "\(fills)")
        for i in fills.indices { for j in fills.indices where j > i {
            let distance = zip(fills[i], fills[j]).map { Double(($0 - $1) * ($0 - $1)) }.reduce(0, +).squareRoot()
            #expect(distance > 60, "\(page): slices \(i + 1) and \(j + 1) are \(fills[i]) and \(fills[j])")
        } }
    }
}
