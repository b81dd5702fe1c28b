import Foundation
@testable import Photos
import Testing

/// `stamps.tsv` read through index ranges: a whole line gives its stamp, hash, path (tabs and all) and record; a line
/// with too few fields is skipped, and a record whose facts or files do not match (a file missing, one too many, a
/// damaged number) is nil, so that photo is looked at again.
@Suite struct PhotoStampsTextTests {
    static let sizes = [PhotoSize(name: "card", width: 200, height: 200, fill: true), PhotoSize(name: "page", width: 600, height: 600, fill: false)]
    static let facts = "shopsite-photo 1;format jpeg;size 900 800;rendition card 200 200;rendition page 600 533"
    static let files = "1:11:100:5:6,1:12:200:5:6,1:13:300:5:6,1:14:400:5:6"

    /// The stamps of a cache folder holding `lines` after the current header.
    static func read(_ lines: [String], header: Bool = true) throws -> PhotoStamps {
        let folder = PhotoFixture.temporaryFolder()
        let cache = PhotoCache(folder: folder, sizes: sizes)
        let text = (header ? [PhotoStamps.header(cache)] : []) + lines
        try (text.joined(separator: "\n") + "\n").write(toFile: folder + "/stamps.tsv", atomically: false, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        return PhotoStamps(cache: cache)
    }

    @Test func aWholeLineGivesItsRecord() throws {
        let stamps = try Self.read(["", "1234 5.6 7.8 99\tabc\t\(Self.facts)\t\(Self.files)\tassets/a\tb.jpg", ""])
        #expect(!stamps.outdated)
        let entry = try #require(stamps.entries["assets/a\tb.jpg"])
        #expect(entry.stamp == "1234 5.6 7.8 99" && entry.sha == "abc")
        let record = try #require(entry.record)
        #expect(record.byteSize == 1234)
        #expect(record.photo == DevelopedPhoto(format: .jpeg, width: 900, height: 800, tone: nil,
                                               renditions: [.init(name: "card", width: 200, height: 200), .init(name: "page", width: 600, height: 533)]))
        #expect(record.webpFiles.map(\.inode) == [11, 12] && record.jpegFiles.map(\.inode) == [13, 14])
        #expect(record.webpFiles.map(\.size) == [100, 200] && record.jpegFiles.map(\.size) == [300, 400])
        #expect(record.jpegFiles[1].path.hasSuffix("/abc-\(PhotoCache(folder: "", sizes: Self.sizes).parameters)-page.jpg"))
    }

    @Test(arguments: [
        ("-", files), (facts, "-"), (facts, "1:11:100:5:6,1:12:200:5:6,1:13:300:5:6"), (facts, files + ",1:15:500:5:6"),
        (facts, files + ","), (facts, "1:11:100:5:6,,1:13:300:5:6,1:14:400:5:6"), (facts, "1:11:100:5:x,1:12:200:5:6,1:13:300:5:6,1:14:400:5:6"),
        ("shopsite-photo 1;format jpeg;size 900 800", ""), (facts + ";colour red", files),
    ])
    func aRecordThatDoesNotMatchIsNil(facts: String, files: String) throws {
        let stamps = try Self.read(["1 2 3 4\tabc\t\(facts)\t\(files)\ta.jpg"])
        let entry = try #require(stamps.entries["a.jpg"], "the stamp and hash are still read")
        #expect(entry.record == nil)
    }

    @Test func shortLinesAreSkippedAndAnOldFileIsOutdated() throws {
        let stamps = try Self.read(["1 2 3 4\tabc\t\(Self.facts)\ta.jpg", "no tabs at all"])
        #expect(stamps.entries.isEmpty)
        let old = try Self.read(["1 2 3\tabc\tassets/a.jpg", "nothing"], header: false)
        #expect(old.outdated)
        #expect(old.entries == ["assets/a.jpg": PhotoStamps.Entry(stamp: "1 2 3", sha: "abc", record: nil)])
    }

    /// The stamp written digit by digit spells what the interpolation spelled (zeros, negative times, the largest values).
    @Test(arguments: [(0, 0, 0, 0, 0, 0), (1234, 1_796_600_180, 334_848_627, 1_796_600_181, 5, 16_081_405),
                      (7, -1, 999_999_999, -86_400, 0, 1), (Int.max, Int.max, 999_999_999, Int.min + 1, 999_999_999, Int.max)])
    func theStampSpellsTheStatus(size: Int, mtime: Int, mnsec: Int, ctime: Int, cnsec: Int, inode: Int) throws {
        var info = stat()
        info.st_mode = S_IFREG
        info.st_size = numericCast(size)
        info.st_mtim = timespec(tv_sec: mtime, tv_nsec: mnsec)
        info.st_ctim = timespec(tv_sec: ctime, tv_nsec: cnsec)
        info.st_ino = numericCast(UInt64(inode))
        let stamp = try #require(PhotoStamps.stamp(from: info))
        #expect(stamp.stamp == "\(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(info.st_ctim.tv_sec).\(info.st_ctim.tv_nsec) \(info.st_ino)")
        #expect(stamp.size == size)
    }
}
