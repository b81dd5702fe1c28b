import Foundation
import Testing

/// A customer's, a product's and a promotion's page at 390 px: their tables are stacked rows, so nothing is cut off at
/// the phone's edge. The customer page's orders used to need an 823 px swipe to reach the total, its products a 676 px
/// one (the name would not wrap), the product's related quotes 560 px, the promotion's orders 560 px; and the
/// analytics overview's three-column 指标 table was held at 560 px, hiding the 近 30 天 column.
@Suite(.serialized, .enabled(if: Browser.available, "chromium, pdfinfo or pdftotext not installed: browser tests skipped"))
struct EntityPagesPhoneTests {
    @Test(arguments: ["customers/C-001.html", "customers/C-007.html", "customers/C-012.html", "products/YX-A101.html",
                      "products/YX-L102.html", "promotions/P-2025-11.html"])
    func nothingScrollsSideways(_ page: String) throws {
        let measured = try #require(Browser.sidewaysScroll(Browser.site + "/" + page, width: 390), "no answer from Chromium")
        #expect(measured == ["page 390/390"], "\(page): \(measured)")
    }

    /// The figure tables of three columns fit the phone; only the charts (kept legible) scroll inside their panel.
    @Test(arguments: ["analytics/index.html"])
    func narrowFigureTablesFit(_ page: String) throws {
        let measured = try #require(Browser.sidewaysScroll(Browser.site + "/" + page, width: 390), "no answer from Chromium")
        #expect(measured.first == "page 390/390", "\(page): \(measured)")
        #expect(!measured.contains { $0.hasPrefix("DIV.table-wrap") }, "\(page): \(measured)")
    }

    /// On a desktop the same pages keep their tables: nothing scrolls, and the headers are there.
    @Test(arguments: ["customers/C-001.html", "products/YX-A101.html", "promotions/P-2025-11.html"])
    func desktopKeepsTheTables(_ page: String) throws {
        let measured = try #require(Browser.sidewaysScroll(Browser.site + "/" + page, width: 1280), "no answer from Chromium")
        #expect(measured == ["page 1280/1280"], "\(page): \(measured)")
    }

    /// The stacked rows keep their meaning: a customer's order row shows number, status, items, date and total in that
    /// order, and the units of a bought product carry their label.
    @Test func stackedRowsKeepTheirFigures() {
        let html = SiteFixture.text(Browser.site, "customers/C-001.html")
        let row = html.components(separatedBy: "<tr>").first { $0.contains("O-20251129-01") } ?? ""
        let order = ["O-20251129-01", "2025-11-29", "待发货", "YX-S102", "¥4,760.00"]
        let places = order.compactMap { row.range(of: $0)?.lowerBound }
        #expect(places.count == order.count && places == places.sorted(), "\(row)")
        #expect(html.contains("<section class=\"section customer-orders\">"))
        #expect(html.contains("<td class=\"num\" data-label=\"件数\">20,000</td>"))
    }

    @Test func screenshotsAtDesktopAndPhoneWidths() {
        let folder = SiteFixture.temporaryFolder("entity-screenshots")
        Browser.expectScreenshots(of: ["customers/C-001.html", "products/YX-L102.html", "promotions/P-2025-11.html"], in: Browser.site, folder: folder)
    }
}

/// The product page: 商品详情 starts a section of its own, not flush under the last spec row (it sat 0 px under it on a
/// phone and a few px on a desktop).
@Suite(.serialized, .enabled(if: Browser.available, "chromium not installed: browser tests skipped"))
struct ProductPageSpacingTests {
    @Test(arguments: [390, 1280])
    func detailsStandApartFromTheSpecs(width: Int) throws {
        let gap = "(e.getBoundingClientRect().top - e.ownerDocument.querySelector('.product-layout').getBoundingClientRect().bottom)"
        let tight = try #require(Browser.offending(Browser.site + "/products/YX-L102.html", selector: ".product-details", width: width,
                                                   when: gap + " < 20", report: gap), "no answer from Chromium")
        #expect(tight.isEmpty, "at \(width): \(tight)")
    }
}
