import Foundation
@testable import Photos
@testable import SiteOutput
import Testing
@testable import SiteBuilder

/// The derived photos' links placed in one pass (`placeLinks`): kept from the reused tree's listing by inode, linked
/// otherwise; a path the shelf composed from checked parts is not walked again, any other still is; the shelf keeps
/// its sources in UTF-8 byte order and composes each published path once.
@Suite struct PlaceLinksTests {
    /// A cache file, a second one, and the links of a build: `a` and `b` share the first (two products listing the
    /// same bytes), `c` lies two folders deeper.
    static func links(_ cached: String, _ file: stat, _ other: String, _ otherFile: stat) -> [CacheLink] {
        func link(_ path: String, _ source: String, _ info: stat) -> CacheLink {
            CacheLink(source: source, device: UInt64(info.st_dev), inode: UInt64(info.st_ino), relativePath: path, pathChecked: true)
        }
        return [link("photos/a-jpg-card.webp", cached, file), link("photos/b-jpg-card.webp", cached, file),
                link("photos/x/y/c-jpg-card.webp", other, otherFile), link("d-jpg-card.webp", other, otherFile)]
    }

    /// Three builds into one output: the first two link everything, the third (reusing the first's site) keeps every
    /// link from the listing; each build's published files are the cache's inodes and survive the pruning.
    @Test func aReusedTreeKeepsEveryLinkItHolds() throws {
        let (shop, cached, file, other, otherFile) = try StagingLinkTests.twoCacheFiles()
        defer { try? FileManager.default.removeItem(atPath: shop + "/..") }
        let output = try OutputFolder(path: shop + "/public", shopPath: shop)
        for round in 1...3 {
            let staging = try output.stage()
            #expect(staging.reusesPreviousSite == (round == 3))
            try staging.write("page \(round)", to: "index.html")
            let placed = staging.placeLinks(Self.links(cached, file, other, otherFile))
            #expect(placed.placed == 4 && placed.errors.isEmpty, "round \(round)")
            if round == 3 {
                var again = file
                #expect(try !staging.keepsLink(of: again, at: "photos/a-jpg-card.webp"), "kept once, counted as written")
                again.st_ino = otherFile.st_ino
                #expect(try !staging.keepsLink(of: again, at: "photos/e-jpg-card.webp"), "not listed")
            }
            try staging.commit()
            for (path, expected) in [("photos/a-jpg-card.webp", file), ("photos/b-jpg-card.webp", file),
                                     ("photos/x/y/c-jpg-card.webp", otherFile), ("d-jpg-card.webp", otherFile)] {
                let there = try #require(StagingLinkTests.inode(shop + "/public/" + path), "round \(round): \(path)")
                #expect(there.inode == UInt64(expected.st_ino), "round \(round): \(path) is the cache's inode")
            }
        }
        #expect(StagingLinkTests.read(cached) == "RIFF cached bytes")
    }

