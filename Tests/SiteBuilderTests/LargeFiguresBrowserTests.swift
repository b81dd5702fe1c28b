import Foundation
import Testing
@testable import SiteBuilder

/// A shop with figures in the billions, as the 10k bench shop has: the dashboard's and the analytics overview's cards
/// show the whole amount. A 成交额 of ¥1,470,102,971.80 used to end in "…" (¥1,470,102,97…) at 1280 and at 390 px.
@Suite(.serialized, .enabled(if: Browser.available, "chromium not installed: browser tests skipped"))
struct LargeFiguresBrowserTests {
    /// One customer's two paid orders of ¥1,470,000,000.00 and ¥12,345,678.90 in the last 7 days.
    static let site: String = {
        let shop = SiteFixture.write([
            "content/site.yaml": "name: 大额测试工厂\nas_of: 2025-11-30\n",
            "content/customers/C-1.md": "---\nname: 广州白云工程总公司\nregion: 广东\n---\n",
            "content/products/P-1.md": "---\ntitle: 整装钢结构厂房 1套起订\ntype: custom\ncategory: 工程\nmoq: 1\nlead_time_days: 30\n"
                + "price_tiers:\n  - { min: 1, price: 14700000 }\n---\n",
            "content/orders/O-1.md": "---\ncustomer: C-1\ndate: 2025-11-28\nstatus: completed\nitems:\n  - { sku: P-1, qty: 100 }\n---\n",
            "content/orders/O-2.md": "---\ncustomer: C-1\ndate: 2025-11-29\nstatus: completed\nitems:\n  - { sku: P-1, qty: 1, price: \"12345678.90\" }\n---\n",
        ], under: SiteFixture.temporaryFolder("largefigures"))
        let output = SiteFixture.temporaryFolder("largefigures-out") + "/public"
        return SiteBuild.run(BuildOptions(shopPath: shop, outputPath: output)).succeeded ? output : ""
    }()

    @Test(arguments: [("index.html", 1280), ("index.html", 390), ("analytics/index.html", 1280), ("analytics/index.html", 390)])
    func cardsShowTheWholeAmount(page: String, width: Int) throws {
        try #require(!Self.site.isEmpty, "the shop did not build")
        let html = SiteFixture.text(Self.site, page)
        #expect(html.contains("<span class=\"kpi-value is-long\">¥1,482,345,678.90</span>"), "\(page)")
        #expect(html.contains("<span class=\"kpi-value\">1</span>"), "\(page): a short value (成交买家) keeps the full size")
        let clipped = try #require(Browser.clippedTexts(Self.site + "/" + page, selector: ".kpi-value", width: width), "no answer from Chromium")
        #expect(clipped.isEmpty, "\(page) at \(width): \(clipped)")
    }
}
