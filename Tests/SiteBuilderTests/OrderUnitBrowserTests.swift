import Foundation
import Testing
@testable import SiteBuilder

/// On the order page a two-character unit (千只) stays on one line beside its quantity: next to a long product name the
/// unit column was squeezed and printed 千 over 只 (the quote sheet's unit column already kept it whole).
@Suite(.serialized, .enabled(if: Browser.available, "chromium not installed: browser tests skipped"))
struct OrderUnitBrowserTests {
    static let site: String = {
        let long = "不锈钢十字沉头自攻螺丝 M4×16 加长加硬 镀锌防锈 " + String(repeating: "工厂直供 现货批发 ", count: 8) + "5千只起批"
        let shop = SiteFixture.smallShop(extra: [
            "content/products/HD-S102.md": "---\ntitle: \(long)\ntype: spot\nunit: 千只\nmoq: 5\nlead_time_days: 3\n"
                + "price_tiers:\n  - { min: 5, price: 260 }\n---\n",
            "content/orders/O-2.md": "---\ncustomer: C-1\ndate: 2025-11-20\nstatus: pending_shipment\nship_by: 2025-12-20\n"
                + "items:\n  - { sku: HD-S102, qty: 5 }\n  - { sku: HD-T001, qty: 100 }\n---\n",
        ])
        let output = SiteFixture.temporaryFolder("order-units") + "/public"
        _ = SiteBuild.run(BuildOptions(shopPath: shop, outputPath: output))
        return output
    }()

    @Test(arguments: [1280, 1024])
    func aTwoCharacterUnitStaysOnOneLine(width: Int) throws {
        let page = Self.site + "/orders/O-2.html"
        #expect(SiteFixture.text(Self.site, "orders/O-2.html").contains("<td class=\"col-unit\">千只</td>"))
        let lines = "(function () { var r = d.createRange(); r.selectNodeContents(e); return r.getClientRects().length; })()"
        let broken = try #require(Browser.offending(page, selector: ".order-items td.col-unit", width: width, when: lines + " > 1",
                                                    report: lines + " + \" lines\""), "no answer from Chromium")
        #expect(broken.isEmpty, "\(broken)")
    }

    @Test func nothingScrollsSidewaysOnAPhone() throws {
        let measured = try #require(Browser.sidewaysScroll(Self.site + "/orders/O-2.html", width: 390), "no answer from Chromium")
        #expect(measured == ["page 390/390"], "\(measured)")
    }
}
