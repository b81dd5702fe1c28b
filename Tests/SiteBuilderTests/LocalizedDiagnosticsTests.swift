import Foundation
import Testing
@testable import SiteBuilder

/// The most common diagnostics, each from a small shop: its code, its Chinese line and its English line, printed by
/// `check` with `--lang zh-CN` and `--lang en`, and found by code in `check --format json` (issue 14).
struct LocalizedDiagnosticsTests {
    /// One row of the table: files added to a minimal shop, and the diagnostic they cause.
    struct Row: Sendable, CustomTestStringConvertible {
        let files: [String: String]
        let code: String
        let zh: String
        let en: String
        var testDescription: String { code }
    }

    static let customer = ["content/customers/C-1.md": "---\nname: 客户一\n---\n"]

    static let washer = ["content/products/SKU-2.md": "---\ntitle: 垫片\ntype: spot\nmoq: 20\nprice_tiers:\n  - { min: 20, price: 1 }\n---\n"]

    static let quote = customer.merging(["content/quotes/Q-1.md":
        "---\ncustomer: C-1\ndate: 2025-11-25\nitems:\n  - { sku: SKU-2, qty: 10 }\n---\n"]) { a, _ in a }

    static func order(_ lines: String, items: String = "  - { sku: SKU-1, qty: 50 }") -> [String: String] {
        customer.merging(["content/orders/O-1.md": "---\ncustomer: C-1\ndate: 2025-11-01\n\(lines)items:\n\(items)\n---\n"]) { a, _ in a }
    }

    static let rows: [Row] = [
        Row(files: order("status: pending_payment\n", items: "  - { sku: NOPE, qty: 50 }"), code: "E-UNKNOWN-SKU",
            zh: "content/orders/O-1.md:6: error: 未知的商品 sku `NOPE`", en: "content/orders/O-1.md:6: error: unknown sku `NOPE`"),
        Row(files: order("status: shipped\nship_by: 2025-11-01\nshipped_at: 2025-11-03\ntracking: SF1\n"), code: "W-LATE-ORDER",
            zh: "content/orders/O-1.md:6: warning: 订单 2025-11-03 发货，晚于最迟发货日 2025-11-01 2 天",
            en: "content/orders/O-1.md:6: warning: order shipped on 2025-11-03, 2 days after its ship-by date 2025-11-01"),
        Row(files: order("status: pending_payment\n", items: "  - { sku: SKU-1, qty: 0 }"), code: "E-QTY-RANGE",
            zh: "content/orders/O-1.md:6: error: `qty` 必须是 1 到 1,000,000,000 之间的整数，而不是 `0`",
            en: "content/orders/O-1.md:6: error: `qty` must be a whole number from 1 to 1,000,000,000, not `0`"),
        Row(files: quote.merging(washer) { a, _ in a }, code: "E-BELOW-MOQ",
            zh: "content/quotes/Q-1.md:5: error: `SKU-2` 的数量 10 低于最小起订量（moq 20）",
            en: "content/quotes/Q-1.md:5: error: quantity 10 of `SKU-2` is below its minimum order quantity (moq 20)"),
        Row(files: order("status: pending_payment\n", items: "  - { sku: SKU-1, qty: 10 }"), code: "E-BELOW-FIRST-TIER",
            zh: "content/orders/O-1.md:6: error: 这一行没有价格：数量 10 低于 `SKU-1` 的第一个价格阶梯（min 50）；请填写 `price`",
            en: "content/orders/O-1.md:6: error: no price for this item: quantity 10 is below the first price tier of `SKU-1` (min 50); "
                + "write a `price`"),
        Row(files: ["content/customers/C-1.md": "---\nname: [客户\n---\n"], code: "E-YAML-SYNTAX",
            zh: "content/customers/C-1.md:3:1: error: YAML 格式错误：did not find expected ',' or ']'",
            en: "content/customers/C-1.md:3:1: error: malformed YAML: did not find expected ',' or ']'"),
        Row(files: ["content/customers/C-1.md": "---\nregion: 广东\n---\n"], code: "E-MISSING-FIELD",
            zh: "content/customers/C-1.md:1: error: 缺少必填字段 `name`", en: "content/customers/C-1.md:1: error: missing required field `name`"),
        Row(files: ["content/customers/C-1.md": "---\nid: \(String(repeating: "A", count: 130))\nname: 客户\n---\n"], code: "E-ID-TOO-LONG",
            zh: "content/customers/C-1.md:2: error: 客户 id `AAAAAAAAAAAAAAAAAAAA…` 长 130 个字符；编号最多 100 个字符（它会成为文件名）",
            en: "content/customers/C-1.md:2: error: customer id `AAAAAAAAAAAAAAAAAAAA…` is 130 characters long; an id has at most 100 "
                + "(it becomes a file name)"),
        Row(files: ["content/customers/C-1.md": "---\nname: 客户\nsince: 2025-02-30\n---\n"], code: "E-DATE-FORMAT",
            zh: "content/customers/C-1.md:3: error: `since`：`2025-02-30` 不是有效日期（YYYY-MM-DD）",
            en: "content/customers/C-1.md:3: error: `since`: `2025-02-30` is not a valid date (YYYY-MM-DD)"),
        Row(files: ["content/products/SKU-2.md": "---\ntitle: 全网最低价螺丝\ntype: spot\nprice_tiers:\n  - { min: 1, price: 1 }\n---\n"],
            code: "E-BANNED-TERM", zh: "content/products/SKU-2.md:2: error: 标题含有禁用的绝对化用语“最低价”",
            en: "content/products/SKU-2.md:2: error: title contains the banned absolute term \"最低价\""),
        Row(files: order("status: pending_payment\n", items: "  - { sku: SKU-1, qty: 50, colour: red }"), code: "W-UNKNOWN-KEY",
            zh: "content/orders/O-1.md:6: warning: 明细行 中有未知的键 `colour`，已忽略",
            en: "content/orders/O-1.md:6: warning: unknown key `colour` in an item; ignored"),
        Row(files: ["content/customers/c-2.md": "---\nid: C-1\nname: 重复\n---\n"].merging(customer) { a, _ in a }, code: "E-DUPLICATE-ID",
            zh: "content/customers/c-2.md:2: error: 客户 id `C-1` 重复：content/customers/C-1.md:1 中也有",
            en: "content/customers/c-2.md:2: error: duplicate customer id `C-1`: also in content/customers/C-1.md:1"),
    ]

