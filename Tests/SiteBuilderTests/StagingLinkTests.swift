import Foundation
@testable import SiteOutput
import Testing
@testable import SiteBuilder

/// Derived photos go into the site as hard links of the cache's files: a rebuild copies no bytes, a later write to the
/// same path never reaches the cache, and where no link can be made the file is copied.
@Suite struct StagingLinkTests {
    static func inode(_ path: String) -> (device: UInt64, inode: UInt64, links: Int)? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return (UInt64(info.st_dev), UInt64(info.st_ino), Int(info.st_nlink))
    }

    static func read(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }

    /// A new shop with two cache files of different bytes (`abc-card.webp`, `def-card.webp`) and their `lstat`s.
    static func twoCacheFiles() throws -> (shop: String, cached: String, file: stat, other: String, otherFile: stat) {
        let shop = try OutputFolderTests.makeShop()
        let cached = shop + "/.shopsite-cache/images/abc-card.webp", other = shop + "/.shopsite-cache/images/def-card.webp"
        try FileManager.default.createDirectory(atPath: shop + "/.shopsite-cache/images", withIntermediateDirectories: true)
        try "RIFF cached bytes".write(toFile: cached, atomically: false, encoding: .utf8)
        try "RIFF other bytes!".write(toFile: other, atomically: false, encoding: .utf8)
        var file = stat(), otherFile = stat()
        #expect(lstat(cached, &file) == 0 && lstat(other, &otherFile) == 0)
        return (shop, cached, file, other, otherFile)
    }

    /// Three builds into one output (the third reuses the first's site as its staging folder): the derived file is the
    /// cache's inode each time, it survives the spare's pruning, and a page written over it later leaves the cache as it was.
    @Test func derivedFilesAreLinksThatNoWriteGoesThrough() throws {
        let shop = try OutputFolderTests.makeShop()
        defer { try? FileManager.default.removeItem(atPath: shop + "/..") }
        let cached = shop + "/.shopsite-cache/images/abc-card.webp"
        try FileManager.default.createDirectory(atPath: shop + "/.shopsite-cache/images", withIntermediateDirectories: true)
        try "RIFF cached bytes".write(toFile: cached, atomically: false, encoding: .utf8)
        let output = try OutputFolder(path: shop + "/public", shopPath: shop)
        let published = shop + "/public/photos/a-jpg-card.webp"
        for round in 1...3 {
            let staging = try output.stage()
            #expect(staging.reusesPreviousSite == (round == 3))
            try staging.write("page \(round)", to: "index.html")
            try staging.linkFile(from: cached, to: "photos/a-jpg-card.webp")
            try staging.commit()
            let there = try #require(Self.inode(published))
            let source = try #require(Self.inode(cached))
            #expect(there.device == source.device && there.inode == source.inode, "round \(round): a link, not a copy")
        }
        // The next build writes a page where the photo was: the reused spare's link is replaced, not written into.
        let fourth = try output.stage()
        #expect(fourth.reusesPreviousSite)
        try fourth.write("index", to: "index.html")
        try fourth.write("now a different file", to: "photos/a-jpg-card.webp")
        try fourth.commit()
        #expect(Self.read(shop + "/public/photos/a-jpg-card.webp") == "now a different file")
        #expect(Self.read(cached) == "RIFF cached bytes", "the cache is untouched")
        #expect(Self.inode(cached)?.links == 2, "the spare (the third site) still links it; the new site does not")
    }

    /// `keepsLink`: a reused tree that already links the cache file keeps it from its listing, without an `lstat` (and it
    /// survives the pruning); a new folder, another inode or a path not listed is not kept. The same inode is kept
    /// whatever time the caller recorded: it is the very file `linkFile` would leave in place (`FileSystem.link`).
    @Test func aLinkTheReusedTreeHoldsIsKept() throws {
        let (shop, cached, file, other, otherFile) = try StagingLinkTests.twoCacheFiles()
        defer { try? FileManager.default.removeItem(atPath: shop + "/..") }
        var touched = file
        touched.st_mtim.tv_nsec = (touched.st_mtim.tv_nsec + 1) % 1_000_000_000
        let output = try OutputFolder(path: shop + "/public", shopPath: shop)
        for round in 1...3 {
            let staging = try output.stage()
            try staging.write("page \(round)", to: "index.html")
            if round < 3 {
                #expect(try !staging.keepsLink(of: file, at: "photos/a-jpg-card.webp"), "round \(round): a new folder holds nothing")
                try staging.linkFile(from: cached, to: "photos/a-jpg-card.webp")
            } else {
                #expect(try !staging.keepsLink(of: otherFile, at: "photos/a-jpg-card.webp"), "another inode")
                #expect(try staging.keepsLink(of: touched, at: "photos/a-jpg-card.webp"), "the same inode, whatever its time")
                #expect(try !staging.keepsLink(of: file, at: "photos/a-jpg-card.webp"), "a path already written this build")
                #expect(try !staging.keepsLink(of: file, at: "photos/missing.webp"))
            }
            try staging.commit()
        }
        let there = try #require(Self.inode(shop + "/public/photos/a-jpg-card.webp"))
        #expect(there.device == UInt64(file.st_dev) && there.inode == UInt64(file.st_ino), "kept, not pruned")
        #expect(Self.read(shop + "/public/photos/a-jpg-card.webp") == "RIFF cached bytes")
    }

    /// A cache on another file system (tmpfs under /dev/shm) cannot be linked into the output: the file is copied.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/shm"))) func anotherFileSystemFallsBackToACopy() throws {
        let shop = try OutputFolderTests.makeShop()
        defer { try? FileManager.default.removeItem(atPath: shop + "/..") }
        let elsewhere = "/dev/shm/shopsite-link-test-\(getpid())"
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: elsewhere) }
        try "JPEG bytes".write(toFile: elsewhere + "/a.jpg", atomically: false, encoding: .utf8)
        let staging = try OutputFolder(path: shop + "/public", shopPath: shop).stage()
        try staging.linkFile(from: elsewhere + "/a.jpg", to: "photos/a.jpg")
        try staging.commit()
        #expect(Self.read(shop + "/public/photos/a.jpg") == "JPEG bytes")
        #expect(Self.inode(shop + "/public/photos/a.jpg")?.links == 1, "a copy")
    }

    /// A symlink or a missing file is refused as `copyFile` refuses it.
    @Test func aSymlinkIsRefused() throws {
        let shop = try OutputFolderTests.makeShop()
        defer { try? FileManager.default.removeItem(atPath: shop + "/..") }
        try "secret".write(toFile: shop + "/secret.txt", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: shop + "/link.jpg", withDestinationPath: shop + "/secret.txt")
        let staging = try OutputFolder(path: shop + "/public", shopPath: shop).stage()
        #expect(throws: (any Error).self) { try staging.linkFile(from: shop + "/link.jpg", to: "photos/a.jpg") }
        #expect(throws: (any Error).self) { try staging.linkFile(from: shop + "/missing.jpg", to: "photos/b.jpg") }
        staging.discard()
    }
}
