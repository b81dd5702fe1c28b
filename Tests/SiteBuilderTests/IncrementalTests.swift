import Foundation
import Testing
@testable import SiteBuilder

/// One edit of a shop file: new text, or nil to delete it.
struct ShopEdit: Sendable {
    var path: String
    var text: String?
    var replacing: (old: String, new: String)?
    /// Written first under this name in the same folder, then renamed over `path` (as `sed -i` and many editors save).
    var temporary: String?

    static func replace(_ path: String, _ old: String, _ new: String) -> ShopEdit { ShopEdit(path: path, replacing: (old, new)) }
    static func write(_ path: String, _ text: String) -> ShopEdit { ShopEdit(path: path, text: text) }
    static func delete(_ path: String) -> ShopEdit { ShopEdit(path: path) }
    static func replaceViaTemporary(_ path: String, _ temporary: String, _ old: String, _ new: String) -> ShopEdit {
        ShopEdit(path: path, replacing: (old, new), temporary: temporary)
    }

    /// The paths a watcher reports for this edit.
    var reported: [String] { [path] + (temporary.map { [$0] } ?? []) }
    /// Whether the load reads a file for it (a Markdown file that is not hidden, written rather than deleted).
    var readsAFile: Bool {
        (text != nil || replacing != nil) && path.hasSuffix(".md") && !(path.split(separator: "/").last?.hasPrefix(".") ?? true)
    }
}

/// A named sequence of edits; each step is built in serve mode and compared with a fresh full build.
struct EditScenario: Sendable, CustomTestStringConvertible {
    var name: String
    var steps: [[ShopEdit]]
    var testDescription: String { name }
}

@Suite struct IncrementalTests {
    static let product = "content/products/P-007.md"
    static let scenarios: [EditScenario] = [
        EditScenario(name: "product price", steps: [[.replace(product, "price: 12 }", "price: 12.5 }")]]),
        EditScenario(name: "product title", steps: [[.replace(product, "title: 产品 7 号", "title: 产品七号 加厚")]]),
        EditScenario(name: "customer name", steps: [[.replace("content/customers/C-03.md", "name: 客户 3 公司", "name: 客户三 集团")]]),
        EditScenario(name: "order status", steps: [[.replace("content/orders/O-002.md", "status: shipped", "status: refunded")]]),
        EditScenario(name: "quote line", steps: [[.replace("content/quotes/Q-04.md", "qty: 50 }", "qty: 120, price: 9.9 }")]]),
        EditScenario(name: "product draft then active", steps: [
            [.replace("content/products/P-041.md", "type: spot", "type: spot\nstatus: draft")],
            [.replace("content/products/P-041.md", "status: draft", "status: active")],
        ]),
        EditScenario(name: "file deletion", steps: [[.delete("content/products/P-041.md")], [.delete("content/quotes/Q-05.md")]]),
        EditScenario(name: "file addition", steps: [
            [.write("content/products/P-050.md", "---\ntitle: 新品 螺栓\ntype: spot\nmoq: 10\nlead_time_days: 2\nprice_tiers:\n  - { min: 10, price: 8 }\n---\n新品。\n")],
            [.write("content/quotes/sub/Q-20.md", "---\ncustomer: C-02\ndate: 2025-11-28\nstatus: sent\nitems:\n  - { sku: P-050, qty: 30 }\n---\n")],
        ]),
        EditScenario(name: "several edits in a row", steps: [
            [.replace(product, "price: 12 }", "price: 11 }"), .replace("content/customers/C-08.md", "region: ", "region: 福建")],
            [.replace("content/orders/O-008.md", "qty: 20 }", "qty: 200 }")],
            [.replace("content/orders/O-003.md", "status: pending_payment", "status: completed\ntracking: YT1")],
        ]),
    ]

    @Test(arguments: scenarios) func editsMatchAFreshBuild(_ scenario: EditScenario) throws {
        try IncrementalShop().check(scenario)
    }

    /// The same edits with every list cut into small pages (catalog 9 cards: 5 pages; lists 7 rows: 9 pages of orders).
    @Test(arguments: scenarios + PaginatedIncrementalTests.scenarios)
    func editsMatchAFreshBuildWhenPaginated(_ scenario: EditScenario) throws {
        try IncrementalShop(pageSizes: PageSizes(catalog: 9, list: 7, analyticsRows: 5)).check(scenario)
    }

