import Foundation
import Testing
@testable import SiteBuilder

/// Serve-mode rebuilds of a paginated site: which list pages an edit renders again, and that the output still
/// equals a fresh full build (catalog 9 cards a page: 41 products on 5 pages; lists 7 rows a page).
@Suite struct PaginatedIncrementalTests {
    static let sizes = PageSizes(catalog: 9, list: 7, analyticsRows: 5)

    /// Edits that move entries between pages; run with the other scenarios in `IncrementalTests`.
    static let scenarios: [EditScenario] = [
        EditScenario(name: "paginated: an order added before all others shifts every orders page", steps: [
            [.write("content/orders/O-000.md", "---\ncustomer: C-04\ndate: 2025-11-29\nstatus: pending_payment\nitems:\n  - { sku: P-003, qty: 20 }\n---\n")],
            [.delete("content/orders/O-000.md")],
        ]),
        EditScenario(name: "paginated: an order removed", steps: [[.delete("content/orders/O-030.md")]]),
        EditScenario(name: "paginated: a product moves to another category", steps: [
            [.replace("content/products/P-007.md", "category: 包装", "category: 五金/螺丝")],
            [.replace("content/products/P-007.md", "category: 五金/螺丝", "category: 工具/扳手")],
        ]),
        EditScenario(name: "paginated: five products delisted, the last catalog page goes", steps: [
            ["P-033", "P-034", "P-035", "P-036", "P-037"].map { ShopEdit.replace("content/products/\($0).md", "type: spot", "type: spot\nstatus: delisted") },
        ]),
    ]

    /// The catalog as laid out by `IncrementalShop`: 五金/螺丝 (P-004 … P-040), 五金/螺母 (P-001 … P-041), 包装
    /// (P-003 … P-039), 工具/扳手 (P-002 … P-038); P-007 is the 23rd card, on page 3.
    @Test func aProductEditOnPage3Of5RendersOnlyThatCatalogPage() throws {
        let shop = try IncrementalShop(pageSizes: Self.sizes)
        _ = shop.session.build(changed: [])
        for page in 2...5 { #expect(FileManager.default.fileExists(atPath: shop.output + "/products/page/\(page)/index.html")) }
        #expect(!FileManager.default.fileExists(atPath: shop.output + "/products/page/6/index.html"))
        try shop.replace("content/products/P-007.md", "title: 产品 7 号", "title: 产品七号 加厚")
        let result = shop.session.build(changed: ["content/products/P-007.md"])
        #expect(result.mode == .incremental)
        let catalog = Set(result.written.filter { $0 == "products/index.html" || $0.hasPrefix("products/page/") })
        #expect(catalog == ["products/page/3/index.html"])
        // Only the pages of the orders naming P-007 (they show its title); no orders list page.
        #expect(result.written.filter { $0.hasPrefix("orders/") }.allSatisfy { $0.hasPrefix("orders/O-") && $0.hasSuffix(".html") })
        let page3 = try String(contentsOfFile: shop.output + "/products/page/3/index.html", encoding: .utf8)
        #expect(page3.contains("产品七号 加厚"))
        #expect(try IncrementalShop.differences(IncrementalShop.tree(shop.output), shop.freshBuild()) == [])
    }

    @Test func anAddedProductRendersTheCatalogPagesAndANewLastPage() throws {
        let shop = try IncrementalShop(pageSizes: Self.sizes)
        _ = shop.session.build(changed: [])
        // 41 + 5 uncategorised products = 46 cards: a sixth page appears.
        var step: Set<String> = []
        for i in 51...55 {
            let path = "content/products/P-0\(i).md"
            try shop.write(path, "---\ntitle: 新品 \(i)\ntype: spot\nmoq: 10\nlead_time_days: 2\nprice_tiers:\n  - { min: 10, price: 8 }\n---\n")
            step.insert(path)
        }
        let result = shop.session.build(changed: step)
        #expect(result.mode == .incremental)
        let written = Set(result.written)
        for page in 1...6 { #expect(written.contains(Paginator.path("products/", page: page)), "catalog page \(page)") }
        let last = try String(contentsOfFile: shop.output + "/products/page/6/index.html", encoding: .utf8)
        #expect(last.contains("data-sku=\"P-055\""))
        #expect(try IncrementalShop.differences(IncrementalShop.tree(shop.output), shop.freshBuild()) == [])
        // Removing them again removes page 6.
        for path in step { try shop.write(path, nil) }
        let removed = shop.session.build(changed: step)
        #expect(removed.removed.contains("products/page/6/index.html"))
        #expect(!FileManager.default.fileExists(atPath: shop.output + "/products/page/6/index.html"))
        #expect(try IncrementalShop.differences(IncrementalShop.tree(shop.output), shop.freshBuild()) == [])
        #expect(IncrementalShop.emptyFolders(shop.output) == [])
    }

    @Test func anOrderEditRendersItsOrdersPageAndPage1WithTheCSV() throws {
        let shop = try IncrementalShop(pageSizes: Self.sizes)
        _ = shop.session.build(changed: [])
        // O-030's own page, page 1 of the whole list (it writes the CSV), and the list pages holding its row.
        try shop.replace("content/orders/O-030.md", "shipping: 10", "shipping: 25")
        let result = shop.session.build(changed: ["content/orders/O-030.md"])
        let orders = Set(result.written.filter { $0.hasPrefix("orders/") })
        #expect(orders.filter { $0.hasPrefix("orders/O-") } == ["orders/O-030.html"])
        #expect(orders.isSuperset(of: ["orders/index.html", "orders/orders.csv"]))
        #expect(orders.count <= 5)
        #expect(try IncrementalShop.differences(IncrementalShop.tree(shop.output), shop.freshBuild()) == [])
    }
}
