import Foundation
@testable import SiteOutput
import Testing
@testable import SiteBuilder

/// A rebuild looks at the files it would write again read-only, with as few system calls as it can: a reused file that
/// already holds the new bytes is kept untouched (shared or not), reading a file never moves its access time, and one
/// read settles a file of any length.
@Suite struct KeptFileTests {
    static func status(_ path: String) -> stat? {
        var info = stat()
        return lstat(path, &info) == 0 ? info : nil
    }

    /// Gives `path` the access and modification times `seconds` after 1970.
    static func setTimes(_ path: String, access: Int, modified: Int) {
        let times = [timespec(tv_sec: access, tv_nsec: 0), timespec(tv_sec: modified, tv_nsec: 0)]
        _ = utimensat(AT_FDCWD, path, times, AT_SYMLINK_NOFOLLOW)
    }

    /// After a page changed, each of the two trees holds it as a single-link file of its own. When the spare's copy
    /// already holds the new bytes, the build keeps it: not written again, so its modification time stays as it was.
    @Test func aSingleLinkFileHoldingTheNewBytesIsNotWrittenAgain() throws {
        let world = try OutputWorld()
        let public_ = world.shop + "/public", spare = world.shop + "/.public.shopsite-spare"
        let output = try world.output(public_)
        for (text, reusing) in [("A one", false), ("A two", false), ("A two", true)] {
            try LiveLinkTests.build(output, ["products/A.html": text], reusing: reusing)
        }
        let kept = try #require(Self.status(spare + "/products/A.html"))
        #expect(kept.st_nlink == 1, "the spare's page is a file of its own")
        #expect(SpareReuseTests.read(spare + "/products/A.html") == "A two")
        Self.setTimes(spare + "/products/A.html", access: 1_000_000_000, modified: 1_000_000_000)

        try LiveLinkTests.build(output, ["products/A.html": "A two"], reusing: true)
        let live = try #require(Self.status(public_ + "/products/A.html"))
        #expect(live.st_ino == kept.st_ino, "the spare became the live site")
        #expect(live.st_mtim.tv_sec == 1_000_000_000, "holding the new bytes, it was not written again")
        #expect(SpareReuseTests.read(public_ + "/products/A.html") == "A two")

        try LiveLinkTests.build(output, ["products/A.html": "A three, longer"], reusing: true)
        #expect(SpareReuseTests.read(public_ + "/products/A.html") == "A three, longer", "other bytes are still written")
    }

    /// Comparing the live site's files (the second build) and the spare's (the third) reads them without moving their
    /// access time: under `relatime` a read after a link or a write would make the kernel write each inode again.
    @Test func comparingAFileLeavesItsAccessTime() throws {
        let world = try OutputWorld()
        let public_ = world.shop + "/public", spare = world.shop + "/.public.shopsite-spare"
        let output = try world.output(public_)
        let pages = ["index.html": "首页", "products/A.html": "A one"]
        try LiveLinkTests.build(output, pages, reusing: false)
        let now = Int(Date().timeIntervalSince1970)
        for page in pages.keys { Self.setTimes(public_ + "/" + page, access: 1_000_000_000, modified: now) }
        try LiveLinkTests.build(output, pages, reusing: false)
        for page in pages.keys {
            let info = try #require(Self.status(public_ + "/" + page))
            #expect(info.st_nlink == 2, "\(page) is linked")
            #expect(info.st_atim.tv_sec == 1_000_000_000, "\(page) was read to compare, its access time kept")
        }
        try LiveLinkTests.build(output, pages, reusing: true)
        for page in pages.keys {
            #expect(Self.status(spare + "/" + page)?.st_atim.tv_sec == 1_000_000_000, "\(page) kept, its access time too")
        }
    }

    /// `reads` around its 64 KiB chunk: the same bytes are equal, one byte changed, missing or extra is not.
    @Test(arguments: [0, 1, 4_096, 65_535, 65_536, 65_537, 131_072, 200_000])
    func aFileOfAnyLengthIsComparedExactly(length: Int) throws {
        let folder = TestScratch.path("reads-\(length)")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let path = folder + "/page.html"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(FileSystem.holds(bytes, at: path))
        #expect(FileSystem.keeps(bytes, at: path) == true)
        if length > 0 {
            var changed = bytes
            changed[length - 1] ^= 1
            #expect(!FileSystem.holds(changed, at: path))
            #expect(FileSystem.keeps(changed, at: path) == nil, "a single-link file with other bytes is written")
            #expect(!Self.reads(path, as: Array(bytes.dropLast())), "the file is one byte longer")
        }
        #expect(!Self.reads(path, as: bytes + [0]), "the file is one byte shorter")
    }

    /// `FileSystem.reads` on a fresh descriptor of `path`, whatever the file's size.
    static func reads(_ path: String, as bytes: [UInt8]) -> Bool {
        let fd = open(path, O_RDONLY)
        defer { if fd >= 0 { close(fd) } }
        return fd >= 0 && FileSystem.reads(fd, as: bytes)
    }
}
