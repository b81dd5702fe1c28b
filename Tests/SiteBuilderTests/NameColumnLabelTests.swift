import Foundation
import Testing
@testable import SiteBuilder

/// A column that shows a product's name alone is headed 商品 (Product), not 品名 / 货号 (Item / SKU): the order page's
/// items have their 货号 in a column of their own, and the quotes analytics' per-product table and its CSV show no SKU.
/// The 发货单 and the quote sheet, whose item cell holds the name and the SKU under it, keep 品名 / 货号.
@Suite struct NameColumnLabelTests {
    static let site = SitePagesTests.example.1

    @Test func theOrderPageHeadsItsNameColumnProduct() {
        let html = SiteFixture.text(Self.site, "orders/O-20251127-03.html")
        #expect(html.contains("<thead><tr><th>货号</th><th>商品</th><th class=\"num\">数量</th>"))
        // the 发货单 below it keeps the name and SKU together under 品名 / 货号
        #expect(html.contains("<th class=\"col-item\">品名 / 货号</th>"))
    }

    @Test func theQuotesPerProductTableAndCSVAreHeadedProduct() {
        let html = SiteFixture.text(Self.site, "analytics/quotes/index.html")
        #expect(html.contains("<thead><tr><th>商品</th><th class=\"num\">赢单</th>"))
        #expect(!html.contains("品名 / 货号"))
        let csv = SiteFixture.text(Self.site, "analytics/quotes-products.csv")
        #expect(csv.hasPrefix("\u{FEFF}商品,赢单,丢单,跟进中,赢单率\r\n"), "\(csv.prefix(60))")
    }

    @Test func inEnglishTooTheOrderPageSaysProduct() throws {
        let shop = SiteFixture.smallShop(extra: ["content/site.yaml": "name: Test\nlocale: en\nas_of: 2025-11-30\n"])
        let output = SiteFixture.temporaryFolder("name-column-en") + "/public"
        let outcome = SiteBuild.run(BuildOptions(shopPath: shop, outputPath: output))
        try #require(outcome.succeeded, "\(outcome.diagnostics)")
        #expect(SiteFixture.text(output, "orders/O-1.html").contains("<thead><tr><th>SKU</th><th>Product</th>"))
    }
}
