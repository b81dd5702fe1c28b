import Foundation
@testable import ShopLoader
import Testing
import Diagnostics
import ShopModel
@testable import SiteBuilder

/// `shopsite new KIND ID [SHOP]`: each kind's file loads and checks clean, nothing is overwritten, bad input is refused.
struct ScaffoldNewTests {
    @Test(arguments: Scaffold.Kind.allCases)
    func eachKindWritesAFileThatChecksClean(kind: Scaffold.Kind) throws {
        let shop = try ScaffoldSupport.initialisedShop()
        defer { ScaffoldSupport.remove(shop) }
        let written = try Scaffold.newItem(kind: kind, id: "N-1", shopPath: shop, today: ScaffoldSupport.today)
        #expect(written == "content/\(kind.rawValue)s/N-1.md")
        let text = try #require(ScaffoldSupport.read(shop, written))
        #expect(text.hasPrefix("---\n\(kind == .product ? "sku" : "id"): N-1 "))
        let (loaded, diagnostics) = ScaffoldSupport.loadAndCheck(shop)
        #expect(diagnostics.items.isEmpty, "\(diagnostics)")
        let today = ScaffoldSupport.today
        let loadedShop = try #require(loaded)
        switch kind {
        case .product:
            let product = try #require(loadedShop.products.first { $0.sku.rawValue == "N-1" })
            #expect(product.status == .draft)
            #expect(product.moq == 50)
            #expect(product.priceTiers.map(\.price) == [Money(18), Money(15)])
            #expect(text.contains("status: draft") && text.contains("# 草稿"))
            #expect(text.contains("moq: 50                       # 起订量"))
        case .customer:
            let customer = try #require(loadedShop.customers.first { $0.id.rawValue == "N-1" })
            #expect(customer.since == today)
            #expect(customer.name == "新客户 N-1")
        case .order:
            let order = try #require(loadedShop.orders.first { $0.id.rawValue == "N-1" })
            #expect(order.customer.rawValue == "C-0001")
            #expect(order.date == today)
            #expect(order.status == .pendingPayment)
            #expect(order.items.map(\.sku.rawValue) == ["HD-C002"])   // the first active product in path order
            #expect(order.items.map(\.qty) == [100])                   // its moq
            #expect(order.total == Money(1250))
        case .quote:
            let quote = try #require(loadedShop.quotes.first { $0.id.rawValue == "N-1" })
            #expect(quote.customer.rawValue == "C-0001")
            #expect(quote.status(asOf: today) == .draft)
            #expect(quote.validUntil == today.adding(days: 15))
            #expect(quote.totals(promotion: nil).total == Money(1250))
        case .promotion:
            let promotion = try #require(loadedShop.promotions.first { $0.id.rawValue == "N-1" })
            #expect(promotion.start == today && promotion.end == today.adding(days: 30))
            #expect(promotion.threshold == Money(5000) && promotion.amount == Money(300))
            #expect(promotion.tiers == [.regular, .key])
        }
    }

    @Test func theNewProductIsLeftOutOfTheSiteUntilActive() throws {
        let shop = try ScaffoldSupport.initialisedShop()
        defer { ScaffoldSupport.remove(shop) }
        _ = try Scaffold.newItem(kind: .product, id: "HD-T009", shopPath: shop, today: ScaffoldSupport.today)
        let result = ShopLoader.load(shopPath: shop, options: LoadOptions())
        #expect(result.shop?.products.map(\.sku.rawValue) == ["HD-C002", "HD-T001"])
        #expect(result.excludedDrafts.map(\.sku.rawValue) == ["HD-T009"])
    }

    @Test(arguments: [Scaffold.Kind.order, .quote])
    func withoutCustomersOrProductsThePlaceholdersAreNamedByCheck(kind: Scaffold.Kind) throws {
        let shop = try Fixture.temporaryShop(["content/site.yaml": Array("name: 空店\n".utf8)])
        defer { ScaffoldSupport.remove(shop) }
        let written = try Scaffold.newItem(kind: kind, id: "N-1", shopPath: shop, today: ScaffoldSupport.today)
        let text = try #require(ScaffoldSupport.read(shop, written))
        #expect(text.contains("customer: CHANGE-ME"))
        #expect(text.contains("  - { sku: CHANGE-ME, qty: 1, price: 0 }"))
        let errors = ScaffoldSupport.loadAndCheck(shop).diagnostics.sorted.map(\.description)
        let itemLine = kind == .order ? 9 : 8
        #expect(errors == ["\(written):3: error: unknown customer `CHANGE-ME`", "\(written):\(itemLine): error: unknown sku `CHANGE-ME`"])
    }

