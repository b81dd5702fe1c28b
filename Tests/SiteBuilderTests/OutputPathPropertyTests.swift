import Foundation
import Testing
@testable import SiteBuilder

/// Random output paths made of `..`, `.`, symlinks, missing folders and refused folders, each validated, staged,
/// written and committed as a build would: no refused folder (shop, content/, templates/, home, a foreign folder,
/// `/`) is ever replaced or changed. Seeded, so every run tries the same paths.
@Suite struct OutputPathPropertyTests {
    /// SplitMix64: a small deterministic generator.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let parts = ["..", ".", "", "nothere", "new", "out", "shop", "content", "templates", "home", "foreign", "lshop",
                        "lcontent", "ltemplates", "lhome", "lforeign", "lup", "lbroken", "public", "d"]

    /// A path of 1 to 6 parts from `base` (or the shop) that climbs at most four levels (`..` or `lup`) in all, so
    /// it never leaves the scratch folder the world lies in.
    static func randomPath(_ world: OutputWorld, using generator: inout SeededGenerator) -> String {
        var path = Bool.random(using: &generator) ? world.base : world.shop
        var climbs = 0
        for _ in 0..<Int.random(in: 1...6, using: &generator) {
            var part = parts.randomElement(using: &generator) ?? "."
            if part == ".." || part == "lup" {
                climbs += 1
                if climbs > 4 { part = "new" }
            }
            path += "/" + part
        }
        return path
    }

    @Test func noRefusedFolderIsEverTouched() throws {
        let world = try OutputWorld()
        let before = world.snapshot()
        var generator = SeededGenerator(state: 12)
        var built = 0
        for index in 0..<400 {
            let path = Self.randomPath(world, using: &generator)
            if let output = try? world.output(path), let staging = try? output.stage() {
                try staging.write("case \(index)", to: "index.html")
                do { try staging.commit(); built += 1 } catch { staging.discard() }
                #expect(SiteFixture.text(output.path, "index.html") == "case \(index)", "\(path)")
            }
            let after = world.snapshot()
            #expect(after == before, "case \(index): \(path)")
            if after != before { break }
        }
        #expect(built > 100, "enough of the paths were accepted to exercise the swap")
    }
}
