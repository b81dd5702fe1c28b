import Foundation
import Testing
@testable import SiteBuilder

/// The donut legends in Chromium, now that their figures carry a unit: in Chinese and in English, at a desktop's and a
/// phone's width, no label touches a figure and nothing leaves the chart.
@Suite(.serialized, .enabled(if: Browser.available, "chromium not installed: browser tests skipped"))
struct DonutLegendBrowserTests {
    /// Each legend text that overlaps another or leaves its chart, as `text ↔ text` or `text outside`.
    static func collisions(_ file: String, width: Int) -> [String]? {
        Browser.measure(file, width: width, script: """
            d.querySelectorAll("svg.chart-donut").forEach(function (svg) {
              var box = svg.getBoundingClientRect();
              var texts = Array.prototype.slice.call(svg.querySelectorAll("text.chart-legend, text.chart-value, text.chart-center, text.chart-center-unit"));
              texts.forEach(function (t, i) {
                var a = t.getBoundingClientRect();
                if (a.left < box.left - 1 || a.right > box.right + 1) out.push(t.textContent + " outside");
                texts.slice(i + 1).forEach(function (u) {
                  var b = u.getBoundingClientRect();
                  if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) out.push(t.textContent + " <> " + u.textContent);
                });
              });
              out.push("donut");
            });
            """)
    }

    @Test(arguments: [1280, 390])
    func legendTextsStayApart(width: Int) throws {
        for (site, page) in [(Browser.site, "analytics/customers/index.html"), (Browser.site, "analytics/orders/index.html"),
                             (Browser.site, "analytics/quotes/index.html"), (DonutUnitsTests.englishSite, "analytics/orders/index.html"),
                             (DonutUnitsTests.englishSite, "analytics/customers/index.html")] {
            let found = try #require(Self.collisions(site + "/" + page, width: width), "no answer from Chromium")
            #expect(found == ["donut"], "\(page) at \(width): \(found)")
        }
    }

    @Test func screenshotsAtDesktopAndPhoneWidths() {
        let folder = SiteFixture.temporaryFolder("donut-screenshots")
        Browser.expectScreenshots(of: ["analytics/orders/index.html", "analytics/customers/index.html"], in: DonutUnitsTests.englishSite,
                                  folder: folder)
    }
}
