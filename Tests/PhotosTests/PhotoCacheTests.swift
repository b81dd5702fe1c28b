import Foundation
@testable import Photos
import Testing

/// The cache: a second run with unchanged photos decodes none, a touched but unchanged photo is hashed and not
/// decoded, a changed one is decoded again; missing files are skipped, broken ones reported by path.
@Suite struct PhotoCacheTests {
    @Test func rebuildWithUnchangedPhotosDecodesNone() throws {
        let shop = PhotoFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: shop) }
        let content = shop + "/content"
        try FileManager.default.createDirectory(atPath: content, withIntermediateDirectories: true)
        for name in ["yx-s101-1.jpg", "yx-s101-2.jpg"] {
            _ = FileManager.default.createFile(atPath: content + "/" + name, contents: Data(PhotoFixture.example(name)))
        }
        _ = FileManager.default.createFile(atPath: content + "/broken.jpg", contents: Data(PhotoFixture.broken("truncated.jpg")))
        let lab = PhotoLab(shopPath: shop, sizes: PhotoSize.standard)
        let paths = ["broken.jpg", "missing.jpg", "yx-s101-1.jpg", "yx-s101-2.jpg"]
        let first = lab.develop(paths, contentPath: content)
        #expect(first.decoded == 2)
        #expect(first.records.keys.sorted() == ["yx-s101-1.jpg", "yx-s101-2.jpg"])
        #expect(first.errors["broken.jpg"] == PhotoError("the JPEG data is truncated (no end-of-image marker)"))
        #expect(first.errors["missing.jpg"] == nil)
        let second = lab.develop(paths, contentPath: content)
        #expect(second.decoded == 0)
        #expect(second.records == first.records)
        // Rewritten with the same bytes (a new modification time): hashed again, found in the cache, not decoded.
        _ = FileManager.default.createFile(atPath: content + "/yx-s101-1.jpg", contents: Data(PhotoFixture.example("yx-s101-1.jpg")))
        #expect(lab.develop(paths, contentPath: content).decoded == 0)
        // Replaced by another photo: decoded.
        _ = FileManager.default.createFile(atPath: content + "/yx-s101-1.jpg", contents: Data(PhotoFixture.example("yx-a101-1.jpg")))
        #expect(lab.develop(paths, contentPath: content).decoded == 1)
        // Other sizes are another key: decoded again.
        let other = PhotoLab(shopPath: shop, sizes: [PhotoSize(name: "card", width: 200, height: 200, fill: true)])
        #expect(other.develop(paths, contentPath: content).decoded == 2)
    }
}
