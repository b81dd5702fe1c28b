import Diagnostics
import Foundation
import Testing
@testable import SiteBuilder

/// Links and image paths from content never become a URL with a scheme (`javascript:`, `data:`, `https:` without `//`):
/// Markdown links are made relative only inside the site's own folders, and logo and image paths are refused.
@Suite struct LinkSchemeTests {
    /// Markdown → the page HTML on a root-level page (`root` is empty, the case the issue reproduced) and one level down.
    @Test(arguments: [
        ("[x](/javascript:alert(document.domain)//)", "", "<p><a href=\"/javascript:alert(document.domain)//\">x</a></p>\n"),
        ("[x](/javascript:alert(document.domain)//)", "../", "<p><a href=\"/javascript:alert(document.domain)//\">x</a></p>\n"),
        ("[x](/Javascript:x/ \"/t\")", "", "<p><a href=\"/Javascript:x/\" title=\"/t\">x</a></p>\n"),
        ("[x](/data:text/html,<b>)", "", "<p><a href=\"/data:text/html,%3Cb%3E\">x</a></p>\n"),
        ("![i](/https:evil.example/x.png)", "", "<p><img src=\"/https:evil.example/x.png\" alt=\"i\" /></p>\n"),
        ("[x](/vbscript:msgbox/)", "", "<p><a href=\"/vbscript:msgbox/\">x</a></p>\n"),
        ("[x](/unknown/)", "", "<p><a href=\"/unknown/\">x</a></p>\n"),
        ("[x](/products/HD-T001/)", "", "<p><a href=\"products/HD-T001.html\">x</a></p>\n"),
        ("[x](/products/HD-T001/)", "../", "<p><a href=\"../products/HD-T001.html\">x</a></p>\n"),
        ("[x](/orders/)", "", "<p><a href=\"orders/index.html\">x</a></p>\n"),
        ("[x](/analytics/products/)", "../", "<p><a href=\"../analytics/products/index.html\">x</a></p>\n"),
        ("![i](/assets/products/a.png)", "", "<p><img src=\"assets/products/a.png\" alt=\"i\" /></p>\n"),
        ("[x](/)", "../", "<p><a href=\"../index.html\">x</a></p>\n"),
        ("[x](/index.html#top)", "", "<p><a href=\"index.html#top\">x</a></p>\n"),
        ("[x](/pages/shipping/#fees)", "", "<p><a href=\"pages/shipping.html#fees\">x</a></p>\n"),
        ("[x](https://example.com/a/)", "", "<p><a href=\"https://example.com/a/\">x</a></p>\n"),
    ])
    func markdownLinksAreRewrittenOnlyInsideTheSite(markdown: String, root: String, expected: String) {
        #expect(HTMLText.markdown(markdown, root: root) == expected)
    }

    /// Whatever follows the `/`, a rewritten link on a root-level page never starts with a scheme.
    @Test func noSiteAbsoluteLinkBecomesAURLWithAScheme() {
        let paths = ["javascript:alert(1)", "javascript:alert(1)//", "JAVASCRIPT:x/", "data:text/html,x", "a:b/", "x+y.z-1:q/",
                     "mailto:a@b.c", "products:x/", "products/x:y/", "pages/javascript:alert(1)/", "assets:/x", "https:evil.example/x.png"]
        for path in paths {
            for markdown in ["[x](/\(path))", "![x](/\(path))"] {
                let html = HTMLText.markdown(markdown, root: "")
                let value = html.split(separator: "\"").dropFirst().first.map(String.init) ?? ""
                #expect(!ContentPath.startsWithScheme(value), "\(markdown) → \(html)")
            }
        }
    }

    @Test(arguments: [
        ("https:evil.example/x.png", false), ("javascript:alert(1)", false), ("data:image/png;base64,AAAA", false),
        ("JavaScript:x", false), ("a+b.c-d:x", false), ("assets/logo.svg", true), ("assets/a:b.png", true), ("产品:1.png", true),
        ("1a:b.png", true), ("../x.png", false), ("/etc/passwd", false),
    ])
    func imagePathsWithASchemeAreNotSafe(path: String, safe: Bool) {
        #expect(ContentPath.isSafeImage(path) == safe)
    }

    /// A logo or image that reads as a URL is refused like one climbing out with `../`: a warning at its line, and
    /// no page links to it, even when a file of that name exists under content/.
    @Test(arguments: ["logo", "images"])
    func logoAndImagePathsWithASchemeAreRefused(field: String) throws {
        let hostile = ["https:evil.example/x.png", "javascript:alert(1)", "data:image/png;base64,AAAA"]
        let product = "---\ntitle: 螺丝\ntype: spot\n" + (field == "images" ? "images: [\(hostile.map { "\"\($0)\"" }.joined(separator: ", "))]\n" : "")
            + "price_tiers:\n  - { min: 1, price: 1 }\n---\n"
        let site = "name: 测试五金\nas_of: 2025-11-30\n" + (field == "logo" ? "logo: \(hostile[0])\n" : "")
        let shop = SiteFixture.smallShop(extra: ["content/products/HD-X001.md": product, "content/site.yaml": site,
                                                 "content/https:evil.example/x.png": "<svg/>", "content/javascript:alert(1)": "x"])
        let (outcome, output) = HostileContentTests.build(shop)
        let lines = HostileContentTests.lines(outcome.diagnostics)
        let expected = field == "images"
            ? hostile.map { "content/products/HD-X001.md:4: warning: image \"\($0)\" does not exist under content/" }
            : ["content/site.yaml:3: warning: logo \"\(hostile[0])\" does not exist under content/"]
        #expect(outcome.exitCode == 0)
        for line in expected { #expect(lines.contains(line), "\(lines)") }
        let checked = ShopCommands.check(shopPath: shop, language: .en)
        for line in expected { #expect(checked.stderr.contains(line), "\(checked.stderr)") }
        for (path, bytes) in SiteFixture.files(in: output) {
            let text = String(decoding: bytes, as: UTF8.self)
            for bad in ["=\"https:evil", "=\"javascript:", "=\"data:image", "\"https:evil", "\"javascript:alert"] {
                #expect(!text.contains(bad), "\(path) links \(bad)")
            }
        }
    }
}
