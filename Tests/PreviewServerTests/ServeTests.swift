import Foundation
import Testing
import Diagnostics
@testable import PreviewServer
import ShopModel
import SiteBuilder

/// `shopsite serve` end to end: the example shop from `init`, served on an ephemeral loopback port.
@Suite struct ServeTests {
    /// The example shop in a temporary folder and its preview session (started; the test stops it).
    final class ServedShop {
        let folder: TemporaryFolder
        let shop: String
        let session: PreviewSession
        let port: Int
        let log = Recorder<String>()

        init() throws {
            folder = try TemporaryFolder()
            shop = folder.path + "/shop"
            let created = Scaffold.initCommand(directory: shop, today: Day("2026-11-30"))
            guard created.exitCode == 0 else { throw RawConnection.Failure(description: created.stderr) }
            let log = self.log
            session = try ShopPreview.session(shopPath: shop, port: 0, quietMilliseconds: 30, log: { log.append($0) })
            port = try session.start()
        }

        func stop() { session.stop() }

        func get(_ path: String) throws -> Fetched { try fetch(port: port, path) }

        /// Replaces text in a file of the shop.
        func edit(_ path: String, _ old: String, _ new: String) throws {
            let full = shop + "/" + path
            let text = try String(contentsOfFile: full, encoding: .utf8)
            try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: URL(fileURLWithPath: full))
        }

