import Diagnostics
import Foundation
@testable import ShopLoader
import Testing
@testable import SiteBuilder

/// Shop folders filled with hostile content: each ends in a clear error naming the file, or a correct build.
@Suite struct HostileContentTests {
    /// Builds `shop` into a fresh output folder.
    static func build(_ shop: String) -> (BuildOutcome, String) {
        let output = SiteFixture.temporaryFolder("out") + "/public"
        return (SiteBuild.run(BuildOptions(shopPath: shop, outputPath: output)), output)
    }

    /// The printed diagnostics, sorted.
    static func lines(_ list: DiagnosticList) -> [String] { list.sorted.map(\.description) }

    @Test func symlinkPointingOutsideTheShopIsAnErrorAndNotFollowed() throws {
        let outside = SiteFixture.write(["secret.md": "---\ntitle: 机密\ntype: spot\nprice_tiers:\n  - { min: 1, price: 1 }\n---\nSECRET-OUTSIDE\n"],
                                        under: SiteFixture.temporaryFolder("outside"))
        let shop = SiteFixture.smallShop()
        defer { try? FileManager.default.removeItem(atPath: shop); try? FileManager.default.removeItem(atPath: outside) }
        try FileManager.default.createSymbolicLink(atPath: shop + "/content/products/HD-X001.md", withDestinationPath: outside + "/secret.md")
        let result = ShopLoader.load(shopPath: shop, options: LoadOptions())
        #expect(result.shop == nil)
        #expect(Self.lines(result.diagnostics).contains { $0.hasPrefix("content/products/HD-X001.md: error: symbolic link points outside content/") })
        let (outcome, output) = Self.build(shop)
        #expect(outcome.exitCode == 1)
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test(arguments: ["images", "logo"])
    func assetPathClimbingOutIsNeitherReadNorCopied(field: String) throws {
        let product = field == "images"
            ? "---\ntitle: 螺丝\ntype: spot\nimages: [../../etc/passwd, assets/../../../etc/passwd]\nprice_tiers:\n  - { min: 1, price: 1 }\n---\n"
            : "---\ntitle: 螺丝\ntype: spot\nprice_tiers:\n  - { min: 1, price: 1 }\n---\n"
        let site = "name: 测试五金\nas_of: 2025-11-30\n" + (field == "logo" ? "logo: ../../etc/passwd\n" : "")
        let shop = SiteFixture.smallShop(extra: ["content/products/HD-X001.md": product, "content/site.yaml": site])
        defer { try? FileManager.default.removeItem(atPath: shop) }
        let (outcome, output) = Self.build(shop)
        defer { try? FileManager.default.removeItem(atPath: output) }
        let expected = field == "images"
            ? "content/products/HD-X001.md:4: warning: image \"../../etc/passwd\" does not exist under content/"
            : "content/site.yaml:3: warning: logo \"../../etc/passwd\" does not exist under content/"
        #expect(Self.lines(outcome.diagnostics).contains(expected), "\(Self.lines(outcome.diagnostics))")
        for (path, bytes) in SiteFixture.files(in: output) {
            #expect(!String(decoding: bytes, as: UTF8.self).contains("root:x:0:0"), "\(path) holds /etc/passwd")
            #expect(!path.contains("passwd"), "\(path)")
        }
    }

    @Test func idsDifferingOnlyByCaseAreAnError() throws {
        let product = "---\nsku: hd-t001\ntitle: 小写\ntype: spot\nprice_tiers:\n  - { min: 1, price: 1 }\n---\n"
        let shop = SiteFixture.smallShop(extra: ["content/products/other.md": product])
        defer { try? FileManager.default.removeItem(atPath: shop) }
        let result = ShopLoader.load(shopPath: shop, options: LoadOptions())
        #expect(result.shop == nil)
        #expect(Self.lines(result.diagnostics).contains { $0.hasPrefix("content/products/other.md:2: error: product sku `hd-t001` differs only in case from `HD-T001`") },
                "\(Self.lines(result.diagnostics))")
    }

