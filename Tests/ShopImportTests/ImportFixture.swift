import Foundation

/// The committed fixtures (Fixtures/make_fixtures.py writes the exports) and scratch copies of the fixture shop.
enum ImportFixture {
    /// Tests/ShopImportTests/Fixtures.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path + "/Fixtures"

    /// A fixture file's path.
    static func path(_ name: String) -> String { folder + "/" + name }

    /// A fixture file's bytes.
    static func bytes(_ name: String) throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: path(name)))) }

    /// A fresh copy of Fixtures/shop in a temporary folder.
    static func shopCopy(_ label: String) throws -> String {
        let root = NSTemporaryDirectory() + "shopsite-import-\(label)-\(UUID().uuidString)"
        try FileManager.default.copyItem(atPath: folder + "/shop", toPath: root)
        return root
    }

    /// Every file under `root` with its bytes, by relative path.
    static func tree(_ root: String) -> [String: Data] {
        var files: [String: Data] = [:]
        for case let path as String in FileManager.default.enumerator(atPath: root) ?? FileManager.DirectoryEnumerator() {
            if let data = FileManager.default.contents(atPath: root + "/" + path) { files[path] = data }
        }
        return files
    }

    /// A file of the shop as text.
    static func text(_ root: String, _ path: String) -> String {
        FileManager.default.contents(atPath: root + "/" + path).map { String(decoding: $0, as: UTF8.self) } ?? "<missing>"
    }
}
