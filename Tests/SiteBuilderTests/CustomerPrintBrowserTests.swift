import Foundation
import Testing
@testable import SiteBuilder

/// A customer page with many orders printed on A4: the orders table runs over several pages and each of them starts
/// with its real header row (page 3 of such a printout used to repeat a blank grey header: table-sort.js's buttons).
@Suite(.serialized, .enabled(if: Browser.available, "chromium, pdfinfo or pdftotext not installed: browser tests skipped"))
struct CustomerPrintBrowserTests {
    /// The big fixture shop with 150 orders for its C-1: four printed pages of them or more.
    static let site: String = (try? BigShopFixture.build(BigShopFixture.shop(products: 3, lateOrders: 150))) ?? ""

    @Test func everyPrintedPageOfTheOrdersTableRepeatsItsHeaderWords() throws {
        let site = Self.site
        try #require(!site.isEmpty, "the big shop did not build")
        let pdf = SiteFixture.temporaryFolder("customer-print") + "/C-1.pdf"
        #expect(Browser.printPDF(site + "/customers/C-1.html", to: pdf))
        let pages = QuoteSheetBrowserTests.pages(pdf)
        let withOrders = pages.indices.filter { pages[$0].contains("O-0") || pages[$0].contains("O-1") }  // O-001 … O-150
        try #require(withOrders.count >= 4, "\(pages.count) pages, \(withOrders.count) with orders")
        for index in withOrders {
            let words = pages[index].split(whereSeparator: \.isWhitespace)
            #expect(words.contains("订单号") && words.contains("应发货") && words.contains("合计"),
                    "page \(index + 1) of \(pages.count) has order rows under a header without its words")
        }
        #expect(!pages.joined().contains("↕"), "the sort arrows are printed")
    }

    /// Each item of an order (code × quantity) prints on one line: the narrow 商品 column printed `YX-` over `H101 ×` over
    /// `2,500`.
    @Test func eachOrderItemPrintsWhole() throws {
        let html = BigShopFixture.slice(SiteFixture.text(Browser.site, "customers/C-002.html"), from: "customer-orders", to: "</table>")
        // "<a href=…>YX-H101</a> × 2,500": the code and the quantity as printed
        let refs = html.components(separatedBy: "</a> × ").dropFirst().indices.map { index -> String in
            let parts = html.components(separatedBy: "</a> × ")
            let code = parts[index - 1].split(separator: ">").last.map(String.init) ?? ""
            return code + " × " + String(parts[index].prefix { $0.isNumber || $0 == "," })
        }
        try #require(refs.count >= 10, "C-002 lists \(refs.count) order items")
        let pdf = SiteFixture.temporaryFolder("customer-items") + "/C-002.pdf"
        #expect(Browser.printPDF(Browser.site + "/customers/C-002.html", to: pdf))
        let text = QuoteSheetBrowserTests.pages(pdf).joined().replacingOccurrences(of: " +", with: " ", options: .regularExpression)
        for ref in refs {
            #expect(text.contains(ref), "\(ref) is not on one printed line")
        }
    }
}