        /// The 1-based line of the first line of a shop file starting with `prefix`.
        func line(of prefix: String, in path: String) throws -> Int {
            let lines = try String(contentsOfFile: shop + "/" + path, encoding: .utf8).components(separatedBy: "\n")
            return (lines.firstIndex { $0.hasPrefix(prefix) } ?? -1) + 1
        }
    }

    @Test func servesTheBuiltShopWithContentTypes() throws {
        let served = try ServedShop()
        defer { served.stop() }
        #expect(served.log.all.contains { $0.hasPrefix("Serving at http://127.0.0.1:\(served.port)/") })
        #expect(FileManager.default.fileExists(atPath: served.shop + "/public/.shopsite-output"))
        let expectations: [(String, String, String)] = [
            ("/", "text/html; charset=utf-8", "<html"),
            ("/products/HD-T001.html", "text/html; charset=utf-8", "HD-T001"),
            ("/products/", "text/html; charset=utf-8", "HD-C002"),
            ("/assets/theme/theme.css", "text/css; charset=utf-8", "{"),
            ("/assets/theme/search.js", "text/javascript; charset=utf-8", "function"),
            ("/assets/logo.svg", "image/svg+xml", "<svg"),
            ("/search-index.json", "application/json; charset=utf-8", "\"sku\":\"HD-T001\""),
            ("/orders/orders.csv", "text/csv; charset=utf-8", "订单号"),
        ]
        for (path, type, body) in expectations {
            let response = try served.get(path)
            #expect(response.status == 200, "\(path)")
            #expect(response[header: "content-type"] == type, "\(path)")
            #expect(response.text.contains(body), "\(path)")
        }
        // The live-reload script is injected into HTML only, never written to the files.
        #expect(try served.get("/").text.contains("/__shopsite/events"))
        let onDisk = try String(contentsOfFile: served.shop + "/public/index.html", encoding: .utf8)
        #expect(!onDisk.contains("/__shopsite/events"))
    }

    @Test func refusesTraversalAndAnswers404() throws {
        let served = try ServedShop()
        defer { served.stop() }
        for path in ["/../content/site.yaml", "/%2e%2e/content/site.yaml", "/products/%2E%2E/%2e%2e/content/site.yaml"] {
            let response = try served.get(path)
            #expect(response.status == 403, "\(path)")
            #expect(!response.text.contains("示例五金有限公司        #"), "\(path)")
        }
        let missing = try served.get("/products/NOPE.html")
        #expect(missing.status == 404)
        #expect(missing[header: "content-type"] == "text/html; charset=utf-8")
        #expect(try served.get("/products/NOPE/").status == 404)
    }

    @Test func the404PageStylesheetAndLinksResolveWhenServedAtDepth() throws {
        let served = try ServedShop()
        defer { served.stop() }
        let requested = "/products/NOPE/deeper/x.html"
        let page = try served.get(requested)
        #expect(page.status == 404)
        let base = try #require(URL(string: "http://127.0.0.1:\(served.port)\(requested)"))
        let links = Self.links(in: page.text).filter { !$0.hasPrefix("#") && URL(string: $0)?.scheme == nil }
        #expect(links.contains { $0.hasSuffix("assets/theme/theme.css") })
        #expect(links.contains { $0.hasSuffix("index.html") })
        for link in links {
            let target = try #require(URL(string: link, relativeTo: base)).absoluteURL.path(percentEncoded: true)
            #expect(try served.get(target).status == 200, "\(link) -> \(target)")
        }
    }

    /// The values of `href="…"` and `src="…"` in a page.
    static func links(in html: String) -> [String] {
        html.components(separatedBy: " href=\"").dropFirst().map { $0.prefix { $0 != "\"" } }.map(String.init)
            + html.components(separatedBy: " src=\"").dropFirst().map { $0.prefix { $0 != "\"" } }.map(String.init)
    }

    @Test func anOldFolderURLOfAProductPageRedirectsToItsFile() throws {
        let served = try ServedShop()
        defer { served.stop() }
        for path in ["/products/HD-T001/", "/products/HD-T001"] {
            let response = try served.get(path)
            #expect(response.status == 301, "\(path)")
            #expect(response[header: "location"] == "/products/HD-T001.html", "\(path)")
        }
        #expect(try served.get("/pages/about/")[header: "location"] == "/pages/about.html")
    }

    @Test func anEditShowsUpAndABrokenFileShowsTheOverlayUntilFixed() throws {
        let served = try ServedShop()
        defer { served.stop() }
        let product = "content/products/HD-T001.md"
        let page = "/products/HD-T001.html"
        let title = try #require(String(contentsOfFile: served.shop + "/" + product, encoding: .utf8)
            .components(separatedBy: "\n").first { $0.hasPrefix("title:") })
        try served.edit(product, title, "title: 加厚纯棉T恤 预览改名")
        #expect(try eventually { try served.get(page).text.contains("加厚纯棉T恤 预览改名") })
        #expect(eventually { served.log.all.contains { $0.hasPrefix("Rebuilt in ") } })

        let moqLine = try served.line(of: "moq:", in: product)
        try served.edit(product, "moq: 50", "moq: fifty")
        #expect(try eventually { try served.get(page).text.contains("shopsite-error-overlay") })
        let broken = try served.get(page).text
        #expect(broken.contains("\(product):\(moqLine)"))
        #expect(broken.contains("error:"))
        // The last good page is still served under the overlay.
        #expect(broken.contains("加厚纯棉T恤 预览改名"))

        try served.edit(product, "moq: fifty", "moq: 50")
        try served.edit(product, "title: 加厚纯棉T恤 预览改名", "title: 加厚纯棉T恤 修好了")
        #expect(try eventually {
            let text = try served.get(page).text
            return text.contains("加厚纯棉T恤 修好了") && !text.contains("shopsite-error-overlay")
        })
    }

    @Test func refusesAnOutputFolderItDidNotCreate() throws {
        let folder = try TemporaryFolder()
        try folder.write("shop/content/site.yaml", "name: x\n")
        try folder.write("shop/public/notes.txt", "mine")
        #expect(throws: Diagnostic.self) { try ShopPreview.session(shopPath: folder.path + "/shop", port: 0, log: { _ in }) }
        let outcome = ShopPreview.command(shopPath: folder.path + "/shop", port: 0, language: .en)
        #expect(outcome.exitCode == 2)
        #expect(outcome.stderr.contains("not created by shopsite"))
        #expect(FileManager.default.fileExists(atPath: folder.path + "/shop/public/notes.txt"))
    }

    /// Without `--lang`, serve's errors are in the shop's language: zh-CN when site.yaml names none (issue 14).
    @Test func refusalIsPrintedInTheShopsLanguage() throws {
        let folder = try TemporaryFolder()
        try folder.write("shop/content/site.yaml", "name: x\n")
        try folder.write("shop/public/notes.txt", "mine")
        let outcome = ShopPreview.command(shopPath: folder.path + "/shop", port: 0)
        #expect(outcome.exitCode == 2)
        #expect(outcome.stderr.contains("error: 拒绝使用 "), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("作为输出文件夹：它不是空文件夹，也不是 shopsite 创建的（没有 .shopsite-output 标记）"), "\(outcome.stderr)")
    }
}
