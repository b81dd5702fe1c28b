import Foundation
@testable import ShopLoader
import Testing
@testable import SiteBuilder
import ShopModel

/// Pagination: the maths of pages and page lists, and a small shop built with tiny page sizes (catalog 4 cards,
/// lists 3 rows, analytics tables 2 rows).
@Suite struct PaginationTests {
    @Test(arguments: [(0, 10, 1), (1, 10, 1), (10, 10, 1), (11, 10, 2), (10_000, 60, 167), (30_000, 100, 300), (5, 0, 5)])
    func pageCount(items: Int, size: Int, pages: Int) {
        #expect(Paginator.pageCount(items: items, size: size) == pages)
    }

    @Test(arguments: [(1, 0..<60), (2, 60..<120), (167, 9960..<10_000), (500, 9960..<10_000), (0, 0..<60)])
    func pageBoundaries(page: Int, items: Range<Int>) {
        let paginator = Paginator(itemCount: 10_000, size: 60, page: page, base: "products/")
        #expect(paginator.items == items)
        #expect(Paginator.page(ofItem: items.lowerBound, size: 60) == paginator.page)
        #expect(Paginator.page(ofItem: items.upperBound - 1, size: 60) == paginator.page)
    }

    @Test(arguments: [
        (5, 167, [1, nil, 4, 5, 6, nil, 167]), (1, 167, [1, 2, nil, 167]), (3, 167, [1, 2, 3, 4, nil, 167]),
        (4, 167, [1, 2, 3, 4, 5, nil, 167]), (167, 167, [1, nil, 166, 167]), (164, 167, [1, nil, 163, 164, 165, 166, 167]),
        (1, 1, [1]), (2, 3, [1, 2, 3]), (1, 2, [1, 2]), (3, 5, [1, 2, 3, 4, 5]),
    ] as [(Int, Int, [Int?])])
    func pageListWithGaps(current: Int, count: Int, list: [Int?]) {
        #expect(Paginator.pageList(current: current, count: count) == list)
    }

    @Test func pathsKeepPage1AtTheListsOwnPath() {
        #expect(Paginator.path("products/", page: 1) == "products/index.html")
        #expect(Paginator.path("products/", page: 2) == "products/page/2/index.html")
        #expect(Paginator.path("orders/", page: 300) == "orders/page/300/index.html")
    }

    /// 13 products in three categories (五金 4, 服装/T恤 5, 鞋 4, in code-point order) and 7 paid, unshipped orders
    /// (O-i buys 10·i of P-0i at ¥i: GMV 10·i²; O-1 … O-6 are past their ship-by date).
    static func shop() -> String {
        var files: [String: String] = ["content/site.yaml": "name: 分页测试\nas_of: 2025-11-30\n",
                                       "content/customers/C-1.md": "---\nname: 客户一\nregion: 广东\n---\n"]
        let categories = ["鞋", "服装/T恤", "五金"]
        for i in 1...13 {
            files[String(format: "content/products/P-%02d.md", i)] = "---\ntitle: 商品 \(i)\ntype: spot\ncategory: \(categories[i % 3])\nmoq: 10\nlead_time_days: 3\nprice_tiers:\n  - { min: 10, price: \(i) }\n---\n"
        }
        for i in 1...7 {
            files["content/orders/O-\(i).md"] = "---\ncustomer: C-1\ndate: 2025-11-2\(i)\nstatus: pending_shipment\nitems:\n  - { sku: P-0\(i), qty: \(10 * i) }\n---\n"
        }
        return SiteFixture.write(files, under: SiteFixture.temporaryFolder("paged"))
    }

    static func build(_ shop: String) throws -> String {
        let output = SiteFixture.temporaryFolder("paged-out")
        var options = BuildOptions(shopPath: shop, outputPath: output)
        options.pageSizes = PageSizes(catalog: 4, list: 3, analyticsRows: 2)
        let outcome = SiteBuild.run(options)
        try #require(outcome.succeeded, "\(outcome.diagnostics)")
        return output
    }

