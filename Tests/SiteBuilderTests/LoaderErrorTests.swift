import Diagnostics
import Foundation
@testable import ShopLoader
import Testing
@testable import SiteBuilder

/// Each fixture is a tiny shop with one mistake; loading must name it as `path:line: error: …` and give no shop.
struct LoaderErrorTests {
    /// A fixture and the start of each error line it must produce (in sorted order, nothing else as an error).
    struct Case: CustomTestStringConvertible, Sendable {
        let fixture: String
        let errors: [String]
        var testDescription: String { fixture }
    }

    static let cases: [Case] = [
        Case(fixture: "malformed-yaml", errors: ["content/products/SKU-1.md:5:1: error: malformed YAML"]),
        Case(fixture: "no-front-matter", errors: ["content/products/SKU-1.md:1: error: missing front matter"]),
        Case(fixture: "unclosed-front-matter", errors: ["content/products/SKU-1.md:1: error: "]),
        Case(fixture: "empty-file", errors: ["content/products/SKU-1.md: error: "]),
        Case(fixture: "missing-required", errors: ["content/products/SKU-1.md:1: error: missing required field `title`"]),
        Case(fixture: "missing-site-yaml", errors: ["content/site.yaml: error: missing content/site.yaml"]),
        Case(fixture: "bad-id-dotdot", errors: ["content/products/SKU-1.md:2: error: bad product sku `../x`: an id is letters"]),
        Case(fixture: "bad-id-space", errors: ["content/customers/a b.md:1: error: bad customer id `a b` (from the file name)"]),
        Case(fixture: "duplicate-id",
             errors: ["content/customers/other.md:2: error: duplicate customer id `C-1`: also in content/customers/C-1.md:2"]),
        Case(fixture: "case-collision",
             errors: ["content/products/hd.md:2: error: product sku `hd-t001` differs only in case from `HD-T001` "
                      + "in content/products/HD-T001.md:1; they would collide on a case-insensitive disk"]),
        Case(fixture: "unknown-sku", errors: ["content/orders/O-1.md:8: error: unknown sku `NOPE`"]),
        Case(fixture: "unknown-customer", errors: ["content/orders/O-1.md:3: error: unknown customer `C-9`"]),
        Case(fixture: "unknown-promotion", errors: ["content/quotes/Q-1.md:7: error: unknown promotion `P-9`"]),
        Case(fixture: "below-moq",
             errors: ["content/quotes/Q-1.md:7: error: quantity 20 of `SKU-1` is below its minimum order quantity (moq 50)"]),
        Case(fixture: "ineligible-promotion",
             errors: ["content/quotes/Q-1.md:7: error: quote `Q-1` cannot use promotion `P-1`: customer tier `new` "
                      + "is not among the promotion's tiers (key)"]),
        Case(fixture: "impossible-date",
             errors: ["content/orders/O-1.md:4: error: `date`: `2025-13-45` is not a valid date (YYYY-MM-DD)"]),
        Case(fixture: "amount-dots", errors: ["content/products/SKU-1.md:7: error: `price`: `12.3.4` is not a decimal amount"]),
        Case(fixture: "amount-decimals", errors: ["content/orders/O-1.md:8: error: `shipping`: `0.12345` has more than 4 decimals"]),
        Case(fixture: "bad-enum", errors: ["content/orders/O-1.md:5: error: `status` must be one of pending_payment, "
                                           + "pending_shipment, shipped, completed, refunded, cancelled, disputed, not `done`"]),
        Case(fixture: "bad-csv-row",
             errors: ["content/data/traffic.csv:3: error: `visitors` must be a whole number of at least 0, not `abc`",
                      "content/data/traffic.csv:4: error: `2025-11-31` is not a valid date (YYYY-MM-DD)"]),
    ]

    @Test(arguments: cases)
    func invalidShopIsRefusedWithTheMessage(_ testCase: Case) {
        let result = ShopLoader.load(shopPath: Fixture.path(testCase.fixture), options: LoadOptions())
        let errors = DiagnosticList(result.diagnostics.errors).sorted.map(\.description)
        #expect(result.shop == nil)
        #expect(errors.count == testCase.errors.count, "\(errors)")
        for (line, expected) in zip(errors, testCase.errors) {
            #expect(line.hasPrefix(expected), "\(line)")
        }
    }

