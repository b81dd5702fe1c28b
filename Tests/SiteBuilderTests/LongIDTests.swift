import Foundation
import Testing
@testable import SiteBuilder

/// Ids become file names: one longer than 100 characters is an error at its line for every kind (issue 12, must-fix 3),
/// so `check` fails where `build` would have failed with "File name too long" naming the staging folder.
struct LongIDTests {
    /// A kind's folder, its file with the id written at line 2, and the rest of a valid front matter.
    struct Case: CustomTestStringConvertible, Sendable {
        let folder: String
        let noun: String
        let key: String
        let rest: [String]
        var testDescription: String { folder }
    }

    static let cases: [Case] = [
        Case(folder: "products", noun: "product", key: "sku", rest: ["title: 螺丝", "type: spot"]),
        Case(folder: "customers", noun: "customer", key: "id", rest: ["name: 客户"]),
        Case(folder: "orders", noun: "order", key: "id", rest: ["customer: C-1", "date: 2025-11-20", "status: completed",
                                                                  "items: [{ sku: SKU-1, qty: 50 }]"]),
        Case(folder: "quotes", noun: "quote", key: "id", rest: ["customer: C-1", "date: 2025-11-25", "items: [{ sku: SKU-1, qty: 50 }]"]),
        Case(folder: "promotions", noun: "promotion", key: "id", rest: ["amount: 10"]),
        Case(folder: "pages", noun: "page", key: "id", rest: ["title: 关于"]),
    ]

    static func shop(kind: Case, id: String) throws -> String {
        var files = Fixture.minimalShop
        files["content/customers/C-1.md"] = Array("---\nname: 客户一\n---\n".utf8)
        let text = (["---", "\(kind.key): \(id)"] + kind.rest + ["---", ""]).joined(separator: "\n")
        files["content/\(kind.folder)/X.md"] = Array(text.utf8)
        return try Fixture.temporaryShop(files)
    }

    @Test(arguments: cases)
    func idOfOneHundredAndOneCharactersIsAnErrorAtItsLine(_ kind: Case) throws {
        let id = String(repeating: "A", count: 101)
        let outcome = ShopCommands.check(shopPath: try Self.shop(kind: kind, id: id), language: .en)
        #expect(outcome.exitCode == CommandOutcome.contentErrors)
        #expect(outcome.stderr == "content/\(kind.folder)/X.md:2: error: \(kind.noun) \(kind.key) `AAAAAAAAAAAAAAAAAAAA…` "
                + "is 101 characters long; an id has at most 100 (it becomes a file name)\n")
    }

    @Test(arguments: cases)
    func idOfOneHundredCharactersIsAccepted(_ kind: Case) throws {
        let outcome = ShopCommands.check(shopPath: try Self.shop(kind: kind, id: String(repeating: "A", count: 100)), language: .en)
        #expect(outcome.exitCode == CommandOutcome.success, "\(outcome.stderr)")
    }

    @Test func threeHundredCharacterSKUFailsCheckAndBuildAtItsLineNotAtTheStagingFolder() throws {
        let shop = try Self.shop(kind: Self.cases[0], id: String(repeating: "Y", count: 300))
        let message = "content/products/X.md:2: error: product sku `YYYYYYYYYYYYYYYYYYYY…` is 300 characters long; "
            + "an id has at most 100 (it becomes a file name)\n"
        let check = ShopCommands.check(shopPath: shop, language: .en)
        let build = SiteBuild.command(BuildOptions(shopPath: shop, outputPath: shop + "/public"), language: .en)
        #expect([check.exitCode, build.exitCode] == [1, 1])
        #expect(check.stderr == message)
        #expect(build.stderr.hasPrefix(message))
        #expect(!build.stderr.contains("cannot write file"), "\(build.stderr)")
    }
}
