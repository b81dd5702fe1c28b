import Testing
@testable import SiteBuilder

/// Serve skips the whole-shop pages an edit provably cannot reach (`DirtySummaryPages`, `FigureFreePages`), and the
/// output still equals a fresh build after each edit.
@Suite struct SummaryPageSkipTests {
    static let summaries = ["index.html", "checks.html", "todo.html", "analytics/index.html", "analytics/products/index.html",
                            "analytics/customers/index.html", "analytics/orders/index.html", "analytics/quotes/index.html"]
    static let dashboard = ["index.html", "analytics/index.html"]
    static let analytics = ["analytics/products/index.html", "analytics/customers/index.html", "analytics/orders/index.html"]

    /// Per edit (each from a fresh first build): the path, the text replaced, its replacement, and which of
    /// `summaries` the edit rewrites.
    @Test(arguments: [
        // A product no order or quote names, a new title: no figure, warning, to-do entry or quote moves; the product
        // figures' CSV lists every product's title.
        ("content/products/P-041.md", "title: 产品 41 号", "title: 产品四十一号", ["analytics/products/index.html"]),
        // Its description: nothing any whole-shop page shows.
        ("content/products/P-041.md", "产品 41 的说明。", "产品 41 的新说明。", [String]()),
        // Its lead time taken out: a new warning, so the checks page and the dashboard's warnings (also on the overview).
        ("content/products/P-041.md", "lead_time_days: 3\n", "", ["index.html", "checks.html", "analytics/index.html"]),
        // A cost: no figure moves, but the product figures get their margin column.
        ("content/products/P-041.md", "moq: 10\n", "moq: 10\ncost: 30\n", ["analytics/products/index.html"]),
        // A quoted product's title is in the pipeline's by-product table.
        ("content/products/P-004.md", "title: 产品 4 号", "title: 产品四号", ["analytics/products/index.html", "analytics/quotes/index.html"]),
        // A customer's name is on to-do entries, the order and customer figures and in the pipeline.
        ("content/customers/C-02.md", "name: 客户 2 公司", "name: 客户二",
         dashboard + ["todo.html", "analytics/customers/index.html", "analytics/orders/index.html", "analytics/quotes/index.html"]),
        // A price that re-prices orders moves figures: every figure page again.
        ("content/products/P-001.md", "price: 6 }", "price: 600 }",
         dashboard + ["todo.html"] + analytics + ["analytics/quotes/index.html"]),
    ])
    func editsRewriteOnlyTheSummaryPagesTheyReach(path: String, old: String, new: String, rewritten: [String]) throws {
        let shop = try IncrementalShop()
        #expect(shop.session.build(changed: []).outcome.succeeded)
        try shop.replace(path, old, new)
        let result = shop.session.build(changed: [path])
        #expect(result.outcome.succeeded, "\(result.outcome.diagnostics)")
        #expect(result.mode == .incremental)
        #expect(SummaryPageSkipTests.summaries.filter(result.written.contains) == SummaryPageSkipTests.summaries.filter(rewritten.contains))
        #expect(try IncrementalShop.differences(IncrementalShop.tree(shop.output), shop.freshBuild()) == [])
    }

    /// With traffic, the dashboard's advice names P-041 (many visitors, no buyer): its new title must reach the dashboard
    /// and the overview, while its description still reaches none of the whole-shop pages.
    @Test func aTitleTheAdviceShowsRewritesTheDashboard() throws {
        let shop = try IncrementalShop()
        var traffic = "date,sku,visitors,page_views,add_to_cart\n"
        for day in 1...28 {
            let date = "2025-11-" + (day < 10 ? "0" : "") + String(day)
            traffic += "\(date),,300,900,\n\(date),P-041,200,400,3\n\(date),P-002,2,3,0\n"
        }
        try shop.write("content/data/traffic.csv", traffic)
        #expect(shop.session.build(changed: []).outcome.succeeded)
        let before = String(decoding: try IncrementalShop.tree(shop.output)["index.html"] ?? [], as: UTF8.self)
        #expect(before.contains("产品 41 号"))
        try shop.replace("content/products/P-041.md", "产品 41 的说明。", "产品 41 的新说明。")
        var result = shop.session.build(changed: ["content/products/P-041.md"])
        #expect(SummaryPageSkipTests.summaries.filter(result.written.contains) == [])
        try shop.replace("content/products/P-041.md", "title: 产品 41 号", "title: 产品四十一号")
        result = shop.session.build(changed: ["content/products/P-041.md"])
        #expect(result.outcome.succeeded, "\(result.outcome.diagnostics)")
        #expect(SummaryPageSkipTests.summaries.filter(result.written.contains)
            == ["index.html", "analytics/index.html", "analytics/products/index.html"])
        #expect(try IncrementalShop.differences(IncrementalShop.tree(shop.output), shop.freshBuild()) == [])
    }

    /// With 5 rows per analytics table, the product figures page shows P-041 nowhere (no sales, not among the first
    /// products without traffic): a new title, even one CSV must quote, patches its row in the no-traffic CSV and leaves
    /// the page; P-001's title is on the page, which is rendered again.
    @Test(arguments: [
        ("content/products/P-041.md", "title: 产品 41 号", "title: 产品四十一号", false),
        ("content/products/P-041.md", "title: 产品 41 号", "title: '=产品, \"41\" 号'", false),
        ("content/products/P-001.md", "title: 产品 1 号", "title: 产品一号", true),
    ])
    func aTitleTheProductFiguresDoNotShowPatchesTheirCSVRows(path: String, old: String, new: String, rendered: Bool) throws {
        let shop = try IncrementalShop(pageSizes: PageSizes(catalog: 9, list: 7, analyticsRows: 5))
        #expect(shop.session.build(changed: []).outcome.succeeded)
        try shop.replace(path, old, new)
        let result = shop.session.build(changed: [path])
        #expect(result.outcome.succeeded, "\(result.outcome.diagnostics)")
        #expect(result.written.contains("analytics/products/index.html") == rendered)
        #expect(result.written.contains("analytics/no-traffic-30.csv"))
        #expect(try IncrementalShop.differences(IncrementalShop.tree(shop.output), shop.freshBuild()) == [])
    }
}
