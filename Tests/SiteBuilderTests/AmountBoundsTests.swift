import Foundation
@testable import ShopLoader
import Testing
@testable import SiteBuilder

/// Quantities and amounts past the contract's bounds (issue 12, must-fix 2): an error naming the line from `check`,
/// `build` and `report` alike, never an arithmetic-overflow crash, a negative total or a green `check`.
struct AmountBoundsTests {
    /// A front matter written into the one-product shop, and the exact error `check` must print for it.
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let path: String
        let lines: [String]
        let error: String
        var testDescription: String { name }
    }

    /// An order of C-1 with `items` at line 5 and each item on the next lines, then `extra`.
    static func order(_ items: [String], _ extra: [String] = []) -> [String] {
        ["customer: C-1", "date: 2025-11-20", "status: completed", "items:"] + items.map { "  - " + $0 } + extra
    }

    /// A quote of C-1 for 100 × SKU-1 at the tier price 10 (subtotal 1,000.00), with `items` at line 4, then `extra` from line 6.
    static func quote(_ extra: [String], item: String = "{ sku: SKU-1, qty: 100 }") -> [String] {
        ["customer: C-1", "date: 2025-11-25", "items:", "  - " + item] + extra
    }

    static let ceiling = "amounts stay below ¥10,000,000,000,000"
    static let orderPath = "content/orders/O-1.md", quotePath = "content/quotes/Q-1.md"

    static let cases: [Case] = [
        Case(name: "barcode as quantity", path: orderPath, lines: order(["{ sku: SKU-1, qty: 6901234567892, price: 200 }"]),
             error: "content/orders/O-1.md:6: error: `qty` must be a whole number from 1 to 1,000,000,000, not `6901234567892`"),
        Case(name: "largest Int64 at the tier price", path: orderPath, lines: order(["{ sku: SKU-1, qty: 9223372036854775807 }"]),
             error: "content/orders/O-1.md:6: error: `qty` must be a whole number from 1 to 1,000,000,000, "
                    + "not `9223372036854775807`"),
        Case(name: "one past the largest quantity", path: orderPath, lines: order(["{ sku: SKU-1, qty: 1000000001 }"]),
             error: "content/orders/O-1.md:6: error: `qty` must be a whole number from 1 to 1,000,000,000, not `1000000001`"),
        Case(name: "zero quantity", path: orderPath, lines: order(["{ sku: SKU-1, qty: 0 }"]),
             error: "content/orders/O-1.md:6: error: `qty` must be a whole number from 1 to 1,000,000,000, not `0`"),
        Case(name: "price at the ceiling", path: orderPath, lines: order(["{ sku: SKU-1, qty: 50, price: 10000000000000 }"]),
             error: "content/orders/O-1.md:6: error: `price`: `10000000000000` is too large: \(ceiling)"),
        Case(name: "line amount past the ceiling", path: orderPath,
             lines: order(["{ sku: SKU-1, qty: 1000000000, price: 9999999999999 }"]),
             error: "content/orders/O-1.md:6: error: the line amount 1000000000 × 9999999999999 is too large: \(ceiling)"),
        Case(name: "items summing past the ceiling", path: orderPath,
             lines: order(["{ sku: SKU-1, qty: 1000000000, price: 5000 }", "{ sku: SKU-1, qty: 1000000000, price: 5000 }"]),
             error: "content/orders/O-1.md:5: error: the items add up to more than ¥10,000,000,000,000: amounts stay below it"),
        Case(name: "order discount above the items", path: orderPath, lines: order(["{ sku: SKU-1, qty: 50 }"], ["discount: 100000000"]),
             error: "content/orders/O-1.md:7: error: `discount` 100000000 is larger than the items' sum 500.00; "
                    + "a total is never negative"),
        Case(name: "order shipping past the ceiling", path: orderPath,
             lines: order(["{ sku: SKU-1, qty: 1000000000, price: 5000 }"], ["shipping: 9999999999999"]),
             error: "content/orders/O-1.md:7: error: the total 14999999999999.00 is too large: \(ceiling)"),
        Case(name: "quote percent of 200", path: quotePath, lines: quote(["discount: { percent: 200 }"]),
             error: "content/quotes/Q-1.md:6: error: `percent` 200 is more than 100; a total is never negative"),
        Case(name: "quote amount above the subtotal", path: quotePath, lines: quote(["discount: { amount: 1000.01 }"]),
             error: "content/quotes/Q-1.md:6: error: `discount` 1000.01 is larger than the items' sum 1000.00; "
                    + "a total is never negative"),
        Case(name: "quote promotion above the subtotal", path: quotePath, lines: quote(["promotion: P-1"]),
             error: "content/quotes/Q-1.md:6: error: the discount with promotion `P-1` 5000 is larger than the items' sum "
                    + "1000.00; a total is never negative"),
        Case(name: "quote tax past the ceiling", path: quotePath, lines: quote(["tax_rate: 9999999999999"]),
             error: "content/quotes/Q-1.md:6: error: the total with tax at rate 9999999999999 is too large: \(ceiling)"),
        Case(name: "quote free line past the ceiling", path: quotePath,
             lines: quote([], item: "{ description: 印花, unit: 件, qty: 1000000000, price: 9999999999999 }"),
             error: "content/quotes/Q-1.md:5: error: the line amount 1000000000 × 9999999999999 is too large: \(ceiling)"),
    ]

    /// The minimal shop with customer C-1, promotion P-1 (¥5,000 off, no threshold) and the given files.
    static func shop(_ files: [String: String]) throws -> String {
        var all = Fixture.minimalShop
        all["content/customers/C-1.md"] = Array("---\nname: 客户一\n---\n".utf8)
        all["content/promotions/P-1.md"] = Array("---\ntitle: 立减\namount: 5000\n---\n".utf8)
        for (path, text) in files { all[path] = Array(text.utf8) }
        return try Fixture.temporaryShop(all)
    }

    static func frontMatter(_ lines: [String]) -> String { (["---"] + lines + ["---", ""]).joined(separator: "\n") }

    @Test(arguments: cases)
    func checkNamesTheLineAndExitsOne(_ testCase: Case) throws {
        let shop = try Self.shop([testCase.path: Self.frontMatter(testCase.lines)])
        let outcome = ShopCommands.check(shopPath: shop, language: .en)
        #expect(outcome.stderr == testCase.error + "\n")
        #expect(outcome.exitCode == CommandOutcome.contentErrors)
    }

    @Test func buildCheckAndReportOnTheBarcodeShopAllExitOneWithTheLine() throws {
        let shop = try Self.shop([Self.orderPath: Self.frontMatter(Self.order(["{ sku: SKU-1, qty: 6901234567892, price: 200 }"]))])
        let message = "content/orders/O-1.md:6: error: `qty` must be a whole number from 1 to 1,000,000,000, not `6901234567892`\n"
        let check = ShopCommands.check(shopPath: shop, language: .en)
        let report = ShopCommands.report(shopPath: shop, asOf: nil, language: .en)
        let output = shop + "/public"
        let build = SiteBuild.command(BuildOptions(shopPath: shop, outputPath: output), language: .en)
        #expect([check.exitCode, report.exitCode, build.exitCode] == [1, 1, 1])
        #expect(check.stderr == message)
        #expect(report.stderr == message)
        #expect(report.stdout == "")
        #expect(build.stderr.hasPrefix(message))
        #expect(!FileManager.default.fileExists(atPath: output + "/index.html"))
    }

    /// 93 orders of 1,000,000,000 × ¥9,999 each fit one by one, but not summed: the 93rd is the error, not a crash.
    @Test func ordersThatSumPastSixtyFourBitsAreAnErrorAtTheOrderThatOverflows() throws {
        var files: [String: String] = [:]
        for n in 1...93 {
            files["content/orders/O-\(String(format: "%03d", n)).md"] =
                Self.frontMatter(Self.order(["{ sku: SKU-1, qty: 1000000000, price: 9999 }"], ["tracking: SF1"]))
        }
        let shop = try Self.shop(files)
        let message = "content/orders/O-093.md:5: error: the items and shipping of the orders up to this one add up to more "
            + "than ¥922,337,203,685,477.58, more than the shop's figures can sum exactly\n"
        let check = ShopCommands.check(shopPath: shop, language: .en)
        let report = ShopCommands.report(shopPath: shop, asOf: nil, language: .en)
        #expect(check.stderr == message)
        #expect(report.stderr == message)
        #expect([check.exitCode, report.exitCode] == [1, 1])
    }

    /// The same shop less one order sums exactly: the bound refuses only what does not fit.
    @Test func ordersJustInsideSixtyFourBitsAreReportedExactly() throws {
        var files: [String: String] = [:]
        for n in 1...92 {
            files["content/orders/O-\(String(format: "%03d", n)).md"] =
                Self.frontMatter(Self.order(["{ sku: SKU-1, qty: 1000000000, price: 9999 }"], ["tracking: SF1", "shipped_at: 2025-11-20"]))
        }
        let report = ShopCommands.report(shopPath: try Self.shop(files), asOf: nil, language: .en)
        #expect(report.exitCode == 0, "\(report.stderr)")
        #expect(report.stdout.contains("\"paid_amount\": \"919908000000000.00\""))
    }

    /// Two days of Int64.max visitors passed `check` and crashed `report` summing the window.
    @Test func trafficCountsPastOneBillionAreAnErrorAtTheirRowNotACrash() throws {
        let csv = "date,sku,visitors,page_views,add_to_cart\n2025-11-28,,9223372036854775807,1,\n2025-11-29,,9223372036854775807,1,\n"
        let shop = try Self.shop(["content/data/traffic.csv": csv])
        let message = "content/data/traffic.csv:2: error: `visitors` must be at most 1,000,000,000, not `9223372036854775807`\n"
            + "content/data/traffic.csv:3: error: `visitors` must be at most 1,000,000,000, not `9223372036854775807`\n"
        let check = ShopCommands.check(shopPath: shop, language: .en)
        let report = ShopCommands.report(shopPath: shop, asOf: nil, language: .en)
        #expect([check.exitCode, report.exitCode] == [1, 1])
        #expect(check.stderr == message)
        #expect(report.stderr == message)
    }

    /// An order edited in place is patched into the last load (serve, incremental builds): an edit that makes the orders'
    /// sums overflow must be the same error as in a whole load, not a patched shop whose figures would trap.
    @Test func anEditThatOverflowsTheSumsIsAnErrorInAPatchedLoadToo() throws {
        func order(qty: Int) -> String { Self.frontMatter(Self.order(["{ sku: SKU-1, qty: \(qty), price: 9999 }"], ["tracking: SF1"])) }
        var files: [String: String] = [:]
        for n in 1...93 { files["content/orders/O-\(String(format: "%03d", n)).md"] = order(qty: n < 93 ? 1_000_000_000 : 1) }
        let shop = try Self.shop(files)
        var cache = ContentCache()
        #expect(cache.reload(shopPath: shop, options: LoadOptions()).0.shop != nil)
        try order(qty: 1_000_000_000).write(toFile: shop + "/content/orders/O-093.md", atomically: true, encoding: .utf8)
        cache.invalidate(["content/orders/O-093.md"])
        let (result, _) = cache.reload(shopPath: shop, options: LoadOptions())
        #expect(result.shop == nil, "a patched shop came back")
        #expect(result.diagnostics.errors.map(\.description) == ["content/orders/O-093.md:5: error: the items and shipping of the "
            + "orders up to this one add up to more than ¥922,337,203,685,477.58, more than the shop's figures can sum exactly"])
    }
}
