import Foundation
@testable import ShopLoader
import Testing
import Diagnostics
import ShopModel
@testable import SiteBuilder

/// Shared helpers of the scaffold tests: a fixed "today", throw-away folders, loading with every check.
enum ScaffoldSupport {
    /// The injected date of every scaffold test.
    static let today = Day(year: 2025, month: 11, day: 30) ?? Day(ordinal: 0)

    /// A fresh path in the temp folder that does not exist yet.
    static func freshPath() -> String {
        TestScratch.path("scaffold")
    }

    /// Removes a throw-away folder.
    static func remove(_ path: String) { try? FileManager.default.removeItem(atPath: path) }

    /// A shop made by `init` at `today`, in a fresh temp folder.
    static func initialisedShop() throws -> String {
        let path = freshPath()
        try Scaffold.initShop(at: path, today: today)
        return path
    }

    /// The text of a file of the shop.
    static func read(_ shop: String, _ path: String) -> String? {
        try? String(contentsOfFile: shop + "/" + path, encoding: .utf8)
    }

    /// The shop loaded with drafts, and every load and check diagnostic (as `shopsite check` finds them).
    static func loadAndCheck(_ shop: String) -> (shop: Shop?, diagnostics: DiagnosticList) {
        let result = ShopLoader.load(shopPath: shop, options: LoadOptions(includeDrafts: true))
        var diagnostics = result.diagnostics
        if let loaded = result.shop {
            // The scaffold's products have one photo or none: the guide's five-photo warning is expected (and tested in
            // ScaffoldInitTests); every other check must pass.
            diagnostics.append(contentsOf: ShopChecks.diagnostics(for: loaded, imageExists: {
                ShopCommands.imageExists($0, shopPath: shop)
            }).filter { $0.code != "W-FEW-IMAGES" })
        }
        return (result.shop, diagnostics)
    }
}
