import Diagnostics
import Foundation
import Testing
@testable import SiteBuilder

/// `check` renders every page a default `build` renders, to memory, and checks the assets as the build copies them:
/// whatever stops the build after loading also fails the check, with the same messages, and the check writes nothing.
@Suite struct CheckRenderTests {
    /// A shop that passes today's loading and content checks but fails `build` when it renders or copies.
    enum Breakage: String, CaseIterable, Sendable {
        case unknownVariable, badFilterArgument, doublingMacro, exponentialMacro, symlinkedAsset, fifoAsset

        /// A product template override showing `body` in the page's content block.
        static func productTemplate(_ body: String) -> [String: String] {
            ["templates/product.html": "{% extends \"base.html\" %}{% block content %}" + body + "{% endblock %}"]
        }

        /// The broken shop (a small shop with one thing added).
        func shop() throws -> String {
            switch self {
            case .unknownVariable: return SiteFixture.smallShop(extra: Self.productTemplate("{{ product.title }}{{ no_such_thing.name }}"))
            case .badFilterArgument: return SiteFixture.smallShop(extra: Self.productTemplate("{{ product.title | truncate(\"four\") }}"))
            case .doublingMacro:
                return SiteFixture.smallShop(extra: Self.productTemplate(
                    "{% macro d(s, n) %}{% if n > 0 %}{{ d(s ~ s, n - 1) }}{% else %}{{ s }}{% endif %}{% endmacro %}{{ d(\"x\", 62) }}"))
            case .exponentialMacro:
                return SiteFixture.smallShop(extra: Self.productTemplate(
                    "{% macro e(n) %}{% if n > 0 %}{{ e(n - 1) }}{{ e(n - 1) }}{% endif %}{% endmacro %}{{ e(60) }}"))
            case .symlinkedAsset:
                let shop = SiteFixture.smallShop(extra: ["content/assets/logo.svg": "<svg/>"])
                try FileManager.default.createSymbolicLink(atPath: shop + "/content/assets/copy.svg", withDestinationPath: "logo.svg")
                return shop
            case .fifoAsset:
                let shop = SiteFixture.smallShop(extra: ["content/assets/logo.svg": "<svg/>"])
                #expect(mkfifo(shop + "/content/assets/pipe", 0o644) == 0)
                return shop
            }
        }

        /// A piece of the build's first error the check must print too.
        var expected: String {
            switch self {
            case .unknownVariable, .badFilterArgument, .doublingMacro, .exponentialMacro: return "templates/product.html:1:"
            case .symlinkedAsset: return "content/assets/copy.svg: error: asset is a symbolic link"
            case .fifoAsset: return "content/assets/pipe: error: asset is not a regular file"
            }
        }
    }

    /// Every path under `root` with its size (a folder's as 0), to see that nothing was written.
    static func listing(_ root: String) -> [String] {
        var found: [String] = []
        guard let walker = FileManager.default.enumerator(atPath: root) else { return found }
        while let relative = walker.nextObject() as? String {
            let size = (try? FileManager.default.attributesOfItem(atPath: root + "/" + relative)[.size] as? Int) ?? 0
            found.append(relative + " " + String(size))
        }
        return found.sorted()
    }

    @Test(arguments: Breakage.allCases)
    func checkFailsWithTheBuildsMessagesAndWritesNothing(breakage: Breakage) throws {
        let shop = try breakage.shop()
        let before = Self.listing(shop)
        let checked = ShopCommands.check(shopPath: shop, language: .en)
        #expect(Self.listing(shop) == before, "check wrote into the shop")
        #expect(!FileManager.default.fileExists(atPath: shop + "/public"))
        #expect(checked.exitCode == 1, "\(checked.stderr)")
        #expect(checked.stderr.contains(breakage.expected), "\(checked.stderr)")
        let (built, _) = HostileContentTests.build(shop)
        #expect(built.exitCode == 1)
        #expect(!built.diagnostics.errors.isEmpty)
        for error in built.diagnostics.errors {
            #expect(checked.stderr.contains(error.description + "\n"), "build: \(error.description)\ncheck: \(checked.stderr)")
        }
        let errors = built.diagnostics.errors.count
        #expect(checked.stdout.contains(": \(errors) error\(errors == 1 ? "" : "s"), "), "\(checked.stdout)")
    }

    @Test func aFailingPageIsReportedAsTheBuildChainsIt() throws {
        let shop = try Breakage.unknownVariable.shop()
        let checked = ShopCommands.check(shopPath: shop, language: .en)
        #expect(checked.stderr.contains("content/products/HD-T001.md: error: "), "\(checked.stderr)")
        #expect(checked.stderr.contains("templates/product.html:1:"), "\(checked.stderr)")
        #expect(checked.stderr.contains("in template product.html, rendering products/HD-T001.html"), "\(checked.stderr)")
    }

    @Test func validShopsStillPass() {
        let shop = SiteFixture.smallShop(extra: Breakage.productTemplate("{{ product.title | truncate(4) }}"))
        let checked = ShopCommands.check(shopPath: shop, language: .en)
        #expect(checked.exitCode == 0, "\(checked.stderr)")
        #expect(!FileManager.default.fileExists(atPath: shop + "/public"))
        #expect(HostileContentTests.build(shop).0.exitCode == 0)
        let example = ShopCommands.check(shopPath: SiteFixture.repository, language: .en)
        #expect(example.exitCode == 0, "\(example.stderr)")
    }

    /// `check` renders what a plain `build` renders: the published products' pages, not a draft's (which `build`
    /// leaves out unless `--drafts`), while the draft is still loaded and checked.
    @Test func pagesAreThoseOfABuildWithoutDrafts() {
        let draft = "---\ntitle: 草稿\ntype: spot\nstatus: draft\nmoq: 1\nlead_time_days: 3\nprice_tiers:\n  - { min: 1, price: 2 }\n---\n"
        let shop = SiteFixture.smallShop(extra: Breakage.productTemplate("{{ product.title }}{{ no_such_thing.name }}")
            .merging(["content/products/HD-D001.md": draft]) { a, _ in a })
        let checked = ShopCommands.check(shopPath: shop, language: .en)
        #expect(checked.exitCode == 1)
        #expect(checked.stderr.contains("rendering products/HD-T001.html"), "\(checked.stderr)")
        #expect(!checked.stderr.contains("rendering products/HD-D001.html"), "\(checked.stderr)")
        #expect(checked.stdout.hasPrefix("checked 2 products"), "\(checked.stdout)")
        let (built, _) = HostileContentTests.build(shop)
        #expect(built.diagnostics.errors.map(\.description).allSatisfy { checked.stderr.contains($0) })
        #expect(built.diagnostics.errors.count == 1)
    }
}
