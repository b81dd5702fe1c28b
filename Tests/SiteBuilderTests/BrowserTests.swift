import Foundation
import Synchronization
import Testing
@testable import SiteBuilder

/// The built example shop as a person sees it, in headless Chromium: no console errors, no broken links,
/// clean A4 quote sheets with repeated headers, and screenshots at desktop and phone widths.
@Suite(.serialized, .enabled(if: Browser.available, "chromium, pdfinfo or pdftotext not installed: browser tests skipped (apt-get install chromium poppler-utils)"))
struct BrowserTests {
    @Test func everyPageLoadsWithoutConsoleErrors() throws {
        let site = Browser.site
        let pages = SiteFixture.files(in: site).keys.filter { $0.hasSuffix(".html") }.sorted()
        #expect(pages.count == 109)  // every page of the example shop: catalog, entities, 52 order pages, 6 order lists, promotions, analytics, to-do, checks
        let results = Mutex<[String: [String]]>([:])
        DispatchQueue.concurrentPerform(iterations: pages.count) { i in
            let (dom, console) = Browser.load(site + "/" + pages[i])
            var problems = console
            if !dom.contains("</html>") { problems.append("page did not load") }
            results.withLock { $0[pages[i]] = problems }
        }
        for (page, problems) in results.withLock({ $0 }).sorted(by: { $0.key < $1.key }) {
            #expect(problems.isEmpty, "\(page): \(problems)")
        }
    }

    @Test func catalogFilterAppearsWhenScriptsRun() {
        // search.js un-hides the form: wait for it rather than for a fixed virtual time.
        let (dom, console) = Browser.load(Browser.site + "/products/index.html") { $0.contains("role=\"search\">") }
        #expect(console.isEmpty)
        #expect(dom.contains("<form class=\"catalog-filter\" data-catalog-filter=\"\" data-index=\"../search-index.json\" data-index-script=\"../search-index.js\" data-root=\"../\" role=\"search\">"))
    }

    @Test func noInternalLinkIsBroken() {
        #expect(LinkChecker.brokenLinks(in: Browser.site).isEmpty)
    }

    @Test(arguments: [("Q-2025-0101", false), ("Q-2025-0104", true)])
    func quotePrintsOnA4WithTheItemsHeaderOnEveryPage(id: String, long: Bool) throws {
        let pdf = SiteFixture.temporaryFolder("pdf") + "/\(id).pdf"
        #expect(Browser.printPDF(Browser.site + "/quotes/\(id).html", to: pdf))
        let info = Browser.run("/usr/bin/pdfinfo", [pdf]).out
        #expect(info.contains("Page size:      595.") && info.contains("x 841.") || info.contains("(A4)"), "\(info)")
        let pagesLine = try #require(info.split(separator: "\n").first { $0.hasPrefix("Pages:") })
        let pages = try #require(Int(pagesLine.split(separator: " ").last ?? ""))
        #expect(long ? pages > 1 : pages == 1, "\(id): \(pages) pages")
        let text = Browser.run("/usr/bin/pdftotext", ["-layout", pdf, "-"]).out
        let sheets = text.split(separator: "\u{0C}", omittingEmptySubsequences: true).filter { !$0.allSatisfy(\.isWhitespace) }
        #expect(sheets.count == pages)
        for (n, sheet) in sheets.enumerated() where long && n < pages - 1 {
            #expect(sheet.contains("品名 / 货号") && sheet.contains("价格档"), "items header missing on page \(n + 1)")
        }
        let compact = text.filter { !$0.isWhitespace }
        #expect(compact.contains("1/\(pages)") && compact.contains("\(pages)/\(pages)"), "page numbers missing")
        #expect(text.contains("人民币（大写）"))
    }

    @Test func screenshotsAtDesktopAndPhoneWidths() {
        let folder = SiteFixture.temporaryFolder("screenshots")
        Browser.expectScreenshots(of: ["products/index.html", "quotes/Q-2025-0104.html", "analytics/index.html"], in: Browser.site, folder: folder)
        print("screenshots in \(folder)")
    }
}