    @Test func theReferencedProductIsActiveWithTiersAndTheQuantityReachesMoqAndTheFirstTier() throws {
        let shop = try Fixture.temporaryShop([
            "content/site.yaml": Array("name: 测试\n".utf8),
            "content/customers/C-9.md": Array("---\nname: 客户\n---\n".utf8),
            "content/products/A-1.md": Array("---\ntitle: 草稿\ntype: spot\nstatus: draft\nprice_tiers: [{ min: 10, price: 1 }]\n---\n".utf8),
            "content/products/B-1.md": Array("---\ntitle: 螺丝\ntype: spot\nmoq: 120\nlead_time_days: 2\nprice_tiers: [{ min: 100, price: 2 }]\n---\n".utf8),
        ])
        defer { ScaffoldSupport.remove(shop) }
        _ = try Scaffold.newItem(kind: .quote, id: "Q-1", shopPath: shop, today: ScaffoldSupport.today)
        let (loaded, diagnostics) = ScaffoldSupport.loadAndCheck(shop)
        #expect(diagnostics.errors.isEmpty, "\(diagnostics)")
        let quote = try #require(loaded?.quotes.first)
        #expect(quote.customer.rawValue == "C-9")
        #expect(quote.items.map { "\($0.sku?.rawValue ?? "") × \($0.qty) @ \($0.price)" } == ["B-1 × 120 @ 2"])
    }

    @Test func aProductWithoutTiersGetsAPriceToFillIn() throws {
        let shop = try Fixture.temporaryShop([
            "content/site.yaml": Array("name: 测试\n".utf8),
            "content/customers/C-9.md": Array("---\nname: 客户\n---\n".utf8),
            "content/products/A-1.md": Array("---\ntitle: 样品 100件起订\ntype: custom\nstatus: draft\n---\n".utf8),
        ])
        defer { ScaffoldSupport.remove(shop) }
        let written = try Scaffold.newItem(kind: .order, id: "O-1", shopPath: shop, today: ScaffoldSupport.today)
        #expect(ScaffoldSupport.read(shop, written)?.contains("  - { sku: A-1, qty: 1, price: 0 }  # 无适用阶梯价") == true)
        let (loaded, diagnostics) = ScaffoldSupport.loadAndCheck(shop)
        #expect(diagnostics.items.isEmpty, "\(diagnostics)")
        #expect(loaded?.orders.first?.shipBy == ScaffoldSupport.today.adding(days: 15))   // the custom default lead time
    }

