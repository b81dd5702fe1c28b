import Foundation
import Testing
@testable import SiteBuilder

/// `check --format json` carries every diagnostic as valid JSON, and `check`, `build` and `report` speak the
/// language of `--lang`, else of site.yaml's `locale`, else of the environment (issue 14).
struct CheckLanguageTests {
    /// A shop with errors, warnings, a knock-on note and a message without a line.
    static func troubledShop(siteYAML: String = "name: 测试\nas_of: 2025-11-30\n") throws -> String {
        var files = Fixture.minimalShop
        let more = [
            "content/site.yaml": siteYAML,
            "content/customers/C-1.md": "---\nname: [客户\n---\n",
            "content/orders/O-1.md": "---\ncustomer: C-1\ndate: 2025-11-01\nstatus: shipped\nitems:\n  - { sku: NOPE, qty: 50, colour: red }\n---\n",
            "content/products/SKU-2.md": "---\ntitle: \"引号 \\\" 与\\t制表符\"\ntype: spot\ncolour: red\n---\n",
            "content/pages/empty.md": "",
            // A reference holding a quote, a backslash and a tab, which the JSON must escape.
            "content/quotes/Q-1.md": "---\ncustomer: \"C\\\"\\\\\\t2\"\ndate: 2025-11-25\nitems:\n  - { sku: SKU-1, qty: 50 }\n---\n",
        ]
        for (path, text) in more { files[path] = Array(text.utf8) }
        return try Fixture.temporaryShop(files)
    }

    @Test func jsonOutputIsOneValidArrayCarryingEveryDiagnosticAndNote() throws {
        let shop = try Self.troubledShop()
        let text = ShopCommands.check(shopPath: shop, language: .en)
        let json = ShopCommands.check(shopPath: shop, language: .en, format: .json)
        #expect(json.exitCode == CommandOutcome.contentErrors)
        #expect(json.stderr == text.stdout)
        let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8))
        let entries = try #require(parsed as? [[String: Any]])
        // One entry per printed line: each diagnostic, then each of its notes.
        let lines = text.stderr.split(separator: "\n")
        #expect(entries.count == lines.count)
        for (entry, line) in zip(entries, lines) {
            #expect(Set(entry.keys) == ["path", "line", "column", "severity", "code", "message"])
            let path = entry["path"] as? String ?? ""
            let message = try #require(entry["message"] as? String)
            let severity = try #require(entry["severity"] as? String)
            #expect(line.hasSuffix("\(severity): \(message)"), "\(line)")
            #expect(line.trimmingCharacters(in: .whitespaces).hasPrefix(path), "\(line)")
            #expect((entry["code"] as? String)?.isEmpty == false)
        }
        let codes = entries.compactMap { $0["code"] as? String }
        #expect(entries.contains { $0["message"] as? String == "unknown customer `C\"\\\t2`" }, "\(json.stdout)")
        #expect(codes.contains("E-YAML-SYNTAX") && codes.contains("N-KNOCK-ON") && codes.contains("W-UNKNOWN-KEY"))
        // A message about a whole file has no line or column: null, not 0.
        let wholeFile = try #require(entries.first { $0["code"] as? String == "E-EMPTY-FILE" })
        #expect(wholeFile["path"] as? String == "content/pages/empty.md")
        #expect(wholeFile["line"] is NSNull)
        #expect(wholeFile["column"] is NSNull)
    }

    @Test func jsonOfACleanShopIsAnEmptyArray() throws {
        let shop = try Fixture.temporaryShop(Fixture.minimalShop)  // its product passes every check
        let json = ShopCommands.check(shopPath: shop, format: .json)
        #expect(json.stdout == "[]\n")
        #expect(json.exitCode == 0)
    }

    @Test func withoutLangAShopWithoutLocaleSpeaksChineseAndLocaleEnSpeaksEnglish() throws {
        let chinese = ShopCommands.check(shopPath: try Self.troubledShop())
        #expect(chinese.stderr.contains("error: 未知的商品 sku `NOPE`"), "\(chinese.stderr)")
        #expect(chinese.stdout == "4 个错误，6 个警告\n")
        let english = ShopCommands.check(shopPath: try Self.troubledShop(siteYAML: "name: 测试\nas_of: 2025-11-30\nlocale: en\n"))
        #expect(english.stderr.contains("error: unknown sku `NOPE`"), "\(english.stderr)")
        #expect(english.stdout == "4 errors, 6 warnings\n")
        let overridden = ShopCommands.check(shopPath: try Self.troubledShop(siteYAML: "name: 测试\nlocale: en\n"), language: .zhCN)
        #expect(overridden.stderr.contains("error: 未知的商品 sku `NOPE`"))
    }

    @Test func aBrokenSiteYAMLFallsBackToTheEnvironmentThenToChinese() throws {
        let shop = try Fixture.temporaryShop(["content/site.yaml": Array("name: [测试\nlocale: en\n".utf8)])
        #expect(MessageLanguage.forShop(explicit: nil, shopPath: shop, environment: { $0 == "LANG" ? "en_US.UTF-8" : nil }) == .en)
        #expect(MessageLanguage.forShop(explicit: nil, shopPath: shop, environment: { _ in nil }) == .zhCN)
        #expect(MessageLanguage.forShop(explicit: .en, shopPath: shop, environment: { _ in "zh_CN.UTF-8" }) == .en)
        let badLocale = try Fixture.temporaryShop(["content/site.yaml": Array("name: 测试\nlocale: fr\n".utf8)])
        #expect(MessageLanguage.forShop(explicit: nil, shopPath: badLocale, environment: { _ in "en_US" }) == .en)
        let checked = ShopCommands.check(shopPath: badLocale, language: .zhCN)
        #expect(checked.stderr.contains("content/site.yaml:2: error: `locale` 必须是 zh-CN, en 之一，而不是 `fr`"), "\(checked.stderr)")
    }

    @Test func buildAndReportPrintInTheChosenLanguage() throws {
        let shop = try Self.troubledShop()
        let build = SiteBuild.command(BuildOptions(shopPath: shop, outputPath: TestScratch.path("out")), language: .zhCN)
        #expect(build.exitCode == CommandOutcome.contentErrors)
        #expect(build.stderr.hasSuffix("生成失败：4 个错误；之前的输出保持不变\n"), "\(build.stderr)")
        #expect(build.stderr.contains("content/customers/C-1.md:3:1: error: YAML 格式错误："))
        let englishBuild = SiteBuild.command(BuildOptions(shopPath: shop, outputPath: TestScratch.path("out")), language: .en)
        #expect(englishBuild.stderr.hasSuffix("build failed: 4 errors; the previous output is unchanged\n"))
        let report = ShopCommands.report(shopPath: shop, asOf: nil, language: .zhCN)
        #expect(report.stderr.contains("error: 未知的商品 sku `NOPE`"))
    }
}
