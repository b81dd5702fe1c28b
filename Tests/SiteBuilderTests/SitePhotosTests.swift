import Foundation
import Testing
@testable import SiteBuilder

/// Product photos in a build: derived files and `<picture>` markup, the guide's warnings on the example's bad photo
/// only, a broken photo as an error naming it (exit 1, the output untouched), the theme's sizes.
@Suite struct SitePhotosTests {
    static let example = SiteFixture.buildExample()

    /// A small shop whose product HD-T001 lists `images`, with `files` (path → bytes) under content/.
    static func shop(images: String, files: [String: [UInt8]], templates: [String: String] = [:]) -> String {
        let product = "---\ntitle: 纯棉 T 恤 50 件起批\ntype: spot\ncategory: 服装/T恤\nmoq: 50\nlead_time_days: 3\n"
            + "price_tiers:\n  - { min: 50, price: 18 }\nimages: \(images)\n---\n好衣服。\n"
        var extra = ["content/products/HD-T001.md": product]
        for (name, text) in templates { extra["templates/" + name] = text }
        let shop = SiteFixture.smallShop(extra: extra)
        for (path, bytes) in files {
            try? FileManager.default.createDirectory(atPath: shop + "/content/" + (path as NSString).deletingLastPathComponent,
                                                     withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: shop + "/content/" + path, contents: Data(bytes))
        }
        return shop
    }

    static func photo(_ name: String) -> [UInt8] {
        Array(FileManager.default.contents(atPath: SiteFixture.repository + "/content/assets/products/" + name) ?? Data())
    }

