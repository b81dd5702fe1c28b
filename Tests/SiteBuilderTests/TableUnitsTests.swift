import Foundation
import Testing
@testable import SiteBuilder

/// Every figure in a table says its unit: the reorder list's purchase interval read a bare "14.0" under 采购间隔.
struct TableUnitsTests {
    @Test func theReorderIntervalNamesItsUnitOnPageAndInCSV() {
        let html = SiteFixture.text(Browser.site, "analytics/customers/index.html")
        let reorder = BigShopFixture.slice(html, from: "id=\"reorder\"", to: "</section>")
        #expect(reorder.contains("<th class=\"num\">采购间隔（天）</th>"), "\(reorder)")
        #expect(reorder.contains("<td class=\"num\">14.0</td>"), "\(reorder)")
        let csv = SiteFixture.text(Browser.site, "analytics/reorder.csv")
        #expect(csv.contains("采购间隔（天）"))
    }
}
