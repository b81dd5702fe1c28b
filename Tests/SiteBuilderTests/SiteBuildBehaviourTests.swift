import Foundation
@testable import ShopLoader
import Testing
@testable import SiteBuilder
import Diagnostics

/// Build behaviour: escaping, audience, determinism, atomic failure, no stale files, error messages, exit statuses.
@Suite struct SiteBuildBehaviourTests {
    static func build(_ shop: String, output: String? = nil, audience: Audience = .internal) -> (BuildOutcome, String) {
        let output = output ?? SiteFixture.temporaryFolder("out") + "/public"
        return (SiteBuild.run(BuildOptions(shopPath: shop, outputPath: output, audience: audience)), output)
    }

    @Test func customerNamedScriptComesOutEscapedEverywhere() throws {
        let shop = SiteFixture.smallShop(customerName: "<script>alert(1)</script>")
        let (outcome, output) = Self.build(shop)
        #expect(outcome.exitCode == 0, "\(outcome.diagnostics)")
        for (path, bytes) in SiteFixture.files(in: output) where !path.hasSuffix(".csv") {
            #expect(!String(decoding: bytes, as: UTF8.self).contains("<script>alert(1)"), "unescaped in \(path)")
        }
        #expect(SiteFixture.text(output, "customers/C-1.html").contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(SiteFixture.text(output, "customers/customers.csv").contains(",<script>alert(1)</script>,"))
        #expect(SiteFixture.text(output, "quotes/Q-1.html").contains("<p class=\"party-name\">&lt;script&gt;alert(1)&lt;/script&gt;</p>"))
    }

