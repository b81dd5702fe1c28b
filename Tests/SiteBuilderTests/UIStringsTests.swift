import Diagnostics
import Foundation
import FrontMatter
import Testing
@testable import SiteBuilder

/// The theme's UI strings as data: templates/i18n/*.yaml, the shop's i18n/ overrides, and the errors of both.
@Suite struct UIStringsTests {
    static func build(_ shop: String) -> (BuildOutcome, String) {
        let output = SiteFixture.temporaryFolder("out") + "/public"
        return (SiteBuild.run(BuildOptions(shopPath: shop, outputPath: output)), output)
    }

    static func keys(_ locale: String) throws -> [String] {
        let bytes = try #require(FileManager.default.contents(atPath: SiteFixture.repository + "/templates/i18n/\(locale).yaml"))
        let root = try YAMLReader.parseFile(Array(bytes), path: locale)
        return try #require(root.pairs).compactMap(\.key.scalar)
    }

    @Test func bothLanguagesHaveTheSameKeysAndPlaceholders() throws {
        let zh = try Self.keys("zh-CN"), en = try Self.keys("en")
        #expect(Set(zh).count == zh.count)
        #expect(zh == en)
        let zhStrings = SiteStrings(locale: .zhCN), enStrings = SiteStrings(locale: .en)
        #expect(zhStrings.table.count == zh.count)
        func placeholders(_ text: String) -> Set<String> {
            Set(text.split(separator: "{", omittingEmptySubsequences: false).dropFirst().compactMap { $0.split(separator: "}", maxSplits: 1).first.map(String.init) })
        }
        for key in zh {
            let a = try #require(zhStrings.table[key]), b = try #require(enStrings.table[key])
            #expect(!a.other.isEmpty && !b.other.isEmpty, "\(key)")
            #expect(placeholders(a.other) == placeholders(b.other), "\(key)")
        }
    }

    /// Chinese typography as the theme writes it: a space between Han characters and Latin letters, digits or a
    /// placeholder that holds them (`应于 {date} 发货`, `剩 {count} 天`); `{region}` holds Han text itself (发往华东).
    @Test(arguments: ["应于 {date} 发货", "剩 {count} 天", "发往{region}的物流", "近 {days} 天 {region} 占"])
    func theSpacingRuleAcceptsTheThemesWriting(_ text: String) { #expect(Self.cramped(text).isEmpty) }

    @Test(arguments: [("应于{date}发货", ["于{", "}发"]), ("有效期至2025-12-05", ["至2"]), ("满5000减300", ["满5", "0减", "减3"])])
    func theSpacingRuleFindsCrampedText(_ text: String, _ found: [String]) { #expect(Self.cramped(text) == found) }

    @Test func everyZhCNStringSpacesLatinAndDigitsFromHan() {
        let strings = SiteStrings(locale: .zhCN)
        let cramped = strings.table.keys.sorted().filter { !Self.cramped(strings[$0]).isEmpty }
        #expect(cramped == [], "\(cramped.map { "\($0): \(strings[$0])" })")
    }

    /// Each Han character touching a Latin letter, digit or placeholder brace (other than `{region}`'s), as the pair.
    static func cramped(_ text: String) -> [String] {
        let scalars = Array(text.replacingOccurrences(of: "{region}", with: "华东").unicodeScalars)
        func han(_ s: Unicode.Scalar) -> Bool { (0x4E00...0x9FFF).contains(s.value) }
        func latin(_ s: Unicode.Scalar) -> Bool { s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "{" || s == "}") }
        return zip(scalars, scalars.dropFirst()).filter { (han($0) && latin($1)) || (latin($0) && han($1)) }
            .map { String(String.UnicodeScalarView([$0, $1])) }
    }

    /// Every key the Swift view models ask for by a written name is in the theme.
    @Test func everyKeyTheCodeUsesIsDefined() throws {
        let strings = SiteStrings(locale: .zhCN)
        let folder = SiteFixture.repository + "/Sources/SiteBuilder"
        let files = try #require(FileManager.default.subpaths(atPath: folder)).filter { $0.hasSuffix(".swift") }
        let pattern = try Regex(#"(?:\btext|\bt|strings)(?:\[|\.format\(|\.fill\(|\.count\()"([a-z][a-z0-9_]*)""#)
        var used: Set<String> = []
        for file in files {
            let source = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            for match in source.matches(of: pattern) {
                if let key = match.output[1].substring { used.insert(String(key)) }
            }
        }
        #expect(used.count > 40)
        // A key ending in `_` is a prefix the code completes (`"status_" + status.rawValue`): its keys are listed below.
        #expect(used.filter { !$0.hasSuffix("_") && strings.table[$0] == nil }.sorted() == [])
        let prefixed = ["status_pending_payment", "status_completed", "status_expired", "status_delisted", "tier_new", "tier_key",
                        "checks_kind_orders", "checks_kind_settings"]
        #expect(prefixed.filter { strings.table[$0] == nil } == [])
    }

    @Test func aShopKeyReplacesTheThemesAndAnUnknownKeyWarns() {
        let shop = SiteFixture.smallShop(extra: ["i18n/zh-CN.yaml": "# 本店用语\nnav_quotes: 报价管理\nnav_quote: 拼错\n"])
        let (outcome, output) = Self.build(shop)
        #expect(outcome.exitCode == 0)
        #expect(SiteFixture.text(output, "index.html").contains(">报价管理</a>"))
        #expect(!SiteFixture.text(output, "index.html").contains(">报价单</a>"))
        #expect(outcome.diagnostics.items.map(\.description).contains(
            "i18n/zh-CN.yaml:3:1: warning: 'nav_quote' is not a key of theme/i18n/zh-CN.yaml, so no template shows it (a typo?)"))
    }

