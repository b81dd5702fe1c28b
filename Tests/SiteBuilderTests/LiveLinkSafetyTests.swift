import Foundation
@testable import SiteOutput
import Testing
@testable import SiteBuilder

/// Linking from the live site never follows a symlink planted in it, and asset copies shared with it keep their
/// modification times without a write to the live inode.
@Suite struct LiveLinkSafetyTests {
    /// A symlinked folder or file in the live site pointing at a file of the same bytes is not linked: the new site
    /// gets a file of its own and the outside file keeps its single link.
    @Test func symlinksInTheLiveSiteAreNotFollowed() throws {
        let world = try OutputWorld()
        let public_ = world.shop + "/public"
        let output = try world.output(public_)
        try LiveLinkTests.build(output, ["index.html": "site"], reusing: false)
        SiteFixture.write(["products/A.html": "A one", "B.html": "B one"], under: world.foreign)
        try FileManager.default.createSymbolicLink(atPath: public_ + "/products", withDestinationPath: world.foreign + "/products")
        try FileManager.default.createSymbolicLink(atPath: public_ + "/B.html", withDestinationPath: world.foreign + "/B.html")
        try LiveLinkTests.build(output, ["index.html": "site", "products/A.html": "A one", "B.html": "B one"], reusing: false)
        for (page, outside) in [("products/A.html", "products/A.html"), ("B.html", "B.html")] {
            #expect(SiteFixture.text(public_, page) == SiteFixture.text(world.foreign, outside))
            #expect(LiveLinkTests.inode(world.foreign + "/" + outside)?.links == 1, "\(page): not a link of the outside file")
            #expect(FileSystem.kind(of: public_ + "/" + page) == .file)
        }
        #expect(world.snapshot().contains("foreign/thesis.txt precious"))
    }

    /// An asset copy is linked from the live site when its bytes and time match the source's, kept by the build that
    /// reuses the spare, and copied anew (with the source's new time) once the source is touched: the live copy's
    /// time never changes.
    @Test func assetCopiesSharedWithTheLiveSiteKeepTheirTimes() throws {
        let world = try OutputWorld()
        let public_ = world.shop + "/public", source = world.shop + "/content/assets/site.css"
        SiteFixture.write(["assets/site.css": "body { color: #333 }"], under: world.shop + "/content")
        let output = try world.output(public_)
        func copyBuild(reusing: Bool) throws {
            let staging = try output.stage()
            #expect(staging.reusesPreviousSite == reusing)
            try staging.copyFile(from: source, to: "assets/site.css")
            try staging.commit()
        }
        try copyBuild(reusing: false)
        try copyBuild(reusing: false)
        #expect(LiveLinkTests.inode(public_ + "/assets/site.css")?.links == 2, "linked from the live site")
        try copyBuild(reusing: true)
        #expect(LiveLinkTests.inode(public_ + "/assets/site.css")?.links == 2, "kept by size and time")
        let sharedTime = try #require(FileSystem.regularFile(public_ + "/assets/site.css")).st_mtim
        let later = [timespec(tv_sec: 1_800_000_000, tv_nsec: 5), timespec(tv_sec: 1_800_000_000, tv_nsec: 5)]
        #expect(utimensat(AT_FDCWD, source, later, 0) == 0)
        try copyBuild(reusing: true)
        let spareCopy = try #require(FileSystem.regularFile(world.shop + "/.public.shopsite-spare/assets/site.css"))
        #expect(spareCopy.st_mtim.tv_sec == sharedTime.tv_sec && spareCopy.st_mtim.tv_nsec == sharedTime.tv_nsec,
                "the previous site's copy keeps its time")
        let copy = try #require(FileSystem.regularFile(public_ + "/assets/site.css"))
        #expect(copy.st_nlink == 1 && copy.st_mtim.tv_sec == 1_800_000_000 && copy.st_mtim.tv_nsec == 5)
        #expect(SiteFixture.text(public_, "assets/site.css") == "body { color: #333 }")
    }

    /// A path written twice in a new staging folder (the first time linked from the live site) is replaced the second
    /// time, never written into: the live file keeps its bytes.
    @Test func aPathWrittenTwiceNeverReachesTheLiveFile() throws {
        let world = try OutputWorld()
        let public_ = world.shop + "/public"
        let output = try world.output(public_)
        try LiveLinkTests.build(output, ["index.html": "site"], reusing: false)
        let staging = try output.stage()
        try staging.write("site", to: "index.html")
        #expect(LiveLinkTests.inode(public_ + "/index.html")?.links == 2)
        try staging.write("other", to: "index.html")
        #expect(SiteFixture.text(public_, "index.html") == "site")
        #expect(SiteFixture.text(staging.path, "index.html") == "other")
        staging.discard()
    }
}
