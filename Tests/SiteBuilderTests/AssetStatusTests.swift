import Diagnostics
import Foundation
@testable import SiteOutput
import Testing
@testable import SiteBuilder

/// The asset walk's `lstat` of each source is the copy's: not taken again, a reused tree's copy of the same size and
/// modification time is kept from it, and a status that is not a regular file's is refused like a symlink.
@Suite struct AssetStatusTests {
    @Test func theWalksStatusDecidesTheCopy() throws {
        let shop = try OutputFolderTests.makeShop()
        defer { try? FileManager.default.removeItem(atPath: shop + "/..") }
        try FileManager.default.createDirectory(atPath: shop + "/content/assets/css", withIntermediateDirectories: true)
        try "body { color: #333 }".write(toFile: shop + "/content/assets/css/a.css", atomically: false, encoding: .utf8)
        var errors: [Diagnostic] = []
        let walked = AssetCopier.walk(shop + "/content/assets", display: "content/assets", errors: &errors)
        #expect(errors.isEmpty && walked.map(\.path) == ["css/a.css"])
        let status = try #require(walked.first?.status)
        let output = try OutputFolder(path: shop + "/public", shopPath: shop)
        var firstCopy: UInt64 = 0
        for round in 1...3 {
            let staging = try output.stage()
            try staging.copyFile(from: shop + "/content/assets/css/a.css", status: status, to: "assets/css/a.css")
            try staging.commit()
            let there = try #require(StagingLinkTests.inode(shop + "/public/assets/css/a.css"))
            if round == 1 { firstCopy = there.inode }
            if round == 3 { #expect(there.inode == firstCopy, "the reused tree's copy is kept, not made again") }
        }
        #expect(StagingLinkTests.read(shop + "/public/assets/css/a.css") == "body { color: #333 }")
        var folder = stat()
        #expect(lstat(shop + "/content/assets/css", &folder) == 0)
        let staging = try output.stage()
        #expect(throws: (any Error).self) { try staging.copyFile(from: shop + "/content/assets/css", status: folder, to: "assets/x") }
        staging.discard()
    }
}