    /// The third build (reusing the first's site): a page written at a photo's path before the links are placed makes
    /// that link be made again (the photo wins, as the last to be put there); a page written after a kept link
    /// replaces it and is kept; a photo no longer linked is pruned, and the kept ones survive the pruning.
    @Test func writesBeforeAndAfterAKeptLink() throws {
        let (shop, cached, file, other, otherFile) = try StagingLinkTests.twoCacheFiles()
        defer { try? FileManager.default.removeItem(atPath: shop + "/..") }
        func link(_ path: String, _ source: String, _ info: stat) -> CacheLink {
            CacheLink(source: source, device: UInt64(info.st_dev), inode: UInt64(info.st_ino), relativePath: path, pathChecked: true)
        }
        let output = try OutputFolder(path: shop + "/public", shopPath: shop)
        for _ in 1...2 {
            let staging = try output.stage()
            try staging.write("page", to: "index.html")
            let placed = staging.placeLinks([link("photos/a.webp", cached, file), link("photos/b.webp", other, otherFile),
                                             link("photos/c.webp", other, otherFile), link("photos/gone.webp", cached, file)])
            #expect(placed.errors.isEmpty)
            try staging.commit()
        }
        let staging = try output.stage()
        #expect(staging.reusesPreviousSite)
        try staging.write("page", to: "index.html")
        try staging.write("written first", to: "photos/a.webp")
        let placed = staging.placeLinks([link("photos/a.webp", cached, file), link("photos/b.webp", other, otherFile),
                                         link("photos/c.webp", other, otherFile)])
        #expect(placed.placed == 3 && placed.errors.isEmpty)
        try staging.write("written after", to: "photos/b.webp")
        try staging.commit()
        #expect(StagingLinkTests.inode(shop + "/public/photos/a.webp")?.inode == UInt64(file.st_ino), "linked again over the page")
        #expect(StagingLinkTests.read(shop + "/public/photos/b.webp") == "written after")
        #expect(StagingLinkTests.inode(shop + "/public/photos/c.webp")?.inode == UInt64(otherFile.st_ino), "kept")
        #expect(!FileManager.default.fileExists(atPath: shop + "/public/photos/gone.webp"), "pruned")
        #expect(StagingLinkTests.read(cached) == "RIFF cached bytes" && StagingLinkTests.read(other) == "RIFF other bytes!")
    }

    /// A path not vouched for is walked as `linkFile` walks it: `..` is refused with the staging folder's message and
    /// nothing is written outside the site; the other links are still placed.
    @Test(arguments: [(false, "../escape.webp"), (false, "photos/../../escape.webp"), (false, "/escape.webp")])
    func anUncheckedPathIsStillChecked(checked: Bool, path: String) throws {
        let (shop, cached, file, _, _) = try StagingLinkTests.twoCacheFiles()
        defer { try? FileManager.default.removeItem(atPath: shop + "/..") }
        let output = try OutputFolder(path: shop + "/public", shopPath: shop)
        for round in 1...3 {
            let staging = try output.stage()
            try staging.write("page", to: "index.html")
            let placed = staging.placeLinks([
                CacheLink(source: cached, device: UInt64(file.st_dev), inode: UInt64(file.st_ino), relativePath: path, pathChecked: checked),
                CacheLink(source: cached, device: UInt64(file.st_dev), inode: UInt64(file.st_ino), relativePath: "photos/a.webp", pathChecked: true),
            ])
            #expect(placed.placed == 1, "round \(round)")
            #expect(placed.errors.map(\.code) == ["E-WRITE-OUTSIDE"], "round \(round)")
            try staging.commit()
        }
        #expect(!FileManager.default.fileExists(atPath: shop + "/escape.webp") && !FileManager.default.fileExists(atPath: "/escape.webp"))
        #expect(StagingLinkTests.inode(shop + "/public/photos/a.webp")?.inode == UInt64(file.st_ino))
    }

    /// A record of `names`, its cache files numbered from 1.
    static func record(_ names: [String]) -> PhotoRecord {
        let renditions = names.map { DevelopedPhoto.Rendition(name: $0, width: 300, height: 200) }
        let files = names.indices.map { CacheFile(path: "/cache/\($0)", device: 1, inode: UInt64($0 + 1), size: 9, seconds: 0, nanoseconds: 0) }
        return PhotoRecord(photo: DevelopedPhoto(format: .jpeg, width: 900, height: 600, tone: nil, renditions: renditions),
                           byteSize: 99, webpFiles: files, jpegFiles: files)
    }

