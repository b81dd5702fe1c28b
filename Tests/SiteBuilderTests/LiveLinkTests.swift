import Foundation
@testable import SiteOutput
import Testing
@testable import SiteBuilder

/// A build staged beside a live site without a spare links the live files it would write with the same bytes, and a
/// build reusing the spare keeps the files it shares with the live site when their bytes are the same: no write ever
/// reaches a file of the live site, a changed page gets a file of its own.
@Suite struct LiveLinkTests {
    static func inode(_ path: String) -> (inode: UInt64, links: Int)? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return (UInt64(info.st_ino), Int(info.st_nlink))
    }

    static func build(_ output: OutputFolder, _ files: [String: String], reusing: Bool) throws {
        let staging = try output.stage()
        #expect(staging.reusesPreviousSite == reusing)
        for (path, text) in files.sorted(by: { $0.key < $1.key }) { try staging.write(text, to: path) }
        try staging.commit()
    }

    /// The three builds of a new output: the second links the first site's unchanged pages (two names, one inode), a
    /// changed page and a page of another length get inodes of their own; the third keeps the shared pages as they are.
    @Test func secondBuildLinksUnchangedPagesAndTheThirdKeepsThem() throws {
        let world = try OutputWorld()
        let public_ = world.shop + "/public", spare = world.shop + "/.public.shopsite-spare"
        let output = try world.output(public_)
        let first = ["index.html": "首页", "products/A.html": "A one", "products/B.html": "B one", "products/C.html": "C one"]
        try Self.build(output, first, reusing: false)
        let second = ["index.html": "首页", "products/A.html": "A one", "products/B.html": "B two", "products/C.html": "C, longer"]
        try Self.build(output, second, reusing: false)
        for page in ["index.html", "products/A.html"] {
            let live = try #require(Self.inode(public_ + "/" + page)), old = try #require(Self.inode(spare + "/" + page))
            #expect(live.inode == old.inode && live.links == 2, "\(page) is linked, not written again")
        }
        for page in ["products/B.html", "products/C.html"] {
            #expect(Self.inode(public_ + "/" + page)?.links == 1, "\(page) changed: a new file")
            #expect(Self.inode(public_ + "/" + page)?.inode != Self.inode(spare + "/" + page)?.inode)
        }
        #expect(SiteFixture.text(spare, "products/B.html") == "B one", "the previous site's file is untouched")

        // The third build reuses the first site (the spare): A is kept shared, index changes to a new inode.
        let sharedA = try #require(Self.inode(public_ + "/products/A.html"))
        let third = ["index.html": "首页，新", "products/A.html": "A one", "products/B.html": "B two", "products/C.html": "C three"]
        try Self.build(output, third, reusing: true)
        #expect(Self.inode(public_ + "/products/A.html")?.inode == sharedA.inode, "kept as it is, not replaced")
        #expect(Self.inode(public_ + "/products/A.html")?.links == 2)
        #expect(SiteFixture.text(spare, "index.html") == "首页", "the second site (now the spare) is untouched")
        #expect(Self.inode(public_ + "/index.html")?.links == 1)
        for (page, text) in third { #expect(SiteFixture.text(public_, page) == text) }
        #expect(SiteFixture.files(in: public_).keys.sorted() == third.keys.sorted())
    }

    /// A live file edited by hand in place is not kept when the build's bytes differ, in the second build (the live
    /// file is compared) and in the third (the edit reached the shared inode of the spare too).
    @Test(arguments: [false, true]) func aHandEditedLiveFileIsNotKept(inThirdBuild: Bool) throws {
        let world = try OutputWorld()
        let public_ = world.shop + "/public"
        let output = try world.output(public_)
        try Self.build(output, ["index.html": "site", "products/A.html": "A one"], reusing: false)
        if inThirdBuild { try Self.build(output, ["index.html": "site", "products/A.html": "A one"], reusing: false) }
        let handle = try #require(FileHandle(forWritingAtPath: public_ + "/products/A.html"))
        try handle.write(contentsOf: Data("A 1!!".utf8))  // same length, written in place
        try handle.close()
        try Self.build(output, ["index.html": "site", "products/A.html": "A one"], reusing: inThirdBuild)
        #expect(SiteFixture.text(public_, "products/A.html") == "A one")
        #expect(Self.inode(public_ + "/products/A.html")?.links == 1, "a file of its own")
        #expect(SiteFixture.text(world.shop, ".public.shopsite-spare/products/A.html") == "A 1!!")
    }

    /// A failed second or third build leaves every live file byte for byte as it was, with its own link count.
    @Test(arguments: [false, true]) func aFailedBuildLeavesTheLiveSiteAsItWas(reusing: Bool) throws {
        let world = try OutputWorld()
        let public_ = world.shop + "/public"
        let output = try world.output(public_)
        let site = ["index.html": "site", "products/A.html": "A one", "products/B.html": "B one"]
        try Self.build(output, site, reusing: false)
        if reusing { try Self.build(output, site, reusing: false) }
        let before = SiteFixture.files(in: public_)
        let staging = try output.stage()
        #expect(staging.reusesPreviousSite == reusing)
        try staging.write("A one", to: "products/A.html")
        try staging.write("B, half written", to: "products/B.html")
        try staging.write("site", to: "index.html")
        staging.discard()
        #expect(SiteFixture.files(in: public_) == before)
        #expect(Self.inode(public_ + "/products/A.html")?.links == (reusing ? 2 : 1), "kept shared, or unlinked with the staging folder")
        #expect(Self.inode(public_ + "/products/B.html")?.links == 1, "B's shared inode was replaced, not written into")
    }
}
