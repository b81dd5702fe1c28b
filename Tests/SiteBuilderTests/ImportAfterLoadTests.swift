import Diagnostics
import Foundation
import ShopLoader
import ShopModel
import Testing
@testable import SiteBuilder

/// The shop an import checks after writing is assembled in memory (`LoadedFiles.afterWriting`): it must be the shop,
/// report, messages and check results a fresh load of the written folder gives.
@Suite struct ImportAfterLoadTests {
    /// One case: files written over a copy of the example shop (optionally with its orders/ emptied first).
    struct Case: Sendable, CustomStringConvertible {
        var description: String
        var emptiesOrders = false
        var files: [String: String]
        /// A line the messages must hold (path, line and code), or nil for a shop without errors.
        var expected: String?
    }

    static let newOrder = "---\nid: O-20251201-01\ncustomer: C-004\ndate: 2025-12-01\nstatus: pending_shipment\nitems:\n  - { sku: YX-H101, qty: 600 }\n  - { sku: YX-L102, qty: 100, price: 9.5 }\nshipping: 40\n---\n"

    static let cases: [Case] = [
        Case(description: "a new month, an order updated in place, a stub customer",
             files: ["content/orders/2025-12/O-20251201-01.md": newOrder,
                     "content/orders/2025-10/O-20251003-01.md": "---\nid: O-20251003-01\ncustomer: C-004\ndate: 2025-10-03\nstatus: refunded\nitems:\n  - { sku: YX-H101, qty: 5000 }\n  - { sku: YX-L102, qty: 2000 }\nshipped_at: 2025-10-06\ntracking: SF1409283746501\ncarrier: 顺丰速运\n---\n",
                     "content/customers/C-900.md": "---\nid: C-900\nname: 温州某五金批发部\nregion: 浙江\nsince: 2025-12-01\ntags: [导入]\n---\n由导入创建。\n"]),
        Case(description: "every order written into an emptied orders folder (one uses a promotion)", emptiesOrders: true, files: [:]),
        Case(description: "a written order repeats an existing order's id",
             files: ["content/orders/2025-12/O-20251201-01.md": newOrder.replacingOccurrences(of: "O-20251201-01", with: "O-20251003-01")],
             expected: "content/orders/2025-12/O-20251201-01.md:2: error: duplicate order id `O-20251003-01`: also in content/orders/2025-10/O-20251003-01.md"),
        Case(description: "a written order names an unknown customer and sku",
             files: ["content/orders/2025-12/O-20251201-01.md": newOrder.replacingOccurrences(of: "C-004", with: "C-404")],
             expected: "content/orders/2025-12/O-20251201-01.md:3: error:"),
    ]

    @Test(arguments: cases)
    func theShopAfterWritingIsTheShopAFreshLoadGives(example: Case) throws {
        let shop = SiteFixture.temporaryFolder("after-writing")
        defer { try? FileManager.default.removeItem(atPath: shop) }
        try FileManager.default.copyItem(atPath: SiteFixture.repository + "/content", toPath: shop + "/content")
        var files = example.files
        if example.emptiesOrders {
            for path in try FileManager.default.subpathsOfDirectory(atPath: shop + "/content/orders") where path.hasSuffix(".md") {
                files["content/orders/" + path] = SiteFixture.text(shop, "content/orders/" + path)
            }
            #expect(files.count > 20)
            try FileManager.default.removeItem(atPath: shop + "/content/orders")
            try FileManager.default.createDirectory(atPath: shop + "/content/orders", withIntermediateDirectories: true)
        }
        let options = LoadOptions(includeDrafts: true)
        let (before, kept) = ShopLoader.loadKeepingFiles(shopPath: shop, options: options)
        // Without its orders the example shop has errors (a quote names an order); the written files clear them.
        #expect((before.shop != nil) == !example.emptiesOrders)
        let written = files.map { (path: $0.key, bytes: Array($0.value.utf8)) }
        // Asked before the write, as the import asks it while writing: the new month's folder is not there yet.
        let early = try #require(kept?.afterWriting(written, beforeWriting: true))
        #expect(example.emptiesOrders || example.files.isEmpty
                || !FileManager.default.fileExists(atPath: shop + "/content/orders/2025-12"))
        SiteFixture.write(files, under: shop)
        let memory = try #require(kept?.afterWriting(written))
        let disk = ShopLoader.load(shopPath: shop, options: options)

