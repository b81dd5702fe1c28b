import Foundation
import Testing
import Diagnostics
import ShopModel
@testable import SiteBuilder

/// `shopsite init DIR`: the example shop checks clean, its figures are the documented ones, nothing is overwritten.
struct ScaffoldInitTests {
    @Test func theInitialisedShopLoadsWithNoErrorAndNoWarning() throws {
        let path = try ScaffoldSupport.initialisedShop()
        defer { ScaffoldSupport.remove(path) }
        let (shop, diagnostics) = ScaffoldSupport.loadAndCheck(path)
        #expect(diagnostics.items.isEmpty, "\(diagnostics)")
        let loaded = try #require(shop)
        #expect(loaded.products.map(\.sku.rawValue) == ["HD-C002", "HD-T001"])
        #expect(loaded.products.map(\.type) == [.custom, .spot])
        #expect(loaded.products.allSatisfy { $0.status == .active })
        #expect(loaded.customers.map(\.id.rawValue) == ["C-0001"])
        #expect(loaded.orders.map(\.id.rawValue) == ["O-20251120-001"])
        #expect(loaded.quotes.map(\.id.rawValue) == ["Q-2025-0001"])
        #expect(loaded.promotions.map(\.id.rawValue) == ["P-2025-11"])
        #expect(loaded.pages.map(\.title) == ["关于我们"])
        #expect(loaded.traffic.count == 9)
        #expect(loaded.settings.logo == "assets/logo.svg")
    }

