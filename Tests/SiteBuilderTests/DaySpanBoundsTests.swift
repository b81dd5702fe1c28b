import Testing
@testable import SiteBuilder

/// Numbers of days feed date arithmetic and per-day tables: past 36,500 they are an error at their line, not an
/// arithmetic-overflow crash of `check` (a lead time of Int64.max crashed it in `Day.adding`) or a huge allocation.
struct DaySpanBoundsTests {
    /// A file, its text, and the exact error `check` prints.
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let path: String
        let text: String
        let error: String
        var testDescription: String { name }
    }

    static let site = "name: 测试\nas_of: 2025-11-30\n"
    static let big = "9223372036854775807"

    static let cases: [Case] = [
        Case(name: "product lead time", path: "content/products/SKU-1.md",
             text: "---\ntitle: 螺丝\ntype: spot\nlead_time_days: \(big)\nprice_tiers:\n  - { min: 50, price: 10 }\n---\n",
             error: "content/products/SKU-1.md:4: error: `lead_time_days` must be a whole number of days from 0 to 36,500, not `\(big)`"),
        Case(name: "default lead time", path: "content/site.yaml", text: site + "lead_time_days: { spot: 36501 }\n",
             error: "content/site.yaml:3: error: `spot` must be a whole number of days from 0 to 36,500, not `36501`"),
        Case(name: "quote validity", path: "content/site.yaml", text: site + "quote: { validity_days: \(big) }\n",
             error: "content/site.yaml:3: error: `validity_days` must be a whole number of days from 0 to 36,500, not `\(big)`"),
        Case(name: "dormant after", path: "content/site.yaml", text: site + "dormant_after_days: \(big)\n",
             error: "content/site.yaml:3: error: `dormant_after_days` must be a whole number of days from 1 to 36,500, not `\(big)`"),
        Case(name: "analytics window", path: "content/site.yaml", text: site + "analytics: { windows: [7, \(big)] }\n",
             error: "content/site.yaml:3: error: `windows` must list whole numbers of days from 1 to 36,500, not `\(big)`"),
    ]

    @Test(arguments: cases)
    func spanPastOneHundredYearsIsAnErrorAtItsLine(_ testCase: Case) throws {
        var files = Fixture.minimalShop
        files["content/customers/C-1.md"] = Array("---\nname: 客户一\n---\n".utf8)
        files["content/orders/O-1.md"] = Array("---\ncustomer: C-1\ndate: 2025-11-20\nstatus: pending_payment\nitems:\n  - { sku: SKU-1, qty: 50 }\n---\n".utf8)
        files[testCase.path] = Array(testCase.text.utf8)
        let outcome = ShopCommands.check(shopPath: try Fixture.temporaryShop(files), language: .en)
        #expect(outcome.exitCode == CommandOutcome.contentErrors)
        #expect(outcome.stderr == testCase.error + "\n")
    }
}
