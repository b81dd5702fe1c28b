import Foundation
import ShopLoader
import ShopModel
import Testing
@testable import SiteBuilder

/// A generated shop's orders, exported as the platform does (CSV and xlsx) and imported into a copy of the shop
/// whose orders/ is empty, give a byte-identical `report`; a second import changes nothing.
@Suite struct ImportRoundTripTests {
    enum Format: String, CaseIterable { case csv, xlsx }

    @Test(arguments: Format.allCases)
    func exportedOrdersImportIntoAnEmptyOrdersFolderGiveTheSameReport(format: Format) throws {
        let shop = try GeneratedShop(products: 40, customers: 8, orders: 60, quotes: 6, days: 30)
            .write(to: SiteFixture.temporaryFolder("roundtrip-\(format)"))
        defer { try? FileManager.default.removeItem(atPath: shop) }
        let original = ShopCommands.report(shopPath: shop, asOf: nil)
        #expect(original.exitCode == 0)
        let export = try Self.export(shopPath: shop, format: format, to: shop + "/export.\(format)")
        try FileManager.default.removeItem(atPath: shop + "/content/orders")
        try FileManager.default.createDirectory(atPath: shop + "/content/orders", withIntermediateDirectories: true)
        #expect(ShopCommands.report(shopPath: shop, asOf: nil).stdout != original.stdout)

        let first = ImportCommand.run(kind: .orders, file: export, shopPath: shop, language: .en)
        #expect(first.exitCode == 0, "\(first.stderr)")
        #expect(first.stdout.hasSuffix("60 records in the export: 60 new files, 0 updated, 0 unchanged\n"), "\(first.stdout)")
        #expect(ShopCommands.report(shopPath: shop, asOf: nil).stdout == original.stdout)
        #expect(ShopCommands.check(shopPath: shop).exitCode == 0)

        let again = ImportCommand.run(kind: .orders, file: export, shopPath: shop, language: .en)
        #expect(again.stdout == "60 records in the export: 0 new files, 0 updated, 60 unchanged\n")
    }

    /// Writes `shopPath`'s orders as an export; also callable from Benchmarks/import-roundtrip.sh through the
    /// environment (SHOPSITE_EXPORT_SHOP, SHOPSITE_EXPORT_TO: a path ending in .csv or .xlsx).
    static func export(shopPath: String, format: Format, to path: String) throws -> String {
        let loaded = ShopLoader.load(shopPath: shopPath, options: LoadOptions(includeDrafts: true))
        guard let shop = loaded.shop else { throw CocoaError(.fileReadCorruptFile) }
        switch format {
        case .csv: try Data(OrderExport.csv(shop)).write(to: URL(fileURLWithPath: path))
        case .xlsx: try OrderExport.writeXLSX(shop, to: path)
        }
        return path
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["SHOPSITE_EXPORT_SHOP"] != nil))
    func exportTheShopNamedByTheEnvironment() throws {
        let environment = ProcessInfo.processInfo.environment
        let shop = try #require(environment["SHOPSITE_EXPORT_SHOP"]), target = try #require(environment["SHOPSITE_EXPORT_TO"])
        _ = try Self.export(shopPath: shop, format: target.hasSuffix(".xlsx") ? .xlsx : .csv, to: target)
    }
}
