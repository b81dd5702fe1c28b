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
}
