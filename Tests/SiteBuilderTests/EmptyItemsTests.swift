import Diagnostics
import Foundation
import Testing
@testable import SiteBuilder

/// An order or a quote with `items: []`, or no `items` at all, loads (a build still succeeds) with a warning at the
/// `items:` line, or the front matter's first line when the key is missing; such an order counts as the contract's
/// formulas say: a paid order whose total is its shipping less its discount.
@Suite struct EmptyItemsTests {
    static let customers = ["content/customers/C-1.md": "---\nname: 客户一\nregion: 广东\n---\n",
                            "content/customers/C-2.md": "---\nname: 客户二\nregion: 广东\n---\n"]

    static func order(_ id: String, customer: String, date: String, shipping: Int, items: String) -> (String, String) {
        ("content/orders/\(id).md",
         "---\ncustomer: \(customer)\ndate: \(date)\nstatus: pending_shipment\nship_by: 2025-12-31\nshipping: \(shipping)\n\(items)---\n")
    }

    /// C-1: O-1 (50 × ¥10) on 11-10 and O-2 (`items: []`, shipping ¥20) on 11-20; C-2: O-3 (no `items`, shipping ¥15) on 11-25.
    static func shop(extra: [String: String] = [:]) throws -> String {
        var files = Fixture.minimalShop
        files["content/site.yaml"] = Array("name: 测试\nas_of: 2025-11-30\ntiers: { regular: 510, key: 100000 }\nanalytics: { windows: [30] }\n".utf8)
        let orders = [order("O-1", customer: "C-1", date: "2025-11-10", shipping: 0, items: "items:\n  - { sku: SKU-1, qty: 50 }\n"),
                      order("O-2", customer: "C-1", date: "2025-11-20", shipping: 20, items: "items: []\n"),
                      order("O-3", customer: "C-2", date: "2025-11-25", shipping: 15, items: "")]
        for (path, text) in customers.merging(orders, uniquingKeysWith: { a, _ in a }).merging(extra, uniquingKeysWith: { a, _ in a }) {
            files[path] = Array(text.utf8)
        }
        return try Fixture.temporaryShop(files)
    }

    static let quotes = ["content/quotes/Q-1.md": "---\ncustomer: C-1\ndate: 2025-11-25\nitems: []\n---\n",
                         "content/quotes/Q-2.md": "---\ncustomer: C-1\ndate: 2025-11-25\nshipping: 30\n---\n"]

    static let orderZH = "订单没有明细（`items`），金额只算运费减折扣；请在 `items:` 下按 `- { sku: …, qty: … }` 列出所购商品"
    static let quoteZH = "报价单没有明细（`items`），报价单上没有商品行，总价只有运费和税；请在 `items:` 下按 `- { sku: …, qty: … }` 或 "
        + "`- { description: …, qty: …, unit: …, price: … }` 列出"
    static let orderEN = "order has no items, so its total is only its shipping less its discount; list what was bought under `items:` as "
        + "`- { sku: …, qty: … }`"
    static let quoteEN = "quote has no items, so its sheet shows no lines and a total of only shipping and tax; list them under `items:` as "
        + "`- { sku: …, qty: … }` or `- { description: …, qty: …, unit: …, price: … }`"

    /// The lines `check` prints for the shop with `quotes`, in each language.
    static func expectedLines(_ language: Language) -> [String] {
        let (order, quote) = language == .en ? (orderEN, quoteEN) : (orderZH, quoteZH)
        return ["content/orders/O-2.md:7: warning: " + order, "content/orders/O-3.md:1: warning: " + order,
                "content/quotes/Q-1.md:4: warning: " + quote, "content/quotes/Q-2.md:1: warning: " + quote]
    }

