import Foundation
import Testing
@testable import PreviewServer
@testable import SiteBuilder

/// The catalog filter in headless Chromium over http: on any page of a paginated catalog it searches every
/// product through search-index.json, and an empty filter shows the page's own cards.
@Suite(.serialized, .enabled(if: HeadlessChromium.path != nil, "chromium not installed: browser test skipped"))
struct CatalogSearchBrowserTests {
    static var chromium: String? { HeadlessChromium.path }

    /// 13 products "商品 1" … "商品 13" in three categories, 4 cards a catalog page: 4 pages.
    static func servedCatalog(in folder: TemporaryFolder) throws -> PreviewServer {
        try folder.write("shop/content/site.yaml", "name: 搜索测试\nas_of: 2025-11-30\n")
        let categories = ["鞋", "服装/T恤", "五金"]
        for i in 1...13 {
            try folder.write(String(format: "shop/content/products/P-%02d.md", i),
                             "---\ntitle: 商品 \(i)\ntype: spot\ncategory: \(categories[i % 3])\nmoq: 10\nlead_time_days: 3\nprice_tiers:\n  - { min: 10, price: \(i) }\n---\n")
        }
        var options = BuildOptions(shopPath: folder.path + "/shop", audience: .public)
        options.pageSizes = PageSizes(catalog: 4, list: 3, analyticsRows: 2)
        let outcome = SiteBuild.run(options)
        try #require(outcome.succeeded, "\(outcome.diagnostics)")
        // No live-reload stream (it never ends, so Chromium's virtual time would never run out): the page polls instead.
        var limits = ServerLimits()
        limits.maxReloadStreams = 0
        return PreviewServer(root: folder.path + "/shop/public", port: 0, limits: limits)
    }

    /// The DOM once `ready` holds for it, and the console messages other than the preview's own live-reload requests.
    /// A fixed `--virtual-time-budget` let a loaded CI machine dump the DOM before the results rendered, so Chromium
    /// is asked again with twice the virtual time (4 s … 32 s) until `ready` holds or 150 s have passed.
    static func load(_ url: String, profile: String, until ready: (String) -> Bool) -> (dom: String, console: [String]) {
        let deadline = Date().addingTimeInterval(150)
        var budget = 4000
        while true {
            let result = load(url, profile: profile + "-\(budget)", budget: budget)
            if ready(result.dom) || budget >= 32_000 || Date() > deadline { return result }
            budget *= 2
        }
    }

    /// Whether the filter's results hold at least one card (search.js rendered them).
    static func hasResults(_ dom: String) -> Bool { dom.contains("data-result-sku=\"") }

    /// Whether search.js ran: it shows the filter form, which the page ships hidden.
    static func filterShown(_ dom: String) -> Bool { dom.contains("role=\"search\">") }

    /// One Chromium run: the DOM when `budget` ms of virtual time have passed, and the console messages.
    static func load(_ url: String, profile: String, budget: Int) -> (dom: String, console: [String]) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium ?? "")
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                             "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0", "--virtual-time-budget=\(budget)",
                             "--dump-dom", url]
        let out = profile + "-out", err = profile + "-err"
        _ = FileManager.default.createFile(atPath: out, contents: nil)  // checked by the FileHandle below
        _ = FileManager.default.createFile(atPath: err, contents: nil)  // checked by the FileHandle below
        guard let outHandle = FileHandle(forWritingAtPath: out), let errHandle = FileHandle(forWritingAtPath: err) else { return ("", ["no files"]) }
        process.standardOutput = outHandle
        process.standardError = errHandle
        do { try process.run() } catch { return ("", ["\(error)"]) }
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        try? outHandle.close()
        try? errHandle.close()
        let dom = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
        let log = (try? String(contentsOfFile: err, encoding: .utf8)) ?? ""
        return (dom, log.split(separator: "\n").filter { ($0.contains(":CONSOLE") || $0.contains("Uncaught")) && !$0.contains("__shopsite") }
            .map(String.init))
    }

    static func matches(_ pattern: String, in text: String) -> [String] {
        text.components(separatedBy: pattern).dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    @Test func aQueryOnPage3FindsProductsOfEveryPage() throws {
        let folder = try TemporaryFolder()
        let server = try Self.servedCatalog(in: folder)
        let port = try server.start()
        defer { server.stop() }
        let query = "%E5%95%86%E5%93%81%201"  // "商品 1": 商品 1, 10, 11, 12, 13 (on pages 1, 2, 3 and 4)
        let (dom, console) = Self.load("http://127.0.0.1:\(port)/products/page/3/index.html?q=\(query)", profile: folder.path + "/chromium",
                                     until: Self.hasResults)
        #expect(console.isEmpty, "\(console)")
        #expect(Self.matches("data-result-sku=\"", in: dom) == ["P-01", "P-10", "P-11", "P-12", "P-13"])
        #expect(dom.contains("data-catalog-page=\"\" hidden=\"\""))
        #expect(dom.contains("<span data-filter-count=\"\">5</span> / 13"))
        #expect(dom.contains("<a href=\"../../../products/P-12.html\">商品 12</a>"))

        let (plain, plainConsole) = Self.load("http://127.0.0.1:\(port)/products/page/3/index.html", profile: folder.path + "/chromium2",
                                               until: Self.filterShown)
        #expect(plainConsole.isEmpty, "\(plainConsole)")
        #expect(Self.matches("data-result-sku=\"", in: plain).isEmpty)
        #expect(Self.matches("data-sku=\"", in: plain) == ["P-13", "P-03", "P-06", "P-09"])
        #expect(!plain.contains("data-catalog-page=\"\" hidden"))
    }

    /// Opened from disk (file://, where fetch is refused), the filter loads search-index.js and still searches every
    /// product: "商品 13" is on the catalog's last page, not on page 1.
    @Test func fromDiskAQueryOnPage1FindsAProductOfTheLastPage() throws {
        let folder = try TemporaryFolder()
        _ = try Self.servedCatalog(in: folder)
        let page = "file://" + folder.path + "/shop/public/products/index.html?q=%E5%95%86%E5%93%81%2013"
        let (dom, console) = Self.load(page, profile: folder.path + "/chromium", until: Self.hasResults)
        #expect(console.isEmpty, "\(console)")
        #expect(!Self.matches("data-sku=\"", in: dom).contains("P-13"), "P-13 is not a card of page 1")
        #expect(Self.matches("data-result-sku=\"", in: dom) == ["P-13"], "\(dom.suffix(1500))")
        #expect(dom.contains("<span data-filter-count=\"\">1</span> / 13"))
        #expect(dom.contains("<a href=\"../products/P-13.html\">商品 13</a>"))
    }
}

/// Where Chromium is installed, if it is.
enum HeadlessChromium {
    static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
}
