import Foundation
import Testing
@testable import SiteBuilder

/// The example shop's order pages (with the delivery note as their print view) and the status lists.
@Suite struct OrderPagesTests {
    static let site = SitePagesTests.example.1

    @Test func orderPageShowsItemsTotalsPromotionAndTimeline() {
        let html = SiteFixture.text(Self.site, "orders/O-20251128-02.html")
        // 2,000 × ¥2.80 = ¥5,600.00; − ¥300.00 (满 5000 减 300) + ¥260.00 shipping = ¥5,560.00.
        #expect(html.contains("<td class=\"num\">2,000</td>"))
        #expect(html.contains("¥5,600.00") && html.contains("−¥300.00") && html.contains("¥5,560.00"))
        #expect(html.contains("老客户专享 满 5000 减 300"))
        #expect(html.contains("<dt>付款日期</dt><dd>2025-11-28</dd>"))
        #expect(html.contains("<a href=\"../customers/C-004.html\">佛山市顺德区美居家具厂</a>"))
        for step in ["买家付款", "最迟发货", "卖家发货", "录入运单号", "当前状态"] { #expect(html.contains(step), "\(step)") }
        #expect(html.contains("顺丰速运"))
    }

    @Test func unpaidOrderIsLabelledOrderDate() {
        let html = SiteFixture.text(Self.site, "orders/O-20251130-01.html")
        #expect(html.contains("<dt>下单日期</dt>"))
        #expect(!html.contains("<dt>付款日期</dt>"))
        #expect(html.contains("买家下单"))
    }

    @Test func orderFromAQuoteLinksIt() {
        let html = SiteFixture.text(Self.site, "orders/O-20251127-03.html")
        #expect(html.contains("<a href=\"../quotes/Q-2025-0103.html\">Q-2025-0103</a>"))
    }

    @Test func deliveryNoteCountsCartonsAndShowsNoPrice() throws {
        let html = SiteFixture.text(Self.site, "orders/O-20251127-03.html")
        let note = try #require(html.components(separatedBy: "<article class=\"quote-sheet delivery-note\"").last)
        // YX-H101: 2,500 at 500 a carton = 5 箱; YX-H102: 1,200 at 500 = 2 箱 + 尾箱 200 片; 8 cartons in all.
        #expect(note.contains("5 箱"))
        #expect(note.contains("2 箱 + 尾箱 200 片"))
        #expect(note.contains("共 8 箱"))
        #expect(note.contains("3,700"))
        #expect(note.contains("收货人签字"))
        #expect(note.contains("浙江省杭州市余杭区良渚街道勾庄工业园 6 幢"))
        #expect(note.contains("浙江省宁波市北仑区大港工业城黄山西路 88 号"))
        #expect(!note.contains("¥"))
    }

    @Test func deliveryNoteNamesTheCarrierAndTheTrackingNumberApart() throws {
        let example = SiteFixture.text(Self.site, "orders/O-20251128-02.html")
        let note = try #require(example.components(separatedBy: "<article class=\"quote-sheet delivery-note\"").last)
        #expect(note.contains("<dt>物流公司</dt><dd>顺丰速运</dd><dt>运单号</dt><dd>SF1409730016649</dd>"))
        // The small shop's O-1 has a tracking number and no carrier: the number is not labelled 物流公司.
        let shop = SiteFixture.smallShop(), output = SiteFixture.temporaryFolder("public") + "/public"
        defer { try? FileManager.default.removeItem(atPath: shop) }
        _ = SiteBuild.run(BuildOptions(shopPath: shop, outputPath: output))
        let small = SiteFixture.text(output, "orders/O-1.html")
        let smallNote = try #require(small.components(separatedBy: "<article class=\"quote-sheet delivery-note\"").last)
        #expect(smallNote.contains("<dt>运单号</dt><dd>SF1</dd>"))
        #expect(!smallNote.contains("<dt>物流公司</dt>"))
    }

    @Test func statusListsAreNewestFirstWithAFilter() throws {
        let all = SiteFixture.text(Self.site, "orders/index.html")
        let newest = try #require(all.range(of: "<tr id=\"O-20251130-02\">")), older = try #require(all.range(of: "<tr id=\"O-20251003-01\">"))
        #expect(newest.lowerBound < older.lowerBound)
        #expect(all.contains("<a href=\"../orders/index.html\" aria-current=\"page\">全部"))
        let unpaid = SiteFixture.text(Self.site, "orders/pending_payment/index.html")
        #expect(unpaid.contains("aria-current=\"page\">待付款"))
        #expect(unpaid.contains("<tr id=\"O-20251130-01\">"))
        #expect(!unpaid.contains("<tr id=\"O-20251128-02\">"))
        let afterSales = SiteFixture.text(Self.site, "orders/after_sales/index.html")
        for status in ["纠纷中", "已退款", "已取消"] { #expect(afterSales.contains(status), "\(status)") }
        #expect(all.contains("href=\"../orders/O-20251130-02.html\""))
    }
    /// Contract, orders/: `date` is the payment date for paid statuses and the order date otherwise, and "pages label
    /// it 付款日期 or 下单日期 accordingly". A status list holds one kind of date and says which; a list that mixes
    /// both (all orders, 售后 with disputed beside refunded and cancelled) says both.
    @Test(arguments: [("orders/index.html", "付款/下单日期"), ("orders/pending_payment/index.html", "下单日期"),
                      ("orders/pending_shipment/index.html", "付款日期"), ("orders/shipped/index.html", "付款日期"),
                      ("orders/completed/index.html", "付款日期"), ("orders/after_sales/index.html", "付款/下单日期")])
    func statusListsLabelTheirDate(_ path: String, heading: String) {
        let html = SiteFixture.text(Self.site, path)
        #expect(html.contains("<th>客户</th><th>\(heading)</th>"), "\(path)")
    }
    /// Contract, site.yaml: `seller` (tax id, bank, account) is "printed on quote sheets and delivery notes (开票信息)".
    /// The delivery note prints it under the shipper (发货方); a shop without `seller` prints no empty rows.
    @Test func deliveryNotePrintsTheSellersInvoiceData() throws {
        let html = SiteFixture.text(Self.site, "orders/O-20251127-03.html")
        let note = try #require(html.components(separatedBy: "<article class=\"quote-sheet delivery-note\"").last)
        let shipper = try #require(note.components(separatedBy: "<h2 class=\"party-title\">发货方</h2>").dropFirst().first?
            .components(separatedBy: "</div>").first)
        #expect(shipper.contains("<dt>税号</dt><dd class=\"invoice-field\">91330206MA2H4Y8K3Q</dd>"))
        #expect(shipper.contains("<dt>开户行</dt><dd>中国银行宁波北仑支行</dd>"))
        #expect(shipper.contains("<dt>账号</dt><dd class=\"invoice-field\">3581 5820 1136 0098</dd>"))
        let shop = SiteFixture.smallShop(), output = SiteFixture.temporaryFolder("public") + "/public"
        defer { try? FileManager.default.removeItem(atPath: shop) }
        _ = SiteBuild.run(BuildOptions(shopPath: shop, outputPath: output))
        let small = SiteFixture.text(output, "orders/O-1.html")
        #expect(!small.contains("<dt>税号</dt>") && !small.contains("<dt>开户行</dt>"))
    }
}
