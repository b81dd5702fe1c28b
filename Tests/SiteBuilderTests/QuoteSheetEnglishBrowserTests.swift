import Foundation
import Testing
@testable import SiteBuilder

/// The quote sheet in English: a header wider than its column ("Unit price (incl. VAT)") and a lead time ("5 days after
/// payment") wrap inside their cells; they ran over the next column ("Unit price (inclPVAT)tier",
/// "5 days after paym¥5,600.00"). The Chinese sheet's headers and lead times fit as before.
@Suite(.serialized, .enabled(if: Browser.available, "chromium not installed: browser tests skipped"))
struct QuoteSheetEnglishBrowserTests {
    static let selector = ".quote-items th, .quote-items td.col-lead, .delivery-note .quote-items td"

    @Test(arguments: [1280, 1024])
    func nothingRunsIntoTheNextColumnInEnglish(width: Int) throws {
        for page in ["quotes/Q-2025-0101.html", "orders/O-20251127-03.html"] {
            let file = EnglishCountedAdviceTests.site + "/" + page
            let clipped = try #require(Browser.clippedTexts(file, selector: Self.selector, width: width), "no answer from Chromium")
            #expect(clipped.isEmpty, "\(page) at \(width): \(clipped)")
        }
    }

    @Test func theChineseSheetStillFits() throws {
        let clipped = try #require(Browser.clippedTexts(Browser.site + "/quotes/Q-2025-0101.html", selector: Self.selector, width: 1280))
        #expect(clipped.isEmpty, "\(clipped)")
    }

    @Test func theEnglishSheetPrintsItsHeadersWhole() throws {
        let pdf = SiteFixture.temporaryFolder("pdf-en") + "/Q-2025-0101.pdf"
        #expect(Browser.printPDF(EnglishCountedAdviceTests.site + "/quotes/Q-2025-0101.html", to: pdf))
        let lines = Browser.run("/usr/bin/pdftotext", ["-layout", pdf, "-"]).out.split(separator: "\n")
        // wrapped in its cell: "(incl. VAT)" under "Unit price", not on its line running into "Price tier"
        #expect(lines.contains { $0.contains("Unit price") && $0.contains("Price tier") && !$0.contains("VAT") }, "\(lines)")
        #expect(lines.contains { $0.contains("(incl. VAT)") && !$0.contains("Unit price") }, "\(lines)")
    }
}