    @Test func nulBytesAndInvalidUTF8AreErrorsNamingFileAndLine() throws {
        let shop = SiteFixture.smallShop()
        defer { try? FileManager.default.removeItem(atPath: shop) }
        let nul = Array("---\ntitle: 螺丝\ntype: spot\nnote: a".utf8) + [0] + Array("b\nprice_tiers:\n  - { min: 1, price: 1 }\n---\n".utf8)
        let bad = Array("---\ntitle: 螺丝\ntype: spot\nprice_tiers:\n  - { min: 1, price: 1 }\n---\nok\n".utf8) + [0xC3, 0x28, 10]
        try #require(FileManager.default.createFile(atPath: shop + "/content/products/HD-N001.md", contents: Data(nul)))
        try #require(FileManager.default.createFile(atPath: shop + "/content/products/HD-U001.md", contents: Data(bad)))
        let errors = DiagnosticList(ShopLoader.load(shopPath: shop, options: LoadOptions()).diagnostics.errors).sorted.map(\.description)
        #expect(errors == [
            "content/products/HD-N001.md:4:8: error: malformed YAML: control characters are not allowed (U+0000)",
            "content/products/HD-U001.md:8: error: file is not valid UTF-8 (first bad byte on this line)",
        ])
    }

    @Test func nulBytesInABodyBuild() throws {
        let product = Array("---\ntitle: 螺丝\ntype: spot\nprice_tiers:\n  - { min: 1, price: 1 }\n---\na".utf8) + [0] + Array("b\n".utf8)
        let shop = SiteFixture.smallShop()
        defer { try? FileManager.default.removeItem(atPath: shop) }
        try #require(FileManager.default.createFile(atPath: shop + "/content/products/HD-N001.md", contents: Data(product)))
        let (outcome, output) = Self.build(shop)
        defer { try? FileManager.default.removeItem(atPath: output) }
        #expect(outcome.exitCode == 0, "\(Self.lines(outcome.diagnostics))")
        #expect(SiteFixture.text(output, "products/HD-N001.html").contains("a\u{FFFD}b"))
    }

    @Test func markdownBodyKeepsNoRawHTMLOrJavascriptLinksEndToEnd() throws {
        let body = """
            正文<script>alert(1)</script>

            <img src=x onerror="alert(2)">

            <iframe src="https://evil.example/"></iframe>

            [点我](javascript:alert(3)) [也点我](JAVASCRIPT:alert(4)) ![图](javascript:alert(5))

            <a href="javascript:alert(6)">raw link</a>
            """
        let product = "---\ntitle: 螺丝\ntype: spot\nprice_tiers:\n  - { min: 1, price: 1 }\n---\n" + body + "\n"
        let shop = SiteFixture.smallShop(extra: ["content/products/HD-X001.md": product, "content/pages/about.md": "---\ntitle: 关于\n---\n" + body + "\n"])
        defer { try? FileManager.default.removeItem(atPath: shop) }
        let (outcome, output) = Self.build(shop)
        defer { try? FileManager.default.removeItem(atPath: output) }
        #expect(outcome.exitCode == 0, "\(Self.lines(outcome.diagnostics))")
        let pages = SiteFixture.files(in: output).filter { $0.key.hasSuffix(".html") }
        let productPage = SiteFixture.text(output, "products/HD-X001.html")
        #expect(productPage.contains("正文"))
        #expect(productPage.contains("点我"))
        for (path, bytes) in pages {
            let html = String(decoding: bytes, as: UTF8.self).lowercased()
            // The text between dropped tags (`alert(1)`) stays as harmless escaped text; no tag or handler survives.
            #expect(html.components(separatedBy: "<script").count - 1 == html.components(separatedBy: "<script src=").count - 1, "\(path)")
            for banned in ["<script>", "onerror", "<iframe", "javascript:", "evil.example", "<img src=x"] {
                #expect(!html.contains(banned), "\(path) contains \(banned)")
            }
        }
    }
}
