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

/// A customer's orders list unpaid orders too, so their date column is 付款/下单日期 as in the order lists, not 付款日期.
struct CustomerOrdersDateTests {
    @Test func theDateColumnFitsUnpaidOrders() {
        let html = SiteFixture.text(Browser.site, "customers/C-007.html")
        let orders = BigShopFixture.slice(html, from: "<section class=\"section customer-orders\">", to: "</section>")
        #expect(orders.contains("<th>付款/下单日期</th>") && !orders.contains("<th>付款日期</th>"), "\(orders)")
        #expect(orders.contains("待付款"), "C-007 has an unpaid order")
    }
}