    /// The shelf composes the published paths once, and vouches for them only when the source is a safe content path
    /// and every size name is plain: anything else is left to the staging folder's walk.
    @Test(arguments: [
        ("assets/a.JPG", ["card", "page"], ["photos/assets/a-jpg-card.webp", "photos/assets/a-jpg-card.jpg", "photos/assets/a-jpg-page.webp", "photos/assets/a-jpg-page.jpg"], true),
        ("产品/主图_1.png", ["zoom_2"], ["photos/产品/主图_1-png-zoom_2.webp", "photos/产品/主图_1-png-zoom_2.jpg"], true),
        ("../a.jpg", ["card"], ["photos/../a-jpg-card.webp", "photos/../a-jpg-card.jpg"], false),
        ("a.jpg", ["x/../../y"], ["photos/a-jpg-x/../../y.webp", "photos/a-jpg-x/../../y.jpg"], false),
        ("a.jpg", [""], ["photos/a-jpg-.webp", "photos/a-jpg-.jpg"], false),
    ])
    func theShelfComposesEachPathOnce(source: String, names: [String], paths: [String], checked: Bool) {
        let shelf = PhotoShelf(sizes: [], records: [source: Self.record(names)])
        let links = shelf.links
        #expect(links.map(\.relativePath) == paths)
        #expect(links.allSatisfy { $0.pathChecked == checked })
        #expect(shelf.cardImage(source) == paths[1])
        #expect(links.map(\.inode) == names.indices.flatMap { [UInt64($0 + 1), UInt64($0 + 1)] })
    }

    /// The stem of an ASCII source, written byte by byte, is what the general rule spells.
    @Test(arguments: ["assets/a.JPG", "a.b.PnG", "noext", "dir.V2/a", ".jpg", "a.", "A/B/C.WebP", "x-y_z.JpEg"])
    func theAsciiStemIsTheGeneralOne(source: String) {
        var general = "photos/"
        if let dot = source.utf8.lastIndex(of: UInt8(ascii: ".")) {
            general += String(decoding: source.utf8[..<dot], as: UTF8.self) + "-"
            general += String(decoding: source.utf8[source.utf8.index(after: dot)...], as: UTF8.self).lowercased()
        } else {
            general += source
        }
        #expect(PhotoShelf.outputStem(source) == general + "-")
        #expect(PhotoShelf.asciiStem(source) == general + "-")
    }

    /// UTF-8 byte order, which is not `String`'s `<` for text not in NFC: `e` + a combining acute (0x65 …) comes before
    /// `f`, where `String` compares it as `é`, after `f`.
    @Test(arguments: [("a", "b", true), ("b", "a", false), ("a", "ab", true), ("ab", "a", false), ("", "a", true), ("a", "a", false),
                      ("z", "é", true), ("e\u{301}", "f", true), ("f", "e\u{301}", false), ("e\u{301}", "é", true)])
    func utf8Order(a: String, b: String, precedes: Bool) {
        #expect(UTF8Order.precedes(a, b) == precedes)
    }

    /// The shelf's order is UTF-8 byte order whatever order it is given (here `String`'s), so the links are made in the
    /// order they always were.
    @Test func theShelfOrderIsByteOrder() {
        let sources = ["f.jpg", "e\u{301}.jpg", "a/b.jpg", "B.jpg"]
        let records = Dictionary(uniqueKeysWithValues: sources.map { ($0, Self.record(["card"])) })
        let expected = ["B.jpg", "a/b.jpg", "e\u{301}.jpg", "f.jpg"]
        #expect(PhotoShelf(records: records, sorted: sources.sorted()).order == expected)
        #expect(PhotoShelf(records: records).order == expected)
        #expect(PhotoShelf(records: records, sorted: ["f.jpg", "gone.jpg"]).order == ["f.jpg"], "only shelved sources")
    }
}

/// `lastSlash` finds what `utf8.lastIndex(of: "/")` finds, on strings and on slices of them.
@Suite struct LastSlashTests {
    @Test(arguments: ["", "a", "/", "a/b", "photos/x/y/c.webp", "产品/主图.jpg", "a//", "/abc", "é/e\u{301}"])
    func lastSlash(text: String) {
        #expect(text.lastSlash == text.utf8.lastIndex(of: UInt8(ascii: "/")))
        let slice = text.dropFirst()
        #expect(slice.lastSlash == slice.utf8.lastIndex(of: UInt8(ascii: "/")))
    }
}