    @Test func photoWarningsFireOnTheBadMainPhotoOnly() {
        let warnings = Self.example.0.diagnostics.warnings.map(\.description).filter { $0.contains("main image") }
        #expect(warnings == [
            "content/products/YX-L102.md:14: warning: main image \"assets/products/yx-l102-1.jpg\" is 640 × 480 pixels, under the guide's 800 × 800",
            "content/products/YX-L102.md:14: warning: hint: main image \"assets/products/yx-l102-1.jpg\" is 640 × 480, not square; catalog cards cut it square",
            "content/products/YX-L102.md:14: warning: main image \"assets/products/yx-l102-1.jpg\" is not on a white background "
                + "(edge brightness 97.4 of 255, spread 26.3); the guide asks for white",
        ])
    }

    @Test func catalogAndProductPagesServeDerivedPhotos() {
        let output = Self.example.1
        for size in ["card", "page", "zoom"] {
            for ext in ["webp", "jpg"] {
                #expect(FileManager.default.fileExists(atPath: "\(output)/photos/assets/products/yx-s101-1-jpg-\(size).\(ext)"))
            }
        }
        let catalog = SiteFixture.text(output, "products/index.html")
        #expect(catalog.contains("<picture><source type=\"image/webp\" srcset=\"../photos/assets/products/yx-s101-1-jpg-card.webp 480w\""))
        #expect(catalog.contains("<img src=\"../photos/assets/products/yx-s101-1-jpg-card.jpg\" srcset=\"../photos/assets/products/yx-s101-1-jpg-card.jpg 480w\""))
        // The first four cards of the first group load at once; the rest wait until scrolled to.
        let groups = catalog.components(separatedBy: "<section class=\"catalog-group").dropFirst()
        let first = Array(groups.first?.components(separatedBy: "<article class=\"product-card").dropFirst() ?? [])
        #expect(!first.isEmpty)
        #expect(first.prefix(4).allSatisfy { !$0.contains("loading=\"lazy\"") })
        #expect(first.dropFirst(4).allSatisfy { $0.contains("loading=\"lazy\"") })
        for group in groups.dropFirst() { #expect(group.contains("loading=\"lazy\"")) }
        let page = SiteFixture.text(output, "products/YX-L102.html")
        // 640 × 480: page and zoom are the photo's own size (never enlarged), so the srcset lists it once.
        #expect(page.contains("<source type=\"image/webp\" srcset=\"../photos/assets/products/yx-l102-1-jpg-page.webp 640w\""))
        #expect(page.contains("width=\"640\" height=\"480\" alt=\""))
        // The SVG of YX-H101 passes through untouched.
        #expect(SiteFixture.text(output, "products/YX-H101.html").contains("<img src=\"../assets/products/yx-h101-detail.svg\" alt=\"\" loading=\"lazy\">"))
    }

    @Test(arguments: [("truncated", 1024), ("text", 0), ("empty", -1)])
    func brokenPhotoIsAnErrorNamingIt(kind: String, cut: Int) {
        let good = Self.photo("yx-s101-1.jpg")
        let bytes: [UInt8] = switch kind {
        case "truncated": Array(good.prefix(cut))
        case "text": Array("不是图片".utf8)
        default: []
        }
        let shop = Self.shop(images: "[assets/a.jpg, assets/broken.jpg]", files: ["assets/a.jpg": good, "assets/broken.jpg": good])
        let output = SiteFixture.temporaryFolder("out") + "/public"
        #expect(SiteBuild.run(BuildOptions(shopPath: shop, outputPath: output)).exitCode == 0)
        let before = SiteFixture.text(output, "products/HD-T001.html")
        _ = FileManager.default.createFile(atPath: shop + "/content/assets/broken.jpg", contents: Data(bytes))
        let outcome = SiteBuild.run(BuildOptions(shopPath: shop, outputPath: output))
        #expect(outcome.exitCode == 1)
        let errors = outcome.diagnostics.errors.map(\.description)
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("content/products/HD-T001.md:9: error: image \"assets/broken.jpg\" cannot be used: ") == true, "\(errors)")
        #expect(SiteFixture.text(output, "products/HD-T001.html") == before)
    }

    @Test func theThemeNamesTheSizes() {
        let shop = Self.shop(images: "[assets/a.jpg]", files: ["assets/a.jpg": Self.photo("yx-l102-1.jpg")],
                             templates: ["photos.yaml": "card: { width: 200, height: 100, mode: fill }\npage: { width: 300, height: 300 }\nzoom: { width: 320, height: 320, mode: fit }\n"])
        let output = SiteFixture.temporaryFolder("out") + "/public"
        let outcome = SiteBuild.run(BuildOptions(shopPath: shop, outputPath: output))
        #expect(outcome.exitCode == 0, "\(outcome.diagnostics)")
        let catalog = SiteFixture.text(output, "products/index.html")
        #expect(catalog.contains("width=\"200\" height=\"100\""))
        #expect(SiteFixture.text(output, "products/HD-T001.html").contains("-page.webp 300w, ../photos/assets/a-jpg-zoom.webp 320w"))
    }

    @Test(arguments: [
        ("card: { width: 10, height: 100 }\n", "templates/photos.yaml:1: error: photos.yaml: expected width and height from 16 to 4096"),
        ("card: { width: 100, height: 100, mode: crop }\n", "templates/photos.yaml:1: error: photos.yaml: expected mode fit or fill"),
        ("- 480\n", "templates/photos.yaml:1: error: photos.yaml: expected a mapping of size names"),
        ("car.d: { width: 100, height: 100 }\n", "templates/photos.yaml:1: error: photos.yaml: expected a new size name of ASCII letters, digits and _"),
        ("卡片: { width: 100, height: 100 }\n", "templates/photos.yaml:1: error: photos.yaml: expected a new size name of ASCII letters, digits and _"),
        ("card: { width: 100, height: 100 }\ncard: { width: 200, height: 200 }\n",
         "templates/photos.yaml:2:1: error: duplicate key 'card' (first on line 1)"),
    ])
    func badThemeSizesAreErrors(text: String, expected: String) {
        let shop = Self.shop(images: "[assets/a.jpg]", files: ["assets/a.jpg": Self.photo("yx-s101-1.jpg")], templates: ["photos.yaml": text])
        let outcome = SiteBuild.run(BuildOptions(shopPath: shop, outputPath: SiteFixture.temporaryFolder("out") + "/public"))
        #expect(outcome.exitCode == 1)
        #expect(outcome.diagnostics.errors.map(\.description) == [expected])
    }
}
