import Foundation
import Testing

/// The list pages at 390 px: the page never scrolls sideways, and the lists of rows (quotes, customers, promotions,
/// orders, catalog, to-do, checks) are stacked rows that need no sideways swipe either. The quotes list used to swipe
/// 581 px inside its frame, the customers list 823 px and the promotions list 1,043 px.
@Suite(.serialized, .enabled(if: Browser.available, "chromium, pdfinfo or pdftotext not installed: browser tests skipped"))
struct ListPagesPhoneTests {
    @Test(arguments: ["quotes/index.html", "customers/index.html", "promotions/index.html", "orders/index.html",
                      "orders/pending_shipment/index.html", "products/index.html", "todo.html", "checks.html", "index.html"])
    func nothingScrollsSideways(_ page: String) throws {
        let measured = try #require(Browser.sidewaysScroll(Browser.site + "/" + page, width: 390), "no answer from Chromium")
        #expect(measured == ["page 390/390"], "\(page): \(measured)")
    }

    /// The analytics pages never scroll as a whole; their charts (kept legible at about 10 px text) and wide figure
    /// tables scroll inside their own panel, as THEME.md says.
    @Test(arguments: ["analytics/index.html", "analytics/customers/index.html", "analytics/orders/index.html",
                      "analytics/products/index.html", "analytics/quotes/index.html"])
    func analyticsPagesDoNotScrollAsAWhole(_ page: String) throws {
        let measured = try #require(Browser.sidewaysScroll(Browser.site + "/" + page, width: 390), "no answer from Chromium")
        #expect(measured.first == "page 390/390", "\(page): \(measured)")
    }

    /// The stacked quote rows keep what a merchant scans for: number, status, customer, dates and total, in that order.
    @Test func aQuoteRowShowsItsFiguresInOrder() {
        let html = SiteFixture.text(Browser.site, "quotes/index.html")
        let row = html.components(separatedBy: "<tr>").first { $0.contains("Q-2025-0101") } ?? ""
        let order = ["Q-2025-0101", "佛山市顺德区美居家具厂", "2025-11-18", "2025-12-10", "已发送", "¥8,620.00"]
        let places = order.compactMap { row.range(of: $0)?.lowerBound }
        #expect(places.count == order.count && places == places.sorted(), "\(row)")
    }

    @Test func promotionCellsCarryTheirLabelForPhones() {
        let html = SiteFixture.text(Browser.site, "promotions/index.html")
        #expect(html.contains("<td class=\"num\" data-label=\"让利金额\">¥300.00</td>"), "data-label missing")
        #expect(html.contains("data-label=\"复购率（活动前 → 活动中）\">75.0% → 71.4%</td>"))
    }

    @Test func screenshotsAtDesktopAndPhoneWidths() {
        let folder = SiteFixture.temporaryFolder("list-screenshots")
        Browser.expectScreenshots(of: ["quotes/index.html", "customers/index.html", "promotions/index.html"], in: Browser.site, folder: folder)
    }
}
