import Foundation

/// Paths of the test data: the broken corpus beside this file and the example shop's photos.
enum PhotoFixture {
    /// This test target's folder.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path
    /// The repository root.
    static let repository = URL(fileURLWithPath: folder + "/../..").standardizedFileURL.path

    /// The bytes of `Broken/<name>`.
    static func broken(_ name: String) -> [UInt8] {
        Array(FileManager.default.contents(atPath: folder + "/Broken/" + name) ?? Data())
    }

    /// The bytes of the example shop's `content/assets/products/<name>`.
    static func example(_ name: String) -> [UInt8] {
        Array(FileManager.default.contents(atPath: repository + "/content/assets/products/" + name) ?? Data())
    }

    /// A fresh empty folder under the temporary directory.
    static func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "shopsite-photos-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A fresh shop folder whose `content/` holds the example photos `yx-s101-1.jpg` and `yx-s101-2.jpg`: the shop's
    /// path (to remove) and its content path.
    static func shopWithTwoPhotos() throws -> (shop: String, content: String) {
        let shop = temporaryFolder()
        let content = shop + "/content"
        try FileManager.default.createDirectory(atPath: content, withIntermediateDirectories: true)
        for name in ["yx-s101-1.jpg", "yx-s101-2.jpg"] {
            _ = FileManager.default.createFile(atPath: content + "/" + name, contents: Data(example(name)))
        }
        return (shop, content)
    }
}
