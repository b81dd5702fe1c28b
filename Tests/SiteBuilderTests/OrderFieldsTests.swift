import Foundation
@testable import ShopLoader
import ShopModel
import Testing

/// The order fields carrier, tracking_at, promotion and quote, product pack_size and customer address, loaded from a
/// small shop: a regular customer (¥1,000 paid in October) and 满 500 减 50 for regular customers in November.
struct OrderFieldsTests {
    static let base: [String: String] = [
        "content/site.yaml": "name: 测试\nas_of: 2025-11-30\ntiers: { regular: 1000, key: 10000 }\n",
        "content/products/SKU-1.md": "---\ntitle: 螺丝 50 件起批\ntype: spot\nlead_time_days: 3\npack_size: 24\n"
            + "price_tiers:\n  - { min: 50, price: 10 }\n---\n",
        "content/customers/C-1.md": "---\nname: 客户一\naddress: 广东省广州市天河区体育西路 1 号\n---\n",
        "content/customers/C-2.md": "---\nname: 客户二\n---\n",
        "content/orders/O-0.md": "---\ncustomer: C-1\ndate: 2025-10-01\nstatus: completed\nitems:\n  - { sku: SKU-1, qty: 100 }\n"
            + "shipped_at: 2025-10-02\ntracking: SF1\n---\n",
        "content/promotions/P-1.md": "---\ntitle: 满 500 减 50\nthreshold: 500\namount: 50\ntiers: [regular, key]\n"
            + "start: 2025-11-01\nend: 2025-11-30\n---\n",
        "content/quotes/Q-1.md": "---\ncustomer: C-1\ndate: 2025-10-20\nitems:\n  - { sku: SKU-1, qty: 50 }\n---\n",
    ]

    static func order(customer: String = "C-1", date: String = "2025-11-05", qty: Int = 50, extra: String = "") -> String {
        "---\ncustomer: \(customer)\ndate: \(date)\nstatus: shipped\nitems:\n  - { sku: SKU-1, qty: \(qty) }\n"
            + "shipped_at: 2025-11-06\ntracking: SF2\n\(extra)---\n"
    }

    static func load(_ order: String) throws -> LoadResult {
        var files = base
        files["content/orders/O-1.md"] = order
        let shop = try Fixture.temporaryShop(files.mapValues { Array($0.utf8) })
        defer { try? FileManager.default.removeItem(atPath: shop) }
        return ShopLoader.load(shopPath: shop, options: LoadOptions())
    }

    @Test func fieldsAreRead() throws {
        let result = try Self.load(Self.order(extra: "carrier: 顺丰\ntracking_at: 2025-11-07\nquote: Q-1\npromotion: P-1\n"))
        let shop = try #require(result.shop)
        let order = try #require(shop.orders.first { $0.id == "O-1" })
        #expect(order.carrier == "顺丰")
        #expect(order.trackingAt == Day("2025-11-07"))
        #expect(order.quote == "Q-1")
        #expect(order.promotion == "P-1")
        // 50 × ¥10 = ¥500, exactly the threshold: the promotion takes ¥50 off.
        #expect(order.promotionDiscount == Money(50))
        #expect(order.total == Money(450))
        #expect(shop.products.first?.packSize == 24)
        #expect(shop.customers.first { $0.id == "C-1" }?.address == "广东省广州市天河区体育西路 1 号")
        #expect(shop.customers.first { $0.id == "C-2" }?.address == nil)
        #expect(result.diagnostics.items.isEmpty)
    }

