import Foundation
import SiteBuilder
import Testing
@testable import ShopImport

/// Columns of the shop's own in `data/traffic.csv` survive `import traffic`: kept in their order after the five known
/// ones, their values kept for the days already there (also for a day the export replaces), empty for new days.
@Suite struct TrafficColumnsTests {
    /// The fixture export (traffic-gb18030.csv) replaces 2025-12-02's store row and adds three new rows.
    static let cases: [(label: String, before: String, after: String)] = [
        ("two columns at the end, one value quoted", """
            date,sku,visitors,page_views,add_to_cart,来源,备注
            2025-12-01,,380,1410,22,直通车,"活动, 第一天"
            2025-12-01,YX-H101,96,240,11,自然搜索,
            2025-12-02,,402,1523,25,直通车,"含""双12""预热"

            """, """
            date,sku,visitors,page_views,add_to_cart,来源,备注
            2025-12-01,,380,1410,22,直通车,"活动, 第一天"
            2025-12-01,YX-H101,96,240,11,自然搜索,
            2025-12-02,,415,1588,27,直通车,"含""双12""预热"
            2025-12-02,YX-H101,101,266,12,,
            2025-12-03,,366,1302,19,,
            2025-12-03,YX-L102,44,97,3,,

            """),
        ("a column between the known ones, a row without the last column", """
            date,渠道,sku,visitors,page_views,add_to_cart,备注
            2025-12-01,PC,,380,1410,22,
            2025-12-01,无线,YX-H101,96,240,11,主图改版
            2025-12-02,PC,,402,1523,25

            """, """
            date,sku,visitors,page_views,add_to_cart,渠道,备注
            2025-12-01,,380,1410,22,PC,
            2025-12-01,YX-H101,96,240,11,无线,主图改版
            2025-12-02,,415,1588,27,PC,
            2025-12-02,YX-H101,101,266,12,,
            2025-12-03,,366,1302,19,,
            2025-12-03,YX-L102,44,97,3,,

            """),
        ("only the known columns", """
            date,sku,visitors,page_views,add_to_cart
            2025-12-02,,402,1523,25

            """, """
            date,sku,visitors,page_views,add_to_cart
            2025-12-02,,415,1588,27
            2025-12-02,YX-H101,101,266,12
            2025-12-03,,366,1302,19
            2025-12-03,YX-L102,44,97,3

            """),
    ]

    @Test(arguments: cases)
    func theShopsOwnColumnsAreKept(label: String, before: String, after: String) throws {
        let shop = try ImportFixture.shopCopy("traffic-columns")
        defer { try? FileManager.default.removeItem(atPath: shop) }
        try before.write(toFile: shop + "/" + TrafficImport.path, atomically: false, encoding: .utf8)
        let export = ImportFixture.path("traffic-gb18030.csv")
        let outcome = ImportCommand.run(kind: .traffic, file: export, shopPath: shop, language: .en)
        #expect(outcome.exitCode == 0, "\(label): \(outcome.stderr)")
        #expect(ImportFixture.text(shop, TrafficImport.path) == after, "\(label)")
        let again = ImportCommand.run(kind: .traffic, file: export, shopPath: shop, language: .en)
        #expect(again.stdout == "4 records in the export: 0 new files, 0 updated, 4 unchanged\n", "\(label)")
        #expect(ShopCommands.check(shopPath: shop).exitCode == 0, "\(label)")
    }
}
