import Foundation
@testable import SiteBuilder

/// A generated shop big enough that one edit touches a small share of its pages (41 products, 10 customers,
/// 60 orders, 12 quotes), with a serve-mode session building it and helpers to edit it and compare outputs.
final class IncrementalShop {
    let root: String
    let session: BuildSession
    /// Entries per page of the paginated lists, the same for the session and the fresh builds.
    let pageSizes: PageSizes
    var output: String { root + "/public" }

    init(pageSizes: PageSizes = PageSizes()) throws {
        root = try Fixture.temporaryShop(IncrementalShop.files())
        self.pageSizes = pageSizes
        var options = BuildOptions(shopPath: root)
        options.pageSizes = pageSizes
        session = BuildSession(options: options)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// Writes (or with nil removes) a file relative to the shop.
    func write(_ path: String, _ text: String?) throws {
        let full = root + "/" + path
        guard let text else {
            try FileManager.default.removeItem(atPath: full)
            return
        }
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: full))
    }

    /// Replaces the first occurrence of `old` in a file.
    func replace(_ path: String, _ old: String, _ new: String) throws {
        let text = try String(contentsOfFile: root + "/" + path, encoding: .utf8)
        guard let range = text.range(of: old) else { throw Problem("`\(old)` not in \(path)") }
        try write(path, text.replacingCharacters(in: range, with: new))
    }

    /// A fresh one-shot `shopsite build` of the same shop into another folder, as path → bytes.
    func freshBuild() throws -> [String: [UInt8]] {
        let (outcome, tree) = try freshOutcome()
        guard outcome.succeeded else { throw Problem("fresh build failed:\n\(outcome.diagnostics)") }
        return tree
    }

    /// A fresh one-shot `shopsite build` of the same shop into another folder: its outcome and its files.
    func freshOutcome() throws -> (BuildOutcome, [String: [UInt8]]) {
        let folder = TestScratch.path("fresh")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var options = BuildOptions(shopPath: root, outputPath: folder)
        options.pageSizes = pageSizes
        let outcome = SiteBuild.run(options)
        return (outcome, outcome.succeeded ? try IncrementalShop.tree(folder) : [:])
    }

    /// Makes one edit on disk.
    func apply(_ edit: ShopEdit) throws {
        if let temporary = edit.temporary, let (old, new) = edit.replacing {
            let text = try String(contentsOfFile: root + "/" + edit.path, encoding: .utf8)
            guard let range = text.range(of: old) else { throw Problem("`\(old)` not in \(edit.path)") }
            try write(temporary, text.replacingCharacters(in: range, with: new))
            guard rename(root + "/" + temporary, root + "/" + edit.path) == 0 else { throw Problem("cannot rename \(temporary)") }
        } else if let (old, new) = edit.replacing {
            try replace(edit.path, old, new)
        } else {
            try write(edit.path, edit.text)
        }
    }

    /// Every file under a folder, by relative path.
    static func tree(_ folder: String) throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return files }
        while let relative = walker.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + relative, isDirectory: &isFolder), !isFolder.boolValue {
                files[relative] = Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + relative)))
            }
        }
        return files
    }

    /// Folders under `folder` that hold nothing (a removed page must not leave its folder behind).
    static func emptyFolders(_ folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var empty: [String] = []
        while let relative = walker.nextObject() as? String {
            if let entries = try? FileManager.default.contentsOfDirectory(atPath: folder + "/" + relative), entries.isEmpty {
                empty.append(relative)
            }
        }
        return empty
    }

    /// The paths whose bytes differ between two trees (or that only one holds).
    static func differences(_ a: [String: [UInt8]], _ b: [String: [UInt8]]) -> [String] {
        Set(a.keys).union(b.keys).filter { a[$0] != b[$0] }.sorted()
    }

    struct Problem: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// The shop's files.
    static func files() -> [String: [UInt8]] {
        var files: [String: String] = [:]
        files["content/site.yaml"] = "name: 增量测试五金\nas_of: 2025-11-30\ntiers: { regular: 1000, key: 5000 }\n"
        files["content/pages/about.md"] = "---\ntitle: 关于我们\n---\n源头工厂。\n"
        let categories = ["五金/螺丝", "五金/螺母", "工具/扳手", "包装"]
        for i in 1...41 {
            let sku = String(format: "P-%03d", i)
            files["content/products/\(sku).md"] = """
                ---
                title: 产品 \(i) 号
                type: spot
                category: \(categories[i % 4])
                moq: 10
                lead_time_days: 3
                price_tiers:
                  - { min: 10, price: \(5 + i) }
                  - { min: 100, price: \(4 + i) }
                keywords: [k\(i)]
                ---
                产品 \(i) 的说明。

                """
        }
        let regions = ["广东", "浙江", "江苏"]
        for i in 1...10 {
            let id = String(format: "C-%02d", i)
            files["content/customers/\(id).md"] = "---\nname: 客户 \(i) 公司\nregion: \(regions[i % 3])\nsince: 2025-01-01\n---\n备注 \(i)。\n"
        }
        let statuses = ["completed", "shipped", "pending_payment", "completed", "pending_shipment"]
        for i in 0..<60 {
            let id = String(format: "O-%03d", i + 1)
            let status = statuses[i % statuses.count]
            let shipped = status == "completed" || status == "shipped" ? "shipped_at: 2025-11-\(String(format: "%02d", i % 25 + 2))\ntracking: SF\(i)\n" : ""
            files["content/orders/\(id).md"] = """
                ---
                customer: \(String(format: "C-%02d", i % 10 + 1))
                date: 2025-11-\(String(format: "%02d", i % 25 + 1))
                status: \(status)
                items:
                  - { sku: \(String(format: "P-%03d", i % 40 + 1)), qty: 20 }
                  - { sku: \(String(format: "P-%03d", (i * 7) % 40 + 1)), qty: 150, price: 3.5 }
                shipping: 10
                \(shipped)---

                """
        }
        for i in 1...12 {
            let id = String(format: "Q-%02d", i)
            files["content/quotes/\(id).md"] = """
                ---
                customer: \(String(format: "C-%02d", i % 10 + 1))
                date: 2025-11-\(String(format: "%02d", i + 10))
                status: sent
                items:
                  - { sku: \(String(format: "P-%03d", (i * 3) % 40 + 1)), qty: 50 }
                  - { description: 定制印花, qty: 50, unit: 件, price: 2 }
                ---
                报价说明 \(i)。

                """
        }
        return files.mapValues { Array($0.utf8) }
    }
}