    @Test func publicAudienceLeaksNoCustomerOrderOrQuoteData() throws {
        let (outcome, output) = SiteFixture.buildExample(audience: .public)
        #expect(outcome.exitCode == 0)
        let shop = try #require(ShopLoader.load(shopPath: SiteFixture.repository, options: LoadOptions()).shop)
        var secrets = shop.customers.flatMap { [$0.id.rawValue, $0.name, $0.contact, $0.phone, $0.email].filter { !$0.isEmpty } }
        secrets += shop.orders.map(\.id.rawValue) + shop.quotes.map(\.id.rawValue)
        // Internal product figures (issue 15.5): the cost, floor price and margin labels never reach a public page.
        secrets += ["毛利率", "成本价", "底价", "floor_price", "cost"]
        // The contact log is internal: no note of it, and no to-do page.
        secrets += shop.customers.flatMap { $0.contacts.map(\.note) }.filter { !$0.isEmpty } + ["联系记录", "今日待办"]
        // Customer invoice data, the reps and the margin guard's labels are internal too.
        secrets += shop.customers.flatMap { [$0.address, $0.taxID, $0.bank, $0.account].compactMap { $0 } }
        // (a rep who is also the shop's public contact person keeps that name public, not their phone or WeChat)
        secrets += shop.settings.reps.flatMap { [$0.name, $0.phone, $0.wechat] }.filter { $0 != shop.settings.contact.person }
        secrets += ["毛利"]
        // Order workbench data: addresses, tracking numbers, the delivery note.
        secrets += shop.customers.compactMap(\.address) + shop.orders.compactMap(\.tracking) + ["发货单", "订单进度"]
        let files = SiteFixture.files(in: output)
        for (path, bytes) in files {
            let text = String(decoding: bytes, as: UTF8.self)
            for secret in secrets { #expect(!text.contains(secret), "\(path) contains \(secret)") }
        }
        for folder in ["customers/", "quotes/", "orders/", "analytics/", "promotions/"] {
            #expect(!files.keys.contains { $0.hasPrefix(folder) }, "public site has \(folder)")
        }
        #expect(files["todo.html"] == nil)
        #expect(files["index.html"] != nil && files["products/YX-S101.html"] != nil && files["pages/about.html"] != nil)
        #expect(!SiteFixture.text(output, "products/YX-S101.html").contains("相关报价"))
    }

    @Test func sameContentBuildsByteIdenticalSites() {
        let (first, a) = SiteFixture.buildExample()
        let (second, b) = SiteFixture.buildExample()
        #expect(first.exitCode == 0 && second.exitCode == 0)
        let left = SiteFixture.files(in: a), right = SiteFixture.files(in: b)
        #expect(left.keys.sorted() == right.keys.sorted())
        for (path, bytes) in left { #expect(right[path] == bytes, "\(path) differs") }
    }

    @Test(arguments: [
        ("templates/quote.html", "{% extends \"base.html\" %}{% block content %}{{ quote.nope }}{% endblock %}"),
        ("templates/product.html", "{% if %}"),
        ("content/orders/O-2.md", "---\ncustomer: C-404\ndate: 2025-11-20\nstatus: completed\n---\n"),
    ])
    func failedBuildLeavesThePreviousOutputUntouched(file: String, text: String) {
        let shop = SiteFixture.smallShop()
        let (first, output) = Self.build(shop)
        #expect(first.exitCode == 0)
        let before = SiteFixture.files(in: output)
        SiteFixture.write([file: text], under: shop)
        let (second, _) = Self.build(shop, output: output)
        #expect(second.exitCode == 1)
        #expect(second.diagnostics.hasErrors)
        #expect(SiteFixture.files(in: output) == before)
        let parent = (output as NSString).deletingLastPathComponent
        let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
        #expect(leftovers == ["public"], "staging folder left behind: \(leftovers)")
    }

    @Test func nothingStaleSurvivesARebuild() {
        let shop = SiteFixture.smallShop(extra: ["content/products/HD-T002.md": "---\ntitle: 帆布袋\ntype: custom\nlead_time_days: 12\nprice_tiers: [{ min: 100, price: 6 }]\n---\n"])
        let (_, output) = Self.build(shop)
        #expect(FileManager.default.fileExists(atPath: output + "/products/HD-T002.html"))
        #expect(FileManager.default.createFile(atPath: output + "/stray.html", contents: Data("old".utf8)))
        try? FileManager.default.removeItem(atPath: shop + "/content/products/HD-T002.md")
        let (again, _) = Self.build(shop, output: output)
        #expect(again.exitCode == 0)
        #expect(!FileManager.default.fileExists(atPath: output + "/products/HD-T002.html"))
        #expect(!FileManager.default.fileExists(atPath: output + "/stray.html"))
    }

    @Test func templateErrorNamesTheContentFileWithTheTemplatePositionAsANote() throws {
        let shop = SiteFixture.smallShop(extra: ["templates/quote.html": "{% extends \"base.html\" %}\n{% block content %}\n  <h1>{{ quote.nope }}</h1>{% endblock %}\n"])
        let (outcome, _) = Self.build(shop)
        #expect(outcome.exitCode == 1)
        let error = try #require(outcome.diagnostics.errors.first)
        #expect(error.location == Location(path: "content/quotes/Q-1.md"))
        #expect(error.message.contains("no member 'nope'"))
        let note = try #require(error.notes.first)
        #expect(note.location == Location(path: "templates/quote.html", line: 3, column: 16))
        #expect(error.description.hasPrefix("content/quotes/Q-1.md: error: "))
        #expect(error.description.contains("\n  templates/quote.html:3:16: note: "))
    }

    @Test func everyFailingPageIsReported() {
        let shop = SiteFixture.smallShop(extra: [
            "content/quotes/Q-2.md": "---\ncustomer: C-1\ndate: 2025-11-26\nitems:\n  - { sku: HD-T001, qty: 60 }\n---\n",
            "templates/quote.html": "{{ quote.nope }}",
        ])
        let (outcome, _) = Self.build(shop)
        #expect(outcome.diagnostics.errors.map { $0.location?.path } == ["content/quotes/Q-1.md", "content/quotes/Q-2.md"])
    }

    @Test func refusedOutputFolderIsAUsageError() {
        let shop = SiteFixture.smallShop()
        let (outcome, _) = Self.build(shop, output: shop + "/content")
        #expect(outcome.exitCode == 2)
        #expect("\(outcome.diagnostics)".contains("refusing to use"))
    }

    @Test func symlinkedAssetIsRefused() throws {
        let shop = SiteFixture.smallShop()
        try FileManager.default.createDirectory(atPath: shop + "/content/assets", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: shop + "/content/assets/passwd", withDestinationPath: "/etc/passwd")
        let (outcome, output) = Self.build(shop)
        #expect(outcome.exitCode == 1)
        #expect(outcome.diagnostics.errors.contains { $0.location?.path == "content/assets/passwd" && $0.message.contains("symbolic link") })
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func draftsAppearOnlyWithTheFlag() {
        let shop = SiteFixture.smallShop(extra: ["content/products/HD-D1.md": "---\ntitle: 新品草稿\ntype: spot\nstatus: draft\nlead_time_days: 3\nprice_tiers: [{ min: 10, price: 2 }]\n---\n"])
        let (_, plain) = Self.build(shop)
        #expect(!FileManager.default.fileExists(atPath: plain + "/products/HD-D1.html"))
        let output = SiteFixture.temporaryFolder("out") + "/public"
        let drafts = SiteBuild.run(BuildOptions(shopPath: shop, outputPath: output, includeDrafts: true))
        #expect(drafts.exitCode == 0)
        #expect(SiteFixture.text(output, "products/index.html").contains("data-sku=\"HD-D1\""))
    }

    @Test func csvHasBOMCRLFAndQuoting() {
        var table = DataTable(["名称", "金额"], numeric: [1])
        table.rows = [[.text("a,\"b\""), .int(1200)], [.text("=cmd"), .int(-3)]]
        let text = String(decoding: table.csv, as: UTF8.self)
        #expect(Array(table.csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(text == "\u{FEFF}名称,金额\r\n\"a,\"\"b\"\"\",1200\r\n'=cmd,-3\r\n")
    }

    @Test func englishLocaleUsesEnglishStrings() {
        let shop = SiteFixture.smallShop(extra: ["content/site.yaml": "name: Test Hardware\nlocale: en\nas_of: 2025-11-30\n"])
        let (outcome, output) = Self.build(shop)
        #expect(outcome.exitCode == 0)
        let quote = SiteFixture.text(output, "quotes/Q-1.html")
        #expect(quote.contains("<h1 class=\"quote-title\">Quotation</h1>"))
        #expect(!quote.contains("quote-words"))
        #expect(SiteFixture.text(output, "index.html").contains("lang=\"en\""))
    }
}
