import Foundation
import Testing
@testable import SiteBuilder

/// A shop-level i18n/zh-CN.yaml that renames one label changes exactly that label, on every page that shows it.
@Suite struct ShopStringOverrideTests {
    /// A copy of the example shop's content/, with `extra` files written beside it.
    static func exampleCopy(_ extra: [String: String]) throws -> String {
        let root = SiteFixture.temporaryFolder("example")
        try FileManager.default.copyItem(atPath: SiteFixture.repository + "/content", toPath: root + "/content")
        return SiteFixture.write(extra, under: root)
    }

    static func build(_ shop: String) -> (BuildOutcome, String) {
        let output = SiteFixture.temporaryFolder("out") + "/public"
        return (SiteBuild.run(BuildOptions(shopPath: shop, outputPath: output)), output)
    }

    @Test func renamingOneLabelChangesExactlyThatLabelEverywhere() throws {
        let (plain, before) = Self.build(try Self.exampleCopy([:]))
        let (renamed, after) = Self.build(try Self.exampleCopy(["i18n/zh-CN.yaml": "nav_quotes: 报价管理\n"]))
        #expect(plain.exitCode == 0 && renamed.exitCode == 0)
        let old = SiteFixture.files(in: before), new = SiteFixture.files(in: after)
        #expect(Set(old.keys) == Set(new.keys))
        var changedPages = 0
        for (path, bytes) in new.sorted(by: { $0.key < $1.key }) {
            let text = String(decoding: bytes, as: UTF8.self), original = String(decoding: old[path] ?? [], as: UTF8.self)
            #expect(!original.contains("报价管理"), "\(path)")
            // Putting the theme's label back gives the original bytes: nothing else changed.
            #expect(text.replacingOccurrences(of: "报价管理", with: "报价单") == original, "\(path)")
            if text != original { changedPages += 1 }
            // Every page with the main navigation shows the new label there, and the old one nowhere in it.
            if path.hasSuffix(".html"), original.contains("<nav class=\"site-nav\"") {
                #expect(text.contains(">报价管理</a>"), "\(path)")
                #expect(!text.contains(">报价单</a>"), "\(path)")
            }
        }
        let navPages = old.filter { $0.key.hasSuffix(".html") && String(decoding: $0.value, as: UTF8.self).contains("<nav class=\"site-nav\"") }
        #expect(navPages.count > 40)
        #expect(changedPages >= navPages.count)
    }
}
