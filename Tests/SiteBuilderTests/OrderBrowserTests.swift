import Foundation
import Testing
@testable import SiteBuilder

/// The order page and status lists in headless Chromium: they load cleanly, and the order page prints as one A4
/// delivery note (发货单) without the screen's prices and timeline.
@Suite(.serialized, .enabled(if: Browser.available, "chromium, pdfinfo or pdftotext not installed: browser tests skipped"))
struct OrderBrowserTests {
    @Test(arguments: ["orders/O-20251127-03.html", "orders/index.html", "orders/after_sales/index.html"])
    func pageLoadsWithoutConsoleErrors(_ page: String) {
        let (dom, console) = Browser.load(Browser.site + "/" + page)
        #expect(console.isEmpty, "\(console)")
        #expect(dom.contains("</html>"))
    }

    @Test func orderPagePrintsAsOneA4DeliveryNote() throws {
        let pdf = SiteFixture.temporaryFolder("pdf") + "/O-20251127-03.pdf"
        #expect(Browser.printPDF(Browser.site + "/orders/O-20251127-03.html", to: pdf))
        let info = Browser.run("/usr/bin/pdfinfo", [pdf]).out
        #expect(info.contains("Page size:      595.") && info.contains("x 841.") || info.contains("(A4)"), "\(info)")
        let pagesLine = info.split(separator: "\n").first { $0.hasPrefix("Pages:") } ?? ""
        #expect(pagesLine.split(separator: " ").last == "1", "\(info)")
        let text = Browser.run("/usr/bin/pdftotext", ["-layout", pdf, "-"]).out.replacingOccurrences(of: " ", with: "")
        #expect(text.contains("发货单"))
        #expect(text.contains("共8箱"))
        #expect(!text.contains("订单进度"))
        #expect(!text.contains("¥"))
    }

    /// On the 发货单 装箱数 and 箱数 take what they need and the item's name the rest: each name prints on one line with
    /// its quantity (the two columns took a third of the width each and the first name ran over three lines).
    @Test func theDeliveryNoteGivesTheItemNamesTheRoom() throws {
        let pdf = SiteFixture.temporaryFolder("pdf") + "/O-20251127-03.pdf"
        #expect(Browser.printPDF(Browser.site + "/orders/O-20251127-03.html", to: pdf))
        let lines = Browser.run("/usr/bin/pdftotext", ["-layout", pdf, "-"]).out.split(separator: "\n")
        for (name, qty) in [("冷轧钢液压阻尼铰链 兼容第一代快装底座 全盖/半盖/内嵌 200只起批", "2,500"), ("304不锈钢子母合页 4寸 免开槽 静音轴承款 100片起批", "1,200")] {
            #expect(lines.contains { $0.contains(name) && $0.contains(qty) }, "\(name) is not on one line with \(qty)")
        }
        #expect(lines.contains { $0.contains("2 箱 + 尾箱 200 片") })
    }

    /// At 390 px the order page's items and the order lists are stacked rows: neither the page nor a table scrolls
    /// sideways (the items table used to need a 560 px swipe, the list 700 px); the quote sheet already fitted.
    @Test(arguments: ["orders/O-20251127-03.html", "orders/O-20251128-02.html", "orders/index.html",
                      "orders/after_sales/index.html", "quotes/Q-2025-0104.html"])
    func nothingScrollsSidewaysOnAPhone(_ page: String) throws {
        let measured = try #require(Browser.sidewaysScroll(Browser.site + "/" + page, width: 390), "no answer from Chromium")
        #expect(measured == ["page 390/390"], "\(page): \(measured)")
    }

    /// At 1280 px the order page keeps its items table: the header row shows, with the columns side by side.
    @Test func theItemsTableStaysATableOnADesktop() throws {
        let measured = try #require(Browser.sidewaysScroll(Browser.site + "/orders/O-20251127-03.html", width: 1280))
        #expect(measured == ["page 1280/1280"])
        let html = SiteFixture.text(Browser.site, "orders/O-20251127-03.html")
        #expect(html.contains("<td class=\"num col-qty\" data-label=\"数量\">2,500</td><td class=\"col-unit\">只</td>"))
    }

    @Test func screenshotsAtDesktopAndPhoneWidths() {
        let folder = SiteFixture.temporaryFolder("order-screenshots")
        Browser.expectScreenshots(of: ["orders/O-20251128-02.html", "orders/index.html"], in: Browser.site, folder: folder)
    }
}
