import Foundation
@testable import SiteOutput
import Testing
@testable import SiteBuilder

/// `keepsLink` answers from the reused tree's listing (`d_ino`), not from an `lstat`: whatever stands at the path
/// instead of the cache's inode (a copy the user put there, a symlink to the cache file, a FIFO) or a folder replaced
/// since the listing is not kept; `linkFile` then puts the cache's inode there by rename, writing into nothing.
@Suite struct ListedLinkSafetyTests {
    /// A shop whose output has been built twice with `photos/a.webp`, `b.webp`, `c.webp` linked to one cache file, so
    /// the next staging folder reuses the first site (the spare): the shop, the cache file and its `lstat`.
    static func builtTwice() throws -> (shop: String, cached: String, file: stat) {
        let shop = try OutputFolderTests.makeShop()
        let cached = shop + "/.shopsite-cache/images/abc-card.webp"
        try FileManager.default.createDirectory(atPath: shop + "/.shopsite-cache/images", withIntermediateDirectories: true)
        try "RIFF cached bytes".write(toFile: cached, atomically: false, encoding: .utf8)
        var file = stat()
        #expect(lstat(cached, &file) == 0)
        let output = try OutputFolder(path: shop + "/public", shopPath: shop)
        for round in 1...2 {
            let staging = try output.stage()
            try staging.write("page \(round)", to: "index.html")
            for name in ["a", "b", "c"] { try staging.linkFile(from: cached, to: "photos/\(name).webp") }
            try staging.commit()
        }
        return (shop, cached, file)
    }

    /// The third build's check of each path, then `linkFile` where not kept; afterwards every photo is the cache's
    /// inode, the cache holds its bytes and `elsewhere` (a symlink's target) is untouched.
    static func rebuild(_ shop: String, cached: String, file: stat, meddle: (StagingFolder) throws -> Void) throws -> [String: Bool] {
        let staging = try OutputFolder(path: shop + "/public", shopPath: shop).stage()
        #expect(staging.reusesPreviousSite)
        try meddle(staging)
        try staging.write("page 3", to: "index.html")
        var kept: [String: Bool] = [:]
        for name in ["a", "b", "c"] {
            kept[name] = try staging.keepsLink(of: file, at: "photos/\(name).webp")
            if kept[name] == false { try staging.linkFile(from: cached, to: "photos/\(name).webp") }
        }
        try staging.commit()
        for name in ["a", "b", "c"] {
            let there = try #require(StagingLinkTests.inode(shop + "/public/photos/\(name).webp"), "\(name) is published")
            #expect(there.device == UInt64(file.st_dev) && there.inode == UInt64(file.st_ino), "\(name) is the cache's inode")
        }
        #expect(StagingLinkTests.read(cached) == "RIFF cached bytes", "the cache is untouched")
        return kept
    }

    /// In the spare before the build: `a` replaced by a copy of its bytes, `b` by a symlink to the cache file, `c` by a FIFO.
    @Test func entriesThatAreNotTheCacheInodeAreReplaced() throws {
        let (shop, cached, file) = try Self.builtTwice()
        defer { try? FileManager.default.removeItem(atPath: shop + "/..") }
        let spare = shop + "/.public.shopsite-spare/photos"
        #expect(unlink(spare + "/a.webp") == 0 && unlink(spare + "/b.webp") == 0 && unlink(spare + "/c.webp") == 0)
        try "RIFF cached bytes".write(toFile: spare + "/a.webp", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: spare + "/b.webp", withDestinationPath: cached)
        #expect(mkfifo(spare + "/c.webp", 0o644) == 0)
        let kept = try Self.rebuild(shop, cached: cached, file: file) { _ in }
        #expect(kept == ["a": false, "b": false, "c": false])
    }

    /// The photos folder swapped for another one after the listing, holding only a stranger's file at `a`: its entries
    /// are not trusted (the folder's inode differs), so each photo is linked again and none goes missing.
    @Test func aFolderReplacedAfterTheListingIsNotTrusted() throws {
        let (shop, cached, file) = try Self.builtTwice()
        defer { try? FileManager.default.removeItem(atPath: shop + "/..") }
        let kept = try Self.rebuild(shop, cached: cached, file: file) { staging in
            _ = staging.previousContents?.listing  // the listing is done: what follows happens after it
            let photos = staging.path + "/photos"
            #expect(rename(photos, staging.path + "/../moved-photos") == 0)
            try FileManager.default.createDirectory(atPath: photos, withIntermediateDirectories: false)
            try "a stranger's file".write(toFile: photos + "/a.webp", atomically: false, encoding: .utf8)
        }
        #expect(kept == ["a": false, "b": false, "c": false])
        #expect(StagingLinkTests.read(shop + "/moved-photos/a.webp") == "RIFF cached bytes", "the moved links are not written into")
    }

    /// Nothing meddled with: all three links are kept from the listing and survive the pruning.
    @Test func untouchedLinksAreKept() throws {
        let (shop, cached, file) = try Self.builtTwice()
        defer { try? FileManager.default.removeItem(atPath: shop + "/..") }
        let kept = try Self.rebuild(shop, cached: cached, file: file) { _ in }
        #expect(kept == ["a": true, "b": true, "c": true])
    }
}
