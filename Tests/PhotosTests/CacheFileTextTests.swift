@testable import Photos
import Testing

/// A derived file's `device:inode:size:seconds:nanoseconds` as `stamps.tsv` keeps it: five numbers are read, anything
/// else (fewer, more, empty, not digits, past Int64) is refused rather than trusted or trapped on.
@Suite struct CacheFileTextTests {
    @Test func fiveNumbersAreRead() throws {
        let file = try #require(CacheFile(path: "/c/a.webp", text: ArraySlice("65024:16081405:3496:1796600180:334848627".utf8)))
        #expect(file == CacheFile(path: "/c/a.webp", device: 65024, inode: 16_081_405, size: 3496, seconds: 1_796_600_180,
                                  nanoseconds: 334_848_627))
        #expect(file.text == "65024:16081405:3496:1796600180:334848627")
    }

    @Test(arguments: ["", "1:2:3:4", "1:2:3:4:5:6", "1::3:4:5", "1:2:3:4:", ":1:2:3:4", "1:2:x:4:5", "1:2:-3:4:5",
                      "1:2:9999999999999999999:4:5", "1:2:3:4:99999999999999999999"])
    func anythingElseIsRefused(text: String) {
        #expect(CacheFile(path: "/c/a.webp", text: ArraySlice(text.utf8)) == nil)
    }
}
