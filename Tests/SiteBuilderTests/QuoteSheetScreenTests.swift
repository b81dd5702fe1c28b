import Foundation
import Testing
@testable import SiteBuilder

/// The quote sheet on a desktop screen with its internal margin column: the column's header is readable (it was green on
/// the blue header row), its figures stay inside it (they ran out of the sheet), and line numbers 10 and up stay whole
/// (they broke into "1" over "0").
@Suite(.serialized, .enabled(if: Browser.available, "chromium not installed: browser tests skipped"))
struct QuoteSheetScreenTests {
    static let page = Browser.site + "/quotes/Q-2025-0104.html"

    @Test func lineNumbersStayOnOneLine() throws {
        // the cell is one box however many lines it holds: count the lines of its text
        let lines = "(function () { var r = d.createRange(); r.selectNodeContents(e); return r.getClientRects().length; })()"
        let broken = try #require(Browser.offending(Self.page, selector: ".quote-items td.col-no", width: 1280, when: lines + " > 1",
                                                    report: lines + " + \" lines\""), "no answer from Chromium")
        #expect(broken.isEmpty, "\(broken)")
    }

    @Test(arguments: [1280, 1024])
    func marginFiguresStayInTheirColumn(width: Int) throws {
        let cells = try #require(Browser.measure(Self.page, width: width, script: """
            d.querySelectorAll(".quote-items td.col-margin").forEach(function (e) {
              var cell = e.getBoundingClientRect(), text = (e.firstElementChild || e).getBoundingClientRect();
              if (text.right > cell.right + 1 || text.left < cell.left - 1) out.push(e.textContent + " " + Math.round(text.right) + ">" + Math.round(cell.right));
            });
            out.push(String(d.querySelectorAll(".quote-items td.col-margin").length));
            """), "no answer from Chromium")
        #expect(cells == ["60"], "\(cells)")
    }

    @Test func theMarginHeaderIsWhiteOnTheHeaderColour() throws {
        let colours = try #require(Browser.measure(Self.page, width: 1280, script: """
            var th = d.querySelector(".quote-items th.col-margin"), amount = d.querySelector(".quote-items th.col-amount");
            out.push(w.getComputedStyle(th).color + " on " + w.getComputedStyle(th).backgroundColor);
            out.push(w.getComputedStyle(amount).color + " on " + w.getComputedStyle(amount).backgroundColor);
            """), "no answer from Chromium")
        #expect(colours.count == 2 && colours[0] == colours[1] && colours[0].hasPrefix("rgb(255, 255, 255) on "), "\(colours)")
    }
}
