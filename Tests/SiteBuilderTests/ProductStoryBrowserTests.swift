import Foundation
import Testing
@testable import SiteBuilder

/// The product page's 批量采购案例 and 买家评价 and the catalog card's rating, as a person sees them in headless Chromium
/// (issue 15.5), with screenshots at desktop and phone widths.
@Suite(.serialized, .enabled(if: Browser.available, "chromium not installed: browser tests skipped"))
struct ProductStoryBrowserTests {
    @Test func productPageShowsCasesAndReviews() {
        let (dom, console) = Browser.load(Browser.site + "/products/YX-H101.html")
        #expect(console.isEmpty, "\(console)")
        #expect(dom.contains("<h2 class=\"section-title\">批量采购案例 <span class=\"count\">3</span></h2>"))
        #expect(dom.contains("<tr><td>杭州某整体橱柜厂</td><td class=\"num\">30,000 只</td><td>全屋定制门板</td></tr>"))
        #expect(dom.contains("<h2 class=\"section-title\">买家评价 <span class=\"count\">3</span></h2>"))
        #expect(dom.contains("<p class=\"review-text\">与第一代底座孔位通用，换装省事</p>"))
        // (5 + 5 + 4) / 3 = 4.67 → 4.7
        #expect(dom.contains("<span class=\"rating-value\">4.7</span> <a href=\"#reviews\">3 条评价</a>"))
    }

    @Test func catalogCardShowsTheRatingAndAProductWithoutReviewsShowsNone() {
        let (dom, console) = Browser.load(Browser.site + "/products/index.html")
        #expect(console.isEmpty, "\(console)")
        #expect(dom.contains("<span class=\"rating-value\">4.7</span> <span class=\"rating-count\">3 条评价</span>"))
        let h201 = dom.range(of: "data-sku=\"YX-H201\"").map { String(dom[$0.lowerBound...].prefix(1500)) } ?? ""
        #expect(!h201.isEmpty && !(h201.components(separatedBy: "</article>").first ?? "").contains("card-rating"))
    }

    @Test func screenshotsOfTheProductPageAndCatalog() {
        let folder = SiteFixture.temporaryFolder("product-screenshots")
        Browser.expectScreenshots(of: ["products/YX-H101.html", "products/index.html"], in: Browser.site, folder: folder)
        print("screenshots in \(folder)")
    }
}
