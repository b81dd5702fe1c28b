import Foundation
import Testing
@testable import SiteBuilder

/// Lists printed on A4: the orders list printed every order number over three lines (`O-` / `20251130-` / `02`), its
/// dates over two and its customers two characters wide, on 6 pages; the navigation chips printed too.
@Suite(.serialized, .enabled(if: Browser.available, "chromium, pdfinfo or pdftotext not installed: browser tests skipped"))
struct ListPrintBrowserTests {
    /// The printed text of a page of the example shop, runs of spaces made one.
    static func printed(_ page: String) throws -> String {
        let pdf = SiteFixture.temporaryFolder("list-print") + "/" + page.replacingOccurrences(of: "/", with: "_") + ".pdf"
        try #require(Browser.printPDF(Browser.site + "/" + page, to: pdf))
        return QuoteSheetBrowserTests.pages(pdf).joined().replacingOccurrences(of: " +", with: " ", options: .regularExpression)
    }

    @Test func theOrdersListPrintsEachOrderOnOneLine() throws {
        let html = SiteFixture.text(Browser.site, "orders/index.html")
        let ids = html.components(separatedBy: "<tr id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        try #require(ids.count >= 20, "\(ids.count) orders listed")
        let lines = try Self.printed("orders/index.html").split(separator: "\n")
        for id in ids {
            // the number, its customer's first characters and its date on one printed line
            #expect(lines.contains { $0.contains(id) && $0.contains(" 2025-") }, "\(id) is not whole on one line with its date")
        }
        #expect(!lines.contains { $0.contains("全部 52") }, "the status filter is printed")
    }

    @Test func theAnalyticsTabsAreNotPrinted() throws {
        let text = try Self.printed("analytics/customers/index.html")
        #expect(text.contains("客户等级") && !text.contains("报价转化"), "\(text.prefix(300))")
    }
}
