import Foundation
import Testing
@testable import SiteBuilder

/// The dashboard, the to-do page and a customer page in headless Chromium: they load without console errors, every
/// to-do and advice link leads to a page that exists, and they render at desktop and phone widths.
@Suite(.serialized, .enabled(if: Browser.available, "chromium not installed: browser tests skipped"))
struct WorkbenchBrowserTests {
    @Test(arguments: ["index.html", "todo.html", "customers/C-012.html", "customers/C-007.html", "analytics/customers/index.html"])
    func workbenchPageLoadsAndItsLinksResolve(page: String) throws {
        let (dom, console) = Browser.load(Browser.site + "/" + page)
        #expect(console.isEmpty, "\(console)")
        #expect(dom.contains("</html>"))
        let folder = URL(fileURLWithPath: Browser.site + "/" + page).deletingLastPathComponent()
        for link in Self.links(in: dom) where !link.hasPrefix("#") && !link.contains("://") {
            let path = String(link.split(separator: "#", maxSplits: 1).first ?? "")
            guard !path.isEmpty else { continue }
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).standardized.path), "\(page) links to \(link)")
        }
    }

    @Test func dashboardShowsTheToDoAndAdviceAfterScriptsRun() {
        let (dom, _) = Browser.load(Browser.site + "/index.html")
        #expect(dom.contains("class=\"section advice\""))
        #expect(dom.contains("id=\"todo-disputed\"") && dom.contains("id=\"todo-dormant\""))
    }

    @Test func screenshotsAtDesktopAndPhoneWidths() {
        let folder = SiteFixture.temporaryFolder("workbench-screenshots")
        Browser.expectScreenshots(of: ["index.html", "todo.html", "customers/C-012.html"], in: Browser.site, folder: folder)
    }

    /// The `href` values of a page's DOM.
    static func links(in dom: String) -> [String] {
        dom.components(separatedBy: "href=\"").dropFirst().compactMap { $0.split(separator: "\"", maxSplits: 1).first.map(String.init) }
    }
}
