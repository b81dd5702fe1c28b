import Diagnostics
import Foundation
import Testing
@testable import SiteBuilder

/// The dashboard's check box and `checks.html`: warnings in the site's language, grouped by kind with a count,
/// each with its file; internal sites only (issue 14, item 2).
struct CheckGroupsPageTests {
    /// Two late orders and a quote with an unknown key: warnings of two kinds.
    static func shop(locale: String) -> String {
        let late = "---\ncustomer: C-1\ndate: 2025-10-20\nstatus: shipped\nship_by: 2025-11-01\nshipped_at: 2025-11-03\ntracking: SF1\n"
            + "items:\n  - { sku: HD-T001, qty: 100 }\n---\n"
        // The product passes the listing checks (MOQ in the title, five photos), so only orders and quotes warn.
        var extra = ["content/products/HD-T001.md": "---\ntitle: 纯棉 T 恤 50件起批\ntype: spot\nmoq: 50\nlead_time_days: 3\n"
                     + "price_tiers:\n  - { min: 50, price: 18 }\n  - { min: 100, price: 15 }\nimages: ["
                     + Fixture.fiveImages.joined(separator: ", ") + "]\n---\n好衣服。\n"]
        for image in Fixture.fiveImages { extra["content/" + image] = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n" }
        return SiteFixture.smallShop(extra: extra.merging([
            "content/site.yaml": "name: 测试五金\nlocale: \(locale)\nas_of: 2025-11-30\nquote: { tax_rate: 0.13, terms: \"报价含包装。\" }\n",
            "content/orders/O-2.md": late, "content/orders/O-3.md": late,
            "content/quotes/Q-1.md": "---\ncustomer: C-1\ndate: 2025-11-25\nstatus: sent\nitems:\n  - { sku: HD-T001, qty: 200, colour: red }\n---\n",
        ]) { $1 })
    }

    static func build(locale: String, audience: Audience = .internal) -> (BuildOutcome, String) {
        let output = SiteFixture.temporaryFolder("public") + "/public"
        return (SiteBuild.run(BuildOptions(shopPath: shop(locale: locale), outputPath: output, audience: audience)), output)
    }

    @Test func dashboardGroupsChineseWarningsByKindWithCounts() throws {
        let (outcome, output) = Self.build(locale: "zh-CN")
        #expect(outcome.exitCode == 0)
        let html = SiteFixture.text(output, "index.html")
        #expect(html.contains("内容检查提醒 <span class=\"count\">3</span>"))
        #expect(html.contains("<h3 class=\"check-kind\">订单 <span class=\"count\">2</span></h3>"))
        #expect(html.contains("<h3 class=\"check-kind\">报价 <span class=\"count\">1</span></h3>"))
        #expect(html.contains("订单 2025-11-03 发货，晚于最迟发货日 2025-11-01 2 天"))
        #expect(html.contains("content/orders/O-2.md:"))
        #expect(html.contains("content/quotes/Q-1.md:"))
        #expect(html.contains("href=\"checks.html\">查看全部 3 条</a>"))
        #expect(!html.contains("warning:"))
        #expect(!html.contains("order shipped on"))
        // Orders come before quotes.
        let orders = try #require(html.range(of: "check-kind\">订单")), quotes = try #require(html.range(of: "check-kind\">报价"))
        #expect(orders.lowerBound < quotes.lowerBound)
    }

    @Test func dashboardSpeaksEnglishWithLocaleEn() {
        let (outcome, output) = Self.build(locale: "en")
        #expect(outcome.exitCode == 0)
        let html = SiteFixture.text(output, "index.html")
        #expect(html.contains("<h3 class=\"check-kind\">Orders <span class=\"count\">2</span></h3>"))
        #expect(html.contains("<h3 class=\"check-kind\">Quotes <span class=\"count\">1</span></h3>"))
        #expect(html.contains("order shipped on 2025-11-03, 2 days after its ship-by date 2025-11-01"))
        #expect(html.contains("href=\"checks.html\">See all 3</a>"))
        #expect(!html.contains("发货"))
    }

    @Test func checksPageListsEveryWarningGrouped() {
        let (_, output) = Self.build(locale: "zh-CN")
        let html = SiteFixture.text(output, "checks.html")
        #expect(html.contains("<h3 class=\"check-kind\">订单 <span class=\"count\">2</span></h3>"))
        #expect(html.contains("content/orders/O-2.md:"))
        #expect(html.contains("content/orders/O-3.md:"))
        #expect(html.contains("content/quotes/Q-1.md:"))
        #expect(html.components(separatedBy: "class=\"warning-text\"").count - 1 == 3)
    }

    @Test func publicBuildHasNoChecksPageNorWarnings() {
        let (outcome, output) = Self.build(locale: "zh-CN", audience: .public)
        #expect(outcome.exitCode == 0)
        #expect(!FileManager.default.fileExists(atPath: output + "/checks.html"))
        let home = SiteFixture.text(output, "index.html")
        #expect(!home.contains("晚于最迟发货日"))
        #expect(!home.contains("check-kind"))
        #expect(!home.contains("checks.html"))
    }

    @Test func warningKindComesFromTheFolder() {
        #expect(CheckGroups.kind(of: .warning("W-X", at: Location(path: "content/orders/2025-11/O-1.md", line: 6))) == "orders")
        #expect(CheckGroups.kind(of: .warning("W-X", at: Location(path: "content/site.yaml", line: 2))) == "settings")
        #expect(CheckGroups.kind(of: .warning("W-X", at: Location(path: "content/data/traffic.csv", line: 2))) == "traffic")
        #expect(CheckGroups.kind(of: .warning("W-X")) == "other")
    }
}
