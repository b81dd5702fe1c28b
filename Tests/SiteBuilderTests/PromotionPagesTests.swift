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

    @Test(.enabled(if: Browser.available), arguments: ["promotions/index.html", "promotions/P-2025-11.html"])
    func pageLoadsInTheBrowser(_ page: String) {
        let (dom, console) = Browser.load(Browser.site + "/" + page)
        #expect(console.isEmpty, "\(console)")
        #expect(dom.contains("</html>"))
    }
}