    @Test func anEnglishShopReadsOnlyItsEnglishFile() {
        let shop = SiteFixture.smallShop(extra: ["content/site.yaml": "name: Test Hardware\nlocale: en\nas_of: 2025-11-30\n",
                                                 "i18n/zh-CN.yaml": "nav_quotes: 报价管理\n", "i18n/en.yaml": "nav_quotes: Offers\n"])
        let (outcome, output) = Self.build(shop)
        #expect(outcome.exitCode == 0)
        #expect(SiteFixture.text(output, "index.html").contains(">Offers</a>"))
        #expect(!SiteFixture.text(output, "index.html").contains("报价管理"))
    }

    @Test(arguments: [
        ("nav_home: [\n", "i18n/zh-CN.yaml:2:1: error: malformed YAML: did not find expected node content"),
        ("- nav_home\n", "i18n/zh-CN.yaml:1:1: error: a UI strings file is a mapping of keys to texts (`nav_home: Dashboard`)"),
        ("nav_home: 首页\nnav_quotes: [a, b]\n",
         "i18n/zh-CN.yaml:2:13: error: the text of 'nav_quotes' is a string, or `one:` and `other:` forms for a count"),
        ("nav_home: { one: 首页 }\n", "i18n/zh-CN.yaml:1:11: error: the text of 'nav_home' is a string, or `one:` and `other:` forms for a count"),
    ])
    func aBadShopFileIsAnErrorAtItsLineAndKeepsTheOutput(yaml: String, message: String) {
        let shop = SiteFixture.smallShop()
        let output = SiteFixture.temporaryFolder("out") + "/public"
        #expect(SiteBuild.run(BuildOptions(shopPath: shop, outputPath: output)).exitCode == 0)
        let before = SiteFixture.files(in: output)
        SiteFixture.write(["i18n/zh-CN.yaml": yaml], under: shop)
        let outcome = SiteBuild.run(BuildOptions(shopPath: shop, outputPath: output))
        #expect(outcome.exitCode == 1)
        #expect(outcome.diagnostics.errors.map(\.description) == [message])
        #expect(SiteFixture.files(in: output) == before)
        let check = ShopCommands.check(shopPath: shop, language: .en)
        #expect(check.exitCode == 1)
        #expect(check.stderr.contains(message), "\(check.stderr)")
    }

    @Test func aKeyNoFileDefinesIsAnErrorNamingTheKeyAndTheTemplateLine() {
        let shop = SiteFixture.smallShop(extra: [
            "templates/page.html": "{% extends \"base.html\" %}\n{% block content %}\n{% if false %}{{ t.shipping_promise }}{% endif %}\n{{ t.nav_home }}{% endblock %}\n",
        ])
        let message = "templates/page.html:3:20: error: UI string 'shipping_promise' is defined in neither theme/i18n/zh-CN.yaml nor i18n/zh-CN.yaml"
        let (outcome, _) = Self.build(shop)
        #expect(outcome.exitCode == 1)
        #expect(outcome.diagnostics.errors.map(\.description) == [message])
        let check = ShopCommands.check(shopPath: shop, language: .en)
        #expect(check.exitCode == 1)
        #expect(check.stderr.contains(message), "\(check.stderr)")
        // Defined by the shop: the same template builds.
        SiteFixture.write(["i18n/zh-CN.yaml": "shipping_promise: 48 小时发货\n"], under: shop)
        #expect(Self.build(shop).0.exitCode == 0)
    }

    @Test func aKeyAskedWithDefaultOrIsDefinedIsNotRequired() {
        let shop = SiteFixture.smallShop(extra: [
            "templates/page.html": "{% extends \"base.html\" %}\n{% block content %}{{ t.promise | default(\"\") }}{% if t.promise2 is defined %}x{% endif %}{% for t in [1] %}{{ t.anything }}{% endfor %}{% endblock %}\n",
        ])
        #expect(Self.build(shop).0.exitCode == 0)
    }
}
