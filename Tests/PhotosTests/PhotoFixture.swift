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
}
