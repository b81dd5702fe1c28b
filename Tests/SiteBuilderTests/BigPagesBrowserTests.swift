import Foundation
import Testing
@testable import SiteBuilder

/// The capped whole-shop pages in headless Chromium: on a big shop the "N more" lines are there and lead to pages
/// that exist; on the example shop (every list within its cap) they are not.
@Suite(.serialized, .enabled(if: Browser.available, "chromium not installed: browser tests skipped"))
struct BigPagesBrowserTests {
    /// The big fixture shop, built once (quotes tables capped at 2 rows).
    static let site: String = (try? BigShopFixture.build(BigShopFixture.shop())) ?? ""

    @Test(arguments: [("todo.html", "todo-more"), ("checks.html", "check-more"), ("analytics/quotes/index.html", "table-limit")])
    func bigShopPageShowsItsMoreLineAndItsLinksResolve(page: String, marker: String) throws {
        try #require(!Self.site.isEmpty, "the big shop did not build")
        let (dom, console) = Browser.load(Self.site + "/" + page)
        #expect(console.isEmpty, "\(console)")
        #expect(dom.contains("</html>"))
        #expect(dom.contains("class=\"muted small \(marker)\""), "\(page) has no \(marker) line")
        let folder = URL(fileURLWithPath: Self.site + "/" + page).deletingLastPathComponent()
        for link in WorkbenchBrowserTests.links(in: dom) where !link.hasPrefix("#") && !link.contains("://") {
            let path = String(link.split(separator: "#", maxSplits: 1).first ?? "")
            guard !path.isEmpty else { continue }
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).standardized.path), "\(page) links to \(link)")
        }
    }

    @Test(arguments: ["todo.html", "checks.html", "analytics/quotes/index.html"])
    func exampleShopPageHasNoMoreLine(page: String) {
        let (dom, _) = Browser.load(Browser.site + "/" + page)
        #expect(dom.contains("</html>"))
        #expect(!dom.contains("check-more") && !dom.contains("同类警告") && !dom.contains("查看完整列表") && !dom.contains("显示报价单最多"),
                "\(page)")
    }

    @Test func screenshotsAtDesktopAndPhoneWidths() throws {
        try #require(!Self.site.isEmpty, "the big shop did not build")
        let folder = SiteFixture.temporaryFolder("bigpages-screenshots")
        Browser.expectScreenshots(of: ["todo.html", "checks.html", "analytics/quotes/index.html"], in: Self.site, folder: folder)
    }
}