    @Test func theCheckCommandReportsEveryKindAndExitsZero() throws {
        let path = try ScaffoldSupport.initialisedShop()
        defer { ScaffoldSupport.remove(path) }
        let outcome = ShopCommands.check(shopPath: path, language: .en)
        #expect(outcome.exitCode == 0)
        #expect(outcome.stderr == """
            content/products/HD-C002.md:14: warning: product has 0 images; the guide asks for 5, the first on a white background
            content/products/HD-T001.md:14: warning: product has 1 image; the guide asks for 5, the first on a white background

            """)
        #expect(outcome.stdout == "checked 2 products, 1 customer, 1 order, 1 quote, 1 promotion, 1 page: 0 errors, 2 warnings\n")
        #expect(ShopCommands.report(shopPath: path, asOf: nil, language: .en).exitCode == 0)
    }

    @Test func theExampleFiguresAreTheDocumentedOnes() throws {
        let path = try ScaffoldSupport.initialisedShop()
        defer { ScaffoldSupport.remove(path) }
        let shop = try #require(ScaffoldSupport.loadAndCheck(path).shop)
        let order = try #require(shop.orders.first)
        #expect(order.total == Money(4230))            // 200 × 15 + 100 × 12 + 30 shipping
        #expect(order.isPaid)
        #expect(order.shipBy == ScaffoldSupport.today.adding(days: 5))   // paid 10 days ago + 15 (custom)
        let customer = try #require(shop.customers.first)
        let tier = OrderIndex(orders: shop.orders).tier(of: customer, asOf: ScaffoldSupport.today, settings: shop.settings)
        #expect(tier == .regular)
        let quote = try #require(shop.quotes.first)
        let totals = quote.totals(promotion: shop.promotions.first)
        #expect(totals.subtotal == Money(7250))        // 500 × 12.5 + 500 × 2
        #expect(totals.promotion == Money(300))
        #expect(totals.total == Money(7150))           // − 300 + 200 shipping, no tax
        #expect(quote.validUntil == ScaffoldSupport.today.adding(days: 13))
    }

    @Test func theShopHasAnEmptyTemplatesFolderGitignoreAndTraffic() throws {
        let path = try ScaffoldSupport.initialisedShop()
        defer { ScaffoldSupport.remove(path) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: path + "/templates") == ["README.txt"])
        #expect(ScaffoldSupport.read(path, "templates/README.txt")?.contains("same name") == true)
        #expect(ScaffoldSupport.read(path, ".gitignore")?.contains("\npublic/\n") == true)
        #expect(ScaffoldSupport.read(path, ".gitignore")?.contains("\n.public.shopsite-*\n") == true, "the spare site kept beside public/ stays out of git")
        #expect(ScaffoldSupport.read(path, ".gitignore")?.contains("\n.shopsite-cache/\n") == true, "the photo cache stays out of git")
        #expect(ScaffoldSupport.read(path, ".gitignore")?.contains("\n/pdf/\n") == true, "shopsite pdf's default folder stays out of git")
        let traffic = try #require(ScaffoldSupport.read(path, "content/data/traffic.csv"))
        #expect(traffic.hasPrefix("date,sku,visitors,page_views,add_to_cart\n2025-11-28,,380,1450,\n"))
        #expect(ScaffoldSupport.read(path, "content/assets/logo.svg")?.hasPrefix("<svg") == true)
        let site = try #require(ScaffoldSupport.read(path, "content/site.yaml"))
        for key in ["name:", "tagline:", "logo:", "brand:", "locale:", "currency:", "contact:", "# as_of: 2025-11-30",
                    "tiers:", "dormant_after_days:", "lead_time_days:", "benchmarks:", "banned_words:", "allowed_words:",
                    "quote:", "validity_days:", "tax_rate:", "terms:", "analytics:"] {
            #expect(site.contains("\n" + key) || site.contains("\n  " + key), "site.yaml lacks \(key)")
        }
    }

    @Test func initIsDeterministic() throws {
        let a = try ScaffoldSupport.initialisedShop(), b = try ScaffoldSupport.initialisedShop()
        defer { ScaffoldSupport.remove(a); ScaffoldSupport.remove(b) }
        let files = try #require(FileManager.default.subpaths(atPath: a)).sorted()
        #expect(files == (try #require(FileManager.default.subpaths(atPath: b))).sorted())
        for file in files {
            #expect(FileManager.default.contents(atPath: a + "/" + file) == FileManager.default.contents(atPath: b + "/" + file))
        }
    }

    @Test func initRefusesAFolderThatIsNotEmptyAndWritesNothing() throws {
        let path = try Fixture.temporaryShop(["notes.txt": Array("mine".utf8)])
        defer { ScaffoldSupport.remove(path) }
        #expect(throws: Diagnostic.error("E-INIT-NOT-EMPTY", at: Location(path: path))) {
            try Scaffold.initShop(at: path, today: ScaffoldSupport.today)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: path) == ["notes.txt"])
        #expect(ScaffoldSupport.read(path, "notes.txt") == "mine")
        let outcome = Scaffold.initCommand(directory: path, today: ScaffoldSupport.today, language: .en)
        #expect(outcome.exitCode == 1)
        #expect(outcome.stderr.hasPrefix("\(path): error: already exists and is not empty"))
    }

    @Test func initRefusesAFile() throws {
        let folder = try Fixture.temporaryShop(["shop": Array("a file".utf8)])
        defer { ScaffoldSupport.remove(folder) }
        #expect(throws: Diagnostic.error("E-INIT-NOT-FOLDER", at: Location(path: folder + "/shop"))) {
            try Scaffold.initShop(at: folder + "/shop", today: ScaffoldSupport.today)
        }
    }

    @Test(arguments: [[], [".git/HEAD"]])
    func initFillsAnEmptyFolderOrOneHoldingOnlyGit(existing: [String]) throws {
        let path = ScaffoldSupport.freshPath()
        defer { ScaffoldSupport.remove(path) }
        try FileManager.default.createDirectory(atPath: path + "/.git", withIntermediateDirectories: true)
        if existing.isEmpty { try FileManager.default.removeItem(atPath: path + "/.git") }
        for file in existing { try Data("ref".utf8).write(to: URL(fileURLWithPath: path + "/" + file)) }
        let outcome = Scaffold.initCommand(directory: path + "/", today: ScaffoldSupport.today, language: .en)
        #expect(outcome.exitCode == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.hasPrefix("created a new shop in \(path)/"))
        #expect(ShopCommands.check(shopPath: path, language: .en).exitCode == 0)
        for file in existing { #expect(ScaffoldSupport.read(path, file) == "ref") }
    }

    @Test func initCreatesMissingParentFolders() throws {
        let root = ScaffoldSupport.freshPath()
        defer { ScaffoldSupport.remove(root) }
        try Scaffold.initShop(at: root + "/shops/hengda", today: ScaffoldSupport.today)
        #expect(ScaffoldSupport.loadAndCheck(root + "/shops/hengda").diagnostics.items.isEmpty)
    }
}
