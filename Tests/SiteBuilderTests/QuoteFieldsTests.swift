import Diagnostics
import Foundation
@testable import ShopLoader
import ShopModel
import Testing

/// The quote sheet's fields: seller and reps in site.yaml, invoice data and rep on customers, the pipeline fields
/// and 交期 on quotes; unknown reps and quotes are errors at their line.
struct QuoteFieldsTests {
    static let site = """
        name: 测试五金
        as_of: 2025-11-30
        quote: { tax_rate: 0.13, prices_include_tax: true }
        seller: { tax_id: 91330206MA2H000000, bank: 中国银行宁波北仑支行, account: "3581 0000 0000 0000" }
        reps:
          - { id: chen, name: 陈经理, phone: "138 0000 0001", wechat: hengda-chen }
          - { id: li, name: 李娜 }

        """
    static let product = "---\ntitle: 螺丝 50 件起批\ntype: spot\nlead_time_days: 4\nprice_tiers:\n  - { min: 50, price: 10 }\n---\n"
    static let customer = """
        ---
        name: 广州某连锁超市有限公司
        address: 广东省广州市天河区体育西路 1 号
        tax_id: 91440101MA5C000000
        bank: 工商银行广州天河支行
        account: "3602 0000 0000 0000"
        rep: li
        ---

        """

    static func shop(quotes: [String: String], customer: String = customer, order: String? = nil) throws -> String {
        var files: [String: [UInt8]] = [
            "content/site.yaml": Array(site.utf8), "content/products/SKU-1.md": Array(product.utf8),
            "content/customers/C-1.md": Array(customer.utf8),
        ]
        for (id, text) in quotes { files["content/quotes/\(id).md"] = Array(text.utf8) }
        if let order { files["content/orders/O-1.md"] = Array(order.utf8) }
        return try Fixture.temporaryShop(files)
    }

    @Test func fieldsAreReadWithTheirDefaults() throws {
        let path = try Self.shop(quotes: [
            "Q-1": "---\ncustomer: C-1\ndate: 2025-11-01\nstatus: rejected\nlost_reason: lead_time\nlost_note: 交期太长\nitems:\n  - { sku: SKU-1, qty: 1000 }\n  - { sku: SKU-1, qty: 2000, lead_time_days: 12 }\n  - { description: 定制印花, qty: 500, unit: 件, price: 2 }\n---\n",
            "Q-2": "---\ncustomer: C-1\ndate: 2025-11-20\nrep: chen\nfollow_up: 2025-11-25\nrevision_of: Q-1\nprices_include_tax: false\n---\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = ShopLoader.load(shopPath: path, options: LoadOptions())
        let shop = try #require(result.shop, "\(result.diagnostics.items)")
        #expect(shop.settings.seller.taxID == "91330206MA2H000000")
        #expect(shop.settings.reps.map(\.name) == ["陈经理", "李娜"])
        #expect(shop.settings.reps.first?.wechat == "hengda-chen")
        let customer = try #require(shop.customers.first)
        #expect(customer.address == "广东省广州市天河区体育西路 1 号")
        #expect(customer.account == "3602 0000 0000 0000")
        let q1 = try #require(shop.quotes.first { $0.id == "Q-1" })
        let q2 = try #require(shop.quotes.first { $0.id == "Q-2" })
        #expect(q1.rep == "li")                     // the customer's rep
        #expect(q1.pricesIncludeTax)                // site default
        #expect(q1.lostReason == .leadTime && q1.lostNote == "交期太长")
        #expect(q1.items.map(\.leadTimeDays) == [4, 12, nil])
        #expect(q2.rep == "chen" && !q2.pricesIncludeTax)
        #expect(q2.followUp == Day("2025-11-25") && q2.revisionOf == "Q-1")
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let quote: String
        var customer = QuoteFieldsTests.customer
        var order: String?
        let error: String
        var testDescription: String { error }
    }

    static let cases: [Case] = [
        Case(quote: "---\ncustomer: C-1\ndate: 2025-11-01\nrep: wang\n---\n",
             error: "content/quotes/Q-1.md:4: error: unknown sales rep `wang`: site.yaml `reps` does not list it"),
        Case(quote: "---\ncustomer: C-1\ndate: 2025-11-01\nrevision_of: Q-0\n---\n",
             error: "content/quotes/Q-1.md:4: error: unknown quote `Q-0`"),
        Case(quote: "---\ncustomer: C-1\ndate: 2025-11-01\nrevision_of: Q-1\n---\n",
             error: "content/quotes/Q-1.md:4: error: quote `Q-1` cannot be a revision of itself"),
        Case(quote: "---\ncustomer: C-1\ndate: 2025-11-01\nlost_reason: cheap\n---\n",
             error: "content/quotes/Q-1.md:4: error: `lost_reason` must be one of price, lead_time, quality, competitor, other"),
        Case(quote: "---\ncustomer: C-1\ndate: 2025-11-01\n---\n", customer: "---\nname: 某公司\n\nrep: zhao\n---\n",
             error: "content/customers/C-1.md:4: error: unknown sales rep `zhao`"),
        Case(quote: "---\ncustomer: C-1\ndate: 2025-11-01\n---\n",
             order: "---\ncustomer: C-1\ndate: 2025-11-02\nstatus: completed\nquote: Q-9\n---\n",
             error: "content/orders/O-1.md:5: error: unknown quote `Q-9`"),
    ]

    @Test(arguments: cases)
    func unknownReferencesAreErrorsAtTheirLine(_ testCase: Case) throws {
        let path = try Self.shop(quotes: ["Q-1": testCase.quote], customer: testCase.customer, order: testCase.order)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = ShopLoader.load(shopPath: path, options: LoadOptions())
        let errors = DiagnosticList(result.diagnostics.errors).sorted.map(\.description)
        #expect(result.shop == nil)
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.hasPrefix(testCase.error) == true, "\(errors)")
    }

    /// 100 × ¥10 at cost ¥9.50 leaves ¥50; a ¥100 promotion takes it to −¥50: a warning (the quote still loads). At ¥50
    /// off the margin is exactly zero: no warning.
    @Test(arguments: [("100", true), ("50", false)])
    func promotionBelowCostIsAWarning(amount: String, warns: Bool) throws {
        let product = "---\ntitle: 螺丝 50 件起批\ntype: spot\ncost: 9.5\nprice_tiers:\n  - { min: 50, price: 10 }\n---\n"
        let promotion = "---\ntitle: 新客立减\nthreshold: 500\namount: \(amount)\ntiers: [new]\n---\n"
        let quote = "---\ncustomer: C-1\ndate: 2025-11-20\nitems:\n  - { sku: SKU-1, qty: 100 }\npromotion: P-1\n---\n"
        let path = try Fixture.temporaryShop([
            "content/site.yaml": Array(Self.site.utf8), "content/products/SKU-1.md": Array(product.utf8),
            "content/customers/C-1.md": Array(Self.customer.utf8), "content/promotions/P-1.md": Array(promotion.utf8),
            "content/quotes/Q-1.md": Array(quote.utf8),
        ])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = ShopLoader.load(shopPath: path, options: LoadOptions())
        #expect(result.shop?.quotes.count == 1, "\(result.diagnostics.items)")
        let warnings = result.diagnostics.warnings.map(\.description).filter { $0.contains("below cost") }
        #expect(warnings == (warns ? ["content/quotes/Q-1.md:6: warning: the promotion takes quote `Q-1` below cost: "
                                      + "margin -¥50.00 on cost ¥950.00 (internal figure)"] : []))
    }
}
