import Foundation
@testable import SiteOutput
import Testing
@testable import SiteBuilder

/// Writing a site never changes anything but the output: no write through a hard link into a snapshot, the output
/// folder's own mode kept, and a killed build's leftovers cleaned up only when they are shopsite's and abandoned.
@Suite struct OutputWriteSafetyTests {
    static func build(_ output: OutputFolder, _ files: [String: String]) throws {
        let staging = try output.stage()
        for (path, text) in files { try staging.write(text, to: path) }
        try staging.commit()
    }

    /// `cp -al public snap`, then two builds (the second overwrites the spare, the first site): `snap` is unchanged.
    @Test func rebuildsNeverWriteThroughAHardLinkedSnapshot() throws {
        let world = try OutputWorld()
        let public_ = world.shop + "/public", snap = world.base + "/snap"
        let output = try world.output(public_)
        try Self.build(output, ["index.html": "one, the first site", "products/A.html": "A one"])
        try FileManager.default.createDirectory(atPath: snap + "/products", withIntermediateDirectories: true)
        for file in ["index.html", "products/A.html"] { #expect(link(public_ + "/" + file, snap + "/" + file) == 0) }
        try Self.build(output, ["index.html": "two", "products/A.html": "A two"])
        try Self.build(output, ["index.html": "three", "products/A.html": "A three, longer than before"])
        #expect(SiteFixture.text(snap, "index.html") == "one, the first site")
        #expect(SiteFixture.text(snap, "products/A.html") == "A one")
        #expect(SiteFixture.text(public_, "index.html") == "three")
        #expect(SiteFixture.text(public_, "products/A.html") == "A three, longer than before")
        #expect(SiteFixture.files(in: public_).keys.sorted() == ["index.html", "products/A.html"], "no temporary file is left")
    }

    static func mode(_ path: String) -> mode_t {
        var st = stat()
        return stat(path, &st) == 0 ? st.st_mode & 0o7777 : 0
    }

    /// A `0700` output stays `0700` through the first build and a rebuild from the spare; a later `chmod` is kept too.
    @Test func buildsKeepTheOutputFolderMode() throws {
        let world = try OutputWorld()
        let public_ = world.shop + "/public"
        #expect(mkdir(public_, 0o700) == 0 && chmod(public_, 0o700) == 0)
        let output = try world.output(public_)
        let first = try output.stage()
        #expect(Self.mode(first.path) == 0o700, "the site is private while it is written, too")
        try first.write("one", to: "index.html")
        try first.commit()
        #expect(Self.mode(public_) == 0o700)
        try Self.build(output, ["index.html": "two"])
        try Self.build(output, ["index.html": "three"])
        #expect(Self.mode(public_) == 0o700)
        #expect(chmod(public_, 0o750) == 0)
        try Self.build(output, ["index.html": "four"])
        #expect(Self.mode(public_) == 0o750)
    }

    /// A previous site moved aside by a killed build whose pid now belongs to a live process (pid 1) is still put
    /// back: a leftover is known by its lock, not by its pid.
    @Test func asideSiteOfAKilledBuildIsRestoredWhenItsPidIsReused() throws {
        let world = try OutputWorld()
        let aside = world.shop + "/.public.shopsite-tmp-1.old"
        SiteFixture.write(["index.html": "previous", OutputFolder.markerName: "marker"], under: aside)
        let staging = try world.output(world.shop + "/public").stage()
        staging.discard()
        #expect(SiteFixture.text(world.shop, "public/index.html") == "previous")
        #expect(!FileManager.default.fileExists(atPath: aside))
    }

    /// A folder that only looks like a killed build's staging folder (no marker) is never removed.
    @Test func aLookalikeFolderWithoutTheMarkerIsKept() throws {
        let world = try OutputWorld()
        let lookalike = world.shop + "/.public.shopsite-tmp-\(try OutputFolderTests.deadPID())"
        SiteFixture.write(["notes.txt": "mine"], under: lookalike)
        let staging = try world.output(world.shop + "/public").stage()
        staging.discard()
        #expect(SiteFixture.text(lookalike, "notes.txt") == "mine")
    }

    /// The swap by two renames (file systems without RENAME_EXCHANGE): the new site in place, the previous one kept
    /// as the spare, no `.old` left, and a marked `.old` left by an earlier build of this process does not block it.
    @Test func swapByRenamesLeavesNoAsideFolder() throws {
        let world = try OutputWorld()
        let output = try world.output(world.shop + "/public")
        try Self.build(output, ["index.html": "one"])
        let staging = try output.stage()
        SiteFixture.write(["index.html": "stale", OutputFolder.markerName: "marker"], under: staging.path + ".old")
        try staging.write("two", to: "index.html")
        try staging.swapByRenames()
        #expect(SiteFixture.text(world.shop, "public/index.html") == "two")
        #expect(SiteFixture.text(world.shop, ".public.shopsite-spare/index.html") == "one")
        let names = try FileManager.default.contentsOfDirectory(atPath: world.shop).sorted()
        #expect(names == [".public.shopsite-spare", "content", "public", "shop.yaml", "templates"])
    }
}
