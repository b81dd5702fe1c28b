import Foundation
import Testing
@testable import SiteBuilder

/// SKUs and order, quote and customer numbers never break across lines. The analytics products page showed `YX-` over
/// `H101` in its figure tables at 1280 px, and a customer's recommended products `YX-` over `A202` at 390 px.
@Suite(.serialized, .enabled(if: Browser.available, "chromium not installed: browser tests skipped"))
struct CodesStayWholeTests {
    @Test(arguments: [("analytics/products/index.html", ".data-table td:first-child > a", 1280),
                      ("analytics/products/index.html", ".data-table td:first-child > a", 390),
                      ("analytics/customers/index.html", ".data-table td:first-child > a", 390),
                      ("analytics/quotes/index.html", ".data-table td:first-child > a", 390),
                      ("customers/C-001.html", ".sku", 390), ("customers/C-001.html", ".sku", 1280)])
    func codesKeepToOneLine(page: String, selector: String, width: Int) throws {
        let broken = try #require(Browser.brokenTexts(Browser.site + "/" + page, selector: selector, width: width), "no answer from Chromium")
        #expect(broken.isEmpty, "\(page) at \(width): \(broken)")
    }

    @Test func aCodeCellIsMarkedAndItsCSVUnchanged() {
        var table = DataTable(["货号", "商品"])
        table.rows = [[.code("YX-H101", url: "products/YX-H101.html"), .text("冷轧钢液压阻尼铰链")]]
        #expect(table.rowsHTML(root: "../") == "\n<tr><td class=\"nowrap\"><a href=\"../products/YX-H101.html\">YX-H101</a></td><td>冷轧钢液压阻尼铰链</td></tr>")
        #expect(String(decoding: table.csv, as: UTF8.self).hasSuffix("YX-H101,冷轧钢液压阻尼铰链\r\n"))
        let html = SiteFixture.text(Browser.site, "analytics/products/index.html")
        #expect(html.contains("<td class=\"nowrap\"><a href=\"../../products/YX-H101.html\">YX-H101</a></td>"))
    }
}
