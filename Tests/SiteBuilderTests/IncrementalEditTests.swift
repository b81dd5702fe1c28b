import Foundation
import Testing
@testable import SiteBuilder

/// Serve-mode edits the way editors make them (a temporary file renamed over the original, scratch files that come
/// and go), edits that reach other entities (a price that re-prices orders and moves a customer's tier), and edits
/// that add and remove entities or break the shop and fix it again.
@Suite struct IncrementalEditTests {
    static let product = "content/products/P-007.md"
    static let newProduct = "---\ntitle: 新品 垫片\ntype: spot\nmoq: 10\nlead_time_days: 2\nprice_tiers:\n  - { min: 10, price: 8 }\n---\n新品。\n"
    static let newOrder = "---\ncustomer: C-04\ndate: 2025-11-20\nstatus: completed\ntracking: SF9\nitems:\n  - { sku: P-060, qty: 900 }\n---\n"
    static let scenarios: [EditScenario] = [
        EditScenario(name: "title saved through a temporary file", steps: [
            [.replaceViaTemporary(product, "content/products/sedX1b2c3", "title: 产品 7 号", "title: 产品七号")],
            [.replaceViaTemporary(product, "content/products/.P-007.md.tmp", "title: 产品七号", "title: 产品 7 号 新")],
        ]),
        EditScenario(name: "scratch files beside the content", steps: [
            [.write("content/products/notes.txt", "not content\n"), .replace(product, "price: 12 }", "price: 13 }")],
            [.write("content/products/.hidden.md", "---\ntitle: x\n---\n"), .delete("content/products/notes.txt")],
            [.delete("content/products/.hidden.md"), .replace("content/customers/C-02.md", "name: 客户 2 公司", "name: 客户二")],
        ]),
        EditScenario(name: "price that re-prices orders and moves a customer's tier", steps: [
            [.replace("content/products/P-001.md", "price: 6 }", "price: 600 }")],
            [.replace("content/products/P-001.md", "price: 600 }", "price: 6 }")],
        ]),
        EditScenario(name: "product and an order naming it added, then deleted", steps: [
            [.write("content/products/P-060.md", newProduct), .write("content/orders/2025/O-900.md", newOrder)],
            [.replace("content/products/P-060.md", "price: 8 }", "price: 9 }")],
            [.delete("content/orders/2025/O-900.md")],
            [.delete("content/products/P-060.md")],
        ]),
        EditScenario(name: "order moved to another customer and product", steps: [
            [.replace("content/orders/O-005.md", "customer: C-05", "customer: C-09")],
            [.replace("content/orders/O-005.md", "sku: P-005", "sku: P-033")],
        ]),
        EditScenario(name: "quote and customer edits", steps: [
            [.replace("content/quotes/Q-03.md", "status: sent", "status: accepted")],
            [.replace("content/customers/C-04.md", "region: ", "region: 四川"), .replace("content/quotes/Q-03.md", "qty: 50 }", "qty: 70 }")],
        ]),
        EditScenario(name: "category and since that move customers' recommended products", steps: [
            [.replace("content/products/P-012.md", "category: 五金/螺丝", "category: 五金/螺母")],
            [.replace("content/products/P-013.md", "type: spot", "type: spot\nsince: 2025-11-01")],
            [.replace("content/products/P-013.md", "title: 产品 13 号", "title: 产品十三号")],
        ]),
        // The checks, to-do and quote pipeline pages are skipped when nothing they show moved: a title edit of a
        // product no quote names leaves them, a lead time taken out adds a warning, a quoted product's title is in the
        // pipeline.
        EditScenario(name: "title, warning and quoted-product edits that the whole-shop pages may skip", steps: [
            [.replace("content/products/P-041.md", "title: 产品 41 号", "title: 产品四十一号")],
            [.replace("content/products/P-041.md", "lead_time_days: 3\n", "")],
            [.replace("content/products/P-041.md", "moq: 10\n", "moq: 10\nlead_time_days: 3\n")],
            [.replace("content/products/P-004.md", "title: 产品 4 号", "title: 产品四号")],
        ]),
        // The catalog and orders lists and the page list are kept while no changed product moves category or status
        // and no changed order moves date or status; these edits move them, and then keep them again.
        EditScenario(name: "order status and date that move it between the orders lists", steps: [
            [.replace("content/orders/O-003.md", "status: pending_payment", "status: completed")],
            [.replace("content/orders/O-003.md", "date: 2025-11-03", "date: 2025-10-03")],
            [.replace("content/products/P-003.md", "title: 产品 3 号", "title: 产品三号")],
            [.replace("content/orders/O-003.md", "status: completed", "status: pending_payment")],
        ]),
        EditScenario(name: "product body and draft status", steps: [
            [.replace("content/products/P-012.md", "产品 12 的说明。", "产品 12 的新说明。")],
            [.replace("content/products/P-012.md", "type: spot", "type: spot\nstatus: delisted")],
        ]),
    ]

