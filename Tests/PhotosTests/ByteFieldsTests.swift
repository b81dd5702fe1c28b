import Foundation
@testable import Photos
import Testing

/// `stamps.tsv` is read straight into one byte array: every byte, for an empty file none, for a missing one nil.
@Suite struct ByteFieldsTests {
    @Test func aFileIsReadWhole() throws {
        let folder = PhotoFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let bytes = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        #expect(FileManager.default.createFile(atPath: folder + "/big", contents: Data(bytes)))
        #expect(FileManager.default.createFile(atPath: folder + "/empty", contents: Data()))
        #expect(ByteFields.contents(of: folder + "/big") == bytes)
        #expect(ByteFields.contents(of: folder + "/empty") == [])
        #expect(ByteFields.contents(of: folder + "/missing") == nil)
        #expect(ByteFields.contents(of: folder) == nil, "a folder cannot be read")
    }

    /// `end(of:)` finds the first separator at or after `start`, before `end`, or answers `end`.
    @Test(arguments: [("a,b,c", 0, nil, 1), ("a,b,c", 1, nil, 1), ("a,b,c", 2, nil, 3), ("a,b,c", 4, nil, 5), ("a,b,c", 5, nil, 5),
                      ("abc", 0, nil, 3), ("a,b", 0, 1, 1), ("ab,", 0, 2, 2), ("", 0, nil, 0), (",", 0, nil, 0)])
    func theEndOfAField(text: String, start: Int, end: Int?, expected: Int) {
        let bytes = Array(text.utf8)
        #expect(bytes.withUnsafeBufferPointer { ByteFields.end(of: UInt8(ascii: ","), in: $0, from: start, to: end) } == expected)
    }

    /// `joined` and `equal` spell and compare what `+` and `==` do.
    @Test func joinedAndEqual() {
        #expect(ByteFields.joined("/cache/ab-", "card", ".webp") == "/cache/ab-card.webp")
        #expect(ByteFields.joined("", "产品", "") == "产品")
        let bytes = Array("rendition card".utf8)
        bytes.withUnsafeBufferPointer { text in
            #expect(ByteFields.equal(text, 0..<9, "rendition") && !ByteFields.equal(text, 0..<9, "renditio"))
            #expect(ByteFields.equal(text, 10..<14, "card" as String) && !ByteFields.equal(text, 10..<14, "cart" as String))
            #expect(ByteFields.equal(text, 3..<3, "") && ByteFields.equal(text, 3..<3, "" as String))
        }
    }
}
