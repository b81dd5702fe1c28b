import Diagnostics
import Foundation
import ShopLoader
import Testing
@testable import SiteBuilder

/// `check` renders the pages that use the shop's own templates, every one of them, and none of the built-in theme's.
@Suite struct CheckSampleTests {
    /// A second product, so that a template can fail on the last product only.
    static let secondProduct = ["content/products/HD-T002.md":
        "---\ntitle: 涤纶 T 恤\ntype: spot\nmoq: 50\nlead_time_days: 3\nprice_tiers:\n  - { min: 50, price: 12 }\n---\n"]

    /// The small shop with `templates` added, prepared as `check` prepares it, and its sample.
    static func sample(_ templates: [String: String]) throws -> (pages: [SitePage], sample: CheckSample) {
        let shop = SiteFixture.smallShop(extra: templates.merging(secondProduct) { a, _ in a })
        var diagnostics = DiagnosticList()
        let loaded = ShopLoader.load(shopPath: shop, options: LoadOptions())
        let site = try #require(SiteBuild.prepare(BuildOptions(shopPath: shop), output: nil, loaded: loaded, diagnostics: &diagnostics))
        return (site.pages, CheckSample(pages: site.pages, library: site.library, shopTemplates: site.shopTemplates))
    }

    @Test(arguments: [
        (["templates/product.html": "{% extends \"base.html\" %}{% block content %}{{ product.title }}{% endblock %}"], ["product.html"]),
        (["templates/product.html": "{% extends \"base.html\" %}{% block content %}{% include \"_mine.html\" %}{% endblock %}",
          "templates/_mine.html": "{{ product.title }}"], ["product.html"]),
        (["templates/customer.html": "{% extends \"base.html\" %}{% block content %}{{ customer.name }}{% endblock %}",
          "templates/quote.html": "{% extends \"base.html\" %}{% block content %}{{ quote.id }}{% endblock %}"],
         ["customer.html", "quote.html"]),
        (["templates/assets/site.css": "body { color: red }"], []),
    ] as [([String: String], [String])])
    func everyPageOfTheShopsTemplatesAndNoOther(templates: [String: String], expected: [String]) throws {
        let (pages, sample) = try Self.sample(templates)
        let rendered = zip(pages, sample.rendered).filter(\.1).map(\.0)
        #expect(Set(rendered.map(\.template)) == Set(expected))
        #expect(rendered.count == pages.filter { expected.contains($0.template) }.count)
        if expected == ["product.html"] { #expect(rendered.map(\.path) == ["products/HD-T001.html", "products/HD-T002.html"]) }
    }

    @Test func aSharedPartialOfTheShopBringsInEveryPageUsingIt() throws {
        let base = try #require(FileManager.default.contents(atPath: SiteFixture.repository + "/templates/base.html"))
        let (pages, sample) = try Self.sample(["templates/base.html": String(decoding: base, as: UTF8.self)])
        #expect(pages.count > 10)
        #expect(sample.rendered.allSatisfy { $0 }, "every page extends base.html")
    }

    @Test(arguments: [
        ([:], false),
        (["templates/assets/site.css": "body {}"], false),
        (["templates/README.txt": "notes"], false),
        (["templates/product.html": "x"], true),
        (["templates/partials/row.html": "x"], true),
        (["templates/feed.json": "{}"], true),
    ] as [([String: String], Bool)])
    func aShopHasTemplatesWhenItsFolderHoldsAnHTMLOrJSONFile(files: [String: String], expected: Bool) {
        #expect(CheckSample.shopHasTemplates(SiteFixture.smallShop(extra: files)) == expected)
    }

    @Test func aTemplateErrorOnTheLastProductOnlyIsFound() {
        let failing = "{% extends \"base.html\" %}{% block content %}{% if product.sku == \"HD-T002\" %}{{ no_such.name }}{% endif %}{% endblock %}"
        let shop = SiteFixture.smallShop(extra: Self.secondProduct.merging(["templates/product.html": failing]) { a, _ in a })
        let checked = ShopCommands.check(shopPath: shop, language: .en)
        #expect(checked.exitCode == 1)
        #expect(checked.stderr.contains("content/products/HD-T002.md: error: "), "\(checked.stderr)")
        #expect(checked.stderr.contains("rendering products/HD-T002.html"), "\(checked.stderr)")
        #expect(!checked.stderr.contains("rendering products/HD-T001.html"), "\(checked.stderr)")
    }

    @Test func aShopOnTheBuiltInThemeIsCheckedWithoutRenderingAndStillFindsBrokenAssets() throws {
        let shop = SiteFixture.smallShop(extra: ["content/assets/logo.svg": "<svg/>"])
        #expect(ShopCommands.check(shopPath: shop, language: .en).exitCode == 0)
        try FileManager.default.createSymbolicLink(atPath: shop + "/content/assets/copy.svg", withDestinationPath: "logo.svg")
        let checked = ShopCommands.check(shopPath: shop, language: .en)
        #expect(checked.exitCode == 1)
        #expect(checked.stderr.contains("content/assets/copy.svg: error: asset is a symbolic link"), "\(checked.stderr)")
    }
}
