import Testing
@testable import SiteBuilder

/// Serve skips the whole-shop pages an edit provably cannot reach (`DirtySummaryPages`), and the output still equals a
/// fresh build after each edit.
@Suite struct SummaryPageSkipTests {
    static let summaries = ["checks.html", "todo.html", "analytics/quotes/index.html"]

    /// Per edit (each from a fresh first build): the path, the text replaced, its replacement, and which of
    /// `summaries` the edit rewrites.
    @Test(arguments: [
        // A product no order or quote names, a new title: no warning, to-do entry or quote moves.
        ("content/products/P-041.md", "title: 产品 41 号", "title: 产品四十一号", [String]()),
        // Its lead time taken out: a new warning, so the checks page.
        ("content/products/P-041.md", "lead_time_days: 3\n", "", ["checks.html"]),
        // A quoted product's title is in the pipeline's by-product table.
        ("content/products/P-004.md", "title: 产品 4 号", "title: 产品四号", ["analytics/quotes/index.html"]),
        // A customer's name is on to-do entries and in the pipeline.
        ("content/customers/C-02.md", "name: 客户 2 公司", "name: 客户二", ["todo.html", "analytics/quotes/index.html"]),
    ])
    func editsRewriteOnlyTheSummaryPagesTheyReach(path: String, old: String, new: String, rewritten: [String]) throws {
        let shop = try IncrementalShop()
        #expect(shop.session.build(changed: []).outcome.succeeded)
        try shop.replace(path, old, new)
        let result = shop.session.build(changed: [path])
        #expect(result.outcome.succeeded, "\(result.outcome.diagnostics)")
        #expect(result.mode == .incremental)
        #expect(SummaryPageSkipTests.summaries.filter(result.written.contains) == rewritten)
        #expect(result.written.contains("index.html"))
        #expect(try IncrementalShop.differences(IncrementalShop.tree(shop.output), shop.freshBuild()) == [])
    }
}