    @Test func unknownTrafficSKUIsAWarningAndTheRowIsLeftOut() throws {
        let result = ShopLoader.load(shopPath: Fixture.path("unknown-csv-sku"), options: LoadOptions())
        #expect(result.diagnostics.sorted.map(\.description)
                == ["content/data/traffic.csv:3: warning: unknown sku `NOPE`; the row is left out"])
        let shop = try #require(result.shop)
        #expect(shop.traffic.map(\.line) == [2])
        #expect(shop.traffic.first?.sku == "SKU-1")
    }

    @Test func everyErrorOfEveryFileIsReportedNotJustTheFirst() throws {
        var files = Fixture.minimalShop
        files["content/products/A.md"] = Array("---\ntype: gadget\nmoq: 0\n---\n".utf8)
        files["content/customers/B.md"] = Array("---\nsince: 2025-02-30\n---\n".utf8)
        let shop = try Fixture.temporaryShop(files)
        defer { try? FileManager.default.removeItem(atPath: shop) }
        let lines = ShopLoader.load(shopPath: shop, options: LoadOptions()).diagnostics.sorted.map(\.description)
        #expect(lines == [
            "content/customers/B.md:1: error: missing required field `name`",
            "content/customers/B.md:2: error: `since`: `2025-02-30` is not a valid date (YYYY-MM-DD)",
            "content/products/A.md:1: error: missing required field `title`",
            "content/products/A.md:2: error: `type` must be one of spot, custom, processing, not `gadget`",
            "content/products/A.md:3: error: `moq` must be a whole number of at least 1, not `0`",
        ])
    }

    @Test func nonUTF8FileIsAnErrorNamingTheFile() throws {
        var files = Fixture.minimalShop
        files["content/customers/C-1.md"] = Array("---\nname: ".utf8) + [0xC3, 0x28, 0xFF] + Array("\n---\n".utf8)
        let shop = try Fixture.temporaryShop(files)
        defer { try? FileManager.default.removeItem(atPath: shop) }
        let result = ShopLoader.load(shopPath: shop, options: LoadOptions())
        #expect(result.shop == nil)
        let errors = result.diagnostics.errors.map(\.description)
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("content/customers/C-1.md") == true, "\(errors)")
    }

    @Test func symbolicLinkOutOfTheShopIsAnErrorAndNotFollowed() throws {
        let outside = try Fixture.temporaryShop(["secret.md": Array("---\nname: 秘密\n---\n".utf8)])
        let shop = try Fixture.temporaryShop(Fixture.minimalShop)
        defer {
            try? FileManager.default.removeItem(atPath: shop)
            try? FileManager.default.removeItem(atPath: outside)
        }
        try FileManager.default.createDirectory(atPath: shop + "/content/customers", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: shop + "/content/customers/C-1.md", withDestinationPath: outside + "/secret.md")
        let result = ShopLoader.load(shopPath: shop, options: LoadOptions())
        #expect(result.shop == nil)
        let errors = result.diagnostics.errors.map(\.description)
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("content/customers/C-1.md: error: symbolic link points outside content/") == true, "\(errors)")
    }

    @Test func symbolicLinkInsideContentIsRead() throws {
        var files = Fixture.minimalShop
        files["content/shared/C-1.md"] = Array("---\nname: 客户一\n---\n".utf8)
        let shop = try Fixture.temporaryShop(files)
        defer { try? FileManager.default.removeItem(atPath: shop) }
        try FileManager.default.createDirectory(atPath: shop + "/content/customers", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: shop + "/content/customers/C-1.md", withDestinationPath: "../shared/C-1.md")
        let result = ShopLoader.load(shopPath: shop, options: LoadOptions())
        #expect(result.diagnostics.items.isEmpty, "\(result.diagnostics)")
        #expect(result.shop?.customers.map(\.name) == ["客户一"])
    }

    @Test func missingShopFolderIsAnError() {
        let result = ShopLoader.load(shopPath: "/nonexistent/shop", options: LoadOptions())
        #expect(result.shop == nil)
        #expect(result.diagnostics.errors.map(\.description) == ["error: no shop folder at `/nonexistent/shop`"])
    }
}