    @Test(arguments: scenarios) func editsMatchAFreshBuild(_ scenario: EditScenario) throws {
        try IncrementalShop().check(scenario)
    }

    /// The same edits with the catalog and lists cut into small pages, so that patched loads meet paginated lists.
    @Test(arguments: scenarios) func editsMatchAFreshBuildWhenPaginated(_ scenario: EditScenario) throws {
        try IncrementalShop(pageSizes: PageSizes(catalog: 9, list: 7, analyticsRows: 5)).check(scenario)
    }

    /// Edits of entity files in place (also through a temporary file) patch the last load instead of assembling it.
    @Test func inPlaceEditsPatchTheLastLoad() throws {
        let shop = try IncrementalShop()
        #expect(shop.session.build(changed: []).outcome.succeeded)
        let edits: [ShopEdit] = [
            .replaceViaTemporary(IncrementalEditTests.product, "content/products/sedQ", "title: 产品 7 号", "title: 产品七号"),
            .replace("content/products/P-001.md", "price: 6 }", "price: 600 }"),
            .replace("content/orders/O-005.md", "customer: C-05", "customer: C-09"),
            .replace("content/quotes/Q-03.md", "qty: 50 }", "qty: 70 }"),
        ]
        for edit in edits {
            try shop.apply(edit)
            let result = shop.session.build(changed: Set(edit.reported))
            #expect(result.outcome.succeeded)
            #expect(shop.session.lastLoadWasPatched, "\(edit.path)")
        }
        try shop.write("content/products/P-070.md", IncrementalEditTests.newProduct)
        #expect(shop.session.build(changed: ["content/products/P-070.md"]).outcome.succeeded)
        #expect(!shop.session.lastLoadWasPatched)
        #expect(try IncrementalShop.differences(IncrementalShop.tree(shop.output), shop.freshBuild()) == [])
    }

    /// A step that breaks the shop fails with the errors of a fresh build, and the step that fixes it recovers.
    @Test(arguments: [
        ("content/orders/O-009.md", "sku: P-009", "sku: P-999"),
        ("content/products/P-007.md", "title: 产品 7 号", "title: 最好的产品 7 号"),
        ("content/quotes/Q-02.md", "customer: C-03", "customer: C-99"),
        ("content/products/P-010.md", "title: 产品 10 号", "sku: P-011\ntitle: 产品 10 号"),
    ])
    func anErrorAndItsFixMatchAFreshBuild(path: String, old: String, new: String) throws {
        let shop = try IncrementalShop()
        #expect(shop.session.build(changed: []).outcome.succeeded)
        try shop.replace("content/customers/C-01.md", "name: 客户 1 公司", "name: 客户壹")
        #expect(shop.session.build(changed: ["content/customers/C-01.md"]).outcome.succeeded)
        let text = try String(contentsOfFile: shop.root + "/" + path, encoding: .utf8)
        try shop.replace(path, old, new)
        let broken = shop.session.build(changed: [path])
        let (fresh, _) = try shop.freshOutcome()
        #expect(!broken.outcome.succeeded)
        #expect(!fresh.succeeded)
        #expect(broken.outcome.diagnostics.items.map(\.description) == fresh.diagnostics.items.map(\.description))
        try shop.write(path, text)
        let fixed = shop.session.build(changed: [path])
        #expect(fixed.outcome.succeeded, "\(fixed.outcome.diagnostics)")
        let (again, tree) = try shop.freshOutcome()
        #expect(fixed.outcome.diagnostics.items.map(\.description) == again.diagnostics.items.map(\.description))
        #expect(try IncrementalShop.differences(IncrementalShop.tree(shop.output), tree) == [])
        // And a clean edit after the fix is still right.
        try shop.replace("content/products/P-003.md", "price: 8 }", "price: 8.5 }")
        #expect(shop.session.build(changed: ["content/products/P-003.md"]).outcome.succeeded)
        #expect(try IncrementalShop.differences(IncrementalShop.tree(shop.output), shop.freshBuild()) == [])
    }
}
