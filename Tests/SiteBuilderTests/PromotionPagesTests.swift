import Foundation
import Testing
@testable import SiteBuilder

/// The example shop's promotions list and promotion page, and their browser check.
@Suite struct PromotionPagesTests {
    static let site = SitePagesTests.example.1

    @Test func listShowsTheRuleUsesAndRepurchase() {
        let html = SiteFixture.text(Self.site, "promotions/index.html")
        #expect(html.contains("<a href=\"../promotions/P-2025-11.html\">老客户专享 满 5000 减 300</a>"))
        #expect(html.contains("满 ¥5,000.00 减 ¥300.00"))
        #expect(html.contains("老客户、大客户"))
        // 1 use, ¥300.00 given, ¥5,560.00 paid; repurchase 6/8 = 75.0% before, 5/7 = 71.4% during (C-012, regular on
        // 11-01 by its order of 10-20, bought once in each period).
        #expect(html.contains("<td class=\"num\" data-label=\"使用次数\">1</td><td class=\"num\" data-label=\"让利金额\">¥300.00</td>"
                              + "<td class=\"num\" data-label=\"带来成交额\">¥5,560.00</td>"))
        #expect(html.contains("75.0% → 71.4%"))
    }

    @Test func pageListsEligibleCustomersAndTheOrdersThatUsedIt() {
        let html = SiteFixture.text(Self.site, "promotions/P-2025-11.html")
        #expect(html.contains("href=\"../orders/O-20251128-02.html\""))
        #expect(html.contains("佛山市顺德区美居家具厂"))
        #expect(html.contains("2025-10-02 – 2025-10-31"))
        #expect(html.contains("2025-11-01 – 2025-11-30"))
        // Eight customers were regular or key on 11-01 (C-001 … C-006, C-008 and C-012).
        #expect(html.contains("可参与客户 <span class=\"count\">8</span>"))
        #expect(SiteFixture.text(Self.site, "orders/O-20251128-02.html").contains("href=\"../promotions/P-2025-11.html\""))
    }

    /// A promotion without `end` never ends: its page, the list and the customer page's eligible promotions say so
    /// instead of "2025-11-15 – —" or nothing; without a start, or either, likewise.
    @Test(arguments: [("start: 2025-11-15\n", "2025-11-15 起，不设结束日期", "from 2025-11-15, no end date"),
                      ("end: 2025-12-31\n", "截至 2025-12-31", "until 2025-12-31"), ("", "不限起止日期", "no start or end date"),
                      ("start: 2025-11-01\nend: 2025-11-30\n", "2025-11-01 – 2025-11-30", "2025-11-01 – 2025-11-30")])
    func anOpenEndedPromotionSaysItHasNoEnd(dates: String, chinese: String, english: String) throws {
        for (locale, words) in [("zh-CN", chinese), ("en", english)] {
            let shop = SiteFixture.smallShop(extra: [
                "content/site.yaml": "name: 测试五金\nlocale: \(locale)\nas_of: 2025-11-30\n",
                "content/promotions/P-1.md": "---\nid: P-1\ntitle: 满 1000 减 50\nthreshold: 1000\namount: 50\n\(dates)---\n",
            ])
            let output = SiteFixture.temporaryFolder("promo-open") + "/public"
            let outcome = SiteBuild.run(BuildOptions(shopPath: shop, outputPath: output))
            try #require(outcome.succeeded, "\(outcome.diagnostics)")
            for page in ["promotions/P-1.html", "promotions/index.html", "customers/C-1.html"] {
                let html = SiteFixture.text(output, page)
                #expect(html.contains(words), "\(locale) \(page)")
                #expect(!html.contains("– —") && !html.contains("— –"), "\(locale) \(page)")
            }
        }
    }

    @Test(.enabled(if: Browser.available), arguments: ["promotions/index.html", "promotions/P-2025-11.html"])
    func pageLoadsInTheBrowser(_ page: String) {
        let (dom, console) = Browser.load(Browser.site + "/" + page)
        #expect(console.isEmpty, "\(console)")
        #expect(dom.contains("</html>"))
    }
}
