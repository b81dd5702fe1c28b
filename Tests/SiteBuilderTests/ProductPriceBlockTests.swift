import Foundation
import Testing
@testable import SiteBuilder

/// The product page's headline price is the price at the MOQ, with the lowest tier beside it, as the catalog card and
/// the contract say; it showed the lowest tier alone (橱柜调节脚 "¥0.65 起" right above "起订量 500 只", where 500 只
/// cost ¥0.85 each).
struct ProductPriceBlockTests {
    @Test(arguments: [
        ("products/YX-A101.html", "¥0.85</span><span class=\"price-note\">起订价</span><span class=\"price-note price-low\">· 批量低至 ¥0.65</span>"),
        ("products/YX-H101.html", "¥3.60</span><span class=\"price-note\">起订价</span><span class=\"price-note price-low\">· 批量低至 ¥2.85</span>"),
    ])
    func headlinePriceIsTheMOQPrice(page: String, expected: String) {
        let html = SiteFixture.text(Browser.site, page)
        let block = BigShopFixture.slice(html, from: "<div class=\"price-block\">", to: "</div>")
        #expect(block == "<span class=\"price product-price\">" + expected, "\(page): \(block)")
    }

    @Test func aSingleTierProductShowsNoBulkPrice() throws {
        let site = try BigShopFixture.build(BigShopFixture.shop(products: 3, lateOrders: 1))
        let block = BigShopFixture.slice(SiteFixture.text(site, "products/P-01.html"), from: "<div class=\"price-block\">", to: "</div>")
        #expect(block == "<span class=\"price product-price\">¥6.00</span><span class=\"price-note\">起订价</span>", "\(block)")
    }
}
