import Foundation
@testable import SiteOutput
import Testing

/// Replacing a file by rename copes with what a killed run left at the temporary name, and never writes through it.
@Suite struct ReplaceLeftoverTests {
    /// A leftover file, and a link planted at the temporary name pointing at a file outside, are both removed and
    /// the replacement made: the page gets the new bytes and the outside file keeps its own.
    @Test(arguments: ["file", "link"]) func aLeftoverTemporaryIsRemovedNotWrittenThrough(_ leftover: String) throws {
        let world = try OutputWorld()
        let folder = world.shop + "/public"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let page = folder + "/index.html", temporary = folder + "/.index.html.shopsite-new-\(getpid())"
        try FileSystem.write(Array("old".utf8), to: page)
        if leftover == "file" {
            try FileSystem.write(Array("half-written".utf8), to: temporary)
        } else {
            try FileManager.default.createSymbolicLink(atPath: temporary, withDestinationPath: world.foreign + "/thesis.txt")
        }
        try FileSystem.replace(page, with: Array("new".utf8))
        #expect(SiteFixture.text(folder, "index.html") == "new")
        #expect(FileSystem.kind(of: temporary) == .missing)
        #expect(world.snapshot().contains("foreign/thesis.txt precious"))
    }
}
