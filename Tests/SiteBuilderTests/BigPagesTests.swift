import Foundation
import ShopModel
import Testing
@testable import SiteBuilder

/// The whole-shop pages on a big shop: the quotes analytics tables show their most-quoted rows, checks.html lists at
/// most `CheckGroups.perCodeLimit` warnings per code, todo.html at most `TodoList.pageLimit` entries per kind.
struct BigPagesTests {
    @Test func quotesTablesShowTheMostQuotedFirstAndTheCSVHasEveryRow() throws {
        let site = try BigShopFixture.build(BigShopFixture.shop())
        let html = SiteFixture.text(site, "analytics/quotes/index.html")
        let customers = BigShopFixture.slice(html, from: "按客户", to: "</section>")
        #expect(customers.contains("显示报价单最多的 2 项（共 3 项），按报价单数从多到少排列；完整数据请下载 CSV。"))
        let first = try #require(customers.range(of: "义乌小商品批发行")), second = try #require(customers.range(of: "广州白云百货"))
        #expect(first.lowerBound < second.lowerBound)
        #expect(!customers.contains("杭州四季青服饰"))
        let products = BigShopFixture.slice(html, from: "按商品", to: "</section>")
        #expect(products.contains("显示报价单最多的 2 项（共 3 项）"))
        let p3 = try #require(products.range(of: "加厚纯棉毛巾 3 号")), p2 = try #require(products.range(of: "加厚纯棉毛巾 2 号"))
        #expect(p3.lowerBound < p2.lowerBound)
        #expect(!products.contains("加厚纯棉毛巾 1 号"))
        // The CSVs keep every row, by id: C-1 (3 open), C-2 (2), C-3 (1).
        let csv = SiteFixture.text(site, "analytics/quotes-customers.csv").split(separator: "\r\n").map(String.init)
        #expect(csv.count == 4)
        #expect(csv.dropFirst().map { $0.prefix(4) } == ["义乌小商", "广州白云", "杭州四季"])
        #expect(SiteFixture.text(site, "analytics/quotes-products.csv").split(separator: "\r\n").count == 4)
    }

    @Test func quotesTablesUnderTheLimitKeepTheirOrderAndHaveNoNote() throws {
        let site = try BigShopFixture.build(BigShopFixture.shop(), analyticsRows: 3)
        let customers = BigShopFixture.slice(SiteFixture.text(site, "analytics/quotes/index.html"), from: "按客户", to: "</section>")
        #expect(!customers.contains("显示报价单最多"))
        #expect(!customers.contains("table-limit"))
        let c1 = try #require(customers.range(of: "义乌小商品批发行")), c3 = try #require(customers.range(of: "杭州四季青服饰"))
        #expect(c1.lowerBound < c3.lowerBound)
    }

    @Test(arguments: [
        // (tallies as won/lost/open, limit, positions shown)
        ([(1, 0, 0), (0, 2, 1), (1, 1, 1)], 2, [1, 2]),
        ([(1, 0, 0), (0, 0, 1), (2, 0, 0)], 2, [2, 0]),  // a tie (1 and 1): the first by key wins
        ([(1, 0, 0), (0, 0, 5)], 2, [0, 1]),             // not more than the limit: every row, in key order
        ([(1, 0, 0), (0, 0, 5)], 5, [0, 1]),
        ([], 2, []),
    ])
    func mostQuotedRanksByQuoteCountThenKey(counts: [(Int, Int, Int)], limit: Int, expected: [Int]) {
        let tallies = counts.enumerated().map { i, c in
            var tally = QuoteWinTally(key: "K\(i)")
            tally.won = c.0
            tally.lost = c.1
            tally.open = c.2
            return tally
        }
        #expect(AnalyticsQuotesPage.mostQuoted(tallies, limit: limit) == expected)
    }

    @Test func checksPageListsTwentyWarningsPerCodeAndCountsTheRest() throws {
        let site = try BigShopFixture.build(BigShopFixture.shop())
        let html = SiteFixture.text(site, "checks.html")
        // 25 products without photos: the heading counts all, 20 are listed, the other 5 are counted.
        #expect(html.contains("<h3 class=\"check-kind\">商品 <span class=\"count\">25</span></h3>"))
        let products = BigShopFixture.slice(html, from: "check-kind\">商品", to: "<h3")
        #expect(products.components(separatedBy: "class=\"warning-text\"").count - 1 == 20)
        #expect(products.contains("还有 5 条同类警告，运行 shopsite check 查看全部。"))
        #expect(products.contains("content/products/P-20.md:") && !products.contains("content/products/P-21.md:"))
        // 52 late orders: 20 listed, 32 counted.
        #expect(html.contains("<h3 class=\"check-kind\">订单 <span class=\"count\">52</span></h3>"))
        #expect(html.contains("还有 32 条同类警告，运行 shopsite check 查看全部。"))
        #expect(html.components(separatedBy: "class=\"warning-text\"").count - 1 == 40)
    }

    @Test(arguments: [(20, false), (21, true)])
    func checksPageGroupsAKindOnlyPastTwentyOfOneCode(products: Int, grouped: Bool) throws {
        let site = try BigShopFixture.build(BigShopFixture.shop(products: products, lateOrders: 1))
        let html = SiteFixture.text(site, "checks.html")
        let section = BigShopFixture.slice(html, from: "check-kind\">商品", to: "<h3")
        #expect(section.contains("data-code=") == grouped)
        #expect(section.contains("还有 1 条同类警告") == grouped)
        #expect(section.components(separatedBy: "class=\"warning-text\"").count - 1 == 20)
    }

    @Test func todoPageListsFiftyPerKindAndLinksTheFullList() throws {
        let site = try BigShopFixture.build(BigShopFixture.shop())
        let todo = SiteFixture.text(site, "todo.html")
        #expect(todo.contains("逾期未发货 <span class=\"count\">52</span>"))
        let late = BigShopFixture.slice(todo, from: "id=\"todo-late\"", to: "<h3")
        #expect(late.components(separatedBy: "<li class=\"todo-item").count - 1 == 50)
        #expect(late.contains("<a href=\"analytics/orders/index.html\">还有 2 项，查看完整列表</a>"))
        #expect(late.contains("orders/O-050.html") && !late.contains("orders/O-051.html"))
        // The dashboard still shows five and sends the rest to todo.html.
        let home = SiteFixture.text(site, "index.html")
        #expect(home.contains("href=\"todo.html#todo-late\">另有 47 项</a>"))
    }

    @Test(arguments: TodoKind.allCases)
    func everyToDoKindHasAFullListPageThatIsBuilt(kind: TodoKind) throws {
        let list = TodoList.fullList(kind)
        #expect(list.hasSuffix("index.html"))
        let site = try BigShopFixture.build(BigShopFixture.shop(products: 3, lateOrders: 1))
        #expect(FileManager.default.fileExists(atPath: site + "/" + list), "\(kind): \(list)")
    }
}
