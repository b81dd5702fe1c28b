import Diagnostics
import Foundation
import Testing
@testable import SiteBuilder

/// A link under content/ must lead inside content/, one under templates/ inside that templates/: a link that
/// escapes is an error naming it and nothing it points to is published; links that stay inside keep working.
@Suite struct SymbolicLinkRuleTests {
    /// A small shop with a secret beside content/ (as `.env` lies in a shop's root) and one outside the shop.
    static func shopWithSecrets() -> (shop: String, outside: String) {
        let secret = "---\ntitle: 机密\ntype: spot\nprice_tiers:\n  - { min: 1, price: 1 }\n---\nSECRET-TOKEN\n"
        let shop = SiteFixture.smallShop(extra: [".env": secret, "shared/HD-X001.md": secret, "shared/more/HD-Y001.md": secret,
                                                 "content/pages/about.md": "---\ntitle: 关于\n---\n关于我们。\n"])
        let outside = SiteFixture.write(["secret.html": "SECRET-TOKEN", "dir/page.html": "SECRET-TOKEN"],
                                        under: SiteFixture.temporaryFolder("outside"))
        return (shop, outside)
    }

    /// Builds `shop` into a fresh output folder; the outcome, the output path and every output file's text joined.
    static func build(_ shop: String) -> (outcome: BuildOutcome, output: String, published: String) {
        let output = SiteFixture.temporaryFolder("out") + "/public"
        let outcome = SiteBuild.run(BuildOptions(shopPath: shop, outputPath: output))
        var published = ""
        if let files = FileManager.default.enumerator(atPath: output) {
            for case let file as String in files {
                published += (try? String(contentsOfFile: output + "/" + file, encoding: .utf8)) ?? ""
            }
        }
        return (outcome, output, published)
    }

    static func link(_ path: String, to target: String, in shop: String) throws {
        try FileManager.default.createDirectory(atPath: ((shop + "/" + path) as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: shop + "/" + path, withDestinationPath: target)
    }

    @Test(arguments: [
        ("content/pages/env.md", "../../.env"),
        ("content/products/HD-X001.md", "../../shared/HD-X001.md"),
        ("content/products/more", "../../shared/more"),
        ("content/site.yaml", "../shared/HD-X001.md"),
    ])
    func contentLinkLeadingOutOfContentIsAnError(link: String, target: String) throws {
        let (shop, outside) = Self.shopWithSecrets()
        defer { try? FileManager.default.removeItem(atPath: shop); try? FileManager.default.removeItem(atPath: outside) }
        if link == "content/site.yaml" { try FileManager.default.removeItem(atPath: shop + "/" + link) }
        try Self.link(link, to: target, in: shop)
        let (outcome, output, published) = Self.build(shop)
        defer { try? FileManager.default.removeItem(atPath: output) }
        #expect(outcome.exitCode == 1)
        #expect(outcome.diagnostics.errors.contains {
            $0.location?.path == link && $0.message.hasPrefix("symbolic link points outside content/")
        }, "\(outcome.diagnostics)")
        #expect(!published.contains("SECRET-TOKEN"))
    }

    @Test func assetLinkLeadingOutOfContentIsAnError() throws {
        let (shop, outside) = Self.shopWithSecrets()
        defer { try? FileManager.default.removeItem(atPath: shop); try? FileManager.default.removeItem(atPath: outside) }
        try Self.link("content/assets/secret.html", to: outside + "/secret.html", in: shop)
        let (outcome, output, published) = Self.build(shop)
        defer { try? FileManager.default.removeItem(atPath: output) }
        #expect(outcome.exitCode == 1)
        #expect(outcome.diagnostics.errors.contains { $0.location?.path == "content/assets/secret.html" })
        #expect(!published.contains("SECRET-TOKEN"))
    }

    @Test(arguments: [
        ("templates/page.html", "secret.html"),
        ("templates/partials/extra.css", "secret.html"),
        ("templates/pages", "dir"),
    ])
    func templateLinkLeadingOutOfTemplatesIsAnError(link: String, target: String) throws {
        let (shop, outside) = Self.shopWithSecrets()
        defer { try? FileManager.default.removeItem(atPath: shop); try? FileManager.default.removeItem(atPath: outside) }
        try Self.link(link, to: outside + "/" + target, in: shop)
        let (outcome, output, published) = Self.build(shop)
        defer { try? FileManager.default.removeItem(atPath: output) }
        #expect(outcome.exitCode == 1)
        #expect(outcome.diagnostics.errors.contains {
            $0.location?.path.hasPrefix(link) == true && $0.message.hasPrefix("symbolic link points outside its template folder")
        }, "\(outcome.diagnostics)")
        #expect(!published.contains("SECRET-TOKEN"))
    }

    @Test func linksThatStayInsideKeepWorking() throws {
        let (shop, outside) = Self.shopWithSecrets()
        defer { try? FileManager.default.removeItem(atPath: shop); try? FileManager.default.removeItem(atPath: outside) }
        SiteFixture.write(["content/_shared/faq.md": "---\ntitle: 常见问题\n---\nINSIDE-CONTENT-LINK\n",
                           "templates/real/page.html": "{% extends \"base.html\" %}{% block content %}INSIDE-TEMPLATE-LINK "
                               + "{{ page.body }}{% endblock %}"], under: shop)
        try Self.link("content/pages/faq.md", to: "../_shared/faq.md", in: shop)
        try Self.link("templates/page.html", to: "real/page.html", in: shop)
        let (outcome, output, _) = Self.build(shop)
        defer { try? FileManager.default.removeItem(atPath: output) }
        #expect(outcome.exitCode == 0, "\(outcome.diagnostics)")
        let faq = try String(contentsOfFile: output + "/pages/faq.html", encoding: .utf8)
        #expect(faq.contains("INSIDE-TEMPLATE-LINK") && faq.contains("INSIDE-CONTENT-LINK"))
    }
}
