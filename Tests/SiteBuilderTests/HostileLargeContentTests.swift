import Diagnostics
import Foundation
@testable import ShopLoader
import Testing
@testable import SiteBuilder

/// Very large content: a 50 MB body, a 1 MB line, 60,000 files in one folder. Each loads (and builds) correctly;
/// the time limits only stop a hang, they are not timing assertions (generous: a clean-clone CI beside three busy
/// builds on 2 cores took over 5 minutes to write and load the 60,000 files).
@Suite(.serialized) struct HostileLargeContentTests {
    static let product = "---\ntitle: 螺丝\ntype: spot\nprice_tiers:\n  - { min: 1, price: 1 }\n---\n"

    /// About `megabytes` MB of varied Markdown ending in a marker paragraph.
    static func body(megabytes: Int) -> String {
        let paragraph = "纯棉 T 恤 **加厚** 款，*现货* 供应，详见 [规格](https://example.com/spec) 与 `HD-T001`。\n\n- 一\n- 二\n\n"
        let count = megabytes * 1_048_576 / paragraph.utf8.count + 1
        return String(repeating: paragraph, count: count) + "最后一段 END-OF-BODY\n"
    }

    @Test(.timeLimit(.minutes(20))) func fiftyMegabyteBodyLoadsAndBuilds() throws {
        let body = Self.body(megabytes: 50)
        let shop = SiteFixture.smallShop(extra: ["content/products/HD-BIG1.md": Self.product + body])
        defer { try? FileManager.default.removeItem(atPath: shop) }
        let loaded = ShopLoader.load(shopPath: shop, options: LoadOptions())
        let big = try #require(loaded.shop?.products.first { $0.sku.rawValue == "HD-BIG1" })
        #expect(big.body.utf8.count == body.utf8.count)
        #expect(big.body.hasSuffix("END-OF-BODY\n"))

        let output = SiteFixture.temporaryFolder("out") + "/public"
        defer { try? FileManager.default.removeItem(atPath: (output as NSString).deletingLastPathComponent) }
        let outcome = SiteBuild.run(BuildOptions(shopPath: shop, outputPath: output))
        #expect(outcome.exitCode == 0, "\(outcome.diagnostics.sorted.map(\.description))")
        let page = SiteFixture.text(output, "products/HD-BIG1.html")
        #expect(page.utf8.count > 50_000_000)
        #expect(page.contains("<p>最后一段 END-OF-BODY</p>"))
        #expect(page.components(separatedBy: "<strong>加厚</strong>").count - 1 == body.components(separatedBy: "**加厚**").count - 1)
    }

    @Test(.timeLimit(.minutes(2))) func oneMegabyteLineInABodyAndAFieldBuilds() throws {
        let line = String(repeating: "长", count: 350_000)  // 1,050,000 bytes, one line
        let product = "---\ntitle: 螺丝\ntype: spot\ncategory: \"\(line)\"\nprice_tiers:\n  - { min: 1, price: 1 }\n---\n\(line)\n"
        let shop = SiteFixture.smallShop(extra: ["content/products/HD-LONG.md": product])
        defer { try? FileManager.default.removeItem(atPath: shop) }
        let output = SiteFixture.temporaryFolder("out") + "/public"
        defer { try? FileManager.default.removeItem(atPath: (output as NSString).deletingLastPathComponent) }
        let outcome = SiteBuild.run(BuildOptions(shopPath: shop, outputPath: output))
        #expect(outcome.exitCode == 0, "\(outcome.diagnostics.sorted.map(\.description).prefix(5))")
        #expect(SiteFixture.text(output, "products/HD-LONG.html").contains("<p>" + line + "</p>"))
    }

    @Test(.timeLimit(.minutes(20))) func sixtyThousandFilesInOneFolderLoad() throws {
        let shop = SiteFixture.smallShop()
        defer { try? FileManager.default.removeItem(atPath: shop) }
        let folder = shop + "/content/products/bulk"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for n in 0..<60_000 {
            let sku = "HD-\(String(n + 100_000).dropFirst())"
            let text = "---\ntitle: 螺丝 \(n)\ntype: spot\nprice_tiers:\n  - { min: 1, price: \(n % 90 + 1) }\n---\n"
            guard FileManager.default.createFile(atPath: folder + "/" + sku + ".md", contents: Data(text.utf8)) else {
                Issue.record("cannot write \(sku)")
                return
            }
        }
        let loaded = ShopLoader.load(shopPath: shop, options: LoadOptions())
        #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics.sorted.prefix(3).map(\.description))")
        let shopLoaded = try #require(loaded.shop)
        #expect(shopLoaded.products.count == 60_001)
        #expect(shopLoaded.products.map(\.sku.rawValue) == shopLoaded.products.map(\.sku.rawValue).sorted())
        #expect(shopLoaded.products.first { $0.sku.rawValue == "HD-59999" }?.title == "螺丝 59999")
    }
}
