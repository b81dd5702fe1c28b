import Diagnostics
import Foundation
import SiteBuilder
import Testing
@testable import shopsite

/// `--lang`, `--format` and help: help in the language of the shop named, else of LANG, else English (issue 14).
@Suite struct HelpLanguageTests {
    @Test(arguments: [
        (["check", "--lang", "en"], Invocation.check(shop: ".", format: .text, lang: .en)),
        (["check", "s", "--format", "json", "--lang=zh-CN"], .check(shop: "s", format: .json, lang: .zhCN)),
        (["report", "--lang", "en"], .report(shop: ".", asOf: nil, lang: .en)),
        (["build", "s", "--lang", "zh"], .build(shop: "s", output: nil, asOf: nil, drafts: false, audience: .internal, lang: .zhCN)),
        (["check", "myshop", "--help", "--lang", "en"], .help(command: "check", shop: "myshop", lang: .en)),
        (["new", "product", "X-1", "myshop", "-h"], .help(command: "new", shop: "myshop")),
        (["init", "dir", "--help"], .help(command: "init")),
        (["help"], .help()),
    ])
    func parses(arguments: [String], expected: Invocation) throws {
        #expect(try Invocation.parse(arguments) == expected)
    }

    @Test(arguments: [
        (["check", "--format", "xml"], "--format must be text or json, not `xml`"),
        (["check", "--lang", "fr"], "--lang must be zh-CN or en, not `fr`"),
        (["serve", "--lang", "fr"], "--lang must be zh-CN or en, not `fr`"),
        (["serve", "--format", "json"], "unknown option `--format` for `serve`"),
    ])
    func refusesBadOptions(arguments: [String], message: String) {
        #expect { try Invocation.parse(arguments) } throws: { ($0 as? UsageError)?.message == message }
    }

    @Test func aUsageErrorAfterLangIsPrintedInThatLanguage() {
        #expect { try Invocation.parse(["check", "--lang", "zh-CN", "a", "b"]) } throws: { error in
            guard let error = error as? UsageError, let lang = error.lang else { return false }
            return MessageCatalog.text(error.code, error.arguments, in: lang) == "`check` 不接受多余的参数 `b`"
        }
    }

    /// A usage error names the shop the arguments gave, so its locale (not the current folder's) picks the language.
    @Test(arguments: [
        (["build", "myshop", "--as-of", "2025/11/30"], "myshop"),
        (["check", "--bogus", "myshop"], "myshop"),
        (["new", "product", "X-1", "myshop", "--bogus"], "myshop"),
        (["import", "orders", "export.csv", "myshop", "--bogus"], "myshop"),
        (["report", "--bogus"], nil),
        (["init", "dir", "--bogus"], nil),
    ] as [([String], String?)])
    func aUsageErrorNamesTheShopGiven(arguments: [String], shop: String?) {
        #expect { try Invocation.parse(arguments) } throws: { ($0 as? UsageError)?.shop == shop }
    }

    @Test func everyCommandHasItsOwnHelpInBothLanguages() {
        for command in ["build", "check", "report", "serve", "new", "init", "import", "pdf"] {
            #expect(MessageCatalog.text("H-USAGE", in: .en).contains("shopsite \(command) "), "the usage lists \(command)")
            #expect(MessageCatalog.text("H-USAGE", in: .zhCN).contains("shopsite \(command) "), "the usage lists \(command)")
            let code = Invocation.helpCode(for: command)
            #expect(code != "H-USAGE")
            #expect(MessageCatalog.text(code, in: .en).hasPrefix("usage: shopsite \(command)"))
            #expect(MessageCatalog.text(code, in: .zhCN).hasPrefix("用法：shopsite \(command)"))
        }
        #expect(Invocation.helpCode(for: nil) == "H-USAGE")
        #expect(MessageCatalog.text("H-USAGE", in: .en).contains("--format text|json"))
    }

    @Test func helpFollowsTheShopThenLangThenEnglish() throws {
        let shop = FileManager.default.temporaryDirectory.appendingPathComponent("shopsite-help-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: shop) }
        try FileManager.default.createDirectory(at: shop.appendingPathComponent("content"), withIntermediateDirectories: true)
        try Data("name: 测试\n".utf8).write(to: shop.appendingPathComponent("content/site.yaml"))
        let english = { (name: String) -> String? in name == "LANG" ? "en_US.UTF-8" : nil }
        let chinese = { (name: String) -> String? in name == "LANG" ? "zh_CN.UTF-8" : nil }
        // The shop has no locale: zh-CN, the contract's default, whatever LANG says.
        #expect(MessageLanguage.forHelp(explicit: nil, shopPath: shop.path, environment: english) == .zhCN)
        #expect(MessageLanguage.forHelp(explicit: .en, shopPath: shop.path, environment: english) == .en)
        try Data("name: test\nlocale: en\n".utf8).write(to: shop.appendingPathComponent("content/site.yaml"))
        #expect(MessageLanguage.forHelp(explicit: nil, shopPath: shop.path, environment: chinese) == .en)
        #expect(MessageLanguage.forHelp(explicit: nil, shopPath: nil, environment: chinese) == .zhCN)
        #expect(MessageLanguage.forHelp(explicit: nil, shopPath: shop.path + "/missing", environment: chinese) == .zhCN)
        #expect(MessageLanguage.forHelp(explicit: nil, shopPath: nil, environment: { _ in "C.UTF-8" }) == .en)
        #expect(MessageLanguage.forHelp(explicit: nil, shopPath: nil, environment: { _ in nil }) == .en)
    }

    /// The usage's `import` line says what it reads, as the Chinese one does (导入平台导出的订单或流量); it ended in
    /// "platform exports in".
    @Test func theImportLineOfTheUsageIsWhole() throws {
        let usage = MessageCatalog.text("H-USAGE", in: .en).split(separator: "\n")
        let line = try #require(usage.first { $0.contains("shopsite import") })
        #expect(line.hasSuffix("[--new-customers]   a platform's order or traffic export"), "\(line)")
        let chinese = MessageCatalog.text("H-USAGE", in: .zhCN).split(separator: "\n")
        #expect(chinese.contains { $0.contains("shopsite import") && $0.hasSuffix("导入平台导出的订单或流量") })
    }
}
