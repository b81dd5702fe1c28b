import Foundation
import Testing
@testable import SiteBuilder

/// English pages say "1 product had …", "1 regular or key customer is dormant" and "1 carton in all", not "1 products
/// had …", "1 … customers are dormant" or "1 cartons in all": the dashboard's advice and the 发货单's carton count are
/// counted phrases (zh-CN has one form, so its pages do not change).
@Suite struct EnglishCountedAdviceTests {
    /// The example shop with `locale: en`.
    static let site: String = {
        let shop = SiteFixture.temporaryFolder("example-en")
        try? FileManager.default.copyItem(atPath: SiteFixture.repository + "/content", toPath: shop + "/content")
        let settings = SiteFixture.text(shop, "content/site.yaml").replacingOccurrences(of: "locale: zh-CN", with: "locale: en")
        SiteFixture.write(["content/site.yaml": settings], under: shop)
        let output = SiteFixture.temporaryFolder("example-en-public") + "/public"
        _ = SiteBuild.run(BuildOptions(shopPath: shop, outputPath: output))
        return output
    }()

    @Test func oneProductOrCustomerIsSingular() {
        let html = SiteFixture.text(Self.site, "index.html")
        #expect(html.contains("1 product had many visitors but low conversion over the last 30 days: add buyer reviews and "
                              + "bulk-purchase cases to its page."), "\(html.count)")
        #expect(html.contains("1 product had few visitors and low conversion over the last 30 days: a candidate to delist."))
        #expect(html.contains("1 regular or key customer is dormant (¥7,020.00 paid to date)"))
        #expect(!html.contains("1 products") && !html.contains("1 regular or key customers"))
    }

    @Test func oneCartonIsSingularOnTheDeliveryNote() {
        #expect(SiteFixture.text(Self.site, "orders/O-20251127-02.html").contains("1 carton in all"))
        #expect(SiteFixture.text(Self.site, "orders/O-20251127-03.html").contains("8 cartons in all"))
    }

    @Test func oneLineWithoutAPackSizeIsSingular() throws {
        let shop = SiteFixture.smallShop(extra: ["content/site.yaml": "name: Test\nlocale: en\nas_of: 2025-11-30\n"])
        let output = SiteFixture.temporaryFolder("carton-note-en") + "/public"
        let outcome = SiteBuild.run(BuildOptions(shopPath: shop, outputPath: output))
        try #require(outcome.succeeded, "\(outcome.diagnostics)")
        let html = SiteFixture.text(output, "orders/O-1.html")
        #expect(html.contains("1 line has no pack size") && !html.contains("1 lines have"))
    }

    /// Chinese keeps its one form, with the count written as before.
    @Test func chineseIsUnchanged() {
        let html = SiteFixture.text(SitePagesTests.example.1, "index.html")
        #expect(html.contains("近 30 天 1 款商品访客少、转化低：考虑下架。"))
        #expect(html.contains("1 位老客户 / 大客户已沉睡（累计成交 ¥7,020.00）"))
        #expect(SiteFixture.text(SitePagesTests.example.1, "orders/O-20251127-02.html").contains("共 1 箱"))
    }
}
