import Foundation
#if canImport(Glibc)
import Glibc
#endif
@testable import Photos
import Testing

/// The cache: a second run with unchanged photos decodes none, a touched but unchanged photo is hashed and not
/// decoded, a changed one is decoded again; missing files are skipped, broken ones reported by path.
@Suite struct PhotoCacheTests {
    @Test func rebuildWithUnchangedPhotosDecodesNone() throws {
        let (shop, content) = try PhotoFixture.shopWithTwoPhotos()
        defer { try? FileManager.default.removeItem(atPath: shop) }
        _ = FileManager.default.createFile(atPath: content + "/broken.jpg", contents: Data(PhotoFixture.broken("truncated.jpg")))
        let lab = PhotoLab(shopPath: shop, sizes: PhotoSize.standard)
        let paths = ["broken.jpg", "missing.jpg", "yx-s101-1.jpg", "yx-s101-2.jpg"]
        let first = lab.develop(paths, contentPath: content)
        #expect(first.decoded == 2)
        #expect(first.records.keys.sorted() == ["yx-s101-1.jpg", "yx-s101-2.jpg"])
        #expect(first.errors["broken.jpg"] == .truncatedJPEG)
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

    /// The example photo with a comment segment `text` after its start marker: the same pixels, other bytes.
    static func commented(_ text: String) -> [UInt8] {
        let photo = PhotoFixture.example("yx-s101-1.jpg")
        return [0xFF, 0xD8, 0xFF, 0xFE, 0x00, UInt8(2 + text.utf8.count)] + Array(text.utf8) + photo.dropFirst(2)
    }

    /// Rewrites the file at `path` in place (the same inode) with `bytes`, then sets its times back to `times`.
    static func overwrite(_ path: String, with bytes: [UInt8], times: [timespec]) {
        let fd = open(path, O_WRONLY | O_TRUNC)
        #expect(fd >= 0)
        #expect(bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) } == bytes.count)
        close(fd)
        #expect(utimensat(AT_FDCWD, path, times, 0) == 0)
    }

    /// A photo replaced in place by another of the same size, its modification time set back: the stamp still
    /// notices (the change time), so it is hashed and developed again; the run after that trusts the new stamp.
    @Test func aPhotoReplacedWithTheSameSizeAndTimeIsDevelopedAgain() throws {
        let shop = PhotoFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: shop) }
        let content = shop + "/content", path = shop + "/content/p.jpg"
        try FileManager.default.createDirectory(atPath: content, withIntermediateDirectories: true)
        let first = Self.commented("aa"), second = Self.commented("bb")
        #expect(first.count == second.count && first != second)
        _ = FileManager.default.createFile(atPath: path, contents: Data(first))
        let lab = PhotoLab(shopPath: shop, sizes: PhotoSize.standard)
        #expect(lab.develop(["p.jpg"], contentPath: content).decoded == 1)
        var before = stat(), after = stat()
        #expect(stat(path, &before) == 0)
        Self.overwrite(path, with: second, times: [before.st_atim, before.st_mtim])
        #expect(stat(path, &after) == 0)
        #expect(after.st_ino == before.st_ino && after.st_size == before.st_size)
        #expect(after.st_mtim.tv_sec == before.st_mtim.tv_sec && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec)
        #expect(lab.develop(["p.jpg"], contentPath: content).decoded == 1)
        #expect(lab.develop(["p.jpg"], contentPath: content).decoded == 0)
    }

    /// A rebuild takes each photo's facts and files from `stamps.tsv` (no facts file read), but a derived file deleted
    /// from the cache is noticed by the one read of the cache folder: that photo is developed again and the file is back.
    @Test func aDerivedFileMissingFromTheCacheIsMadeAgain() throws {
        let (shop, content) = try PhotoFixture.shopWithTwoPhotos()
        defer { try? FileManager.default.removeItem(atPath: shop) }
        let lab = PhotoLab(shopPath: shop, sizes: PhotoSize.standard)
        let paths = ["yx-s101-1.jpg", "yx-s101-2.jpg"]
        let first = lab.develop(paths, contentPath: content)
        #expect(first.decoded == 2)
        let stamps = try String(contentsOfFile: lab.cache.folder + "/stamps.tsv", encoding: .utf8)
        #expect(stamps.hasPrefix("shopsite-stamps 2 \(lab.cache.parameters)\n"))
        #expect(stamps.contains(";rendition card 480 480;rendition page "))
        // The facts files are not needed once stamps.tsv has the facts.
        for name in try FileManager.default.contentsOfDirectory(atPath: lab.cache.folder) where name.hasSuffix(".facts") {
            try FileManager.default.removeItem(atPath: lab.cache.folder + "/" + name)
        }
        let second = lab.develop(paths, contentPath: content)
        #expect(second.decoded == 0)
        #expect(second.records == first.records)
        let zoom = try #require(first.records["yx-s101-2.jpg"]?.jpegFiles.last)
        try FileManager.default.removeItem(atPath: zoom.path)
        let third = lab.develop(paths, contentPath: content)
        #expect(third.decoded == 1)
        #expect(FileManager.default.fileExists(atPath: zoom.path))
        #expect(third.records["yx-s101-1.jpg"] == first.records["yx-s101-1.jpg"])
    }

    /// A derived file replaced in the cache by a new file of the same name (another inode): `stamps.tsv`'s record is not
    /// trusted (the cache folder's listing no longer holds its inode), the record is read again with the new inode.
    @Test func aDerivedFileReplacedInTheCacheIsReadAgain() throws {
        let (shop, content) = try PhotoFixture.shopWithTwoPhotos()
        defer { try? FileManager.default.removeItem(atPath: shop) }
        let lab = PhotoLab(shopPath: shop, sizes: PhotoSize.standard)
        let paths = ["yx-s101-1.jpg", "yx-s101-2.jpg"]
        let first = lab.develop(paths, contentPath: content)
        let card = try #require(first.records["yx-s101-1.jpg"]?.webpFiles.first)
        let bytes = try #require(FileManager.default.contents(atPath: card.path))
        #expect(link(card.path, shop + "/published-card.webp") == 0, "the old inode stays alive, as the site's link keeps it")
        try FileManager.default.removeItem(atPath: card.path)
        #expect(FileManager.default.createFile(atPath: card.path, contents: bytes))
        var now = stat()
        #expect(lstat(card.path, &now) == 0 && UInt64(now.st_ino) != card.inode)
        let second = lab.develop(paths, contentPath: content)
        #expect(second.decoded == 0)
        #expect(second.records["yx-s101-1.jpg"]?.webpFiles.first?.inode == UInt64(now.st_ino))
        #expect(second.records["yx-s101-2.jpg"] == first.records["yx-s101-2.jpg"])
    }

    /// The `stat` the missing-image check took is the photo's stamp: given it, the lab stats nothing and finds the same
    /// stamps (`stamps.tsv` is not rewritten); given a stale one (the photo replaced since), it hashes the photo again.
    @Test func theChecksStatIsTheStamp() throws {
        let (shop, content) = try PhotoFixture.shopWithTwoPhotos()
        defer { try? FileManager.default.removeItem(atPath: shop) }
        let lab = PhotoLab(shopPath: shop, sizes: PhotoSize.standard)
        let paths = ["yx-s101-1.jpg", "yx-s101-2.jpg"]
        let first = lab.develop(paths, contentPath: content)
        let stamps = try String(contentsOfFile: lab.cache.folder + "/stamps.tsv", encoding: .utf8)
        var seen: [String: stat] = [:]
        for path in paths {
            var info = stat()
            #expect(stat(content + "/" + path, &info) == 0)
            seen[path] = info
        }
        let second = lab.develop(paths, contentPath: content, seen: seen)
        #expect(second.decoded == 0 && second.records == first.records)
        #expect(try String(contentsOfFile: lab.cache.folder + "/stamps.tsv", encoding: .utf8) == stamps)
        var folder = stat()
        #expect(stat(content, &folder) == 0)
        #expect(lab.develop(paths, contentPath: content, seen: ["yx-s101-1.jpg": folder]).records["yx-s101-1.jpg"] == nil,
                "not a regular file: missing, as a stat of a folder would say")
    }
}
