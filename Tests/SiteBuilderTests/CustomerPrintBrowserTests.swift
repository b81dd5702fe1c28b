import Foundation
import Testing
@testable import SiteBuilder

/// A customer page with many orders printed on A4: the orders table runs over several pages and each of them starts
/// with its real header row (page 3 of such a printout used to repeat a blank grey header: table-sort.js's buttons).
@Suite(.serialized, .enabled(if: Browser.available, "chromium, pdfinfo or pdftotext not installed: browser tests skipped"))
struct CustomerPrintBrowserTests {
    @Test func everyPrintedPageOfTheOrdersTableRepeatsItsHeaderWords() throws {
        let site = BigPagesBrowserTests.site
        try #require(!site.isEmpty, "the big shop did not build")
        let pdf = SiteFixture.temporaryFolder("customer-print") + "/C-1.pdf"
        #expect(Browser.printPDF(site + "/customers/C-1.html", to: pdf))
        let pages = QuoteSheetBrowserTests.pages(pdf)
        let withOrders = pages.indices.filter { pages[$0].contains("O-0") }  // the big shop's orders are O-001 … O-052
        try #require(withOrders.count >= 3, "\(pages.count) pages, \(withOrders.count) with orders")
        for index in withOrders {
            let words = pages[index].split(whereSeparator: \.isWhitespace)
            #expect(words.contains("订单号") && words.contains("应发货") && words.contains("合计"),
                    "page \(index + 1) of \(pages.count) has order rows under a header without its words")
        }
        #expect(!pages.joined().contains("↕"), "the sort arrows are printed")
    }

}
