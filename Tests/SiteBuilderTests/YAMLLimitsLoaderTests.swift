import Diagnostics
import Foundation
@testable import ShopLoader
import Testing
@testable import SiteBuilder

/// The YAML reader's limits as a merchant meets them: through a whole shop, named at the file's line.
@Suite struct YAMLLimitsLoaderTests {
    @Test func siteYAMLThatIsNotUTF8NamesTheLineOfTheBadByte() throws {
        var files = Fixture.minimalShop
        files["content/site.yaml"] = Array("name: 测试\nas_of: 2025-11-30\ntagline: ".utf8) + [0xC0, 0xAF] + Array("\n".utf8)
        let shop = try Fixture.temporaryShop(files)
        defer { try? FileManager.default.removeItem(atPath: shop) }
        let result = ShopLoader.load(shopPath: shop, options: LoadOptions())
        #expect(result.shop == nil)
        #expect(result.diagnostics.errors.map(\.description)
                == ["content/site.yaml:3: error: file is not valid UTF-8 (first bad byte on this line)"])
    }

    @Test func smallAliasBombInAProductIsAnErrorAtItsAlias() throws {
        var lines = ["---", "title: 炸弹", "type: spot", "price_tiers:", "  - { min: 1, price: 1 }",
                     "l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1...5 {
            lines.append("l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ", ") + "]")
        }
        var files = Fixture.minimalShop
        files["content/products/BOMB.md"] = Array((lines + ["---", ""]).joined(separator: "\n").utf8)
        let shop = try Fixture.temporaryShop(files)
        defer { try? FileManager.default.removeItem(atPath: shop) }
        let result = ShopLoader.load(shopPath: shop, options: LoadOptions())
        #expect(result.diagnostics.errors.map(\.description) == [
            "content/products/BOMB.md:10:10: error: alias *l3 expands the YAML to more than 10000 nodes "
                + "(allowed: 10 a byte of YAML, at least 10000)",
        ])
    }
}
