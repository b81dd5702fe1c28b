import Foundation
@testable import ShopLoader
import Testing
@testable import SiteBuilder

/// Rules checked on one extra file added to a minimal shop (written to a temp folder).
struct LoaderRuleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let path: String
        let text: String
        let lines: [String]
        var testDescription: String { name }
    }

    static let quoteHead = "---\nid: Q-1\ncustomer: C-1\ndate: 2025-11-20\nitems:\n"
    static let cases: [Case] = [
        Case(name: "free line without price", path: "content/quotes/Q-1.md",
             text: quoteHead + "  - { description: 印花, qty: 5, unit: 件 }\n---\n",
             lines: ["content/quotes/Q-1.md:6: error: missing required field `price`"]),
        Case(name: "item with neither sku nor description", path: "content/quotes/Q-1.md",
             text: quoteHead + "  - { qty: 5 }\n---\n",
             lines: ["content/quotes/Q-1.md:6: error: an item needs a `sku` (product line) or a `description` (free line)"]),
        Case(name: "discount with percent and amount", path: "content/quotes/Q-1.md",
             text: quoteHead + "  - { sku: SKU-1, qty: 50 }\ndiscount: { percent: 5, amount: 3 }\n---\n",
             lines: ["content/quotes/Q-1.md:7: error: `discount` takes either `percent` or `amount`, not both"]),
        Case(name: "written status expired", path: "content/quotes/Q-1.md",
             text: quoteHead + "  - { sku: SKU-1, qty: 50 }\nstatus: expired\n---\n",
             lines: ["content/quotes/Q-1.md:7: error: `status` must be one of draft, sent, accepted, rejected, not `expired`"]),
        Case(name: "order item below every tier without a price", path: "content/orders/O-1.md",
             text: "---\ncustomer: C-1\ndate: 2025-11-01\nstatus: completed\nitems:\n  - { sku: SKU-1, qty: 10 }\n---\n",
             lines: ["content/orders/O-1.md:6: error: no price for this item: quantity 10 is below the first price tier "
                     + "of `SKU-1` (min 50); write a `price`"]),
        Case(name: "typo in an item key is a warning", path: "content/orders/O-1.md",
             text: "---\ncustomer: C-1\ndate: 2025-11-01\nstatus: completed\nitems:\n  - { sku: SKU-1, qty: 50, prise: 3 }\n---\n",
             lines: ["content/orders/O-1.md:6: warning: unknown key `prise` in an item; ignored"]),
        Case(name: "duplicate key", path: "content/customers/C-2.md",
             text: "---\nname: 甲\nname: 乙\n---\n",
             lines: ["content/customers/C-2.md:3:1: error: duplicate key 'name' (first on line 2)"]),
        Case(name: "CRLF and BOM", path: "content/customers/C-2.md",
             text: "\u{FEFF}---\r\nname: 甲\r\nsince: 2024-02-29\r\n---\r\n正文\r\n", lines: []),
        Case(name: "promotion ending before it starts", path: "content/promotions/P-1.md",
             text: "---\namount: 10\nstart: 2025-11-30\nend: 2025-11-01\n---\n",
             lines: ["content/promotions/P-1.md:4: error: `end` (2025-11-01) is before `start` (2025-11-30)"]),
    ]

    @Test(arguments: cases)
    func ruleGivesTheMessage(_ testCase: Case) throws {
        var files = Fixture.minimalShop
        files["content/customers/C-1.md"] = Array("---\nname: 客户一\n---\n".utf8)
        files[testCase.path] = Array(testCase.text.utf8)
        let shop = try Fixture.temporaryShop(files)
        defer { try? FileManager.default.removeItem(atPath: shop) }
        let result = ShopLoader.load(shopPath: shop, options: LoadOptions())
        let lines = result.diagnostics.sorted.map(\.description)
            .filter { !$0.contains("lead_time_days") }
        #expect(lines == testCase.lines)
        #expect((result.shop == nil) == testCase.lines.contains { $0.contains(": error: ") })
    }
}