    @Test func aProductEditRendersOnlyThePagesThatShowIt() throws {
        let shop = try IncrementalShop()
        _ = shop.session.build(changed: [])
        try shop.replace("content/products/P-040.md", "title: 产品 40 号", "title: 产品 40 号 新款")
        let result = shop.session.build(changed: ["content/products/P-040.md"])
        #expect(result.mode == .incremental)
        let written = Set(result.written)
        #expect(written.contains("products/P-040.html"))
        #expect(written.contains("products/index.html"))  // P-040 is the 10th card of 41: page 1 of 1
        #expect(written.contains("search-index.json"))
        // Q-13 does not exist; P-040 is quoted by none, ordered in O-040 (customer C-10) and O-047's second line.
        #expect(written.contains("customers/C-10.html"))
        #expect(!written.contains("products/P-001.html"))
        #expect(!written.contains("orders/index.html"))
        #expect(!written.contains("pages/about.html"))
        #expect(!written.contains("404.html"))
    }

    @Test func anErrorKeepsTheLastGoodSiteAndFixingItRecovers() throws {
        let shop = try IncrementalShop()
        _ = shop.session.build(changed: [])
        let before = try IncrementalShop.tree(shop.output)
        try shop.replace("content/products/P-007.md", "moq: 10", "moq: 十")
        let broken = shop.session.build(changed: ["content/products/P-007.md"])
        #expect(!broken.outcome.succeeded)
        #expect(broken.outcome.diagnostics.errors.map(\.description).contains { $0.hasPrefix("content/products/P-007.md:5: error:") })
        #expect(try IncrementalShop.tree(shop.output) == before)
        // Another edit while broken: still failing, still the old site.
        try shop.replace("content/customers/C-01.md", "name: 客户 1 公司", "name: 客户一")
        #expect(!shop.session.build(changed: ["content/customers/C-01.md"]).outcome.succeeded)
        #expect(try IncrementalShop.tree(shop.output) == before)
        try shop.replace("content/products/P-007.md", "moq: 十", "moq: 20")
        let fixed = shop.session.build(changed: ["content/products/P-007.md"])
        #expect(fixed.outcome.succeeded, "\(fixed.outcome.diagnostics)")
        #expect(fixed.mode == .incremental)
        // The customer edited while the build was broken is in the recovered site too.
        #expect(try IncrementalShop.differences(IncrementalShop.tree(shop.output), shop.freshBuild()) == [])
    }

    @Test func templateEditsRenderThePagesUsingThem() throws {
        let shop = try IncrementalShop()
        _ = shop.session.build(changed: [])
        let theme = try #require(BuiltinTheme.path())
        let original = try String(contentsOfFile: theme + "/product.html", encoding: .utf8)
        try shop.write("templates/product.html", original.replacingOccurrences(of: "{% block content %}", with: "{% block content %}<p>OVERRIDE</p>"))
        let added = shop.session.build(changed: ["templates/product.html"])
        #expect(added.outcome.succeeded, "\(added.outcome.diagnostics)")
        #expect(added.mode == .incremental)
        #expect(added.written.contains("products/P-001.html"))
        #expect(!added.written.contains("customers/C-01.html"))
        #expect(try IncrementalShop.differences(IncrementalShop.tree(shop.output), shop.freshBuild()) == [])
        #expect(try String(contentsOfFile: shop.output + "/products/P-001.html", encoding: .utf8).contains("<p>OVERRIDE</p>"))

        try shop.write("templates/product.html", "{% extends \"base.html\" %}{% block content %}{{ product.nope( }}{% endblock %}")
        let broken = shop.session.build(changed: ["templates/product.html"])
        #expect(broken.outcome.diagnostics.errors.contains { $0.location?.path == "templates/product.html" })

        try shop.write("templates/product.html", nil)
        let removed = shop.session.build(changed: ["templates/product.html"])
        #expect(removed.outcome.succeeded, "\(removed.outcome.diagnostics)")
        #expect(removed.mode == .incremental)
        #expect(try IncrementalShop.differences(IncrementalShop.tree(shop.output), shop.freshBuild()) == [])
    }

    @Test(arguments: [
        (["content/site.yaml"], true), (["content"], true), (["content/assets/logo.svg"], true), (["templates/assets/x.css"], true),
        (["content/pages/about.md"], true), (["content/promotions/P-1.md"], true), (["content/data/traffic.csv"], true),
        (["content/products/A.md", "content/orders/2025/O-1.md"], false), (["templates/partials/macros.html"], false),
    ])
    func changesOutsideTheEntityFoldersAskForAFullBuild(paths: [String], full: Bool) {
        let plan = ChangePlan.plan(for: Set(paths))
        if case .full = plan { #expect(full) } else { #expect(!full) }
    }

    @Test func aSiteSettingsEditFallsBackToAWholeBuild() throws {
        let shop = try IncrementalShop()
        _ = shop.session.build(changed: [])
        try shop.replace("content/site.yaml", "name: 增量测试五金", "name: 增量测试五金厂")
        let result = shop.session.build(changed: ["content/site.yaml"])
        #expect(result.mode != .incremental)
        #expect(result.outcome.succeeded)
        #expect(try IncrementalShop.differences(IncrementalShop.tree(shop.output), shop.freshBuild()) == [])
    }
}