        let messages = ShopCommands.lines(memory.diagnostics, in: .en)
        #expect(messages == ShopCommands.lines(disk.diagnostics, in: .en))
        #expect(ShopCommands.lines(early.diagnostics, in: .en) == messages)
        #expect(early.checkable.map { ShopReport(shop: $0).json } == disk.checkable.map { ShopReport(shop: $0).json })
        #expect((memory.shop == nil) == (disk.shop == nil))
        let memoryShop = try #require(memory.checkable), diskShop = try #require(disk.checkable)
        #expect(ShopReport(shop: memoryShop).json == ShopReport(shop: diskShop).json)
        #expect(memoryShop.orders.map(\.id) == diskShop.orders.map(\.id))
        #expect(memoryShop.orders.map(\.source) == diskShop.orders.map(\.source))
        let checks = { (shop: Shop) in ShopCommands.lines(DiagnosticList(ShopChecks.diagnostics(for: shop, imageExists: { _ in true })), in: .en) }
        #expect(checks(memoryShop) == checks(diskShop))
        if let expected = example.expected {
            #expect(memory.shop == nil)
            #expect(messages.contains(expected), "\(messages)")
        } else {
            #expect(memory.shop != nil, "\(messages)")
            #expect(memoryShop.orders.count == (before.shop?.orders.count ?? 0) + files.keys.filter { $0.contains("/orders/2025-12/") || example.emptiesOrders }.count)
        }
    }

    @Test(arguments: ["content/data/notes.md", "content/orders/.hidden/O-1.md", "content/orders/O-1.txt", "site.yaml"])
    func aFileTheListingCannotTakeInPlaceAsksForAWholeLoad(path: String) throws {
        let shop = SiteFixture.smallShop()
        defer { try? FileManager.default.removeItem(atPath: shop) }
        let (_, kept) = ShopLoader.loadKeepingFiles(shopPath: shop, options: LoadOptions(includeDrafts: true))
        let files = try #require(kept)
        #expect(files.afterWriting([(path: path, bytes: Array("---\nid: O-2\n---\n".utf8))]) == nil)
        #expect(files.afterWriting([(path: path, bytes: Array("---\nid: O-2\n---\n".utf8))], beforeWriting: true) == nil)
        #expect(files.afterWriting([(path: "content/orders/O-2.md", bytes: Array("---\ncustomer: C-1\ndate: 2025-11-21\nstatus: completed\n---\n".utf8))])?.shop?.orders.count == 2)
    }

    /// The assembly reads traffic.csv from the disk, so a written one is taken in place only once it is written.
    @Test func aWrittenTrafficFileIsTakenOnlyOnceWritten() throws {
        let shop = SiteFixture.smallShop()
        defer { try? FileManager.default.removeItem(atPath: shop) }
        let (_, kept) = ShopLoader.loadKeepingFiles(shopPath: shop, options: LoadOptions(includeDrafts: true))
        let files = try #require(kept)
        let text = "date,sku,visitors,page_views,add_to_cart\n2025-11-20,,10,20,1\n2025-11-21,,12,30,2\n"
        let traffic = [(path: "content/data/traffic.csv", bytes: Array(text.utf8))]
        #expect(files.afterWriting(traffic, beforeWriting: true) == nil)
        SiteFixture.write(["content/data/traffic.csv": text], under: shop)
        #expect(files.afterWriting(traffic)?.shop?.traffic.count == 2)
    }
}
