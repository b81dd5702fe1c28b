import Foundation
@testable import SiteBuilder
@testable import SiteOutput

/// Shops and folders for the site tests: the example shop at the repository root, small fixture shops, temp folders.
enum SiteFixture {
    /// The repository root (holds the example shop's content/ and the built-in theme's templates/).
    static let repository: String = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    /// A new empty temporary folder.
    static func temporaryFolder(_ name: String = "site") -> String {
        let path = TestScratch.path(name)
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Writes files (path relative to `root` → text) and returns `root`.
    @discardableResult
    static func write(_ files: [String: String], under root: String) -> String {
        for (path, text) in files {
            let full = root + "/" + path
            try? FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            precondition(FileManager.default.createFile(atPath: full, contents: Data(text.utf8)), "cannot write the fixture file \(full)")
        }
        return root
    }

    /// A one-of-each shop; `customerName` lets a test plant hostile text.
    static func smallShop(customerName: String = "广州某连锁超市有限公司", extra: [String: String] = [:]) -> String {
        let root = temporaryFolder("shop")
        var files = [
            "content/site.yaml": "name: 测试五金\nas_of: 2025-11-30\nquote: { tax_rate: 0.13, terms: \"报价含包装。\" }\n",
            "content/products/HD-T001.md": "---\ntitle: 纯棉 T 恤\ntype: spot\ncategory: 服装/T恤\nmoq: 50\nlead_time_days: 3\nprice_tiers:\n  - { min: 50, price: 18 }\n  - { min: 100, price: 15 }\n---\n好衣服。\n",
            "content/customers/C-1.md": "---\nname: \"\(customerName)\"\nregion: 广东\n---\n",
            "content/orders/O-1.md": "---\ncustomer: C-1\ndate: 2025-11-20\nstatus: completed\ntracking: SF1\nitems:\n  - { sku: HD-T001, qty: 100 }\n---\n",
            "content/quotes/Q-1.md": "---\ncustomer: C-1\ndate: 2025-11-25\nstatus: sent\nitems:\n  - { sku: HD-T001, qty: 200 }\n---\n付款：预付 30%。\n",
        ]
        files.merge(extra) { _, new in new }
        return write(files, under: root)
    }

    /// Every regular file under `root` (relative path → bytes), the marker excluded.
    static func files(in root: String) -> [String: [UInt8]] {
        var found: [String: [UInt8]] = [:]
        guard let walker = FileManager.default.enumerator(atPath: root) else { return found }
        while let relative = walker.nextObject() as? String {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue,
                  relative != OutputFolder.markerName else { continue }
            found[relative] = FileManager.default.contents(atPath: root + "/" + relative).map { Array($0) } ?? []
        }
        return found
    }

    /// The text of a built file.
    static func text(_ root: String, _ path: String) -> String {
        FileManager.default.contents(atPath: root + "/" + path).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// Builds the example shop into a fresh folder.
    static func buildExample(audience: Audience = .internal) -> (BuildOutcome, String) {
        let output = temporaryFolder("public") + "/public"
        return (SiteBuild.run(BuildOptions(shopPath: repository, outputPath: output, audience: audience)), output)
    }
}
