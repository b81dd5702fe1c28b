import Foundation
import Testing
@testable import SiteBuilder

/// Every analytics page names its as-of date the same way, as a sentence writes it (the quote pipeline's wrote
/// `2025-11-30` where the four others wrote `2025年11月30日`).
@Suite struct AnalyticsAsOfTests {
    @Test(arguments: ["analytics/index.html", "analytics/products/index.html", "analytics/customers/index.html",
                      "analytics/orders/index.html", "analytics/quotes/index.html"])
    func theDateLineIsWrittenAsASentence(page: String) {
        let html = SiteFixture.text(Browser.site, page)
        #expect(html.contains("<p class=\"page-sub\">数据截至 2025年11月30日"), "\(page)")
    }
}
