import Foundation
import ShopModel
import SiteBuilder
import Testing

/// `--map`, `--new-customers`, missing columns and `import traffic`.
@Suite struct ImportOptionsTests {
    @Test func aShopsOwnHeadersAreReadWithItsMap() throws {
        let shop = try ImportFixture.shopCopy("map")
        defer { try? FileManager.default.removeItem(atPath: shop) }
        let without = ImportCommand.run(kind: .orders, file: ImportFixture.path("orders-custom.csv"), shopPath: shop, language: .en)
        #expect(without.exitCode == 1)
        #expect(without.stderr.contains("orders-custom.csv:1: error: no column for `id` (looked for the header 订单编号 / 订单号 / id)"))
        let outcome = ImportCommand.run(kind: .orders, file: ImportFixture.path("orders-custom.csv"), shopPath: shop,
                                        mapPath: ImportFixture.path("shop-map.yaml"), language: .en)
        #expect(outcome.exitCode == 0, "\(outcome.stderr)")
        #expect(ImportFixture.text(shop, "content/orders/2025-12/W-2025-1205-1.md") == """
            ---
            id: W-2025-1205-1
            customer: C-001
            date: 2025-12-05
            status: completed
            items:
              - { sku: YX-A101, qty: 10000 }
            tracking: ZT78800112233
            carrier: 中通快递
            ---

            """)
    }

    @Test func aMapNamingAnUnknownFieldIsAnErrorAtItsLine() throws {
        let map = NSTemporaryDirectory() + "map-\(UUID().uuidString).yaml"
        defer { try? FileManager.default.removeItem(atPath: map) }
        try Data("id: 单号\n买家: 采购商\n".utf8).write(to: URL(fileURLWithPath: map))
        let outcome = ImportCommand.run(kind: .orders, file: ImportFixture.path("orders-custom.csv"), shopPath: ImportFixture.folder + "/shop",
                                        mapPath: map, language: .en)
        #expect(outcome.exitCode == 1)
        #expect(outcome.stderr.hasPrefix(map + ":2:1: error: `买家` is not a field of this import (fields: id, customer, sku,"))
    }

    @Test func anUnknownBuyerIsAnErrorUnlessNewCustomersMakesAStub() throws {
        let shop = try ImportFixture.shopCopy("stub")
        defer { try? FileManager.default.removeItem(atPath: shop) }
        let export = shop + "/content/../new-buyer.csv"
        try Data("订单编号,买家公司名,货号,数量,订单状态,付款时间,省份\nO-20251205-01,厦门鹭岛装饰材料有限公司,YX-A101,2000,等待卖家发货,2025-12-05,福建\n".utf8)
            .write(to: URL(fileURLWithPath: export))
        let refused = ImportCommand.run(kind: .orders, file: export, shopPath: shop, language: .en)
        #expect(refused.stderr.hasPrefix(export + ":2:2: error: unknown customer `厦门鹭岛装饰材料有限公司`"))
        let outcome = ImportCommand.run(kind: .orders, file: export, shopPath: shop, newCustomers: true, language: .en)
        #expect(outcome.exitCode == 0, "\(outcome.stderr)")
        let stub = try #require(outcome.stdout.split(separator: "\n").first { $0.contains("content/customers/") })
        let path = String(stub.dropFirst("created ".count))
        #expect(ImportFixture.text(shop, path).contains("name: 厦门鹭岛装饰材料有限公司\nregion: 福建\nsince: 2025-12-05\n"))
        #expect(ShopCommands.check(shopPath: shop).exitCode == 0)
    }

    /// The check after the import (made while the files are written, a new month's folder among them) reports what
    /// `check` finds in the shop as written: here a product title's banned term, the files written all the same.
    @Test func anImportIntoAShopThatFailsCheckSaysWhy() throws {
        let shop = try ImportFixture.shopCopy("check")
        defer { try? FileManager.default.removeItem(atPath: shop) }
        let product = shop + "/content/products/YX-A101.md"
        let text = ImportFixture.text(shop, "content/products/YX-A101.md").replacingOccurrences(of: "title: 304 不锈钢", with: "title: 最好的 304 不锈钢")
        try Data(text.utf8).write(to: URL(fileURLWithPath: product))
        let export = shop + "/content/../check.csv"
        try Data("订单编号,买家公司名,货号,数量,订单状态,付款时间\nO-20251205-01,C-001,YX-A101,2000,等待卖家发货,2025-12-05\n".utf8)
            .write(to: URL(fileURLWithPath: export))
        let outcome = ImportCommand.run(kind: .orders, file: export, shopPath: shop, language: .en)
        #expect(outcome.exitCode == 1)
        #expect(outcome.stdout == """
            created content/orders/2025-12/O-20251205-01.md
            1 record in the export: 1 new file, 0 updated, 0 unchanged
            after the import, `check` finds 1 error:

            """)
        #expect(outcome.stderr == "content/products/YX-A101.md:3: error: title contains the banned absolute term \"最好\"\n")
        #expect(ImportFixture.text(shop, "content/orders/2025-12/O-20251205-01.md").hasPrefix("---\nid: O-20251205-01\ncustomer: C-001\n"))
    }

    @Test func trafficRowsAreMergedReplacingTheSameDateAndSkuSorted() throws {
        let shop = try ImportFixture.shopCopy("traffic")
        defer { try? FileManager.default.removeItem(atPath: shop) }
        let outcome = ImportCommand.run(kind: .traffic, file: ImportFixture.path("traffic-gb18030.csv"), shopPath: shop, language: .en)
        #expect(outcome.stdout == "updated content/data/traffic.csv\n4 records in the export: 0 new files, 1 updated, 0 unchanged\n")
        #expect(ImportFixture.text(shop, "content/data/traffic.csv") == """
            date,sku,visitors,page_views,add_to_cart
            2025-12-01,,380,1410,22
            2025-12-01,YX-H101,96,240,11
            2025-12-02,,415,1588,27
            2025-12-02,YX-H101,101,266,12
            2025-12-03,,366,1302,19
            2025-12-03,YX-L102,44,97,3

            """)
        let again = ImportCommand.run(kind: .traffic, file: ImportFixture.path("traffic-gb18030.csv"), shopPath: shop, language: .en)
        #expect(again.stdout == "4 records in the export: 0 new files, 0 updated, 4 unchanged\n")
        #expect(ShopCommands.check(shopPath: shop).exitCode == 0)
    }
}