    @Test(arguments: [Language.zhCN, .en])
    func noItemsIsAWarningAtTheItemsLine(language: Language) throws {
        let lines = Self.expectedLines(language)
        let shop = try Self.shop(extra: Self.quotes)
        let checked = ShopCommands.check(shopPath: shop, language: language)
        #expect(checked.exitCode == 0, "\(checked.stderr)")
        let printed = checked.stderr.split(separator: "\n").map(String.init)
        for line in lines { #expect(printed.contains(line), "\(checked.stderr)") }
        let json = ShopCommands.check(shopPath: shop, language: language, format: .json)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(entries.filter { $0["code"] as? String == "W-ORDER-NO-ITEMS" }.map { $0["line"] as? Int } == [7, 1])
        #expect(entries.filter { $0["code"] as? String == "W-QUOTE-NO-ITEMS" }.map { $0["line"] as? Int } == [4, 1])
        let output = SiteFixture.temporaryFolder("empty-items") + "/public"
        let built = SiteBuild.run(BuildOptions(shopPath: shop, outputPath: output))
        #expect(built.succeeded, "\(built.diagnostics)")
        #expect(built.diagnostics.count(of: .warning) >= 4)
    }

    /// The report's figures for the 30 days to 11-30, by the contract's formulas: buyers C-1 and C-2; paid orders 3;
    /// GMV 500 + 20 + 15 = 535.00; 客单价 535 / 2 = 267.50; repurchase 1 / 2 (C-1 has two paid orders); frequency 3 / 2;
    /// the product sold 50 units for 500.00 to 1 buyer. C-1 paid 520.00 (≥ 510: regular), its interval 10 days; C-2 paid 15.00.
    @Test func anEmptyOrderCountsAsTheFormulasSay() throws {
        let report = ShopCommands.report(shopPath: try Self.shop(), asOf: nil, language: .en)
        #expect(report.exitCode == 0, "\(report.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        let window = try #require((json["windows"] as? [[String: Any]])?.first)
        #expect(window["days"] as? Int == 30)
        #expect(window["buyers"] as? Int == 2 && window["paid_orders"] as? Int == 3)
        #expect(window["gmv"] as? String == "535.00")
        #expect(window["average_order_value"] as? String == "267.50")
        #expect(window["repurchase_rate"] as? Double == 0.5 && window["purchase_frequency"] as? Double == 1.5)
        #expect(window["new_customer_share"] as? Double == 1)
        let products = try #require(window["products"] as? [[String: Any]])
        #expect(products.count == 1 && products[0]["units"] as? Int == 50 && products[0]["gmv"] as? String == "500.00")
        #expect(products[0]["buyers"] as? Int == 1)
        let customers = try #require(json["customers"] as? [[String: Any]])
        #expect(customers.map { $0["paid_amount"] as? String } == ["520.00", "15.00"])
        #expect(customers.map { $0["tier"] as? String } == ["regular", "new"])
        #expect(customers.map { $0["paid_orders"] as? Int } == [2, 1])
        #expect(customers[0]["purchase_interval_days"] as? Double == 10)
        let orders = try #require(json["orders"] as? [[String: Any]])
        #expect(orders.map { $0["total"] as? String } == ["500.00", "20.00", "15.00"])
        #expect(report.stderr.contains("content/orders/O-2.md:7: warning: order has no items"), "\(report.stderr)")
    }

    /// The order page and the dashboard of such a shop render: the empty order shows its ¥20.00 and no item row.
    @Test func theEmptyOrdersPageShowsItsTotal() throws {
        let shop = try Self.shop(extra: Self.quotes)
        let output = SiteFixture.temporaryFolder("empty-items-pages") + "/public"
        let built = SiteBuild.run(BuildOptions(shopPath: shop, outputPath: output))
        try #require(built.succeeded, "\(built.diagnostics)")
        let page = SiteFixture.text(output, "orders/O-2.html")
        #expect(page.contains("¥20.00"))
        #expect(!page.contains("SKU-1"))
        #expect(SiteFixture.text(output, "quotes/Q-2.html").contains("¥30.00"))
    }
}
