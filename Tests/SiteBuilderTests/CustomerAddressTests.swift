import Foundation
import Testing
@testable import SiteBuilder

/// The customer page's contact panel gives the delivery / invoice address (the order page and the quote sheet already
/// did; the customer's own page left it out), escaped like every other field, and nothing when the customer has none.
@Suite struct CustomerAddressTests {
    @Test func theContactPanelShowsTheAddress() {
        let html = SiteFixture.text(SitePagesTests.example.1, "customers/C-001.html")
        #expect(html.contains("<dt>地址</dt><dd>浙江省宁波市北仑区新碶街道明州路 518 号</dd>"))
        // C-010 has no address: no empty row
        #expect(!SiteFixture.text(SitePagesTests.example.1, "customers/C-010.html").contains("<dt>地址</dt>"))
    }

    @Test func aHostileAddressIsEscaped() throws {
        let shop = SiteFixture.smallShop(extra: ["content/customers/C-1.md":
            "---\nname: 客户一\nregion: 广东\naddress: \"<script>alert(1)</script> 深圳市 & 宝安区\"\n---\n"])
        let output = SiteFixture.temporaryFolder("customer-address") + "/public"
        let outcome = SiteBuild.run(BuildOptions(shopPath: shop, outputPath: output))
        try #require(outcome.succeeded, "\(outcome.diagnostics)")
        let html = SiteFixture.text(output, "customers/C-1.html")
        #expect(html.contains("<dt>地址</dt><dd>&lt;script&gt;alert(1)&lt;/script&gt; 深圳市 &amp; 宝安区</dd>"))
        #expect(!html.contains("<script>alert(1)"))
    }
}
