import Foundation
@testable import ShopLoader
import Testing
@testable import SiteBuilder
import ShopModel

/// The built example shop: the page set, figures that agree with the report, links relative to the page.
@Suite struct SitePagesTests {
    static let example = SiteFixture.buildExample()

    @Test func exampleBuildSucceedsWithOnlyWarnings() {
        let (outcome, _) = Self.example
        #expect(outcome.exitCode == 0)
        #expect(outcome.diagnostics.errors.isEmpty)
        // 4 order and lead-time warnings, the three photo warnings of YX-L102's main photo, YX-S901 with 3 images; the
        // deliberate cases of the guide's checks: YX-S901's title without its MOQ, YX-L102's 定制 and 来图, YX-A102's 首选
        // in the body and O-20251026-01 below YX-L102's floor price; O-20251125-01's tracking entered two days late;
        // the second marketing contact to the new customer C-007.
        #expect(outcome.diagnostics.warnings.count == 4 + 3 + 1 + 5 + 1 + 1)
        #expect(outcome.pages == 109)
    }

    @Test(arguments: [
        "index.html", "404.html", "search-index.json", "products/index.html", "products/YX-S101.html",
        "customers/index.html", "customers/C-001.html", "customers/customers.csv", "quotes/index.html",
        "quotes/Q-2025-0104.html", "orders/index.html", "orders/orders.csv", "analytics/index.html",
        "analytics/products/index.html", "analytics/customers/index.html", "analytics/orders/index.html",
        "analytics/overview.csv", "analytics/products-30.csv", "analytics/regions-7.csv", "analytics/status.csv",
        "pages/about.html", "pages/shipping.html", "assets/logo.svg", "assets/products/yx-s101-1.jpg", "photos/assets/products/yx-s101-1-jpg-card.webp",
        "assets/theme/theme.css", "assets/theme/search.js", "assets/theme/table-sort.js",
    ])
    func pageExists(path: String) {
        #expect(FileManager.default.fileExists(atPath: Self.example.1 + "/" + path), "missing \(path)")
    }

    @Test func everyProductCustomerAndQuoteHasItsPage() throws {
        let output = Self.example.1
        let load = ShopLoader.load(shopPath: SiteFixture.repository, options: LoadOptions())
        let shop = try #require(load.shop)
        for product in shop.products { #expect(FileManager.default.fileExists(atPath: "\(output)/products/\(product.sku).html")) }
        for customer in shop.customers { #expect(FileManager.default.fileExists(atPath: "\(output)/customers/\(customer.id).html")) }
        for quote in shop.quotes { #expect(FileManager.default.fileExists(atPath: "\(output)/quotes/\(quote.id).html")) }
    }

    @Test func overviewFiguresEqualTheReport() throws {
        let report = ShopCommands.report(shopPath: SiteFixture.repository, asOf: nil, language: .en)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        let windows = try #require(json["windows"] as? [[String: Any]])
        let csv = SiteFixture.text(Self.example.1, "analytics/overview.csv")
        #expect(csv.hasPrefix("\u{FEFF}"))
        let rows = csv.dropFirst().split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        func row(_ label: String) throws -> [String] { try #require(rows.first { $0.first == label }).dropFirst().map { $0 } }
        #expect(try row("访客数") == windows.map { "\($0["visitors"] as? Int ?? -1)" })
        #expect(try row("浏览量") == windows.map { "\($0["page_views"] as? Int ?? -1)" })
        #expect(try row("成交买家") == windows.map { "\($0["buyers"] as? Int ?? -1)" })
        #expect(try row("成交订单") == windows.map { "\($0["paid_orders"] as? Int ?? -1)" })
        #expect(try row("成交额") == windows.map { $0["gmv"] as? String ?? "?" })
        #expect(try row("客单价") == windows.map { $0["average_order_value"] as? String ?? "" })
        for (cell, window) in zip(try row("转化率"), windows) {
            let expected = try #require(window["conversion_rate"] as? Double)
            #expect(abs((Double(cell) ?? -1) - expected) < 1e-6)
        }
        let html = SiteFixture.text(Self.example.1, "analytics/index.html")
        for window in windows {
            let gmv = try #require(Money.parse(try #require(window["gmv"] as? String)))
            #expect(html.contains(Display.money(gmv, symbol: "¥")))
        }
    }

    @Test func quoteSheetShowsTotalsAndWordsFromTheReport() throws {
        let report = ShopCommands.report(shopPath: SiteFixture.repository, asOf: nil, language: .en)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        let quotes = try #require(json["quotes"] as? [[String: Any]])
        for quote in quotes {
            let id = try #require(quote["id"] as? String)
            let html = SiteFixture.text(Self.example.1, "quotes/\(id).html")
            let total = try #require(Money.parse(try #require(quote["total"] as? String)))
            // 价税合计 when prices include VAT (the example's default), 合计 when VAT is added (Q-2025-0105).
            let label = html.contains("不含税单价") ? "合计" : "价税合计"
            #expect(html.contains("<tr class=\"quote-total\"><th>\(label)</th><td>\(Display.money(total, symbol: "¥"))</td></tr>"), "\(id)")
            #expect(html.contains(try #require(quote["total_in_words"] as? String)), "\(id)")
            #expect(html.contains("stamp-expired") == ((quote["status"] as? String) == "expired"), "\(id)")
        }
    }

    @Test func longQuoteListsEveryLineWithItsTier() {
        let html = SiteFixture.text(Self.example.1, "quotes/Q-2025-0104.html")
        #expect(html.components(separatedBy: "<td class=\"col-no\" data-label=\"序号\">").count - 1 == 60)
        #expect(html.contains("<span class=\"tier-tag\">≥200 盒</span>"))
        #expect(html.contains("<link rel=\"stylesheet\" href=\"../assets/theme/theme.css\">"))
    }

    @Test func everyInternalLinkIsRelativeAndResolves() throws {
        let output = Self.example.1
        let broken = LinkChecker.brokenLinks(in: output)
        #expect(broken.isEmpty, "\(broken.prefix(10))")
        // 404.html is the exception: a server shows it at any depth, so its root is `/`.
        for (path, bytes) in SiteFixture.files(in: output) where path.hasSuffix(".html") && path != "404.html" {
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(!text.contains("href=\"/"), "\(path) has a root-absolute link")
            #expect(!text.contains("src=\"/"), "\(path) has a root-absolute source")
        }
        #expect(SiteFixture.text(output, "404.html").contains("<link rel=\"stylesheet\" href=\"/assets/theme/theme.css\">"))
    }

    @Test func catalogListsActiveProductsGroupedWithBadges() {
        let html = SiteFixture.text(Self.example.1, "products/index.html")
        #expect(html.contains("data-sku=\"YX-S101\""))
        #expect(html.contains("<span class=\"badge badge-spot\">现货</span>"))
        #expect(html.contains("<span class=\"price\">¥38.00</span>"))
        #expect(html.contains("<dd>10 盒</dd>"))
        let index = SiteFixture.text(Self.example.1, "search-index.json")
        #expect(index.contains("\"sku\":\"YX-S101\""))
        #expect(index.contains("\"url\":\"products/YX-S101.html\""))
    }
}
