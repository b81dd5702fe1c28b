import Foundation
import Testing
@testable import SiteBuilder

/// A broken photo is reported in the same run as the shop's other errors (a field another file gets wrong, a banned
/// title), by `check` and by `build`, and its reason reads in the merchant's language.
struct PhotoErrorsBehindOtherErrorsTests {
    /// `AllErrorsInOneRunTests`' broken shop plus a product whose second image is a JPEG cut in half.
    static func shopWithABrokenPhoto() throws -> String {
        let shop = try AllErrorsInOneRunTests.brokenShop()
        let product = "---\ntitle: 弹簧垫圈 10件起批\ntype: spot\nmoq: 10\nlead_time_days: 3\nprice_tiers:\n  - { min: 10, price: 1 }\n"
            + "images: [assets/broken.jpg]\n---\n"
        try Data(product.utf8).write(to: URL(fileURLWithPath: shop + "/content/products/P-4.md"))
        let good = SitePhotosTests.photo("yx-s101-1.jpg")
        try FileManager.default.createDirectory(atPath: shop + "/content/assets", withIntermediateDirectories: true)
        try Data(good.prefix(good.count / 2)).write(to: URL(fileURLWithPath: shop + "/content/assets/broken.jpg"))
        return shop
    }

    static let english = #"content/products/P-4.md:8: error: image "assets/broken.jpg" cannot be used: the JPEG data is truncated (no end-of-image marker)"#

    @Test func checkReportsTheBrokenPhotoBesideALoadError() throws {
        let shop = try Self.shopWithABrokenPhoto()
        defer { try? FileManager.default.removeItem(atPath: shop) }
        let outcome = ShopCommands.check(shopPath: shop, language: .en)
        let lines = outcome.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains(Self.english), "\(outcome.stderr)")
        #expect(lines.contains("content/products/P-2.md:7: error: `price`: `abc` is not a decimal amount"))
        #expect(outcome.stdout == "7 errors, 2 warnings\n", "the broken shop's, the photo and P-4's one image")
    }

    @Test func buildReportsTheBrokenPhotoBesideTheOtherErrors() throws {
        let shop = try Self.shopWithABrokenPhoto()
        defer { try? FileManager.default.removeItem(atPath: shop) }
        let outcome = SiteBuild.run(BuildOptions(shopPath: shop, outputPath: shop + "/public"))
        #expect(outcome.exitCode == 1)
        let lines = outcome.diagnostics.formatted(in: .en).split(separator: "\n").map(String.init)
        #expect(lines.contains(Self.english), "\(lines)")
        #expect(lines.count == 9, "the broken shop's seven lines, the photo and P-4's one image: \(lines)")
    }

    @Test func aBannedTitleDoesNotHideABrokenPhotoInABuild() throws {
        var files = Fixture.minimalShop
        let good = SitePhotosTests.photo("yx-s101-1.jpg")
        files["content/products/P-1.md"] = Array("---\ntitle: 第一品牌螺丝\ntype: spot\nimages: [assets/broken.jpg]\n---\n".utf8)
        files["content/assets/broken.jpg"] = Array(good.prefix(good.count / 2))
        let shop = try Fixture.temporaryShop(files)
        defer { try? FileManager.default.removeItem(atPath: shop) }
        let outcome = SiteBuild.run(BuildOptions(shopPath: shop, outputPath: shop + "/public"))
        let codes = outcome.diagnostics.sorted.filter { $0.severity == .error }.map(\.code.rawValue)
        #expect(codes == ["E-BANNED-TERM", "E-IMAGE-UNREADABLE"])
    }

    @Test(arguments: [
        (Data(), "文件是空的"),
        (Data("不是图片".utf8), "不是图片文件"),
        (nil, "JPEG 数据不完整（缺少结束标记），文件可能没有传完"),
    ] as [(Data?, String)])
    func theReasonReadsInChinese(bytes: Data?, reason: String) throws {
        let good = SitePhotosTests.photo("yx-s101-1.jpg")
        let shop = SitePhotosTests.shop(images: "[assets/broken.jpg]",
                                        files: ["assets/broken.jpg": bytes.map { Array($0) } ?? Array(good.prefix(good.count / 2))])
        defer { try? FileManager.default.removeItem(atPath: shop) }
        let outcome = ShopCommands.check(shopPath: shop, language: .zhCN)
        #expect(outcome.stderr.contains("content/products/HD-T001.md:9: error: 图片“assets/broken.jpg”无法使用：\(reason)\n"), "\(outcome.stderr)")
    }
}