    @Test func anExistingFileIsNeverOverwritten() throws {
        let shop = try ScaffoldSupport.initialisedShop()
        defer { ScaffoldSupport.remove(shop) }
        let before = ScaffoldSupport.read(shop, "content/products/HD-T001.md")
        #expect(throws: Diagnostic.error("E-ALREADY-EXISTS", at: Location(path: "content/products/HD-T001.md"))) {
            try Scaffold.newItem(kind: .product, id: "HD-T001", shopPath: shop, today: ScaffoldSupport.today)
        }
        #expect(ScaffoldSupport.read(shop, "content/products/HD-T001.md") == before)
        let outcome = Scaffold.newCommand(kind: "product", id: "HD-T001", shopPath: shop, language: .en)
        #expect(outcome.exitCode == 1)
        #expect(outcome.stderr == "content/products/HD-T001.md: error: already exists\n")
    }

    @Test func anIdDeclaredInAnotherFileOrDifferingOnlyInCaseIsRefused() throws {
        let shop = try ScaffoldSupport.initialisedShop()
        defer { ScaffoldSupport.remove(shop) }
        try FileManager.default.createDirectory(atPath: shop + "/content/customers/2024", withIntermediateDirectories: true)
        try Data("---\nid: C-0002\nname: 旧客户\n---\n".utf8).write(to: URL(fileURLWithPath: shop + "/content/customers/2024/old.md"))
        #expect(throws: Diagnostic.error("E-NEW-ID-TAKEN", ["kind": "P-CUSTOMER", "key": "id", "id": "C-0002", "other": "C-0002",
                                                      "path": "content/customers/2024/old.md"],
                                     at: Location(path: "content/customers/C-0002.md"))) {
            try Scaffold.newItem(kind: .customer, id: "C-0002", shopPath: shop, today: ScaffoldSupport.today)
        }
        #expect(throws: Diagnostic.error("E-NEW-ID-CASE-CLASH", ["kind": "P-PRODUCT", "key": "sku", "id": "hd-t001", "other": "HD-T001",
                                                           "path": "content/products/HD-T001.md"],
                                     at: Location(path: "content/products/hd-t001.md"))) {
            try Scaffold.newItem(kind: .product, id: "hd-t001", shopPath: shop, today: ScaffoldSupport.today)
        }
        #expect(ScaffoldSupport.read(shop, "content/customers/C-0002.md") == nil)
    }

    @Test func aFileMerelyMentioningTheIdDoesNotBlockIt() throws {
        let shop = try ScaffoldSupport.initialisedShop()
        defer { ScaffoldSupport.remove(shop) }
        try Data("---\nname: 某公司\ntags: [c-0003]\n---\n与 C-0003 同一集团。\n".utf8)
            .write(to: URL(fileURLWithPath: shop + "/content/customers/C-0007.md"))
        let written = try Scaffold.newItem(kind: .customer, id: "C-0003", shopPath: shop, today: ScaffoldSupport.today)
        #expect(written == "content/customers/C-0003.md")
        #expect(ScaffoldSupport.loadAndCheck(shop).diagnostics.items.isEmpty)
    }

    @Test(arguments: ["a b", "../x", "-x", "", "产品"])
    func aBadIdIsRefused(id: String) throws {
        let shop = try ScaffoldSupport.initialisedShop()
        defer { ScaffoldSupport.remove(shop) }
        #expect(throws: Scaffold.badID(id)) {
            try Scaffold.newItem(kind: .product, id: id, shopPath: shop, today: ScaffoldSupport.today)
        }
        let outcome = Scaffold.newCommand(kind: "product", id: id, shopPath: shop, language: .en)
        #expect(outcome.exitCode == 2)
        #expect(outcome.stderr.hasPrefix("error: `\(id)` is not a valid id"))
    }

    @Test func anUnknownKindIsBadUsage() {
        let outcome = Scaffold.newCommand(kind: "page", id: "about", shopPath: ".", language: .en)
        #expect(outcome.exitCode == 2)
        #expect(outcome.stderr == "error: `new` makes a product, customer, order, quote, promotion, not `page`\n")
    }

    @Test func aFolderWithoutSiteYAMLIsRefused() throws {
        let folder = try Fixture.temporaryShop(["content/products/X.md": Array("---\ntitle: x\ntype: spot\n---\n".utf8)])
        defer { ScaffoldSupport.remove(folder) }
        let outcome = Scaffold.newCommand(kind: "customer", id: "C-1", shopPath: folder, language: .en)
        #expect(outcome.exitCode == 1)
        #expect(outcome.stderr == "error: no content/site.yaml in `\(folder)`: not a shop folder (`shopsite init DIR` creates one)\n")
        #expect(ScaffoldSupport.read(folder, "content/customers/C-1.md") == nil)
    }

    @Test func theCommandPrintsThePathItCreated() throws {
        let shop = try ScaffoldSupport.initialisedShop()
        defer { ScaffoldSupport.remove(shop) }
        let outcome = Scaffold.newCommand(kind: "promotion", id: "P-2025-12", shopPath: shop, today: ScaffoldSupport.today, language: .en)
        #expect(outcome == CommandOutcome(stdout: "created content/promotions/P-2025-12.md\n", exitCode: 0))
    }

    @Test(arguments: ["007", "true", "NO", "null", "1e3", "2025-11-30"])
    func idsYAMLWouldReadAsSomethingElseAreQuoted(id: String) throws {
        let shop = try ScaffoldSupport.initialisedShop()
        defer { ScaffoldSupport.remove(shop) }
        let written = try Scaffold.newItem(kind: .customer, id: id, shopPath: shop, today: ScaffoldSupport.today)
        #expect(ScaffoldSupport.read(shop, written)?.contains("id: \"\(id)\"") == true)
        let (loaded, diagnostics) = ScaffoldSupport.loadAndCheck(shop)
        #expect(diagnostics.items.isEmpty, "\(diagnostics)")
        #expect(loaded?.customers.contains { $0.id.rawValue == id } == true)
    }
}