    static func skus(in html: String) -> [String] {
        html.components(separatedBy: "data-sku=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    @Test func everyProductIsOnExactlyOneCatalogPageInCatalogOrder() throws {
        let site = try Self.build(Self.shop())
        let pages = ["products/index.html"] + (2...4).map { "products/page/\($0)/index.html" }
        #expect(!FileManager.default.fileExists(atPath: site + "/products/page/5/index.html"))
        #expect(!FileManager.default.fileExists(atPath: site + "/products/page/1/index.html"))
        let cards = pages.map { Self.skus(in: SiteFixture.text(site, $0)) }
        #expect(cards.map(\.count) == [4, 4, 4, 1])
        // 五金 (i % 3 == 2), then 服装/T恤 (i % 3 == 1), then 鞋 (i % 3 == 0), each by sku.
        #expect(cards.flatMap { $0 } == ["P-02", "P-05", "P-08", "P-11", "P-01", "P-04", "P-07", "P-10", "P-13", "P-03", "P-06", "P-09", "P-12"])
        // 服装/T恤 starts on page 2 and continues on page 3, with its whole count and a 续 mark.
        let page3 = SiteFixture.text(site, "products/page/3/index.html")
        #expect(page3.contains("服装/T恤（续） <span class=\"count\">5 款</span>"))
        #expect(!SiteFixture.text(site, "products/page/2/index.html").contains("（续）"))
    }

    @Test func catalogPagesLinkPreviousAndNextRelatively() throws {
        let site = try Self.build(Self.shop())
        let first = SiteFixture.text(site, "products/index.html")
        #expect(first.contains("<span class=\"pager-prev is-disabled\" aria-disabled=\"true\">"))
        #expect(first.contains("<a class=\"pager-next\" rel=\"next\" href=\"../products/page/2/index.html\">"))
        let second = SiteFixture.text(site, "products/page/2/index.html")
        #expect(second.contains("<a class=\"pager-prev\" rel=\"prev\" href=\"../../../products/index.html\">"))
        #expect(second.contains("<a class=\"pager-next\" rel=\"next\" href=\"../../../products/page/3/index.html\">"))
        #expect(second.contains("<a class=\"is-current\" aria-current=\"page\" href=\"../../../products/page/2/index.html\">2</a>"))
        #expect(second.contains("第 2 / 4 页 · 第 5–8 条"))
        let last = SiteFixture.text(site, "products/page/4/index.html")
        #expect(last.contains("<span class=\"pager-next is-disabled\" aria-disabled=\"true\">"))
        #expect(LinkChecker.brokenLinks(in: site).isEmpty)
    }

    @Test func ordersAreListedThreeAPageAndLinkedOnTheirPage() throws {
        let site = try Self.build(Self.shop())
        // Newest first: O-7 is the newest order, on page 1; the oldest, O-1, on page 3.
        #expect(SiteFixture.text(site, "orders/index.html").contains("<tr id=\"O-7\">"))
        #expect(SiteFixture.text(site, "orders/page/3/index.html").contains("<tr id=\"O-1\">"))
        #expect(SiteFixture.text(site, "orders/page/2/index.html").contains("7 个订单"))
        #expect(SiteFixture.text(site, "customers/C-1.html").contains("href=\"../orders/O-7.html\""))
        // The CSV beside page 1 has every order, and every page links to it.
        let csv = SiteFixture.text(site, "orders/orders.csv")
        #expect(csv.split(separator: "\r\n").count == 8)
        #expect(SiteFixture.text(site, "orders/page/3/index.html").contains("href=\"../../../orders/orders.csv\""))
    }

    @Test func analyticsTablesShowTheirTopRowsAndLinkTheFullCSV() throws {
        let site = try Self.build(Self.shop())
        let html = SiteFixture.text(site, "analytics/products/index.html")
        #expect(html.contains("显示前 2 条，共 7 条；完整数据请下载 CSV。"))
        let csvLink = "href=\"../../analytics/products-30.csv\""
        #expect(html.contains(csvLink))
        // The 30-day table: the two products with the highest GMV, highest first; the CSV has all seven.
        let table = try #require(html.components(separatedBy: "products-7.csv").last?.components(separatedBy: csvLink).first)
        let seven = try #require(table.range(of: ">P-07</a>")), six = try #require(table.range(of: ">P-06</a>"))
        #expect(seven.lowerBound < six.lowerBound)
        #expect(!table.contains(">P-05</a>"))
        #expect(SiteFixture.text(site, "analytics/products-30.csv").split(separator: "\r\n").count == 8)
        let orders = SiteFixture.text(site, "analytics/orders/index.html")
        #expect(orders.contains("显示前 2 条，共 6 条；完整数据请下载 CSV。"))
        // Late orders by id: O-1 and O-2 are shown (linked on orders page 1), O-3 … O-6 only in the CSV.
        #expect(orders.contains("href=\"../../orders/O-1.html\"") && orders.contains("href=\"../../orders/O-2.html\""))
        #expect(!orders.contains("O-3.html\""))
        #expect(SiteFixture.text(site, "analytics/late.csv").split(separator: "\r\n").count == 7)
    }

    @Test func topByGMVBreaksTiesBySku() {
        let figures = [("A", "5"), ("B", "9"), ("C", "5"), ("D", "0")].map { sku, gmv in
            var figures = ProductFigures(sku: SKU(stringLiteral: sku))
            figures.gmv = (try? Money.parse(gmv)) ?? .zero
            return figures
        }
        #expect(AnalyticsProductsPage.topByGMV(figures, limit: 3) == [1, 0, 2])
    }

    /// The list CSVs are written directly, not from the page cells: they must hold exactly the cells' values.
    @Test(arguments: ["example", "hostile"])
    func listCSVsEqualTheirTablesCells(shop: String) throws {
        let root = shop == "example" ? SiteFixture.repository
            : SiteFixture.smallShop(customerName: "=HYPERLINK(\\\"x\\\"), \\\"引号\\\"\\n第二行")
        let loaded = ShopLoader.load(shopPath: root, options: LoadOptions())
        let shop = try #require(loaded.shop, "\(loaded.diagnostics)")
        let index = SiteIndex(shop: shop, excludedDrafts: loaded.excludedDrafts, audience: .internal, warnings: [])
        let site = PageInputs(index: index, text: PageText(settings: shop.settings))
        let customers = CustomersListPage(site: site, number: 1), quotes = QuotesListPage(site: site, number: 1)
        let orders = OrdersListPage(site: site, number: 1)
        #expect(customers.csv() == customers.table(shop.customers.indices).csv)
        #expect(quotes.csv() == quotes.table(shop.quotes.indices).csv)
        #expect(orders.csv() == orders.table(shop.orders.indices).csv)
        #expect(orders.table(shop.orders.indices).rows.count == shop.orders.count && !shop.orders.isEmpty)
    }
}
