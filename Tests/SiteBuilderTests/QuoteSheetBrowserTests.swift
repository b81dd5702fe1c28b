import Foundation
@testable import SiteBuilder
import Testing

/// The printed quote sheets of the example shop and `shopsite pdf`: page count, the running header and 第 n / N 页 on
/// every page, the seal boxes on the page of the totals, no margin anywhere in print, no sideways scrolling at 390 px.
@Suite(.serialized, .enabled(if: Browser.available, "chromium, pdfinfo or pdftotext not installed: browser tests skipped"))
struct QuoteSheetBrowserTests {
    /// The pages of a PDF's text (pdftotext separates them by form feeds).
    static func pages(_ pdf: String) -> [String] {
        Browser.run("/usr/bin/pdftotext", ["-layout", pdf, "-"]).out.split(separator: "\u{0C}").map(String.init)
            .filter { !$0.allSatisfy(\.isWhitespace) }
    }

    /// Each example quote and how many A4 pages it prints on.
    @Test(arguments: [("Q-2025-0095", 1), ("Q-2025-0101", 1), ("Q-2025-0102", 1), ("Q-2025-0103", 1), ("Q-2025-0104", 4),
                      ("Q-2025-0105", 1), ("Q-2025-0106", 1), ("Q-2025-0107", 1)])
    func printedSheetKeepsHeaderPagesAndSealsWithTheTotals(id: String, expectedPages: Int) throws {
        let pdf = SiteFixture.temporaryFolder("sheet") + "/\(id).pdf"
        #expect(Browser.printPDF(Browser.site + "/quotes/\(id).html", to: pdf))
        let pages = Self.pages(pdf)
        #expect(pages.count == expectedPages, "\(id): \(pages.count) pages")
        for (n, page) in pages.enumerated() {
            let compact = page.filter { !$0.isWhitespace }
            #expect(compact.contains("报价单\(id)·"), "\(id) page \(n + 1): no running header")
            #expect(compact.contains("第\(n + 1)/\(pages.count)页"), "\(id) page \(n + 1): no page number")
            #expect(!page.contains("毛利"), "\(id) page \(n + 1): the internal margin is printed")
            // The items table's header row starts every page, the last one too (it used to start with line 58 of 60),
            // and never shows twice on a page.
            #expect(compact.components(separatedBy: "序号品名/货号").count == 2, "\(id) page \(n + 1): not one header row")
        }
        let totals = try #require(pages.firstIndex { $0.contains("人民币（大写）") }, "\(id): no capital amount")
        #expect(pages[totals].contains("供方（盖章）") && pages[totals].contains("需方（盖章）"), "\(id): seals not with the totals")
        #expect(pages[totals].contains("条款与说明"), "\(id): terms not with the totals")
        if totals > 0 { #expect(pages[totals].contains("¥"), "\(id): the totals page carries no line") }
    }

    /// At 390 px nothing scrolls sideways on a quote page, and each line shows its quantity, price and amount.
    @Test(arguments: ["quotes/Q-2025-0104.html", "quotes/Q-2025-0102.html", "analytics/quotes/index.html"])
    func phoneWidthHasNoHorizontalOverflow(id: String) throws {
        let chromium = try #require(Browser.chromium)
        let pipe = try BrowserPipe(executable: chromium)
        defer { pipe.quit() }
        let target = try pipe.send("Target.createTarget", ["url": "about:blank"])["targetId"] as? String ?? ""
        let session = try pipe.send("Target.attachToTarget", ["targetId": target, "flatten": true])["sessionId"] as? String
        _ = try pipe.send("Emulation.setDeviceMetricsOverride", ["width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": true],
                          session: session)
        _ = try pipe.send("Page.enable", session: session)
        _ = try pipe.send("Page.navigate", ["url": "file://" + Browser.site + "/" + id], session: session)
        try pipe.wait(for: "Page.loadEventFired", session: session)
        let script = """
            JSON.stringify({ scroll: document.documentElement.scrollWidth, width: window.innerWidth,
              hidden: [...document.querySelectorAll('.quote-items td.col-qty, .quote-items td.col-price, .quote-items td.col-amount')]
                .filter(td => { const r = td.getBoundingClientRect(); return r.width === 0 || r.right > window.innerWidth; }).length })
            """
        let result = try pipe.send("Runtime.evaluate", ["expression": script, "returnByValue": true], session: session)
        let value = (result["result"] as? [String: Any])?["value"] as? String ?? ""
        let figures = try #require(try JSONSerialization.jsonObject(with: Data(value.utf8)) as? [String: Int])
        #expect(figures["scroll"] == figures["width"], "\(id): \(value)")
        #expect(figures["hidden"] == 0, "\(id): \(value)")
    }

    /// `shopsite pdf`: Q-2025-0101 on one A4 page with its total and capital amount, the 60-line quote's pages each
    /// with the quote number, no margin in any PDF, and a rerun with nothing changed prints nothing.
    @Test func pdfCommandPrintsEachSheetOnceAndAgainOnlyWhenChanged() throws {
        let shop = SiteFixture.temporaryFolder("pdf-shop")
        try FileManager.default.copyItem(atPath: SiteFixture.repository + "/content", toPath: shop + "/content")
        let first = QuotePDFs.command(arguments: [shop, "Q-2025-0101", "Q-2025-0104"], output: nil)
        #expect(first.exitCode == 0, "\(first.stderr)")
        let folder = shop + "/pdf"
        let info = Browser.run("/usr/bin/pdfinfo", [folder + "/Q-2025-0101.pdf"]).out
        #expect(info.contains("Pages:           1") && info.contains("(A4)"), "\(info)")
        let text = Self.pages(folder + "/Q-2025-0101.pdf").joined()
        #expect(text.contains("¥8,620.00") && text.contains("捌仟陆佰贰拾元整"))
        #expect(text.contains("其中增值税（13%）") && text.contains("¥991.68"))   // 8,620 × 0.13 / 1.13 = 991.68
        let long = Self.pages(folder + "/Q-2025-0104.pdf")
        #expect(long.count == 4)
        for page in long { #expect(page.contains("Q-2025-0104") && !page.contains("毛利")) }
        let again = QuotePDFs.command(arguments: [shop], output: nil)
        #expect(again.stdout.contains("已打印 6 份") && again.stdout.contains("2 份未变"), "\(again.stdout)")
        let rerun = QuotePDFs.command(arguments: [shop], output: nil)
        #expect(rerun.stdout.contains("已打印 0 份") && rerun.stdout.contains("8 份未变"), "\(rerun.stdout)")
        let unknown = QuotePDFs.command(arguments: [shop, "Q-NOPE"], output: nil)
        #expect(unknown.exitCode == 1 && unknown.stderr.contains("Q-NOPE"))
    }

    /// The print stylesheet hides every screen-only element, and the margin only ever appears inside one.
    @Test func marginIsScreenOnly() throws {
        let css = try String(contentsOfFile: SiteFixture.repository + "/templates/assets/theme.css", encoding: .utf8)
        let print = try #require(css.range(of: "@media print {")).upperBound
        #expect(css[print...].contains(".screen-only { display: none !important; }"))
        let page = try String(contentsOfFile: Browser.site + "/quotes/Q-2025-0104.html", encoding: .utf8)
        #expect(page.contains("毛利"))
        for piece in page.components(separatedBy: "毛利").dropLast() {
            #expect(piece.suffix(120).contains("screen-only"), "margin outside a screen-only element: \(piece.suffix(120))")
        }
    }
}

/// The quotes analytics page of the example shop: hand-computed win rates and the open quotes by value.
struct QuoteAnalyticsPageTests {
    @Test func pageShowsTheHandComputedPipeline() throws {
        let (outcome, site) = SiteFixture.buildExample()
        #expect(outcome.succeeded)
        let page = try String(contentsOfFile: site + "/analytics/quotes/index.html", encoding: .utf8)
        // 7 days (11-24…11-30): Q-2025-0103 won, nothing lost → 100.0%; 30 days: 0103 won, 0105 lost → 50.0%.
        #expect(page.contains(">100.0%<") && page.contains(">50.0%<"))
        // Lost reasons: 0105 price, 0095 expired without a reason.
        #expect(page.contains("价格") && page.contains("未填原因"))
        // Open quotes by value: 0104 (¥272,601.21) before 0102 (¥13,135.00).
        let big = try #require(page.range(of: "Q-2025-0104")), small = try #require(page.range(of: "Q-2025-0102"))
        #expect(big.lowerBound < small.lowerBound)
        let csv = try String(contentsOfFile: site + "/analytics/quotes-reps.csv", encoding: .utf8)
        #expect(csv.contains("林晓燕,1,1,2"))
    }
}
