import Foundation
@testable import SiteBuilder

/// Paths to the shops under Tests/SiteBuilderTests/Fixtures and throw-away shops in a temp folder.
enum Fixture {
    /// The folder of a fixture shop.
    static func path(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)").path
    }

    /// A new shop in a temp folder holding `files` (path relative to the shop → bytes); the caller removes it.
    static func temporaryShop(_ files: [String: [UInt8]]) throws -> String {
        let root = URL(fileURLWithPath: TestScratch.path("shop"))
        for (path, bytes) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        return root.path
    }

    /// The minimal valid site.yaml and one product that passes every check (its MOQ in the title, a lead time, five
    /// images that exist), as bytes for `temporaryShop`.
    static let minimalShop: [String: [UInt8]] = {
        var files: [String: [UInt8]] = [
            "content/site.yaml": Array("name: 测试\nas_of: 2025-11-30\n".utf8),
            "content/products/SKU-1.md": Array(("---\ntitle: 螺丝 50件起批\ntype: spot\nlead_time_days: 3\nprice_tiers:\n"
                                                + "  - { min: 50, price: 10 }\nimages: [" + fiveImages.joined(separator: ", ") + "]\n---\n").utf8),
        ]
        for image in fiveImages { files["content/" + image] = Array("<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n".utf8) }
        return files
    }()

    /// Five image paths (relative to content/) a fixture product can list so that it passes the image checks.
    static let fiveImages = (1...5).map { "assets/p\($0).svg" }
}
