import Foundation
import ShopModel
import SiteBuilder
import Testing

/// `import orders` into a copy of Fixtures/shop: new files, in-place updates, nothing twice, nothing on errors.
@Suite struct OrderImportTests {
    @Test(arguments: ["orders-gb18030.csv", "orders-utf8-bom.csv", "orders.xlsx", "orders-inline.xlsx"])
    func everyFormatWritesTheSameFilesAndReportsEveryChange(file: String) throws {
        let shop = try ImportFixture.shopCopy("formats")
        defer { try? FileManager.default.removeItem(atPath: shop) }
        let outcome = ImportCommand.run(kind: .orders, file: ImportFixture.path(file), shopPath: shop, language: .en)
        #expect(outcome.exitCode == 0, "\(outcome.stderr)")
        #expect(outcome.stdout == """
            updated content/orders/2025-11/O-20251128-01.md
              status: pending_shipment → shipped
              shipped_at: — → 2025-12-01
              tracking: — → DPK300012345678
              carrier: — → 德邦物流
            created content/orders/2025-12/O-20251201-01.md
            created content/orders/2025-12/O-20251202-01.md
            created content/orders/2025-12/O-20251203-01.md
            created content/orders/2025-12/O-20251203-02.md
            created content/orders/2025-12/O-20251204-01.md
            6 records in the export: 5 new files, 1 updated, 0 unchanged

            """)
        // Two lines: the tier price (2.85 at 5000) left implicit, the negotiated 0.7 (tier: 0.72) written.
        #expect(ImportFixture.text(shop, "content/orders/2025-12/O-20251201-01.md") == """
            ---
            id: O-20251201-01
            customer: C-001
            date: 2025-12-01
            status: completed
            items:
              - { sku: YX-H101, qty: 5000 }
              - { sku: YX-A101, qty: 2000, price: 0.7 }
            shipping: 30
            shipped_at: 2025-12-02
            tracking: SF1409283746511
            carrier: 顺丰速运
            ---

            """)
        // 等待买家付款 without 付款时间: the order date (下单时间) is the date.
        #expect(ImportFixture.text(shop, "content/orders/2025-12/O-20251203-01.md").contains("date: 2025-12-03\nstatus: pending_payment\n"))
        #expect(ShopCommands.check(shopPath: shop).exitCode == 0)
    }

    @Test func anExistingOrderIsUpdatedInPlaceKeepingItsCommentsAndBody() throws {
        let shop = try ImportFixture.shopCopy("inplace")
        defer { try? FileManager.default.removeItem(atPath: shop) }
        _ = ImportCommand.run(kind: .orders, file: ImportFixture.path("orders.xlsx"), shopPath: shop)
        #expect(ImportFixture.text(shop, "content/orders/2025-11/O-20251128-01.md") == """
            ---
            id: O-20251128-01
            customer: C-002   # 美居家具厂，走德邦大件
            date: 2025-11-28
            status: shipped
            items:
              - { sku: YX-H101, qty: 5000 }
            shipping: 120
            shipped_at: 2025-12-01
            tracking: DPK300012345678
            carrier: 德邦物流
            # 客户要求分两批发货，第一批 3000 只
            ---
            客户要求外箱贴唛头。

            """)
    }

    @Test func importingTheSameExportTwiceChangesNothing() throws {
        let shop = try ImportFixture.shopCopy("twice")
        defer { try? FileManager.default.removeItem(atPath: shop) }
        _ = ImportCommand.run(kind: .orders, file: ImportFixture.path("orders-gb18030.csv"), shopPath: shop)
        let before = ImportFixture.tree(shop)
        let dates = try FileManager.default.attributesOfItem(atPath: shop + "/content/orders/2025-12/O-20251201-01.md")[.modificationDate]
        for file in ["orders-gb18030.csv", "orders.xlsx"] {
            let again = ImportCommand.run(kind: .orders, file: ImportFixture.path(file), shopPath: shop, language: .en)
            #expect(again.stdout == "6 records in the export: 0 new files, 0 updated, 6 unchanged\n")
        }
        #expect(ImportFixture.tree(shop) == before)
        let after = try FileManager.default.attributesOfItem(atPath: shop + "/content/orders/2025-12/O-20251201-01.md")[.modificationDate]
        #expect(dates as? Date == after as? Date)
    }

    @Test func aBadRowLeavesTheShopUntouchedAndEveryBadCellIsReported() throws {
        let shop = try ImportFixture.shopCopy("bad")
        defer { try? FileManager.default.removeItem(atPath: shop) }
        let good = String(decoding: try ImportFixture.bytes("orders-utf8-bom.csv").dropFirst(3), as: UTF8.self)
        let export = shop + "/../bad-\(UUID().uuidString).csv"
        defer { try? FileManager.default.removeItem(atPath: export) }
        try Data((good + "O-9,无名公司,YX-X999,螺丝,十,1.2.3,,,已签收,,2025-13-01,,,,,\r\n").utf8).write(to: URL(fileURLWithPath: export))
        let before = ImportFixture.tree(shop)
        let outcome = ImportCommand.run(kind: .orders, file: export, shopPath: shop, language: .en)
        #expect(outcome.exitCode == 1)
        #expect(ImportFixture.tree(shop) == before)
        let lines = outcome.stderr.split(separator: "\n").map(String.init)
        let places: [String] = lines.map { line in
            guard line.hasPrefix(export) else { return "" }
            return String(line.dropFirst(export.count).prefix { $0 != " " })
        }
        #expect(places == [":9:2:", ":9:3:", ":9:5:", ":9:6:", ":9:9:", ":9:11:", ""])
        #expect(lines.contains { $0.hasSuffix("unknown order status `已签收`") })
        #expect(lines.last == "import failed: 6 errors; nothing was written")
    }

    @Test func aDryRunPrintsTheChangesAndWritesNothing() throws {
        let shop = try ImportFixture.shopCopy("dry")
        defer { try? FileManager.default.removeItem(atPath: shop) }
        let before = ImportFixture.tree(shop)
        let outcome = ImportCommand.run(kind: .orders, file: ImportFixture.path("orders.xlsx"), shopPath: shop, dryRun: true)
        #expect(outcome.exitCode == 0)
        #expect(outcome.stdout.contains("新建 content/orders/2025-12/O-20251204-01.md\n"))
        #expect(outcome.stdout.hasSuffix("导出中 6 条记录：新建 5 个文件，更新 1 个，0 条无变化\n试运行：没有写入任何文件\n"))
        #expect(ImportFixture.tree(shop) == before)
    }
}
