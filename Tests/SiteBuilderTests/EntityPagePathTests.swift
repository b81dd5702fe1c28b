import Foundation
import Testing
@testable import SiteBuilder
import ShopModel

/// One file per entity page (`products/HD-T001.html`), the folder form for an id reading `index`, and links to both.
@Suite struct EntityPagePathTests {
    @Test(arguments: [
        ("products", "HD-T001", "products/HD-T001.html"), ("customers", "C-1", "customers/C-1.html"),
        ("quotes", "Q-2025-0104", "quotes/Q-2025-0104.html"), ("pages", "shipping", "pages/shipping.html"),
        ("products", "index", "products/index/index.html"), ("customers", "INDEX", "customers/INDEX/index.html"),
        ("pages", "InDeX", "pages/InDeX/index.html"), ("products", "index.html", "products/index.html.html"),
        ("products", "indexx", "products/indexx.html"), ("products", "inde", "products/inde.html"),
        ("products", "page", "products/page.html"), ("quotes", "index-1", "quotes/index-1.html"),
    ])
    func pagePaths(section: String, id: String, expected: String) {
        #expect(EntityPagePath.path(section: section, id: id) == expected)
    }

    @Test func typedHelpersUseTheirSection() {
        #expect(EntityPagePath.product("HD-T001") == "products/HD-T001.html")
        #expect(EntityPagePath.customer("Index") == "customers/Index/index.html")
        #expect(EntityPagePath.quote("Q-1") == "quotes/Q-1.html")
        #expect(EntityPagePath.page("about") == "pages/about.html")
    }

    @Test(arguments: [
        // Exactly /<section>/<id>/: the page file.
        ("<a href=\"/pages/shipping/\">x</a>", "<a href=\"../pages/shipping.html\">x</a>"),
        ("<a href=\"/products/HD-T001/\">x</a>", "<a href=\"../products/HD-T001.html\">x</a>"),
        ("<a href=\"/customers/C-1/#orders\">x</a>", "<a href=\"../customers/C-1.html#orders\">x</a>"),
        ("<a href=\"/quotes/Q-1/?print=1\">x</a>", "<a href=\"../quotes/Q-1.html?print=1\">x</a>"),
        // An id reading `index` keeps its folder; the lists and everything else keep the index.html rule.
        ("<a href=\"/products/index/\">x</a>", "<a href=\"../products/index/index.html\">x</a>"),
        ("<a href=\"/products/Index/\">x</a>", "<a href=\"../products/Index/index.html\">x</a>"),
        ("<a href=\"/products/\">x</a>", "<a href=\"../products/index.html\">x</a>"),
        ("<a href=\"/products/page/2/\">x</a>", "<a href=\"../products/page/2/index.html\">x</a>"),
        ("<a href=\"/analytics/products/\">x</a>", "<a href=\"../analytics/products/index.html\">x</a>"),
        ("<a href=\"/orders/O-1/\">x</a>", "<a href=\"../orders/O-1.html\">x</a>"),
        ("<a href=\"/productsx/A/\">x</a>", "<a href=\"/productsx/A/\">x</a>"),  // not a folder of the site: as written
        ("<a href=\"/pages/a/b/\">x</a>", "<a href=\"../pages/a/b/index.html\">x</a>"),
        ("<a href=\"/products/HD-T001\">x</a>", "<a href=\"../products/HD-T001\">x</a>"),
        ("<a href=\"/products//\">x</a>", "<a href=\"../products//index.html\">x</a>"),
        ("<a href=\"//products/A/\">x</a>", "<a href=\"//products/A/\">x</a>"),
    ])
    func markdownLinksToEntityPages(html: String, expected: String) {
        let out = HTMLText.relativizingLinks(Array(html.utf8), root: "../")
        #expect(String(decoding: out, as: UTF8.self) == expected)
    }

    @Test func anEntityCalledIndexKeepsItsFolderAndTheListItsPage() throws {
        let shop = SiteFixture.smallShop(extra: [
            "content/products/index.md": "---\ntitle: 名叫 index 的商品\ntype: spot\ncategory: 服装/T恤\nmoq: 10\nprice_tiers:\n  - { min: 10, price: 9 }\n---\n见 [T 恤](/products/HD-T001/)、[自己](/products/index/)与[运费](/pages/shipping/)。\n",
            "content/customers/INDEX.md": "---\nname: 大写客户\nregion: 广东\n---\n",
            "content/pages/shipping.md": "---\ntitle: 运费\n---\n回到 [index 商品](/products/index/) 或 [目录](/products/)。\n",
        ])
        let output = SiteFixture.temporaryFolder("out") + "/public"
        let outcome = SiteBuild.run(BuildOptions(shopPath: shop, outputPath: output))
        #expect(outcome.exitCode == 0, "\(outcome.diagnostics)")
        let product = SiteFixture.text(output, "products/index/index.html")
        #expect(product.contains("名叫 index 的商品"))
        #expect(product.contains("href=\"../../products/HD-T001.html\""))
        #expect(product.contains("href=\"../../products/index/index.html\""))
        #expect(product.contains("href=\"../../pages/shipping.html\""))
        #expect(SiteFixture.text(output, "products/index.html").contains("data-sku=\"index\""), "the catalog is still the list")
        #expect(SiteFixture.text(output, "products/index.html").contains("href=\"../products/index/index.html\""))
        #expect(SiteFixture.text(output, "customers/INDEX/index.html").contains("大写客户"))
        #expect(SiteFixture.text(output, "customers/index.html").contains("href=\"../customers/INDEX/index.html\""))
        let page = SiteFixture.text(output, "pages/shipping.html")
        #expect(page.contains("href=\"../products/index/index.html\"") && page.contains("href=\"../products/index.html\""))
        #expect(SiteFixture.text(output, "search-index.json").contains("\"url\":\"products/index/index.html\""))
        #expect(SiteFixture.text(output, "products/HD-T001.html").contains("纯棉 T 恤"))
        #expect(!FileManager.default.fileExists(atPath: output + "/products/HD-T001"), "no folder for an ordinary product")
        #expect(LinkChecker.brokenLinks(in: output) == [])
    }
}
