import Foundation
import Testing
@testable import Photos
@testable import SiteBuilder

/// `check` reads the photos' headers (the size warnings and broken files, no pixels, nothing written), and a shop whose
/// cache folder cannot be written builds with the cache beside the output, or under `$TMPDIR`.
@Suite struct PhotoCheckAndCacheTests {
    static let small = "content/products/HD-T001.md:9: warning: main image \"assets/a.jpg\" is 640 × 480 pixels, under the guide's 800 × 800"
    static let notSquare = "content/products/HD-T001.md:9: warning: hint: main image \"assets/a.jpg\" is 640 × 480, not square; catalog cards cut it square"

    static func photoLines(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init).filter { $0.contains("main image") || $0.contains("cannot be used") }
    }

    @Test func checkGivesTheSizeWarningsFromTheHeaderAndWritesNothing() {
        let shop = SitePhotosTests.shop(images: "[assets/a.jpg]", files: ["assets/a.jpg": SitePhotosTests.photo("yx-l102-1.jpg")])
        let outcome = ShopCommands.check(shopPath: shop, language: .en)
        #expect(outcome.exitCode == 0)
        // The background (edge brightness 97.4) needs the pixels: only the build says it.
        #expect(Self.photoLines(outcome.stderr) == [Self.small, Self.notSquare])
        #expect(!FileManager.default.fileExists(atPath: shop + "/.shopsite-cache"), "check decodes and caches nothing")
        let build = SiteBuild.run(BuildOptions(shopPath: shop, outputPath: SiteFixture.temporaryFolder("out") + "/public"))
        let warnings = build.diagnostics.warnings.map(\.description).filter { $0.contains("main image") }
        #expect(warnings.count == 3 && warnings.contains(Self.small) && warnings.contains(Self.notSquare))
        #expect(warnings.contains { $0.contains("is not on a white background (edge brightness 97.4 of 255, spread 26.3)") })
    }

    /// A photo that is a link out of content/ is the walker's error alone: its target (here a truncated JPEG, which
    /// would be "cannot be used") is never opened. A link that stays inside content/ is read as its target.
    @Test func aLinkOutOfContentIsNotRead() throws {
        let shop = SitePhotosTests.shop(images: "[assets/a.jpg, assets/b.jpg]",
                                        files: ["assets/b.jpg": SitePhotosTests.photo("yx-l102-1.jpg")])
        let outside = shop + "/outside.jpg", bytes = SitePhotosTests.photo("yx-s101-1.jpg")
        #expect(FileManager.default.createFile(atPath: outside, contents: Data(bytes.prefix(bytes.count / 2))))
        try FileManager.default.createSymbolicLink(atPath: shop + "/content/assets/a.jpg", withDestinationPath: outside)
        let outcome = ShopCommands.check(shopPath: shop, language: .en)
        #expect(outcome.exitCode == 1)
        #expect(outcome.stderr.contains("content/assets/a.jpg: error:"), "the walker names the link")
        #expect(!outcome.stderr.contains("\"assets/a.jpg\" cannot be used"), "its target is not opened")
        try FileManager.default.removeItem(atPath: shop + "/content/assets/a.jpg")
        try FileManager.default.createSymbolicLink(atPath: shop + "/content/assets/a.jpg", withDestinationPath: "b.jpg")
        let inside = ShopCommands.check(shopPath: shop, language: .en)
        #expect(Self.photoLines(inside.stderr) == [Self.small, Self.notSquare], "a link inside content/ is read")
    }

    @Test func checkIsQuietOnAGoodPhoto() {
        let shop = SitePhotosTests.shop(images: "[assets/a.jpg]", files: ["assets/a.jpg": SitePhotosTests.photo("yx-s101-1.jpg")])
        let outcome = ShopCommands.check(shopPath: shop, language: .en)
        #expect(outcome.exitCode == 0)
        #expect(Self.photoLines(outcome.stderr).isEmpty, "\(outcome.stderr)")
    }

    @Test(arguments: [("truncated", "the JPEG data is truncated (no end-of-image marker)"), ("text", "not an image"), ("empty", "the file is empty")])
    func checkNamesABrokenPhoto(kind: String, reason: String) {
        let good = SitePhotosTests.photo("yx-s101-1.jpg")
        let bytes: [UInt8] = switch kind {
        case "truncated": Array(good.prefix(good.count / 2))
        case "text": Array("不是图片".utf8)
        default: []
        }
        let shop = SitePhotosTests.shop(images: "[assets/a.jpg, assets/broken.jpg]", files: ["assets/a.jpg": good, "assets/broken.jpg": bytes])
        let outcome = ShopCommands.check(shopPath: shop, language: .en)
        #expect(outcome.exitCode == 1)
        #expect(Self.photoLines(outcome.stderr) == ["content/products/HD-T001.md:9: error: image \"assets/broken.jpg\" cannot be used: \(reason)"])
    }

    /// A shop whose cache folder cannot be made (a file in its place stops even root; as another user the whole shop is
    /// made read-only too): the build succeeds with the cache beside the output, and its photos are links of that cache.
    @Test func aReadOnlyShopBuildsWithTheCacheBesideTheOutput() throws {
        let shop = SitePhotosTests.shop(images: "[assets/a.jpg]", files: ["assets/a.jpg": SitePhotosTests.photo("yx-s101-1.jpg")])
        #expect(FileManager.default.createFile(atPath: shop + "/.shopsite-cache", contents: Data("not a folder".utf8)))
        let readOnly = getuid() != 0
        if readOnly { _ = chmodTree(shop, writable: false) }
        defer { if readOnly { _ = chmodTree(shop, writable: true) } }
        let parent = SiteFixture.temporaryFolder("out")
        for _ in 1...2 {
            let outcome = SiteBuild.run(BuildOptions(shopPath: shop, outputPath: parent + "/public"))
            #expect(outcome.exitCode == 0, "\(outcome.diagnostics.errors)")
        }
        let cache = parent + "/.public.shopsite-cache/images"
        let cached = (try? FileManager.default.contentsOfDirectory(atPath: cache)) ?? []
        #expect(cached.filter { $0.hasSuffix("-card.webp") }.count == 1, "\(cached)")
        var published = stat(), source = stat()
        let card = try #require(cached.first { $0.hasSuffix("-card.webp") })
        #expect(lstat(parent + "/public/photos/assets/a-jpg-card.webp", &published) == 0 && lstat(cache + "/" + card, &source) == 0)
        #expect(published.st_ino == source.st_ino, "a link of the fallback cache")
    }

    /// When neither the shop nor the output's parent can hold the cache, it goes under `$TMPDIR`, named by the shop.
    @Test func theLastFallbackIsUnderTemporaryFiles() {
        let root = SiteFixture.temporaryFolder("cachefolders")
        let shop = root + "/shop", output = root + "/site/public"
        try? FileManager.default.createDirectory(atPath: shop, withIntermediateDirectories: true)
        try? FileManager.default.createDirectory(atPath: root + "/site", withIntermediateDirectories: true)
        let all = PhotoCacheFolder.candidates(shopPath: shop, outputPath: output)
        #expect(all.count == 3)
        #expect(all[0] == shop + "/.shopsite-cache/images" && all[1] == root + "/site/.public.shopsite-cache/images")
        let parts = all[2].split(separator: "/").map(String.init)
        #expect(parts.suffix(3).first == "shopsite-cache-\(getuid())" && parts.last == "images")
        #expect(PhotoCacheFolder.choose(shopPath: shop, outputPath: output) == all[0])
        #expect(FileManager.default.fileExists(atPath: all[0]), "made when missing")
        try? FileManager.default.removeItem(atPath: shop + "/.shopsite-cache")
        _ = FileManager.default.createFile(atPath: shop + "/.shopsite-cache", contents: Data())
        #expect(PhotoCacheFolder.choose(shopPath: shop, outputPath: output) == all[1])
        try? FileManager.default.removeItem(atPath: root + "/site/.public.shopsite-cache")
        _ = FileManager.default.createFile(atPath: root + "/site/.public.shopsite-cache", contents: Data())
        #expect(PhotoCacheFolder.choose(shopPath: shop, outputPath: output) == all[2])
        #expect(PhotoCacheFolder.candidates(shopPath: shop, outputPath: output) == all, "the same shop always names the same folders")
    }

    /// `chmod -R a-w` (or `u+w` back) on `root`.
    func chmodTree(_ root: String, writable: Bool) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/chmod")
        process.arguments = ["-R", writable ? "u+w" : "a-w", root]
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
