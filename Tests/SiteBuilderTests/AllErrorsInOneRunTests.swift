import Foundation
import Testing
@testable import SiteBuilder

/// Every error and warning of the shop is reported in one run: an error in one file never hides the errors of
/// another (issue 15.6). Loading errors (fields, references, quantities) no longer hide the checks (banned words,
/// warnings) of the files that did load, nor the templates' errors; a failed build still leaves the output alone.
struct AllErrorsInOneRunTests {
    /// A shop with one problem of each stage in a different file.
    static func brokenShop() throws -> String {
        var files = Fixture.minimalShop
        let product = "---\ntitle: %@\ntype: spot\nmoq: 10\nlead_time_days: 3\nprice_tiers:\n  - { min: 10, price: %@ }\n"
        func p(_ title: String, _ price: String, _ more: String = "") -> String {
            String(format: product, title, price) + more + "images: [" + Fixture.fiveImages.joined(separator: ", ") + "]\n---\n"
        }
        let texts: [String: String] = [
            "content/site.yaml": "name: 测试\nas_of: 2025-11-30\nlead_time_days: { spot: 7 }\n",
            "content/customers/C-1.md": "---\nname: 客户一\n---\n",
            "content/customers/C-2.md": "---\nregion: 广东\n---\n",
            "content/products/P-1.md": p("最好的螺丝 50件起批", "2"),
            "content/products/P-2.md": p("垫片", "abc"),
            "content/products/P-3.md": p("螺母 10件起批", "1", "  - { min: 100, price: 2 }\n"),
            "content/orders/O-1.md": "---\ncustomer: C-1\ndate: 2025-11-20\nstatus: pending_payment\nitems:\n  - { sku: NOPE, qty: 50 }\n---\n",
            "content/quotes/Q-1.md": "---\ncustomer: C-1\ndate: 2025-11-25\nitems:\n  - { sku: SKU-1, qty: 5 }\n---\n",
            "templates/page.html": "{% if %}\n",
        ]
        for (path, text) in texts { files[path] = Array(text.utf8) }
        return try Fixture.temporaryShop(files)
    }

    /// Every message of the broken shop, whichever stage found it, sorted by path and line.
    static let expected = """
        content/customers/C-2.md:1: error: missing required field `name`
        content/orders/O-1.md:6: error: unknown sku `NOPE`
        content/products/P-1.md:2: error: title contains the banned absolute term "最好"
        content/products/P-2.md:7: error: `price`: `abc` is not a decimal amount
        content/products/P-3.md:8: warning: price rises with quantity: 10 件 at ¥1.00 but 100 件 at ¥2.00
        content/quotes/Q-1.md:5: error: quantity 5 of `SKU-1` is below its minimum order quantity (moq 50)
        templates/page.html:1:7: error: expected an expression, found '%}'
        """

    @Test func checkListsTheErrorsOfEveryStageAndFileAtOnce() throws {
        let shop = try Self.brokenShop()
        defer { try? FileManager.default.removeItem(atPath: shop) }
        let outcome = ShopCommands.check(shopPath: shop, language: .en)
        #expect(outcome.exitCode == CommandOutcome.contentErrors)
        #expect(outcome.stderr == Self.expected + "\n")
        #expect(outcome.stdout == "6 errors, 1 warning\n")
    }

    @Test func buildListsTheSameMessagesAndLeavesTheOutputUntouched() throws {
        let shop = try Self.brokenShop()
        defer { try? FileManager.default.removeItem(atPath: shop) }
        let output = shop + "/public"
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        try Data().write(to: URL(fileURLWithPath: output + "/.shopsite-output"))
        try Data("旧站点".utf8).write(to: URL(fileURLWithPath: output + "/index.html"))
        let outcome = SiteBuild.run(BuildOptions(shopPath: shop, outputPath: output))
        #expect(outcome.exitCode == 1)
        #expect(outcome.diagnostics.formatted(in: .en) == Self.expected)
        #expect(try String(contentsOfFile: output + "/index.html", encoding: .utf8) == "旧站点")
    }

    @Test func theSameBrokenShopGivesTheSameMessagesEveryRun() throws {
        let shop = try Self.brokenShop()
        defer { try? FileManager.default.removeItem(atPath: shop) }
        let first = ShopCommands.check(shopPath: shop, language: .en).stderr
        for _ in 0..<3 { #expect(ShopCommands.check(shopPath: shop, language: .en).stderr == first) }
    }

    @Test func aBannedTitleNoLongerHidesTemplateErrorsInABuild() throws {
        var files = Fixture.minimalShop
        files["content/products/P-1.md"] = Array("---\ntitle: 第一品牌螺丝\ntype: spot\n---\n".utf8)
        files["templates/page.html"] = Array("{% if %}\n".utf8)
        let shop = try Fixture.temporaryShop(files)
        defer { try? FileManager.default.removeItem(atPath: shop) }
        let outcome = SiteBuild.run(BuildOptions(shopPath: shop, outputPath: shop + "/public"))
        let codes = outcome.diagnostics.sorted.filter { $0.severity == .error }.map(\.code)
        #expect(codes.contains("E-BANNED-TERM"))
        #expect(codes.count == 2, "\(codes)")
    }
}
