import Foundation
@testable import SiteOutput
import Testing
@testable import SiteBuilder

/// The output path is decided on what it really is: every refused folder stays refused when it is reached through
/// `..`, through a symlink, or through a folder that does not exist yet (issue 12, must-fix 1).
@Suite struct OutputPathResolutionTests {
    @Test(arguments: [
        ("shop/nothere/../content", "inside the shop's content/"), ("nothere/../shop/content", "inside the shop's content/"),
        ("shop/content/../content/", "inside the shop's content/"), ("lcontent", "inside the shop's content/"),
        ("lcontent/new", "inside the shop's content/"), ("lshop/nothere/../content/x/..", "inside the shop's content/"),
        ("shop/a/b/../../templates", "inside the shop's templates/"), ("ltemplates/x/y", "inside the shop's templates/"),
        ("nothere/../shop", "it contains the shop"), ("lshop", "it contains the shop"), ("shop/nothere/../..", "it contains the shop"),
        ("lshop/..", "it contains the shop"), ("lup/d", "it contains the shop"), ("shop/content/lup", "it contains the shop"),
        ("nothere/../home", "the home folder"), ("lhome", "the home folder"), ("lhome/x/..", "the home folder"),
        ("nothere/../foreign", "not created by shopsite"), ("lforeign", "not created by shopsite"),
        ("lforeign/x/y/../..", "not created by shopsite"),
        ("nothere/" + String(repeating: "../", count: 40), "the root folder"), ("lbroken/x", "broken symlink"),
        ("shop/shop.yaml/x", "broken symlink or cannot be read"),
    ])
    func refusedFolderThroughDotDotSymlinkOrMissingFolder(path: String, reason: String) throws {
        let world = try OutputWorld()
        let before = world.snapshot()
        #expect { try world.output(world.base + "/" + path) } throws: { "\($0)".contains(reason) }
        #expect(world.snapshot() == before)
        #expect(!FileManager.default.fileExists(atPath: world.base + "/nothere"), "nothing is created for a refused path")
    }

    @Test(arguments: [("out", "out"), ("nothere/../out", "out"), ("lshop/public", "shop/public"), ("lup/d/shop/x/../public", "shop/public"),
                      ("lhome/site", "home/site"), ("shop/content/lup/public", "shop/public")])
    func allowedPathResolvesToTheRealFolder(path: String, expected: String) throws {
        let world = try OutputWorld()
        let real = try #require(FileSystem.realPath(world.base))
        #expect(try world.output(world.base + "/" + path).path == real + "/" + expected)
    }

    /// The reproduction: `shopsite build SHOP --output SHOP/nothere/../content` used to swap content/ out.
    @Test func buildRefusesContentReachedThroughAMissingFolder() throws {
        let shop = SiteFixture.smallShop()
        let before = OutputWorld.tree(shop + "/content", prefix: "content")
        let outcome = SiteBuild.run(BuildOptions(shopPath: shop, outputPath: shop + "/nothere/../content"))
        #expect(outcome.exitCode == 2)
        #expect(outcome.diagnostics.description.contains("inside the shop's content/ folder"))
        #expect(OutputWorld.tree(shop + "/content", prefix: "content") == before)
        let names = try FileManager.default.contentsOfDirectory(atPath: shop).sorted()
        #expect(names == ["content"], "no spare, staging or nothere folder beside it")
    }

    /// A folder made between `stage()` and `commit()` is checked immediately before the exchange.
    @Test func commitRefusesAFolderThatAppearedWhileBuilding() throws {
        let world = try OutputWorld()
        let staging = try world.output(world.base + "/out").stage()
        try staging.write("new", to: "index.html")
        SiteFixture.write(["out/mine.txt": "mine"], under: world.base)
        #expect { try staging.commit() } throws: { "\($0)".contains("not created by shopsite") }
        staging.discard()
        #expect(SiteFixture.text(world.base, "out/mine.txt") == "mine")
        #expect(!FileManager.default.fileExists(atPath: world.base + "/out/index.html"))
    }

    /// The output's parent replaced by a symlink to content/ after the path was resolved: `stage()` refuses and
    /// creates nothing through the link.
    @Test func stageRefusesAParentSwappedForASymlink() throws {
        let world = try OutputWorld()
        let output = try world.output(world.base + "/later/x/public")
        let before = world.snapshot()
        try FileManager.default.createSymbolicLink(atPath: world.base + "/later", withDestinationPath: world.shop + "/content")
        #expect(throws: (any Error).self) { try output.stage() }
        #expect(world.snapshot() == before)
    }
}