    static func shop(_ files: [String: String]) throws -> String {
        var all = Fixture.minimalShop
        for (path, text) in files { all[path] = Array(text.utf8) }
        return try Fixture.temporaryShop(all)
    }

    @Test(arguments: rows)
    func printsTheCodesTextInEachLanguage(row: Row) throws {
        let shop = try Self.shop(row.files)
        let zh = ShopCommands.check(shopPath: shop, language: .zhCN)
        #expect(zh.stderr.split(separator: "\n").map(String.init).contains(row.zh), "\(zh.stderr)")
        let en = ShopCommands.check(shopPath: shop, language: .en)
        #expect(en.stderr.split(separator: "\n").map(String.init).contains(row.en), "\(en.stderr)")
        let json = ShopCommands.check(shopPath: shop, language: .zhCN, format: .json)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let zhText = String(try #require(row.zh.split(separator: ": ", maxSplits: 2).last))
        #expect(entries.contains { $0["code"] as? String == row.code && $0["message"] as? String == zhText }, "\(json.stdout)")
    }
}

/// `new` and `init` speak the shop's language too (the example shop `init` makes is zh-CN).
struct LocalizedScaffoldTests {
    @Test func newSpeaksTheShopsLanguage() throws {
        let shop = try ScaffoldSupport.initialisedShop()
        defer { ScaffoldSupport.remove(shop) }
        let created = Scaffold.newCommand(kind: "product", id: "HD-T077", shopPath: shop, today: ScaffoldSupport.today)
        #expect(created == CommandOutcome(stdout: "已创建 content/products/HD-T077.md\n", exitCode: 0))
        let again = Scaffold.newCommand(kind: "product", id: "HD-T077", shopPath: shop, today: ScaffoldSupport.today)
        #expect(again.stderr == "content/products/HD-T077.md: error: 已存在\n")
        let badKind = Scaffold.newCommand(kind: "page", id: "x", shopPath: shop)
        #expect(badKind.stderr == "error: `new` 只能创建 product, customer, order, quote, promotion，不能创建 `page`\n")
    }

    @Test func initSpeaksTheLanguageAskedFor() throws {
        let folder = TestScratch.path("init")
        let outcome = Scaffold.initCommand(directory: folder, today: ScaffoldSupport.today, language: .zhCN)
        #expect(outcome.stdout.hasPrefix("已在 \(folder) 新建店铺：site.yaml、2 个商品"), "\(outcome.stdout)")
        let refused = Scaffold.initCommand(directory: folder, today: ScaffoldSupport.today, language: .zhCN)
        #expect(refused.stderr.hasPrefix("\(folder): error: 已存在且不是空的"), "\(refused.stderr)")
    }
}