    @Test func trackingAtDefaultsToShippedAt() throws {
        let shop = try #require(try Self.load(Self.order()).shop)
        let order = try #require(shop.orders.first { $0.id == "O-1" })
        #expect(order.trackingAt == Day("2025-11-06"))
        #expect(order.promotionDiscount == .zero)
        #expect(order.total == Money(500))
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let order: String
        let codes: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "tracking entered exactly one day after shipping", order: order(extra: "tracking_at: 2025-11-07\n"), codes: []),
        Case(name: "tracking entered two days after shipping", order: order(extra: "tracking_at: 2025-11-08\n"),
             codes: ["W-LATE-TRACKING"]),
        Case(name: "unknown quote", order: order(extra: "quote: Q-9\n"), codes: ["E-UNKNOWN-QUOTE"]),
        Case(name: "unknown promotion", order: order(extra: "promotion: P-9\n"), codes: ["E-UNKNOWN-PROMOTION"]),
        Case(name: "new customer may not use it", order: order(customer: "C-2", extra: "promotion: P-1\n"),
             codes: ["E-ORDER-PROMOTION-INELIGIBLE"]),
        Case(name: "before the promotion starts", order: order(date: "2025-10-31", extra: "promotion: P-1\n"),
             codes: ["E-ORDER-PROMOTION-INELIGIBLE"]),
        Case(name: "on the last day", order: order(date: "2025-11-30", extra: "promotion: P-1\n"), codes: []),
        Case(name: "after it ends", order: order(date: "2025-12-01", extra: "promotion: P-1\nship_by: 2025-12-05\n"),
             codes: ["E-ORDER-PROMOTION-INELIGIBLE"]),
    ]

    @Test(arguments: cases)
    func ruleGivesTheCode(_ testCase: Case) throws {
        let result = try Self.load(testCase.order)
        var found = result.diagnostics.items
        for order in result.shop?.orders ?? [] { found += ShopChecks.orderWarnings(order, asOf: result.shop?.asOf ?? Day(ordinal: 0)) }
        let codes = found.map(\.code.rawValue).filter { $0 != "W-OVERDUE-ORDER" && $0 != "W-LATE-ORDER" }
        #expect(codes == testCase.codes)
        #expect((result.shop == nil) == codes.contains { $0.hasPrefix("E-") })
    }

    @Test func theOrderItselfDoesNotMakeTheCustomerRegular() throws {
        // C-2 has no other order: ¥1,000 on this order alone would reach the regular tier, but it does not count.
        let result = try Self.load(Self.order(customer: "C-2", qty: 100, extra: "promotion: P-1\n"))
        #expect(result.diagnostics.items.map(\.code.rawValue) == ["E-ORDER-PROMOTION-INELIGIBLE"])
        let text = result.diagnostics.items.first?.formatted(in: .zhCN) ?? ""
        #expect(text.contains("订单 `O-1` 不能使用促销 `P-1`"))
    }

    /// Contract: an order's promotion is "eligible as for quotes", and a quote's tier is the customer's tier as of its
    /// date, which `tier_basis` decides. With `last_365_days`, C-1's ¥1,000 of 2025-10-01 counts on 2025-11-05 and on
    /// 2026-09-30 (the 365th day), not on 2026-10-01: then C-1 is new again and may not use a 老客户 promotion.
    @Test(arguments: [("lifetime", "2026-10-01", [String]()), ("last_365_days", "2026-09-30", []),
                      ("last_365_days", "2026-10-01", ["E-ORDER-PROMOTION-INELIGIBLE"])])
    func tierBasisDecidesTheOrdersTier(_ basis: String, date: String, codes: [String]) throws {
        var files = Self.base
        files["content/site.yaml"] = "name: 测试\nas_of: 2026-10-31\ntiers: { regular: 1000, key: 10000 }\ntier_basis: \(basis)\n"
        files["content/promotions/P-1.md"] = files["content/promotions/P-1.md"]?.replacingOccurrences(of: "end: 2025-11-30", with: "end: 2026-12-31")
        files["content/orders/O-1.md"] = Self.order(date: date, extra: "promotion: P-1\nship_by: \(date)\n")
            .replacingOccurrences(of: "shipped_at: 2025-11-06", with: "shipped_at: \(date)")
        let shop = try Fixture.temporaryShop(files.mapValues { Array($0.utf8) })
        defer { try? FileManager.default.removeItem(atPath: shop) }
        let result = ShopLoader.load(shopPath: shop, options: LoadOptions())
        #expect(result.diagnostics.items.filter { $0.severity == .error }.map(\.code.rawValue) == codes)
    }

    @Test func belowTheThresholdIsAnError() throws {
        let result = try Self.load(Self.order(qty: 49, extra: "promotion: P-1\n")
            .replacingOccurrences(of: "qty: 49 }", with: "qty: 49, price: 10 }"))
        #expect(result.diagnostics.items.map(\.code.rawValue).contains("E-ORDER-PROMOTION-INELIGIBLE"))
        #expect(result.shop == nil)
    }

    @Test func packSizeBelowOneIsAnError() throws {
        var files = Self.base
        files["content/products/SKU-1.md"] = files["content/products/SKU-1.md"]?
            .replacingOccurrences(of: "pack_size: 24", with: "pack_size: 0")
        let shop = try Fixture.temporaryShop(files.mapValues { Array($0.utf8) })
        defer { try? FileManager.default.removeItem(atPath: shop) }
        let result = ShopLoader.load(shopPath: shop, options: LoadOptions())
        #expect(result.diagnostics.items.map(\.code.rawValue) == ["E-INT-RANGE"])
    }
}
