import Testing
import Diagnostics
import ShopModel
@testable import shopsite

@Suite struct InvocationTests {
    @Test(arguments: [
        (["check"], Invocation.check(shop: ".")),
        (["check", "shop"], .check(shop: "shop")),
        (["report", "shop", "--as-of", "2025-11-30"], .report(shop: "shop", asOf: Day("2025-11-30"))),
        (["report", "--as-of=2025-11-30"], .report(shop: ".", asOf: Day("2025-11-30"))),
        (["build", "s", "--output", "out", "--drafts", "--audience", "public"],
         .build(shop: "s", output: "out", asOf: nil, drafts: true, audience: .public)),
        (["build"], .build(shop: ".", output: nil, asOf: nil, drafts: false, audience: .internal)),
        (["serve"], .serve(shop: ".", port: 1313)),
        (["serve", "s", "--port", "4000"], .serve(shop: "s", port: 4000)),
        (["serve", "s", "--lang", "en"], .serve(shop: "s", port: 1313, lang: .en)),
        (["serve", "--lang=zh-CN", "--port", "4000"], .serve(shop: ".", port: 4000, lang: .zhCN)),
        (["new", "product", "HD-T001"], .new(kind: "product", id: "HD-T001", shop: ".")),
        (["new", "quote", "Q-1", "shop"], .new(kind: "quote", id: "Q-1", shop: "shop")),
        (["init", "myshop"], .initShop(directory: "myshop")),
        (["import", "orders", "订单导出.xlsx"],
         .importExport(kind: .orders, file: "订单导出.xlsx", shop: ".", map: nil, dryRun: false, newCustomers: false)),
        (["import", "orders", "e.csv", "s", "--map", "m.yaml", "--dry-run", "--new-customers", "--lang", "en"],
         .importExport(kind: .orders, file: "e.csv", shop: "s", map: "m.yaml", dryRun: true, newCustomers: true, lang: .en)),
        (["import", "traffic", "t.csv", "--map=m.yaml"],
         .importExport(kind: .traffic, file: "t.csv", shop: ".", map: "m.yaml", dryRun: false, newCustomers: false)),
        (["--help"], .help()), (["check", "--help"], .help(command: "check")),
    ])
    func parses(arguments: [String], expected: Invocation) throws {
        #expect(try Invocation.parse(arguments) == expected)
    }

    @Test(arguments: [
        ([], "missing command"),
        (["deploy"], "unknown command `deploy`"),
        (["report", "--as-of", "2025-13-45"], "2025-13-45"),
        (["build", "--audience", "everyone"], "--audience must be internal or public"),
        (["serve", "--port", "70000"], "--port must be a number from 1 to 65535"),
        (["serve", "--lang", "fr"], "--lang must be zh-CN or en, not `fr`"),
        (["new", "invoice", "X"], "not `invoice`"),
        (["new", "product", "../x"], "not a valid id"),
        (["init"], "`init` needs a folder"),
        (["import", "orders"], "`import` needs orders or traffic and the export file"),
        (["import", "quotes", "q.csv"], "not `quotes`"),
        (["import", "orders", "e.csv", "--map"], "--map needs a value"),
        (["import", "orders", "e.csv", "s", "extra"], "unexpected argument `extra`"),
        (["check", "--frobnicate"], "--frobnicate"),
    ])
    func refusesBadUsage(arguments: [String], fragment: String) {
        #expect { try Invocation.parse(arguments) } throws: { error in
            (error as? UsageError)?.message.contains(fragment) == true
        }
    }
}
